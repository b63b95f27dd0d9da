"""Event-driven waits for tests: run the Qt event loop until something has happened.

Tests never sleep and never assert that something is fast: on a busy machine
everything is slower, so a test waits for an event or a condition and the
timeout (generous, a minute by default) only turns a hang into a clear failure.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtTest import QSignalSpy

DEFAULT_TIMEOUT_MS = 60_000
# How often the condition is asked while events are processed; it bounds how
# soon a met condition is seen, not whether the wait succeeds.
_POLL_MS = 10


def wait_until(condition, timeout_ms: int = DEFAULT_TIMEOUT_MS, message: str = "") -> None:
    """Process Qt events until ``condition()`` is true.

    Raises AssertionError naming *message* (or the condition) when it is still
    false after *timeout_ms*. An exception raised by *condition* is re-raised here.
    """
    if condition():
        return
    loop = QEventLoop()
    failure: list[BaseException] = []

    def check() -> None:
        # An exception escaping a slot would abort the whole test process.
        try:
            if condition():
                loop.quit()
        except BaseException as exc:  # handed back to the test below
            failure.append(exc)
            loop.quit()

    poll = QTimer()
    poll.setInterval(_POLL_MS)
    poll.timeout.connect(check)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.setInterval(int(timeout_ms))
    guard.timeout.connect(loop.quit)
    poll.start()
    guard.start()
    loop.exec()
    poll.stop()
    guard.stop()
    if failure:
        raise failure[0]
    if not condition():
        what = message or getattr(condition, "__name__", repr(condition))
        raise AssertionError(f"still not true after {timeout_ms / 1000:g} s: {what}")


def wait_for_signal(signal, timeout_ms: int = DEFAULT_TIMEOUT_MS, trigger=None) -> list[list]:
    """Wait until *signal* is emitted; returns the arguments of each emission so far.

    *trigger* (a callable) runs after the spy is attached, so an emission
    during it is not missed. Raises AssertionError after *timeout_ms* without one.
    """
    spy = QSignalSpy(signal)
    if trigger is not None:
        trigger()
    if len(spy) == 0 and not spy.wait(int(timeout_ms)) and len(spy) == 0:
        raise AssertionError(f"no signal within {timeout_ms / 1000:g} s")
    return [list(spy[i]) for i in range(len(spy))]


def process_pending_events() -> None:
    """Run everything already queued in the event loop (queued calls, zero timers, deferred deletes).

    Events are handled in the order they were posted, so a zero timer started
    now fires after them.
    """
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
