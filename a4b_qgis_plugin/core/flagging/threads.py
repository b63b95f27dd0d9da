"""Write features from a helper thread, so writing overlaps computing.

Writing a GeoPackage costs about as much as everything else the flagging does
per parcel, and PyQGIS releases the GIL inside C++ calls, so a writer thread
that adds whole batches to the sink lets another core do the writing. Only
that thread touches the sink; batches keep their order.

(A reader thread was tried as well and made things slower: it gives up and
takes back the GIL once per feature, which stalls the computing thread.)
"""

from __future__ import annotations

import queue
import threading

from qgis.core import QgsFeatureSink

from ..common.errors import OutputError
from ..common.i18n import tr

# Features go to the sink in batches of about BATCH. The loop reads and flags in
# much smaller chunks: 200 features are still in the CPU cache when they are
# flagged, and their memory is reused for the next chunk; with 2,000 at a time
# reading and flagging took about 15 % longer (300,000 parcels, single thread).
BATCH = 2000
CHUNK = 200


class BackgroundWriter:
    """Adds batches of features to *sink* in a worker thread (FIFO, bounded)."""

    def __init__(self, sink: QgsFeatureSink, flags=QgsFeatureSink.Flag.FastInsert, max_pending: int = 4):
        self._sink = sink
        self._flags = flags
        self._queue: queue.Queue = queue.Queue(maxsize=max_pending)
        self._pending: list = []  # chunks gathered into one batch for the sink
        self._written: list = []
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
            except Exception as err:  # reported to the user by close()
                self.error = str(err)
            # the producer frees written features, so its allocator reuses their memory
            self._written.append(batch)
            batch = None

    def add(self, batch: list) -> None:
        """Queue *batch* (a list of QgsFeature the caller no longer touches)."""
        if self.error is not None:
            self.close()
        if self._written:
            self._written = []
        self._pending.extend(batch)
        if len(self._pending) >= BATCH:
            self._queue.put(self._pending)
            self._pending = []

    def close(self) -> None:
        """Wait until everything is written; raise :class:`OutputError` if writing failed."""
        if self._thread.is_alive():
            if self._pending:
                self._queue.put(self._pending)
                self._pending = []
            self._queue.put(None)
            self._thread.join()
        if self.error is not None:
            raise OutputError(tr("Could not write the output: {0}").format(self.error))
