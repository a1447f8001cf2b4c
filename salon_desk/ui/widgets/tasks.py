"""Slow reads off the UI thread: ``run_task(work, on_done)`` (ARCHITECTURE.md).

The work runs on the global thread pool with its own database connection and returns
data; ``on_done`` gets it on the UI thread. An error goes to the app's excepthook (the
error dialog). Tests may set ``SYNCHRONOUS`` to run the work in place.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from salon_desk.services.worker import in_own_connection

SYNCHRONOUS = False
_in_flight: set[_Relay] = set()  # relays must live until they have delivered


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = in_own_connection(self.work)
        except Exception as exc:
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


def _report(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


def run_task(work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    if SYNCHRONOUS:
        on_done(work())
        return
    relay = _Relay()
    _in_flight.add(relay)

    def finish(result: object) -> None:
        _in_flight.discard(relay)
        on_done(result)

    def fail(error: BaseException) -> None:
        _in_flight.discard(relay)
        _report(error)

    relay.done.connect(finish, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, relay))
