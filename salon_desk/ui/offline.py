"""While the server cannot be reached (issue 16.3): the screens stay, faded, with a line
in the status bar saying they show what was read before; every few seconds the window
asks the server again, and when it answers the screens are read afresh. A failed save
still says so at once and keeps what was typed (the circumstance message)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from salon_desk.services import server_address
from salon_desk.ui.widgets import tasks
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.stale import show_stale

RETRY_MS = 5_000


class OfflineWatch(QObject):
    def __init__(self, screens: QWidget, on_back: object, parent: QObject | None = None):
        super().__init__(parent)
        self.screens = screens
        self.on_back = on_back
        self.label = named(QLabel(), "offline_label")
        self.label.setStyleSheet("color: #c62828;")
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.ask_again)
        tasks.quiet_failure = self.lost

    @property
    def waiting(self) -> bool:
        return self.timer.isActive()

    def lost(self, error: BaseException) -> bool:
        """A background read failed: if the server is out of reach, say so and wait."""
        if not server_address.unreachable(error):
            return False
        if not self.waiting:
            show_stale(self.screens, True)
            self.label.setText(
                self.tr(
                    "The server cannot be reached: the screens show what was read before. "
                    "Trying again…"
                )
            )
            self.label.show()
            self.timer.start()
        return True

    def ask_again(self) -> None:
        tasks.run_task(server_address.server_answers, self._answered)

    def _answered(self, answered: bool) -> None:
        # The worker reached it; this thread's own connection may be the dropped one.
        if not answered or not self.waiting or not server_address.server_answers():
            return
        self.timer.stop()
        self.label.hide()
        show_stale(self.screens, False)
        if callable(self.on_back):
            self.on_back()
