"""The manager's audit viewer: every change in the shop, filtered by staff, customer,
dates and kind of record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import audit, catalogues
from salon_desk.services.clock import day_start
from salon_desk.ui.care_log import texts
from salon_desk.ui.customers.history_table import HistoryTable
from salon_desk.ui.widgets.customer_picker import CustomerPicker
from salon_desk.ui.widgets.field_form import date_edit, edited_date
from salon_desk.ui.widgets.naming import named

SHOWN_AT_MOST = 2000


class AuditDialog(QDialog):
    def __init__(self, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Change history of the shop"))
        self.resize(1100, 640)
        self.actor_id = actor_id
        today = dt.date.today()
        self.staff = named(QComboBox(), "audit_staff")
        self.staff.addItem(self.tr("Everyone"), None)
        for member in catalogues.list_staff(include_inactive=True):
            self.staff.addItem(member.name, member.id)
        self.kind = named(QComboBox(), "audit_kind")
        self.kind.addItem(self.tr("Every kind"), None)
        for table, name in texts.record_kinds().items():
            self.kind.addItem(name, table)
        self.customer = named(CustomerPicker(), "audit_customer")
        self.since = date_edit("audit_since", today - dt.timedelta(days=30))
        self.until = date_edit("audit_until", today)
        self.count = named(QLabel(), "audit_count")
        self.table = HistoryTable(self, with_customer=True)
        self.table.setObjectName("audit_table")
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until)
        dates.addStretch(1)
        filters = QFormLayout()
        filters.addRow(self.tr("Staff"), self.staff)
        filters.addRow(self.tr("Customer"), self.customer)
        filters.addRow(self.tr("From – to"), dates)
        filters.addRow(self.tr("Kind"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.staff.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.customer.chosen.connect(self.refresh)
        self.customer.cleared.connect(self.refresh)
        self.refresh()

    def chosen_filter(self) -> audit.AuditFilter:
        first, last = sorted((edited_date(self.since), edited_date(self.until)))
        return audit.AuditFilter(
            staff_id=self.staff.currentData(),
            customer_id=self.customer.customer_id,
            since=day_start(first),
            until=day_start(last + dt.timedelta(days=1)),
            table=self.kind.currentData(),
        )

    def refresh(self) -> None:
        rows = audit.audit_log(self.actor_id, self.chosen_filter(), SHOWN_AT_MOST)
        self.table.show_rows(rows)
        if len(rows) >= SHOWN_AT_MOST:
            text = self.tr("The newest %1 changes; narrow the filters to see older ones.")
        else:
            text = self.tr("%1 changes.")
        self.count.setText(text.replace("%1", str(len(rows))))
