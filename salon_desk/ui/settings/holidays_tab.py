"""Settings: the shop's holiday calendar (issue 17.6) — each holiday a fixed day, a
lunar day (its day this year computed and shown), or a Sunday of a month (Mother's Day:
the second Sunday of May); built-ins renamed, moved or retired, the shop's own added."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import occasions
from salon_desk.services.occasions import Holiday, HolidayInvalid
from salon_desk.ui import labels
from salon_desk.ui.follow_ups.occasion_texts import builtin_holiday_names
from salon_desk.ui.widgets.naming import named

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, CALENDAR, MONTH, DAY, THIS_YEAR, RETIRED = range(6)
SUNDAY = 6


class HolidaysTab(QWidget):
    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.table = named(QTableWidget(0, 6), "holidays_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Holiday"),
                self.tr("Calendar"),
                self.tr("Month"),
                self.tr("Day"),
                self.tr("This year"),
                self.tr("Retired"),
            ]
        )
        day_header = self.table.horizontalHeaderItem(DAY)
        if day_header is not None:
            day_header.setToolTip(
                self.tr("For a Sunday of the month: which Sunday (2: the second)")
            )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # arrows between cells; Tab leaves it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = named(QPushButton(self.tr("Add a holiday")), "holiday_add")
        self.error = named(QLabel(), "holidays_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        help_text = QLabel(
            self.tr(
                "Customers who came in the last 12 months and agreed to greetings are listed"
                " under Follow-up calls › Care lists for the holidays of the next 30 days."
            )
        )
        help_text.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_holiday)
        self.load()

    def _calendars(self) -> dict[str, str]:
        return {
            "solar": self.tr("Fixed day"),
            "lunar": self.tr("Lunar calendar"),
            "weekday": self.tr("A Sunday of the month"),
        }

    def load(self) -> None:
        self.table.setRowCount(0)
        for holiday in occasions.holidays():
            self._add_row(holiday)
        self.error.setText("")

    def _add_row(self, holiday: Holiday) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(holiday.name or builtin_holiday_names().get(holiday.key, ""))
        name.setData(KEY_ROLE, holiday.key)
        self.table.setItem(row, NAME, name)
        calendar = QComboBox()
        for code, text in self._calendars().items():
            calendar.addItem(text, code)
        calendar.setCurrentIndex(max(calendar.findData(holiday.calendar), 0))
        self.table.setCellWidget(row, CALENDAR, calendar)
        month, day = QSpinBox(), QSpinBox()
        month.setRange(1, 12)
        month.setValue(holiday.month)
        day.setRange(1, 31)
        day.setValue(holiday.nth if holiday.calendar == "weekday" else holiday.day)
        self.table.setCellWidget(row, MONTH, month)
        self.table.setCellWidget(row, DAY, day)
        shown = QTableWidgetItem()
        shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, THIS_YEAR, shown)
        retired = QCheckBox()
        retired.setChecked(holiday.retired)
        self.table.setCellWidget(row, RETIRED, retired)
        calendar.currentIndexChanged.connect(lambda _i, at=row: self._show_day(at))
        month.valueChanged.connect(lambda _v, at=row: self._show_day(at))
        day.valueChanged.connect(lambda _v, at=row: self._show_day(at))
        self._show_day(row)
        return row

    def _holiday(self, row: int) -> Holiday:
        name_cell = self.table.item(row, NAME)
        name = name_cell.text().strip() if name_cell else ""
        key = str(name_cell.data(KEY_ROLE) or "") if name_cell else ""
        key, name = labels.own_or_builtin(key, name, builtin_holiday_names())
        calendar = self.table.cellWidget(row, CALENDAR)
        month = self.table.cellWidget(row, MONTH)
        day = self.table.cellWidget(row, DAY)
        retired = self.table.cellWidget(row, RETIRED)
        assert isinstance(calendar, QComboBox) and isinstance(month, QSpinBox)
        assert isinstance(day, QSpinBox) and isinstance(retired, QCheckBox)
        kind = str(calendar.currentData())
        if kind == "weekday":
            return Holiday(key, name, kind, month.value(), SUNDAY, day.value(), retired.isChecked())
        return Holiday(key, name, kind, month.value(), day.value(), 0, retired.isChecked())

    def _show_day(self, row: int) -> None:
        """This year's day (a lunar holiday's moves every year), or why there is none."""
        cell = self.table.item(row, THIS_YEAR)
        if cell is None:
            return
        holiday = self._holiday(row)
        try:
            occasions.check_holiday(holiday, row)
            cell.setText(occasions.day_of(holiday, self.today.year).isoformat())
        except (HolidayInvalid, ValueError):
            cell.setText(self.tr("no such day"))

    def add_holiday(self) -> None:
        row = self._add_row(Holiday("", "", "solar", self.today.month, 1))
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    def save(self, actor_id: int | None) -> bool:
        chosen = [self._holiday(row) for row in range(self.table.rowCount())]
        if chosen == occasions.holidays():
            return True
        try:
            occasions.save_holidays(chosen, actor_id)
        except HolidayInvalid as exc:
            reason = labels.field_errors().get(exc.code, exc.code)
            where = self.tr("Row %1: %2").replace("%1", str(exc.row + 1))
            self.error.setText(where.replace("%2", reason))
            self.table.setCurrentCell(exc.row, NAME)
            return False
        self.error.setText("")
        return True
