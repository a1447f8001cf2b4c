"""The strip above the customer list while it shows only the customers behind a chart bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from salon_desk.ui.widgets.naming import named


class OnlyTheseBar(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("only_these_bar")
        self.ids: frozenset[int] | None = None
        self.label = named(QLabel(), "only_these_label")
        self.label.setStyleSheet("font-weight: bold; color: #1565c0;")
        self.clear_button = named(QPushButton(self.tr("Show everyone")), "only_these_clear")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.clear_button.clicked.connect(self.clear)
        self.hide()

    def show_only(self, ids: frozenset[int], description: str) -> None:
        self.ids = ids
        self.label.setText(self.tr("From the charts: %1").replace("%1", description))
        self.show()

    def clear(self) -> None:
        self.ids = None
        self.hide()
        self.cleared.emit()
