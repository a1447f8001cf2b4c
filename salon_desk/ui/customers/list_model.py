"""The customer list as a paged table model: rows are fetched from SQL one page at a time.

With 100k customers an eager list costs ~340 ms and 140 MB; pages keep the first
paint near 40 ms and memory flat (MEASURED.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from salon_desk.services import catalogues
from salon_desk.services.customer_search import (
    CustomerQuery,
    CustomerRow,
    SortKey,
    count_customers,
    fetch_page,
)
from salon_desk.services.validation import age_on
from salon_desk.ui import labels

ObjectRole = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[SortKey, ...] = (
    SortKey.NAME,
    SortKey.PHONE,
    SortKey.GENDER,
    SortKey.AGE,
    SortKey.SKIN_TYPE,
    SortKey.STAFF,
    SortKey.LAST_VISIT,
    SortKey.PSYCHOLOGY,
    SortKey.PERSONALITY,
)
PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = CustomerQuery()
        self._count = 0
        self._pages: dict[int, list[CustomerRow]] = {}
        self._type_names: dict[int, str] = {}
        self.today = dt.date.today()

    # -- what to show -------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._count = count_customers(query)
        self._type_names = {
            entry.id: labels.type_name(entry)
            for kind in ("psychology", "personality")
            for entry in catalogues.list_types(kind, include_retired=True)
        }
        self.endResetModel()

    def query(self) -> CustomerQuery:
        return self._query

    def refresh(self) -> None:
        self.set_query(self._query)

    def row_of(self, customer_id: int) -> int | None:
        """The row showing ``customer_id`` among the pages loaded so far."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == customer_id:
                    return page * PAGE_SIZE + offset
        return None

    def customer_at(self, row: int) -> CustomerRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._pages[page] = fetch_page(self._query, page * PAGE_SIZE, PAGE_SIZE)
        rows = self._pages[page]
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model interface -------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            SortKey.NAME: self.tr("Name"),
            SortKey.PHONE: self.tr("Phone"),
            SortKey.GENDER: self.tr("Gender"),
            SortKey.AGE: self.tr("Age"),
            SortKey.SKIN_TYPE: self.tr("Skin type"),
            SortKey.STAFF: self.tr("Responsible"),
            SortKey.LAST_VISIT: self.tr("Last visit"),
            SortKey.PSYCHOLOGY: self.tr("Psychology"),
            SortKey.PERSONALITY: self.tr("Personality"),
        }
        return headers[COLUMNS[section]]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.customer_at(index.row())
        if row is None:
            return None
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        if column is SortKey.NAME:
            return row.name + (self.tr(" (archived)") if row.archived else "")
        if column is SortKey.PHONE:
            return row.phone
        if column is SortKey.GENDER:
            return labels.genders().get(row.gender, row.gender)
        if column is SortKey.AGE:
            age = age_on(row.birthday, self.today)
            return "" if age is None else str(age)
        if column is SortKey.SKIN_TYPE:
            return labels.skin_types().get(row.skin_type, row.skin_type) if row.skin_type else ""
        if column is SortKey.STAFF:
            return row.staff_name
        if column is SortKey.LAST_VISIT:
            return labels.local_date(row.last_visit)
        type_id = (
            row.psychology_type_id if column is SortKey.PSYCHOLOGY else row.personality_type_id
        )
        return self._type_names.get(type_id, "") if type_id is not None else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        query = self._query
        self.set_query(
            CustomerQuery(
                text=query.text,
                include_archived=query.include_archived,
                staff_id=query.staff_id,
                sort=COLUMNS[column],
                descending=descending,
            )
        )
