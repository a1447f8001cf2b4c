"""Tabs whose pages are made the first time they are shown or asked for (issue 15.4):
five of the window's six pages, and the modules behind them, cost start-up time the
front desk waits through before it sees the customer files.

Each tab holds a plain slot widget; ``page(index)`` makes the page into its slot. The
tab widget's own calls that take or give a widget (``setCurrentWidget``,
``currentWidget``, ``indexOf``) speak of pages, so callers never see a slot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs(QTabWidget):
    made = Signal(int, QWidget)  # a page was made: (its tab, the page)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._makers: dict[int, Callable[[], QWidget]] = {}
        self._pages: dict[int, QWidget] = {}
        self.currentChanged.connect(self.page)

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
