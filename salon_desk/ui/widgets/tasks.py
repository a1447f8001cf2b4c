"""Slow work off the UI thread: ``run_task(work, on_done)`` (ARCHITECTURE.md), and for a
long job the user watches and may cancel, ``run_with_progress`` on top of it.

The work runs on the global thread pool with its own database connection and returns
data; ``on_done`` gets it on the UI thread. An error goes to the app's excepthook (the
error dialog). Tests may set ``SYNCHRONOUS`` to run the work in place.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from salon_desk.services import changes
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
        # What the work's writes change goes to the UI thread with its result, where
        # the window publishes it (ui/events.py).
        with changes.journal_kept() as kept:
            try:
                result = in_own_connection(self.work)
            except Exception as exc:
                self.relay.failed.emit((exc, kept.changes))
                return
        self.relay.done.emit((result, kept.changes))


# Takes a failed background read the window can explain without a message box (the
# server could not be reached: ui/offline.py); returns whether it did.
quiet_failure: Callable[[BaseException], bool] | None = None


def _report(error: BaseException) -> None:
    if quiet_failure is not None and quiet_failure(error):
        return
    sys.excepthook(type(error), error, error.__traceback__)


def run_task(work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    if SYNCHRONOUS:
        on_done(work())
        return
    relay = _Relay()
    _in_flight.add(relay)

    def finish(done: tuple[object, changes.Changes]) -> None:
        _in_flight.discard(relay)
        result, changed = done
        changes.note(changed)
        on_done(result)

    def fail(failed: tuple[BaseException, changes.Changes]) -> None:
        _in_flight.discard(relay)
        error, changed = failed
        changes.note(changed)  # a long job commits step by step: what it did stays done
        _report(error)

    relay.done.connect(finish, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, relay))


# (done, total) → False when the user pressed Cancel; the work stops at its next step.
Report = Callable[[int, int], bool]


class _Moved(QObject):
    moved = Signal(int, int)


def run_with_progress(
    parent: QWidget,
    name: str,
    label: str,
    cancel_label: str,
    work: Callable[[Report], Any],
    on_done: Callable[[Any], None],
) -> QProgressDialog:
    """A long job (an import, an export, an undo) on the thread pool, with a progress
    dialog (window-modal, shown after 0.3 s) whose Cancel the work hears through its
    ``report``. ``on_done`` gets the work's result on the UI thread after the dialog
    closes; a work that is cancelled returns whatever says so. ``cancel_label`` empty:
    the job cannot be cancelled (an undo under way)."""
    progress = QProgressDialog(label, cancel_label, 0, 100, parent)
    progress.setObjectName(name)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    if not cancel_label:
        progress.setCancelButton(None)
    stop = threading.Event()
    progress.canceled.connect(stop.set)
    relay = _Moved(progress)  # lives on the UI thread: the worker's emits are queued
    relay.moved.connect(lambda done, total: progress.setValue(done * 100 // max(total, 1)))

    def report(done: int, total: int) -> bool:
        relay.moved.emit(done, total)
        return not stop.is_set()

    def finished(result: Any) -> None:
        progress.reset()
        progress.hide()
        on_done(result)

    run_task(lambda: work(report), finished)
    return progress
