"""A form whose every field has its own error line underneath it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QVBoxLayout, QWidget

from salon_desk.ui.widgets.naming import named


def date_edit(name: str, day: dt.date) -> QDateEdit:
    edit = named(QDateEdit(QDate(day.year, day.month, day.day)), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def edited_date(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


class FieldForm(QFormLayout):
    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.errors: dict[str, QLabel] = {}

    def add_field(self, field: str, label: str | QWidget, widget: QWidget) -> None:
        error = named(QLabel(), f"{self.prefix}_error_{field}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        self.errors[field] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        if isinstance(label, str):  # addRow has two overloads: a text or a widget label
            self.addRow(label, holder)
        else:
            self.addRow(label, holder)

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message under its field and hide the others."""
        for field, error in self.errors.items():
            error.setText(messages.get(field, ""))
            error.setVisible(field in messages)
