"""A table of one catalogue (staff, service items, types, shops), edited in place and
saved together, the first refused row named with the reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services.catalogues import CatalogueError
from salon_desk.services.permissions import PermissionDenied
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueTable(QWidget):
    """A table of one catalogue; rows are edited in place and saved together."""

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = named(QTableWidget(0, len(headers)), f"{name}_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.error = named(QLabel(), f"{name}_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.add_button = named(
            QPushButton(QCoreApplication.translate("CatalogueTable", "Add")), f"{name}_add"
        )
        self.add_button.clicked.connect(self.add_row)
        # A cell holding a widget (a choice, a checkbox) takes the keyboard when reached.
        self.table.currentCellChanged.connect(self._focus_cell_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _set(self, row: int, column: int, text: str, record_id: int | None = None) -> None:
        item = QTableWidgetItem(text)
        if record_id is not None:
            item.setData(ID_ROLE, record_id)
        self.table.setItem(row, column, item)

    def _set_read_only(self, row: int, column: int, text: str) -> None:
        """A figure shown beside the row, not edited (a count the data gives)."""
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, column, item)

    def _id(self, row: int) -> int:
        item = self.table.item(row, 0)
        return int(item.data(ID_ROLE) or 0) if item else 0

    def _check(self, row: int, column: int, checked: bool) -> None:
        box = QCheckBox()
        box.setChecked(checked)
        self._put(row, column, box)

    def _put(self, row: int, column: int, widget: QWidget) -> None:
        """``widget`` in a cell, reached and left with Tab like the text cells."""
        widget.installEventFilter(self)
        self.table.setCellWidget(row, column, widget)

    def _focus_cell_widget(self, row: int, column: int, *_previous: int) -> None:
        widget = self.table.cellWidget(row, column)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab and Shift+Tab in a cell's widget go to the next or previous cell, as
        they do from a text cell, instead of leaving the table."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Tab: 1, Qt.Key.Key_Backtab: -1}.get(Qt.Key(event.key()), 0)
            column = self.table.currentColumn() + step
            if step and 0 <= column < self.table.columnCount():
                row = self.table.currentRow()
                self.table.setCurrentCell(row, column)
                item = self.table.item(row, column)
                if item is not None and self.table.cellWidget(row, column) is None:
                    self.table.editItem(item)
                return True
        return super().eventFilter(watched, event)

    def _checked(self, row: int, column: int) -> bool:
        widget = self.table.cellWidget(row, column)
        return isinstance(widget, QCheckBox) and widget.isChecked()

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.fill_new_row(row)
        self.table.setCurrentCell(row, 0)
        first_cell = self.table.item(row, 0)
        if first_cell is not None:
            self.table.editItem(first_cell)

    def save_all(self, actor_id: int | None) -> bool:
        """Save every row; stop at the first refused one and say which and why."""
        errors = labels.field_errors()
        for row in range(self.table.rowCount()):
            try:
                self.save_row(row, actor_id)
            except (CatalogueError, PermissionDenied) as exc:
                # In a chain another shop's row, or the chain's catalogue, is the owner's.
                code = exc.code if isinstance(exc, CatalogueError) else "owner_only"
                self.error.setText(
                    QCoreApplication.translate("CatalogueTable", "Row %1: %2")
                    .replace("%1", str(row + 1))
                    .replace("%2", errors.get(code, code))
                )
                self.table.setCurrentCell(row, 0)
                return False
        self.error.setText("")
        self.load()
        return True

    def load(self) -> None:
        raise NotImplementedError

    def fill_new_row(self, row: int) -> None:
        raise NotImplementedError

    def save_row(self, row: int, actor_id: int | None) -> None:
        raise NotImplementedError
