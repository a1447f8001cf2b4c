"""The customer list: a paged table model over the SQL customer search."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from salon_desk.services.customer_search import (
    CustomerQuery,
    CustomerRow,
    SortKey,
    count_customers,
    fetch_page,
)
from salon_desk.services.validation import age_on
from salon_desk.ui import labels
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.paged_model import ModelIndex, ObjectRole, PagedTableModel

__all__ = ["COLUMNS", "CustomerListModel", "ObjectRole"]

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
    SortKey.VALUE_TIER,
)


class CustomerListModel(PagedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = CustomerQuery()
        self._type_names: dict[int, str] = {}
        self._tier_names: list[str] = []
        self.today = dt.date.today()

    # -- what to show -------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        self._query = query
        self._type_names = {
            type_id: labels.type_name(entry) for type_id, entry in labels.types_by_id().items()
        }
        self._tier_names = labels.tier_names()
        self.reload()

    def count_rows(self) -> int:
        return count_customers(self._query)

    def fetch_rows(
        self, offset: int, limit: int, after: CustomerRow | None = None
    ) -> list[CustomerRow]:
        return fetch_page(self._query, offset, limit, after)

    def query(self) -> CustomerQuery:
        return self._query

    def refresh(self) -> None:
        self.set_query(self._query)

    def customer_at(self, row: int) -> CustomerRow | None:
        found: CustomerRow | None = self.row_at(row)
        return found

    # -- Qt model interface -------------------------------------------------------
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
            SortKey.VALUE_TIER: self.tr("Value"),
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
            return phones.shown(row.phone)
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
        if column is SortKey.VALUE_TIER:
            tier = row.value_tier
            return (
                self._tier_names[tier] if tier is not None and tier < len(self._tier_names) else ""
            )
        type_id = (
            row.psychology_type_id if column is SortKey.PSYCHOLOGY else row.personality_type_id
        )
        return self._type_names.get(type_id, "") if type_id is not None else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        query = dataclasses.replace(self._query, sort=COLUMNS[column], descending=descending)
        if query == self._query and self.loaded:
            return  # the view asks again while it is set up: the rows are in this order
        self.set_query(query)
