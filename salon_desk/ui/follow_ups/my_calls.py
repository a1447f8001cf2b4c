"""My calls: the staff member on duty works through her list and records what happened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import follow_ups
from salon_desk.services.follow_up_lists import CallRow, Due, my_calls
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.follow_ups.call_columns import call_columns, late_colour
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import RowsTableModel
from salon_desk.ui.widgets.tables import current_object, row_table, show_rows_model

DEFAULT_RETRY_DAYS = 2


class MyCallsPanel(QWidget):
    calls_changed = Signal()
    status_message = Signal(str)
    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor_id: int | None = None
        self.today = dt.date.today()
        self.heading = named(QLabel(), "my_calls_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.model: RowsTableModel[CallRow] = RowsTableModel(call_columns(self.today, False))
        self.table = row_table("my_calls_table")
        show_rows_model(self.table, self.model)
        self.outcome = named(QComboBox(), "call_outcome")
        outcome_names = texts.outcomes()
        for code in follow_ups.OUTCOMES:
            self.outcome.addItem(outcome_names[code], code)
        # Why she declined (18.3): asked only then, counted for the manager.
        self.decline_reason = named(QComboBox(), "call_decline_reason")
        reasons = texts.decline_reasons()
        self.decline_reason.addItem(self.tr("Why? —"), "")
        for code in follow_ups.DECLINE_REASONS:
            self.decline_reason.addItem(reasons[code], code)
        self.note = named(QLineEdit(), "call_outcome_note")
        self.note.setPlaceholderText(self.tr("What she said"))
        self.retry = named(QCheckBox(self.tr("Try again in")), "call_retry")
        self.retry_days = named(QSpinBox(), "call_retry_days")
        self.retry_days.setRange(1, follow_ups.MAX_RETRY_DAYS)
        self.retry_days.setValue(DEFAULT_RETRY_DAYS)
        self.retry_days.setSuffix(self.tr(" days"))
        self.record_button = named(
            QPushButton(self.tr("Record outcome (Ctrl+Enter)")), "call_record"
        )
        self.open_button = named(QPushButton(self.tr("Open her file")), "call_open_file")
        self.error = named(QLabel(), "call_error")
        self.error.setStyleSheet("color: #c62828;")
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Outcome")))
        outcome_row.addWidget(self.outcome)
        outcome_row.addWidget(self.decline_reason)
        outcome_row.addWidget(self.note, 1)
        outcome_row.addWidget(self.retry)
        outcome_row.addWidget(self.retry_days)
        outcome_row.addWidget(self.record_button)
        outcome_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(outcome_row)
        layout.addWidget(self.error)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.record_button.clicked.connect(self.record)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.record)
        self.open_button.clicked.connect(self._open_file)
        self.table.doubleClicked.connect(self._open_file)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.error.clear())
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        """Only "no answer" offers a retry, and then by default."""
        no_answer = self.outcome.currentData() == "no_answer"
        self.decline_reason.setVisible(self.outcome.currentData() == "declined")
        self.retry.setEnabled(no_answer)
        self.retry.setChecked(no_answer)
        self.retry_days.setEnabled(no_answer)

    def show_calls(self, actor_id: int | None, today: dt.date) -> None:
        self.actor_id, self.today = actor_id, today
        self.model.columns = call_columns(today, False)
        self.model.set_highlight(late_colour(today))
        rows = my_calls(actor_id, today) if actor_id is not None else []
        self.model.set_rows(rows)
        counts = {state: sum(row.due(today) is state for row in rows) for state in Due}
        self.heading.setText(
            self.tr("Overdue: %1 · Due today: %2 · Upcoming: %3")
            .replace("%1", str(counts[Due.OVERDUE]))
            .replace("%2", str(counts[Due.TODAY]))
            .replace("%3", str(counts[Due.UPCOMING]))
        )
        if rows:
            self.table.selectRow(0)
        self.record_button.setEnabled(bool(rows))

    def record(self) -> None:
        call: CallRow | None = current_object(self.table)
        if call is None:
            return
        retry = self.retry_days.value() if self.retry.isChecked() else None
        try:
            retry_id = follow_ups.record_outcome(
                call.id,
                self.outcome.currentData(),
                self.note.text(),
                self.actor_id,
                retry,
                self.today,
                self.decline_reason.currentData() or "",
            )
        except follow_ups.CallInvalid as refused:
            problems = texts.problems()
            self.error.setText(" ".join(problems.get(c, c) for c in refused.errors.values()))
            self.calls_changed.emit()
            return
        self.note.clear()
        message = (
            self.tr("Recorded: %1 — %2")
            .replace("%1", call.customer_name)
            .replace("%2", self.outcome.currentText())
        )
        if retry_id is not None:
            message += " " + self.tr("Another call is due in %n day(s).", "", retry or 0)
        self.status_message.emit(message)
        self.calls_changed.emit()

    def _open_file(self) -> None:
        call: CallRow | None = current_object(self.table)
        if call is not None:
            self.open_customer.emit(call.customer_id)
