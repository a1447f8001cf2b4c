"""The manager's overview: open, overdue and done calls per person, and reassigning."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues, follow_ups
from salon_desk.services.follow_up_lists import AssigneeLoad, CallRow, open_calls, overview
from salon_desk.services.permissions import PermissionDenied
from salon_desk.ui.follow_ups.call_columns import call_columns, late_colour
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import (
    current_object,
    row_table,
    selected_objects,
    show_rows_model,
)


class TeamPanel(QWidget):
    calls_changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor_id: int | None = None
        self.shop_id: int | None = None  # a chain's one shop; None: every call
        self.today = dt.date.today()
        self.loads: RowsTableModel[AssigneeLoad] = RowsTableModel(
            [
                Column(self.tr("Staff"), lambda r: r.name, width=120),
                Column(self.tr("Open"), lambda r: str(r.open), lambda r: r.open, True, 90),
                Column(self.tr("Overdue"), lambda r: str(r.overdue), lambda r: r.overdue, True, 90),
                Column(
                    self.tr("Due today"),
                    lambda r: str(r.due_today),
                    lambda r: r.due_today,
                    True,
                    90,
                ),
                Column(
                    self.tr("Done this week"),
                    lambda r: str(r.done_this_week),
                    lambda r: r.done_this_week,
                    True,
                ),
            ]
        )
        self.loads_table = row_table("team_overview")
        show_rows_model(self.loads_table, self.loads)
        self.calls: RowsTableModel[CallRow] = RowsTableModel(call_columns(self.today, True))
        self.calls_table = row_table("team_calls", multi_select=True)
        show_rows_model(self.calls_table, self.calls)
        self.calls_heading = named(QLabel(), "team_calls_heading")
        self.reassign_to = named(QComboBox(), "team_reassign_to")
        self.cancel_button = named(QPushButton(self.tr("Cancel selected calls…")), "team_cancel")
        self.reassign_button = named(
            QPushButton(self.tr("Reassign selected calls")), "team_reassign"
        )
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.calls_heading)
        lower_layout.addWidget(self.calls_table, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Give to")))
        actions.addWidget(self.reassign_to)
        actions.addWidget(self.reassign_button)
        actions.addWidget(self.cancel_button)
        lower_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.loads_table)
        splitter.addWidget(lower)
        splitter.setSizes([180, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.loads_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_calls())
        self.reassign_button.clicked.connect(self.reassign)
        self.cancel_button.clicked.connect(self.cancel)

    def show_team(self, actor_id: int | None, today: dt.date) -> None:
        self.actor_id, self.today = actor_id, today
        chosen: AssigneeLoad | None = current_object(self.loads_table)
        self.loads.set_rows(overview(today, self.shop_id))
        self.calls.columns = call_columns(today, True)
        self.calls.set_highlight(late_colour(today))
        rows = self.loads.rows()
        keep = next((i for i, r in enumerate(rows) if chosen and r.staff_id == chosen.staff_id), 0)
        if rows:
            self.loads_table.selectRow(keep)
        self._show_calls()
        self.reassign_to.clear()
        for member in catalogues.list_staff():
            self.reassign_to.addItem(member.name, member.id)

    def _show_calls(self) -> None:
        load: AssigneeLoad | None = current_object(self.loads_table)
        if load is None:
            self.calls.set_rows([])
            self.calls_heading.setText(self.tr("No open calls."))
            return
        self.calls.set_rows(open_calls(load.staff_id, self.shop_id))
        self.calls_heading.setText(self.tr("Open calls of %1").replace("%1", load.name))

    def reassign(self) -> None:
        chosen: list[CallRow] = selected_objects(self.calls_table)
        assignee = self.reassign_to.currentData()
        if not chosen or assignee is None:
            self.status_message.emit(self.tr("Select the calls to hand over first."))
            return
        try:
            moved = follow_ups.reassign([call.id for call in chosen], assignee, self.actor_id)
        except PermissionDenied:
            self.status_message.emit(self._only_the_manager())
            return
        self.status_message.emit(
            self.tr("%n call(s) handed to %1.", "", moved).replace(
                "%1", self.reassign_to.currentText()
            )
        )
        self.calls_changed.emit()

    def cancel(self) -> None:
        chosen: list[CallRow] = selected_objects(self.calls_table)
        if not chosen:
            self.status_message.emit(self.tr("Select the calls to cancel first."))
            return
        question = self.tr(
            "Cancel %n call(s)? They stay in her history as cancelled.", "", len(chosen)
        )
        if not prompts.confirm(self, self.tr("Cancel calls"), question):
            return
        try:
            dropped = follow_ups.cancel_calls([call.id for call in chosen], self.actor_id)
        except PermissionDenied:
            self.status_message.emit(self._only_the_manager())
            return
        self.status_message.emit(self.tr("%n call(s) cancelled.", "", dropped))
        self.calls_changed.emit()

    def _only_the_manager(self) -> str:
        return self.tr(
            "Only the store manager may hand over or cancel a colleague's calls. "
            "Nothing was changed."
        )
