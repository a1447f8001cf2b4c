"""Counting the value tiers (issue 17.4) off the UI thread: once the window shows, then
every half hour (a window left open overnight counts the new day's tiers)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from salon_desk.services import value_tiers
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.widgets.tasks import run_task

EVERY_MS = 30 * 60 * 1000


def count_values_in_background(window: MainWindow) -> QTimer:
    """Count now and every half hour; only a new day or new rules cost a recount (a
    chain's 100,000 customers: about a second on a worker), the check alone a few ms."""

    def count() -> None:
        run_task(
            value_tiers.ensure_fresh, lambda counted: window.events.publish() if counted else None
        )

    timer = QTimer(window)
    timer.setInterval(EVERY_MS)
    timer.timeout.connect(count)
    timer.start()
    QTimer.singleShot(0, count)
    return timer
