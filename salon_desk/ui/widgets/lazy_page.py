"""A tab that recomputes its lists only when someone looks at it.

Saving a care entry must not recompute the whole shop's visit statistics behind a
hidden tab; the tab notes it is stale and reloads when it is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def reload(self) -> None:
        raise NotImplementedError

    def mark_stale(self, *_: object) -> None:
        if self.isVisible():
            self.reload()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
