"""The frequency table's model: the order of the customers shown (ids counted on a worker,
services/frequency_table.py) and their rows read a page at a time when drawn, so a
chain's 100,000 customers are an array of ids, not 100,000 rows in memory."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from salon_desk.services.frequency import FrequencyRow
from salon_desk.services.frequency_table import TableOrder
from salon_desk.ui.widgets.paged_model import PAGE_SIZE, ModelIndex
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel

EMPTY = TableOrder(ids=array("q"), overdue=b"")


class FrequencyTableModel(RowsTableModel[FrequencyRow]):
    """Columns, headers and cells as every in-memory table draws them; the rows are not
    in memory but read by page, and a sort is asked of the page (SQL on a worker)."""

    # The view asked for a sort: the page counts the new order on a worker.
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self,
        columns: Sequence[Column[FrequencyRow]],
        rows_of: Callable[[frozenset[int]], list[FrequencyRow]],
        highlight: Callable[[FrequencyRow], QColor | None],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, highlight, parent)
        self._rows_of = rows_of  # the rows of these customers, read now
        self._order = EMPTY
        self._pages: dict[int, dict[int, FrequencyRow]] = {}

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
        """Her row, read with the rest of its page the first time one is drawn; None for
        one who left the shop or was archived since the order was counted."""
        if not 0 <= row < len(self._order.ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._order.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            found = self._rows_of(frozenset(ids))
            self._pages[page] = {row.customer_id: row for row in found}
        return self._pages[page].get(self._order.ids[row])

    def rows(self) -> list[FrequencyRow]:
        raise NotImplementedError("the rows are read by page: ask ids() or row_at()")

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order.ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        self.sort_requested.emit(column, order)
