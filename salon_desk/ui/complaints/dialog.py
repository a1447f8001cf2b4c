"""Record or handle one complaint: what she said, how it was handled, and when it closed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues, complaints
from salon_desk.services.complaints import ComplaintInput, ComplaintRow
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets.field_form import FieldForm, date_edit, edited_date
from salon_desk.ui.widgets.naming import named


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.stale_note = named(QLabel(), "complaint_stale_note")
        self.stale_note.setStyleSheet("color: #b3261e; font-weight: bold;")
        if existing is not None and existing.stale(self.today):
            self.stale_note.setText(
                self.tr("Open for %n day(s): handle it today.", "", existing.days_open(self.today))
            )
        self.stale_note.setVisible(bool(self.stale_note.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_note)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
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
        )

    def save(self) -> None:
        data = self.read()
        try:
            if self.existing is None:
                complaints.record_complaint(self.customer_id, data, self.actor_id, self.today)
            else:
                complaints.update_complaint(self.existing.id, data, self.actor_id, self.today)
        except complaints.ComplaintInvalid as refused:
            problems = texts.problems()
            self.form.show_errors({k: problems.get(v, v) for k, v in refused.errors.items()})
            return
        self.saved.emit(self.customer_id)
        self.accept()
