"""Member events (答谢会; issue 17.6): the events, each one's guests with their answer
and whether they came, new events, and invitations for the customers a filter lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import events
from salon_desk.services.events import EventInput, EventInvalid, EventRow, Guest
from salon_desk.ui import labels
from salon_desk.ui.widgets import phones, prompts
from salon_desk.ui.widgets.field_form import FieldForm, date_edit, edited_date
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import row_table, show_rows_model


class EventDialog(QDialog):
    """A new event: what, when, where; the name field has the keyboard."""

    def __init__(self, actor_id: int | None, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("New event"))
        self.actor_id = actor_id
        self.event_id = 0
        self.name = named(QLineEdit(), "event_name")
        self.name.setPlaceholderText(self.tr("e.g. a year-end thank-you party"))
        self.held_on = date_edit("event_held_on", today + dt.timedelta(days=14))
        self.place = named(QLineEdit(), "event_place")
        self.note = named(QLineEdit(), "event_note")
        self.form = FieldForm("event")
        self.form.add_field("name", self.tr("Event"), self.name)
        self.form.add_field("held_on", self.tr("Day"), self.held_on)
        self.form.add_field("place", self.tr("Place"), self.place)
        self.form.add_field("note", self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.name.setFocus()

    def save(self) -> None:
        data = EventInput(
            self.name.text(), edited_date(self.held_on), self.place.text(), self.note.text()
        )
        try:
            self.event_id = events.save_event(0, data, self.actor_id)
        except EventInvalid as refused:
            words = labels.field_errors()
            self.form.show_errors({f: words.get(c, c) for f, c in refused.errors.items()})
            return
        self.accept()


class EventsPanel(QWidget):
    calls_changed = Signal()  # (the page's signals: events change files, not calls)
    status_message = Signal(str)
    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor_id: int | None = None
        self.today = dt.date.today()
        # The customers the customer list shows now (the window sets it): who to invite.
        self.listed: Callable[[], frozenset[int]] = frozenset
        self.model: RowsTableModel[EventRow] = RowsTableModel(
            [
                Column(self.tr("Event"), lambda e: e.name, width=180),
                Column(self.tr("Day"), lambda e: e.held_on.isoformat(), width=90),
                Column(self.tr("Place"), lambda e: e.place, width=120),
                Column(self.tr("Invited"), lambda e: str(e.invited), numeric=True),
                Column(self.tr("Coming"), lambda e: str(e.coming), numeric=True),
                Column(self.tr("Came"), lambda e: str(e.attended), numeric=True),
            ]
        )
        self.table = row_table("events_table")
        show_rows_model(self.table, self.model)
        words = labels.rsvp_words()
        self.guests: RowsTableModel[Guest] = RowsTableModel(
            [
                Column(self.tr("Customer"), lambda g: g.name, width=90),
                Column(self.tr("Phone"), lambda g: phones.shown(g.phone), width=110),
                Column(self.tr("Answer"), lambda g: words.get(g.rsvp, g.rsvp), width=90),
                Column(self.tr("Came"), lambda g: labels.yes_no(True) if g.attended else ""),
            ]
        )
        self.guest_table = row_table("event_guests_table", multi_select=True)
        show_rows_model(self.guest_table, self.guests)
        self.new_button = named(QPushButton(self.tr("&New event…")), "event_new")
        self.invite_button = named(
            QPushButton(self.tr("&Invite the customers listed on Customer files")),
            "event_invite",
        )
        self.answer_buttons = {
            rsvp: named(QPushButton(text), f"event_rsvp_{rsvp}")
            for rsvp, text in (
                ("yes", self.tr("Coming")),
                ("maybe", self.tr("Maybe")),
                ("no", self.tr("Not coming")),
            )
        }
        self.came_button = named(QPushButton(self.tr("She came")), "event_came")
        self.summary = named(QLabel(), "event_summary")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.invite_button)
        top.addStretch(1)
        answers = QHBoxLayout()
        answers.addWidget(self.summary, 1)
        for button in self.answer_buttons.values():
            answers.addWidget(button)
        answers.addWidget(self.came_button)
        guests = QWidget()
        guests_layout = QVBoxLayout(guests)
        guests_layout.setContentsMargins(0, 0, 0, 0)
        guests_layout.addWidget(self.guest_table, 1)
        guests_layout.addLayout(answers)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(guests)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.new_button.clicked.connect(self.new_event)
        self.invite_button.clicked.connect(self.invite_listed)
        for rsvp, button in self.answer_buttons.items():
            button.clicked.connect(lambda _=False, chosen=rsvp: self.answer(rsvp=chosen))
        self.came_button.clicked.connect(lambda: self.answer(attended=True))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_guests())
        self.guest_table.doubleClicked.connect(self._open_guest)

    def show_events(self, actor_id: int | None, today: dt.date) -> None:
        self.actor_id, self.today = actor_id, today
        chosen = self.current_event()
        self.model.set_rows(events.list_events())
        rows = self.model.rows()
        place = next((n for n, e in enumerate(rows) if chosen and e.id == chosen.id), 0)
        if rows:
            self.table.selectRow(place)
        self._show_guests()

    def current_event(self) -> EventRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_guests(self) -> None:
        event = self.current_event()
        self.guests.set_rows(events.guests_of(event.id) if event else [])
        self.invite_button.setEnabled(event is not None)
        if event is None:
            self.summary.setText(self.tr("Make an event, then invite customers to it."))
            return
        self.summary.setText(
            self.tr("%1 invited, %2 coming, %3 came")
            .replace("%1", str(event.invited))
            .replace("%2", str(event.coming))
            .replace("%3", str(event.attended))
        )

    def new_event(self) -> EventDialog:
        dialog = EventDialog(self.actor_id, self.today, self)
        dialog.accepted.connect(lambda: self._made(dialog.event_id))
        dialog.open()
        return dialog

    def _made(self, event_id: int) -> None:
        self.model.set_rows(events.list_events())
        place = next((n for n, e in enumerate(self.model.rows()) if e.id == event_id), 0)
        self.table.selectRow(place)
        self._show_guests()

    def invite_listed(self) -> None:
        event = self.current_event()
        if event is None:
            return
        listed = self.listed()
        question = self.tr(
            "Invite the %n customer(s) listed on Customer files to %1?", "", len(listed)
        ).replace("%1", event.name)
        if not listed or not prompts.confirm(self, self.tr("Invite"), question):
            return
        found = events.invite(event.id, listed, self.actor_id)
        self.status_message.emit(
            self.tr("%1 invited; %2 on the list already; %3 left out (no consent).")
            .replace("%1", str(len(found.added)))
            .replace("%2", str(found.already))
            .replace("%3", str(found.no_consent))
        )
        self.calls_changed.emit()
        self.show_events(self.actor_id, self.today)

    def answer(self, rsvp: str | None = None, attended: bool | None = None) -> None:
        event = self.current_event()
        chosen = {index.row() for index in self.guest_table.selectionModel().selectedRows()}
        if event is None or not chosen:
            return
        answered = set()
        for row in sorted(chosen):
            guest = self.guests.row_at(row)
            if guest is not None:
                events.set_answer(event.id, guest.customer_id, self.actor_id, rsvp, attended)
                answered.add(guest.customer_id)
        self.calls_changed.emit()
        self.show_events(self.actor_id, self.today)
        # The same guests stay chosen: "coming", then "she came" on the day.
        selection = self.guest_table.selectionModel()
        for row, guest in enumerate(self.guests.rows()):
            if guest.customer_id in answered:
                selection.select(
                    self.guests.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _open_guest(self) -> None:
        index = self.guest_table.currentIndex()
        guest = self.guests.row_at(index.row()) if index.isValid() else None
        if guest is not None:
            self.open_customer.emit(guest.customer_id)
