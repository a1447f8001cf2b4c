"""Tabs whose pages are made the first time they are shown or asked for, or soon after
the window shows (issue 15.4): five of the window's six pages, and the modules behind
them, cost start-up time the front desk waits through before it sees the customer files.

Each tab holds a plain slot widget; ``page(index)`` makes the page into its slot. The
tab widget's own calls that take or give a widget (``setCurrentWidget``,
``currentWidget``, ``indexOf``) speak of pages, so callers never see a slot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

# After the window first shows, the pages not made yet are made one per turn of the
# event loop (each under 60 ms at a chain's size), so the first Ctrl+2 finds the care log
# made (making it then held the window 90-140 ms at 100,000 customers).
MAKE_THE_REST_AFTER_MS = 300


class LazyTabs(QTabWidget):
    made = Signal(int, QWidget)  # a page was made: (its tab, the page)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._makers: dict[int, Callable[[], QWidget]] = {}
        self._pages: dict[int, QWidget] = {}
        self._shown_once = False
        self.currentChanged.connect(self.page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(MAKE_THE_REST_AFTER_MS, self, self._make_next)

    def _make_next(self) -> None:
        if self._makers and self.isVisible():  # not for a window closed meanwhile
            self.page(min(self._makers))
            QTimer.singleShot(0, self, self._make_next)

    def add_page(self, page: QWidget, title: str) -> int:
        self._pages[self.count()] = page  # known before addTab reports it current
        return self.addTab(page, title)

    def add_lazy(self, make: Callable[[], QWidget], title: str) -> int:
        slot = QWidget()
        QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
        self._makers[self.count()] = make
        return self.addTab(slot, title)

    def built(self, index: int) -> QWidget | None:
        """The page of tab ``index`` if it was made, without making it."""
        return self._pages.get(index)

    def page(self, index: int) -> QWidget:
        found = self._pages.get(index)
        if found is None:
            found = self._pages[index] = self._makers.pop(index)()
            slot = self.widget(index)
            layout = slot.layout() if slot is not None else None
            assert slot is not None and layout is not None
            layout.addWidget(found)
            if slot.isVisible():
                found.show()  # the layout would show it only after this event
            self.made.emit(index, found)
        return found

    def currentWidget(self) -> QWidget:
        return self.page(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:
        for index, page in self._pages.items():
            if page is widget:
                return index
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(widget))
