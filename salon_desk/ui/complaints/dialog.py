"""Record or handle one complaint: what she said, how it was handled, when it closed —
and the register's parts (issue 18.2): its number, cause and service gap, the visit and
item it is about, the first reply, the sign-off steps, and the printable form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues, complaints
from salon_desk.services.care_log_list import recent_entries
from salon_desk.services.complaints import ComplaintInput, ComplaintRow
from salon_desk.ui import labels
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.complaints.sign_offs import SignOffPanel
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets.field_form import FieldForm, date_edit, edited_date
from salon_desk.ui.widgets.naming import named

VISITS_OFFERED = 20  # her latest visits offered as the one complained about


def _text_edit(name: str) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    return edit


class ComplaintDialog(QDialog):
    saved = Signal(int)  # customer id

    def __init__(
        self,
        customer_id: int,
        customer_name: str,
        actor_id: int | None,
        existing: ComplaintRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_dialog")
        self.setWindowTitle(
            self.tr("Complaint — %1").replace("%1", customer_name)
            if existing
            else self.tr("Record a complaint — %1").replace("%1", customer_name)
        )
        self.customer_id = customer_id
        self.actor_id = actor_id
        self.existing = existing
        self.today = dt.date.today()
        data = existing.as_input() if existing else ComplaintInput(received_on=self.today)
        self.received_on = date_edit("complaint_received_on", data.received_on or self.today)
        self.channel = self._combo("complaint_channel", texts.complaint_channels(), data.channel)
        self.category = self._combo("complaint_category", complaint_categories(), data.category)
        self.description = _text_edit("complaint_description")
        self.description.setPlainText(data.description)
        self.handling = _text_edit("complaint_handling")
        self.handling.setPlainText(data.handling)
        self.outcome_text = _text_edit("complaint_result")
        self.outcome_text.setPlainText(data.result)
        self.handled_by = named(QComboBox(), "complaint_handled_by")
        self.handled_by.addItem(self.tr("— not yet"), None)
        for member in catalogues.list_staff(include_inactive=data.handled_by_id is not None):
            if member.active or member.id == data.handled_by_id:
                self.handled_by.addItem(member.name, member.id)
        self.handled_by.setCurrentIndex(max(self.handled_by.findData(data.handled_by_id), 0))
        self.status = self._combo("complaint_status", texts.complaint_statuses(), data.status)
        self.closed_on = date_edit("complaint_closed_on", data.closed_on or self.today)
        self.cause = self._combo("complaint_cause", register_texts.causes(), data.cause)
        self.service_gap = self._combo(
            "complaint_service_gap", register_texts.service_gaps(), data.service_gap
        )
        self.service_item = named(QComboBox(), "complaint_service_item")
        self.service_item.addItem(self.tr("— no service item"), None)
        for item in catalogues.list_service_items(include_inactive=True):
            if item.active or item.id == data.service_item_id:
                self.service_item.addItem(item.name, item.id)
        self.service_item.setCurrentIndex(max(self.service_item.findData(data.service_item_id), 0))
        self.visit = named(QComboBox(), "complaint_visit")
        self.visit.addItem(self.tr("— no visit"), None)
        for entry in recent_entries(customer_id, VISITS_OFFERED):
            shown = " · ".join(
                part
                for part in (
                    labels.local_datetime(entry.visited_at),
                    entry.beautician_name,
                    "、".join(entry.services),
                )
                if part
            )
            self.visit.addItem(shown, entry.id)
        if data.care_log_id is not None and self.visit.findData(data.care_log_id) < 0:
            self.visit.addItem(self.tr("An earlier visit"), data.care_log_id)  # kept as linked
        self.visit.setCurrentIndex(max(self.visit.findData(data.care_log_id), 0))
        self.replied = named(QCheckBox(self.tr("Replied on")), "complaint_replied")
        self.replied.setChecked(data.first_reply_on is not None)
        self.first_reply_on = date_edit(
            "complaint_first_reply_on", data.first_reply_on or self.today
        )
        reply_row = QWidget()
        reply_layout = QHBoxLayout(reply_row)
        reply_layout.setContentsMargins(0, 0, 0, 0)
        reply_layout.addWidget(self.replied)
        reply_layout.addWidget(self.first_reply_on, 1)
        self.form = FieldForm("complaint")
        self.form.add_field("received_on", self.tr("Received on"), self.received_on)
        self.form.add_field("channel", self.tr("Channel"), self.channel)
        self.form.add_field("category", self.tr("Category"), self.category)
        self.form.add_field("description", self.tr("What she said"), self.description)
        self.form.add_field("handling", self.tr("How it was handled"), self.handling)
        self.form.add_field("result", self.tr("Result"), self.outcome_text)
        self.form.add_field("handled_by", self.tr("Handled by"), self.handled_by)
        self.form.add_field("status", self.tr("Status"), self.status)
        self.form.add_field("closed_on", self.tr("Closed on"), self.closed_on)
        self.register = FieldForm("complaint")
        self.number = named(
            QLabel(existing.form_number if existing else self.tr("(given when saved)")),
            "complaint_number",
        )
        self.register.add_field("form_number", self.tr("Form number"), self.number)
        self.register.add_field("cause", self.tr("Cause"), self.cause)
        self.register.add_field("service_gap", self.tr("Service gap"), self.service_gap)
        self.register.add_field("service_item", self.tr("Service item"), self.service_item)
        self.register.add_field("care_log", self.tr("The visit"), self.visit)
        self.register.add_field("first_reply_on", self.tr("First reply"), reply_row)
        self.sign_offs = SignOffPanel(existing.id if existing else None, self.today)
        self.sign_offs.setVisible(existing is not None)  # (a number first, then signatures)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.print_button = named(QPushButton(self.tr("Save form as PDF…")), "complaint_pdf")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setVisible(existing is not None)
        self.print_button.clicked.connect(self.ask_pdf)
        self.stale_note = named(QLabel(), "complaint_stale_note")
        self.stale_note.setStyleSheet("color: #b3261e; font-weight: bold;")
        if existing is not None and existing.stale(self.today):
            self.stale_note.setText(
                self.tr("Open for %n day(s): handle it today.", "", existing.days_open(self.today))
            )
        self.stale_note.setVisible(bool(self.stale_note.text()))
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        right = QVBoxLayout()
        right.addLayout(self.register)
        right.addWidget(self.sign_offs)
        right.addStretch(1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_note)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.replied.toggled.connect(self.first_reply_on.setEnabled)
        self.first_reply_on.setEnabled(self.replied.isChecked())
        self._status_changed()
        self.description.setFocus()

    def _combo(self, name: str, choices: dict[str, str], current: str) -> QComboBox:
        combo = named(QComboBox(), name)
        for code, text in choices.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _status_changed(self) -> None:
        self.closed_on.setEnabled(self.status.currentData() == "closed")

    def read(self) -> ComplaintInput:
        received, closed = edited_date(self.received_on), edited_date(self.closed_on)
        status = self.status.currentData()
        return ComplaintInput(
            received_on=received,
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            handling=self.handling.toPlainText(),
            result=self.outcome_text.toPlainText(),
            handled_by_id=self.handled_by.currentData(),
            status=status,
            closed_on=closed if status == "closed" else None,
            cause=self.cause.currentData(),
            service_gap=self.service_gap.currentData(),
            service_item_id=self.service_item.currentData(),
            care_log_id=self.visit.currentData(),
            first_reply_on=edited_date(self.first_reply_on) if self.replied.isChecked() else None,
        )

    def save(self) -> None:
        data = self.read()
        try:
            if self.existing is None:
                complaints.record_complaint(self.customer_id, data, self.actor_id, self.today)
            else:
                complaints.update_complaint(self.existing.id, data, self.actor_id, self.today)
        except complaints.ComplaintInvalid as refused:
            problems = {**texts.problems(), **register_texts.problems()}
            shown = {k: problems.get(v, v) for k, v in refused.errors.items()}
            self.form.show_errors(shown)
            self.register.show_errors(shown)
            return
        if self.existing is not None and not self.sign_offs.sign(self.existing.id, self.actor_id):
            self.saved.emit(self.customer_id)  # (the complaint itself is saved)
            return
        self.saved.emit(self.customer_id)
        self.accept()

    def ask_pdf(self) -> None:
        from salon_desk.ui.complaints.form_print import ask_and_save_form

        if self.existing is not None:
            ask_and_save_form(self, self.existing.id)
