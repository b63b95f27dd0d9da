"""Read and write features in helper threads, so I/O overlaps computing.

Reading and writing a GeoPackage cost about as much as everything else the
flagging does per parcel, and PyQGIS releases the GIL inside C++ calls, so a
reader thread that fetches batches of features and a writer thread that adds
batches to the sink let other cores do the I/O. Each object is used by one
thread only (the iterator by the reader, the sink by the writer); batches keep
their order.
"""

from __future__ import annotations

import itertools
import queue
import threading

from qgis.core import QgsFeatureSink

from .i18n import tr

BATCH = 2000
_DONE = object()


class WriteError(Exception):
    """The sink refused features; the message is for the user."""


class BackgroundReader:
    """Iterates *make_iterator()* in a worker thread, yielding batches (lists) of features."""

    def __init__(self, make_iterator, batch: int = BATCH, max_pending: int = 4):
        self._make_iterator = make_iterator
        self._batch = batch
        self._queue: queue.Queue = queue.Queue(maxsize=max_pending)
        self._stop = threading.Event()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="a4b-flag-reader", daemon=True)
        self._thread.start()

    def _put(self, item) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            iterator = self._make_iterator()
            while not self._stop.is_set():
                # list(islice(...)) loops in C, and each nextFeature() runs without the GIL
                batch = list(itertools.islice(iterator, self._batch))
                if not batch or not self._put(batch):
                    break
        except BaseException as err:  # noqa: BLE001 - re-raised in the consumer's thread
            self.error = err
        finally:
            self._put(_DONE)

    def batches(self):
        """Yield the batches in order; re-raise a reading error here."""
        try:
            while True:
                item = self._queue.get()
                if item is _DONE:
                    break
                yield item
        finally:
            self.close()
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        """Stop reading (e.g. after a cancel) and wait for the thread."""
        self._stop.set()
        try:
            while True:
                self._queue.get_nowait()
        except queue.Empty:
            pass
        self._thread.join()


class BackgroundWriter:
    """Adds batches of features to *sink* in a worker thread (FIFO, bounded)."""

    def __init__(self, sink: QgsFeatureSink, flags=QgsFeatureSink.FastInsert, max_pending: int = 4):
        self._sink = sink
        self._flags = flags
        self._queue: queue.Queue = queue.Queue(maxsize=max_pending)
        self.error: str | None = None
        self._thread = threading.Thread(target=self._run, name="a4b-flag-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is None:
                return
            if self.error is not None:
                continue  # keep draining so the producer never blocks
            try:
                if not self._sink.addFeatures(batch, self._flags):
                    self.error = self._sink.lastError() or tr("The output refused the features.")
            except Exception as err:  # noqa: BLE001 - reported to the user by close()
                self.error = str(err)

    def add(self, batch: list) -> None:
        """Queue *batch* (a list of QgsFeature the caller no longer touches)."""
        if self.error is not None:
            self.close()
        self._queue.put(batch)

    def close(self) -> None:
        """Wait until everything is written; raise :class:`WriteError` if writing failed."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self.error is not None:
            raise WriteError(tr("Could not write the output: {0}").format(self.error))
