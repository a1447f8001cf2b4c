"""Her follow-up calls and complaints, inside her file, with the buttons to add either."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_desk.services import complaints, customers
from salon_desk.services.changes import Changes
from salon_desk.services.complaints import ComplaintRow
from salon_desk.services.follow_up_lists import CallRow, customer_calls
from salon_desk.ui.care_log.texts import complaint_categories, follow_up_reasons
from salon_desk.ui.complaints.dialog import ComplaintDialog
from salon_desk.ui.events import AppEvents
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.follow_ups.assign_dialog import AssignCallsDialog
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import current_object, row_table, show_rows_model

STALE_COLOUR = QColor("#b3261e")


class CallsPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.actor_id: int | None = None
        self.customer_id: int | None = None
        self.today = dt.date.today()
        statuses = texts.record_statuses()
        outcomes = texts.outcomes()
        reasons = follow_up_reasons()
        categories = complaint_categories()
        self.complaints: RowsTableModel[ComplaintRow] = RowsTableModel(
            [
                Column(self.tr("Received"), lambda r: r.received_on.isoformat(), width=84),
                Column(self.tr("Category"), lambda r: categories.get(r.category, r.category)),
                Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
                Column(self.tr("What she said"), lambda r: r.description),
            ],
            highlight=lambda r: STALE_COLOUR if r.stale(self.today) else None,
        )
        self.calls: RowsTableModel[CallRow] = RowsTableModel(
            [
                Column(self.tr("Due"), lambda r: r.due_on.isoformat(), width=84),
                Column(self.tr("Reason"), lambda r: reasons.get(r.reason, r.reason)),
                Column(self.tr("Who calls"), lambda r: r.assignee_name),
                Column(
                    self.tr("Result"),
                    lambda r: (
                        outcomes.get(r.outcome, r.outcome)
                        if r.outcome
                        else statuses.get(r.status, r.status)
                    ),
                ),
                Column(self.tr("Note"), lambda r: r.outcome_note or r.note),
            ]
        )
        self.complaint_table = row_table("file_complaints")
        show_rows_model(self.complaint_table, self.complaints)
        self.call_table = row_table("file_calls")
        show_rows_model(self.call_table, self.calls)
        self.new_complaint = named(
            QPushButton(self.tr("Record a complaint…")), "file_new_complaint"
        )
        self.new_call = named(QPushButton(self.tr("Assign a call…")), "file_new_call")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, table, button in (
            (self.tr("Complaints"), self.complaint_table, self.new_complaint),
            (self.tr("Follow-up calls"), self.call_table, self.new_call),
        ):
            header = QHBoxLayout()
            header.addWidget(QLabel(title), 1)
            header.addWidget(button)
            layout.addLayout(header)
            layout.addWidget(table, 1)
        self.new_complaint.clicked.connect(lambda: self.open_complaint(None))
        self.new_call.clicked.connect(self.assign_call)
        self.complaint_table.doubleClicked.connect(
            lambda: self.open_complaint(current_object(self.complaint_table))
        )
        events.changed.connect(self._changed)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.today = dt.date.today()
        if customer_id is None:
            self.complaints.set_rows([])
            self.calls.set_rows([])
        else:
            self.complaints.set_rows(complaints.list_complaints(customer_id=customer_id))
            self.calls.set_rows(customer_calls(customer_id))
        self.new_complaint.setEnabled(customer_id is not None)
        self.new_call.setEnabled(customer_id is not None)

    def _changed(self, changed: Changes) -> None:
        if self.customer_id is not None and (
            changed.everything or self.customer_id in changed.calls | changed.complaints
        ):
            self.show_customer(self.customer_id)

    def open_complaint(self, existing: ComplaintRow | None) -> ComplaintDialog | None:
        """A new complaint (None), or one of hers to handle."""
        if self.customer_id is None:
            return None
        name = customers.get_customer(self.customer_id).data.name
        dialog = ComplaintDialog(self.customer_id, name, self.actor_id, existing, self)
        dialog.saved.connect(lambda *_: self.events.publish())
        dialog.open()
        return dialog

    def assign_call(self) -> AssignCallsDialog | None:
        if self.customer_id is None:
            return None
        dialog = AssignCallsDialog(
            [self.customer_id], "manual", self.actor_id, dt.date.today(), self
        )
        dialog.assigned.connect(self.status_message)
        dialog.assigned.connect(lambda _: self.events.publish())
        dialog.open()
        return dialog
