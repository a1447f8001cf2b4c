"""The frequency table's model: the order of the customers shown (ids counted on a worker,
services/frequency_table.py) and their rows read a page at a time when drawn, so a
chain's 100,000 customers are an array of ids, not 100,000 rows in memory."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from salon_desk.services.frequency import FrequencyRow
from salon_desk.services.frequency_table import TableOrder
from salon_desk.ui.widgets.paged_model import PAGE_SIZE, ModelIndex, ObjectRole
from salon_desk.ui.widgets.rows_model import Column

EMPTY = TableOrder(ids=array("q"), overdue=b"")


class FrequencyTableModel(QAbstractTableModel):
    # The view asked for a sort: the page counts the new order on a worker.
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self,
        columns: Sequence[Column[FrequencyRow]],
        rows_of: Callable[[frozenset[int]], list[FrequencyRow]],
        highlight: Callable[[FrequencyRow], QColor | None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows_of = rows_of  # the rows of these customers, read now
        self._highlight = highlight
        self._order = EMPTY
        self._pages: dict[int, dict[int, FrequencyRow]] = {}
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_order(self, order: TableOrder) -> None:
        """New ids in order (a count, a sort, a filter or a change): the rows are read
        again as they are drawn."""
        self.beginResetModel()
        self._order = order
        self._pages.clear()
        self.endResetModel()

    @property
    def order(self) -> TableOrder:
        return self._order

    def id_at(self, row: int) -> int:
        return self._order.ids[row]

    def is_overdue_at(self, row: int) -> bool:
        return bool(self._order.overdue[row])

    def ids(self) -> frozenset[int]:
        return frozenset(self._order.ids)

    def row_at(self, row: int) -> FrequencyRow | None:
        if not 0 <= row < len(self._order.ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._order.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            self._pages[page] = {
                found.customer_id: found for found in self._rows_of(frozenset(ids))
            }
        return self._pages[page].get(self._order.ids[row])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order.ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            ObjectRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row_at(index.row())
        if row is None:  # left the shop or the file was archived since the count
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ObjectRole:
            return row
        return self._highlight(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sorted_by = (column, order)
        self.sort_requested.emit(column, order)
