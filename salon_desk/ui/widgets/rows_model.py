"""A table model over a list of rows already in memory, with columns described as data.

For lists computed as a whole (calls, complaints, care lists) where paging by SQL would
not help; the customer list and the care log page by SQL (PagedTableModel), the
frequency table reads its rows by page from an order of ids (ui/frequency/table_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from salon_desk.ui.widgets.paged_model import ModelIndex, ObjectRole

Row = TypeVar("Row")
SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    # What the column sorts by; None: its text. Numbers sort as numbers this way.
    sort_key: Callable[[Row], Any] | None = None
    numeric: bool = False
    width: int | None = None  # pixels; None leaves Qt's default
    # What a sheet written from the table holds (a number, not "¥1,200.00"); None: text.
    export: Callable[[Row], Any] | None = None


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[Column[Row]],
        highlight: Callable[[Row], QColor | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []
        self._highlight = highlight
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._sort_rows(*self._sorted_by)
        self.endResetModel()

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sorted_by

    def set_highlight(self, highlight: Callable[[Row], QColor | None] | None) -> None:
        self._highlight = highlight

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._highlight is not None:
            return self._highlight(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no sort indicator: the rows keep the order they were given in
            self._sorted_by = None
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows = self._in_order(self._rows, column, order)

    def _in_order(self, rows: Sequence[Row], column: int, order: Qt.SortOrder) -> list[Row]:
        """Sorted by the column, blanks last either way; each row's key worked out once."""
        described = self.columns[column]
        key = described.sort_key or described.text
        keyed = [(key(row), row) for row in rows]
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=itemgetter(0), reverse=order == Qt.SortOrder.DescendingOrder)
        return [row for _, row in present] + [row for value, row in keyed if value is None]
