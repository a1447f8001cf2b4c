"""The retention model counted off the UI thread (issue 19.5): a minute after the window
shows (not while it starts), then every half hour — a new day fits the whole history
again, a visit since makes that customer's figures again, otherwise nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from salon_desk.services import retention_model
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.widgets.tasks import run_task

FIRST_MS = 60 * 1000
EVERY_MS = 30 * 60 * 1000


def count_model_in_background(window: MainWindow) -> QTimer:
    def count() -> None:
        run_task(
            retention_model.ensure_fresh,
            lambda counted: window.events.publish() if counted else None,
        )

    timer = QTimer(window)
    timer.setInterval(EVERY_MS)
    timer.timeout.connect(count)
    timer.start()
    QTimer.singleShot(FIRST_MS, count)
    return timer
