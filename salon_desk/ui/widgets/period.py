"""A period to count over: this month, last month, this quarter, the last three or twelve
months, or two days typed (the reports and the complaints' counts)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from salon_desk.ui.widgets.field_form import date_edit, edited_date
from salon_desk.ui.widgets.naming import named


def span_days(code: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a named span (None: "custom", the days typed)."""
    month = today.replace(day=1)
    if code == "this_month":
        return month, today
    if code == "last_month":
        last = month - dt.timedelta(days=1)
        return last.replace(day=1), last
    if code == "this_quarter":
        return month.replace(month=(today.month - 1) // 3 * 3 + 1), today
    if code == "quarter":
        return (month - dt.timedelta(days=62)).replace(day=1), today
    if code == "year":
        return (month - dt.timedelta(days=335)).replace(day=1), today
    return None


class PeriodPicker(QWidget):
    changed = Signal()  # a span chosen or a day typed

    def __init__(self, name: str, default: str = "this_month", parent: QWidget | None = None):
        super().__init__(parent)
        self.span = named(QComboBox(), f"{name}_span")
        for code, text in (
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("this_quarter", self.tr("This quarter")),
            ("quarter", self.tr("The last three months")),
            ("year", self.tr("The last 12 months")),
            ("custom", self.tr("Custom")),
        ):
            self.span.addItem(text, code)
        today = dt.date.today()
        first, last = span_days(default, today) or (today, today)
        self.first = date_edit(f"{name}_from", first)
        self.last = date_edit(f"{name}_to", last)
        self.span.setCurrentIndex(self.span.findData(default))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.span)
        layout.addWidget(QLabel(self.tr("From")))
        layout.addWidget(self.first)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.last)
        self.setFocusProxy(self.span)
        self.span.currentIndexChanged.connect(self._span_chosen)
        self.first.dateChanged.connect(self._typed)
        self.last.dateChanged.connect(self._typed)

    def days(self) -> tuple[dt.date, dt.date]:
        return edited_date(self.first), edited_date(self.last)

    def _span_chosen(self) -> None:
        found = span_days(self.span.currentData(), dt.date.today())
        if found is None:
            return
        for edit, day in zip((self.first, self.last), found, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.changed.emit()

    def _typed(self) -> None:
        self.span.blockSignals(True)
        self.span.setCurrentIndex(self.span.findData("custom"))
        self.span.blockSignals(False)
        self.changed.emit()
