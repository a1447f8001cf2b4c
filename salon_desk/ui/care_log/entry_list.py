"""The care log as a list: filters above, newest entries first, paged from SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues
from salon_desk.services.care_log_list import EntryFilter, EntryRow, count_entries, fetch_entries
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.paged_model import ModelIndex, ObjectRole, PagedTableModel
from salon_desk.ui.widgets.tables import fit_headers

DEFAULT_DAYS_SHOWN = 30
FILTER_DELAY_MS = 150


class CareLogListModel(PagedTableModel):
    COLUMN_COUNT = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entry_filter = EntryFilter()

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self.entry_filter = entry_filter
        self.reload()

    def count_rows(self) -> int:
        return count_entries(self.entry_filter)

    def fetch_rows(self, offset: int, limit: int, after: EntryRow | None = None) -> list[EntryRow]:
        return fetch_entries(self.entry_filter, offset, limit, after)

    def columnCount(self, parent: Any = None) -> int:
        return self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Customer"),
            self.tr("Beautician"),
            self.tr("Service items"),
            self.tr("Paid"),
            self.tr("Card"),
            self.tr("Satisfaction"),
            self.tr("What she said"),
            self.tr("Status"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: EntryRow | None = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return labels.local_datetime(row.visited_at)
        if column == 1:
            return row.customer_name
        if column == 2:
            return row.beautician_name
        if column == 3:
            return "、".join(row.services)
        if column == 4:
            return labels.money(row.amount_fen) if row.amount_fen else ""
        if column == 5:
            return self._card_text(row)
        if column == 6:
            return str(row.satisfaction) if row.satisfaction else ""
        if column == 7:
            return row.feedback
        return self.tr("Voided: %1").replace("%1", row.void_reason) if row.voided else self.tr("OK")

    def _card_text(self, row: EntryRow) -> str:
        if not row.card_name:
            return ""
        return texts.card_paid(row.card_name, row.card_sessions_used, row.card_amount_fen)


class EntryListView(QWidget):
    """Filters and the table; ``open_entry`` fires on double-click or Enter (activated)."""

    open_entry = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_id: int | None = None  # a chain's one shop; None: every visit
        today = QDate.currentDate()
        self.date_from = named(QDateEdit(today.addDays(-DEFAULT_DAYS_SHOWN)), "filter_from")
        self.date_to = named(QDateEdit(today), "filter_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.beautician = named(QComboBox(), "filter_beautician")
        self.service = named(QComboBox(), "filter_service")
        self.customer = named(QLineEdit(), "filter_customer")
        self.customer.setPlaceholderText(self.tr("Customer: name, initials, phone"))
        self.customer.setClearButtonEnabled(True)
        self.show_voided = named(QCheckBox(self.tr("Show voided")), "filter_voided")
        self.show_voided.setChecked(True)
        self.count_label = named(QLabel(), "entry_count")
        self.model = CareLogListModel(self)
        self.table = named(QTableView(), "entry_table")
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((120, 80, 80, 150, 80, 160, 80, 260)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.date_from),
            (self.tr("to"), self.date_to),
            (self.tr("Beautician"), self.beautician),
            (self.tr("Service"), self.service),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.customer, 1)
        filters.addWidget(self.show_voided)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.reload_choices()
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        for combo in (self.beautician, self.service):
            combo.currentIndexChanged.connect(self.refresh)
        self.customer.textChanged.connect(self._timer.start)
        self.show_voided.toggled.connect(self.refresh)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_count)
        self.model.counted.connect(self._update_count)

    def reload_choices(self) -> None:
        for combo, choices in (
            (self.beautician, [(m.id, m.name) for m in catalogues.list_staff(True)]),
            (self.service, [(i.id, i.name) for i in catalogues.list_service_items(True)]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for choice_id, name in choices:
                combo.addItem(name, choice_id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def current_filter(self) -> EntryFilter:
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return EntryFilter(
            date_from=start,
            date_to=end,
            beautician_id=self.beautician.currentData(),
            customer_text=self.customer.text(),
            service_item_id=self.service.currentData(),
            include_voided=self.show_voided.isChecked(),
            shop_id=self.shop_id,
        )

    def refresh(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        self.count_label.setText(
            self.model.count_text(lambda rows: self.tr("%n entry(ies)", "", rows))
        )

    def _activated(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.open_entry.emit(row.id)
