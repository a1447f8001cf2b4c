"""Assign follow-up calls to one or many customers in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues, follow_ups
from salon_desk.services.follow_ups import CallRequest
from salon_desk.ui.care_log.texts import follow_up_reasons
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets.field_form import FieldForm, date_edit, edited_date
from salon_desk.ui.widgets.naming import named


class AssignCallsDialog(QDialog):
    assigned = Signal(str)  # what was done, for the status bar

    def __init__(
        self,
        customer_ids: Sequence[int],
        reason: str,
        actor_id: int | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assign_calls_dialog")
        self.setWindowTitle(self.tr("Assign follow-up calls"))
        self.customer_ids = list(customer_ids)
        self.actor_id = actor_id
        self.today = today
        self.summary = named(QLabel(), "assign_summary")
        self.summary.setText(self.tr("%n customer(s) to call.", "", len(self.customer_ids)))
        self.assignee = named(QComboBox(), "assign_assignee")
        self.assignee.addItem(self.tr("Her own beautician"), None)
        for member in catalogues.list_staff():
            self.assignee.addItem(member.name, member.id)
        self.due_on = date_edit("assign_due_on", today)
        self.reason = named(QComboBox(), "assign_reason")
        for code in follow_ups.REASONS:
            self.reason.addItem(follow_up_reasons()[code], code)
        self.reason.setCurrentIndex(max(self.reason.findData(reason), 0))
        self.priority = named(QComboBox(), "assign_priority")
        self.priority.addItem(self.tr("Key customers high, others normal"), None)
        for value, text in texts.priorities().items():
            self.priority.addItem(text, value)
        self.note = named(QLineEdit(), "assign_note")
        self.note.setPlaceholderText(self.tr("What to say or ask"))
        self.form = FieldForm("assign")
        self.form.add_field("customers", self.tr("Customers"), self.summary)
        self.form.add_field("assignee", self.tr("Who calls"), self.assignee)
        self.form.add_field("due_on", self.tr("Call by"), self.due_on)
        self.form.add_field("reason", self.tr("Reason"), self.reason)
        self.form.add_field("priority", self.tr("Priority"), self.priority)
        self.form.add_field("note", self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Assign"))
        buttons.accepted.connect(self.assign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def request(self) -> CallRequest:
        return CallRequest(
            customer_ids=self.customer_ids,
            assignee_id=self.assignee.currentData(),
            due_on=edited_date(self.due_on),
            reason=self.reason.currentData(),
            priority=self.priority.currentData(),
            note=self.note.text(),
        )

    def assign(self) -> None:
        try:
            result = follow_ups.assign_calls(self.request(), self.actor_id, self.today)
        except follow_ups.CallInvalid as refused:
            problems = texts.problems()
            self.form.show_errors(
                {field: problems.get(code, code) for field, code in refused.errors.items()}
            )
            return
        message = self.tr("%n call(s) assigned.", "", len(result.created))
        if result.skipped:
            message += " " + self.tr(
                "%n customer(s) already had an open call for this reason.", "", len(result.skipped)
            )
        if result.no_consent:
            message += " " + self.tr(
                "%n customer(s) did not agree to greetings: no call for them.",
                "",
                len(result.no_consent),
            )
        self.assigned.emit(message)
        self.accept()
