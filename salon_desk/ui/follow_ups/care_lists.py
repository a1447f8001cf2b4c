"""Care lists (顾客关怀): birthdays, cards running out, stale complaints, overdue customers
nobody is calling, each turned into follow-up calls with one button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salon_desk.services import follow_ups, frequency, reminders
from salon_desk.services.contact_list import Contact, write_contact_list
from salon_desk.services.follow_ups import CallRequest
from salon_desk.services.permissions import Permission, allowed
from salon_desk.services.reminders import Suggestion
from salon_desk.services.shops import this_pc_shop
from salon_desk.ui import labels
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.follow_ups import occasion_texts, texts
from salon_desk.ui.follow_ups.greeting_dialog import GreetingDialog
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.field_form import date_edit, edited_date
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import row_table, show_rows_model
from salon_desk.ui.widgets.tasks import run_task


class CareListsPanel(QWidget):
    calls_changed = Signal()
    status_message = Signal(str)
    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor_id: int | None = None
        self.today = dt.date.today()
        self._generation = 0
        self._holidays: dict[str, str] = {}
        self.sources: dict[str, Callable[[dt.date], list[Suggestion]]] = {
            "birthdays_week": lambda today: reminders.birthdays_within(today, 7),
            "birthdays_month": lambda today: reminders.birthdays_within(today, 30),
            "family_birthdays": lambda today: reminders.family_birthdays_within(today, 30),
            "holidays": lambda today: reminders.holidays_within(today, 30),
            "anniversaries": lambda today: reminders.anniversaries_within(today, 30),
            "events": lambda today: reminders.event_invitations(today, 30),
            "low_satisfaction": lambda today: reminders.low_satisfaction(today, 30),
            "slipping": reminders.slipping_away,
            "cards": reminders.cards_running_out,
            "complaints": reminders.stale_complaints,
            "overdue": lambda today: reminders.overdue_without_call(
                frequency.visit_statistics(today)
            ),
        }
        self.chooser = named(QComboBox(), "care_list_choice")
        for code, text in (
            ("birthdays_week", self.tr("Birthdays in the next 7 days")),
            ("birthdays_month", self.tr("Birthdays in the next 30 days")),
            ("family_birthdays", self.tr("Her family's birthdays in the next 30 days")),
            ("holidays", self.tr("Holidays in the next 30 days (customers of the last year)")),
            (
                "anniversaries",
                self.tr("Anniversaries in the next 30 days (first visit, first card)"),
            ),
            ("events", self.tr("Event guests who have not answered (next 30 days)")),
            ("low_satisfaction", self.tr("Low satisfaction in the last 30 days, no recovery call")),
            (
                "slipping",
                self.tr(
                    "Slipping away: paying customers unlikely to come back, most valuable first"
                ),
            ),
            ("cards", self.tr("Cards with one session left or expiring within 30 days")),
            ("complaints", self.tr("Complaints without a reply past the shop's deadline")),
            ("overdue", self.tr("Overdue customers nobody is calling")),
        ):
            self.chooser.addItem(text, code)
        self.model: RowsTableModel[Suggestion] = RowsTableModel(
            [
                Column(self.tr("Customer"), lambda s: s.name, width=80),
                Column(self.tr("Phone"), lambda s: phones.shown(s.phone), width=100),
                Column(self.tr("Responsible"), lambda s: s.staff_name, width=80),
                Column(self.tr("What"), self.detail, width=420),
                Column(
                    self.tr("Call already open"),
                    lambda s: labels.yes_no(True) if s.has_open_call else "",
                ),
            ]
        )
        self.table = row_table("care_list_table", multi_select=True)
        show_rows_model(self.table, self.model)
        # Each list comes in its own order (most valuable first, soonest first): no column
        # claims it until the user sorts by one; the reason gets the room.
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = named(QLabel(), "care_list_count")
        self.due_on = date_edit("care_list_due_on", self.today)
        self.create_button = named(
            QPushButton(self.tr("Create calls for these")), "care_list_create_calls"
        )
        # A greeting list goes out by SMS or WeChat too (17.6): its text, then the list.
        self.greeting_button = named(QPushButton(self.tr("Greeting…")), "care_list_greeting")
        self.export_button = named(QPushButton(self.tr("Export contact list…")), "care_list_export")
        # The shop's threshold of "slipping away" (19.5), beside that list, for managers.
        self.slipping_below = named(QSpinBox(), "care_list_slipping_below")
        self.slipping_below.setRange(*reminders.SLIPPING_PERCENT_LIMITS)
        self.slipping_below.setValue(reminders.DEFAULT_SLIPPING_PERCENT)
        self.slipping_below.setSuffix(" %")
        self.slipping_below.setToolTip(
            self.tr(
                "Listed when the retention model gives her less than this chance of coming back."
            )
        )
        self.slipping_label = QLabel(self.tr("Chance under"))
        self.slipping_label.setBuddy(self.slipping_below)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List")))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.slipping_label)
        top.addWidget(self.slipping_below)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.greeting_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(QLabel(self.tr("Call by")))
        bottom.addWidget(self.due_on)
        bottom.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.chooser.currentIndexChanged.connect(self.reload)
        self.slipping_below.editingFinished.connect(self._slipping_below_set)
        self.create_button.clicked.connect(self.create_calls)
        self.greeting_button.clicked.connect(self.edit_greeting)
        self.export_button.clicked.connect(self.ask_export)
        self.table.doubleClicked.connect(self._open_current)

    def detail(self, s: Suggestion) -> str:
        if s.reason == "recovery" and s.on is not None:
            text = self.tr("scored %1/5 on %2").replace("%1", str(s.score))
            text = text.replace("%2", s.on.isoformat())
            return f"{text} · {s.note}" if s.note else text
        if s.reason in ("holiday", "anniversary", "event") and s.on is not None:
            what = occasion_texts.occasion_name(s, self._holidays)
            if s.years is not None:
                what += " · " + self.tr("%n year(s)", "", s.years)
            return f"{what} — {s.on.isoformat()}"
        if s.reason == "family_birthday" and s.on is not None:
            return (
                self.tr("%1 (%2) — %3, turns %4")
                .replace("%1", s.relative)
                .replace("%2", labels.relation_kinds().get(s.relation, s.relation))
                .replace("%3", s.on.isoformat())
                .replace("%4", str(s.age))
            )
        if s.reason == "birthday" and s.on is not None:
            text = self.tr("%1 — turns %2").replace("%1", s.on.isoformat())
            text = text.replace("%2", str(s.age))
            return self.tr("%1 (lunar birthday)").replace("%1", text) if s.lunar else text
        if s.reason == "card":
            parts = [s.card_name]
            if s.sessions_left is not None:
                parts.append(self.tr("%n session(s) left", "", s.sessions_left))
            if s.on is not None:
                parts.append(self.tr("expires %1").replace("%1", s.on.isoformat()))
            return " · ".join(parts)
        if s.reason == "overdue" and s.chance is not None:  # slipping away (19.5)
            rhythm = (
                self.tr("usually every %1 days, ").replace("%1", str(round(s.usual_gap)))
                if s.usual_gap is not None
                else ""
            )
            return (
                self.tr("%1%2 days away: %3 chance she still comes · paid %4 in 12 months")
                .replace("%1", rhythm)
                .replace("%2", str(s.days))
                .replace("%3", labels.chance(s.chance))
                .replace("%4", labels.money(s.spend_fen or 0))
            )
        if s.reason == "complaint":
            category = complaint_categories().get(s.category, s.category)
            return self.tr("%1, open %n day(s)", "", s.days or 0).replace("%1", category)
        return self.tr("last visit %n day(s) ago", "", s.days or 0)

    def show_lists(self, actor_id: int | None, today: dt.date) -> None:
        self.actor_id, self.today = actor_id, today
        self.due_on.setDate(QDate(today.year, today.month, today.day))
        self.reload()

    def choose(self, code: str) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(code))

    def reload(self) -> None:
        self._generation += 1
        generation, today = self._generation, self.today
        code = self.chooser.currentData()
        source = self.sources[code]
        slipping = code == "slipping"
        self.slipping_label.setVisible(slipping)
        self.slipping_below.setVisible(slipping)
        self.count.setText(self.tr("Looking through the files…"))
        self.create_button.setEnabled(False)
        actor_id = self.actor_id

        def find() -> tuple[list[Suggestion], tuple[int, bool] | None]:
            """The list and, beside "slipping away", the threshold and whether this person
            may set it — all read here, off the window's thread."""
            if not slipping:
                return source(today), None
            may_set = allowed(actor_id, Permission.SETTINGS)
            return source(today), (reminders.slipping_below_percent(), may_set)

        run_task(find, lambda found: self._show(found[0], found[1], generation))

    def _slipping_below_set(self) -> None:
        percent, actor_id = self.slipping_below.value(), self.actor_id
        if not self.slipping_below.isEnabled():
            return

        def save() -> bool:
            if percent == reminders.slipping_below_percent():
                return False
            reminders.save_slipping_below_percent(percent, actor_id)
            return True

        run_task(save, lambda saved: self.reload() if saved and isValid(self) else None)

    def _show(
        self, rows: list[Suggestion], threshold: tuple[int, bool] | None, generation: int
    ) -> None:
        if not isValid(self) or generation != self._generation:
            return
        if threshold is not None:
            below, may_set = threshold
            self.slipping_below.setEnabled(may_set)
            if not self.slipping_below.hasFocus():
                self.slipping_below.setValue(below)  # the shop's (another PC may have set it)
        self._holidays = occasion_texts.holiday_names()  # the rows' names, read once
        self.model.set_rows(rows)
        waiting = sum(not s.has_open_call for s in rows)
        self.count.setText(
            self.tr("%1 listed, %2 without a call")
            .replace("%1", str(len(rows)))
            .replace("%2", str(waiting))
        )
        self.create_button.setEnabled(waiting > 0)
        greets = bool(rows) and rows[0].reason in follow_ups.MARKETING_REASONS
        self.greeting_button.setEnabled(greets)
        self.export_button.setEnabled(greets)

    def create_calls(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        # Recovery is the store manager's (18.1); other calls each customer's beautician.
        recovery = rows[0].reason == "recovery"
        request = CallRequest(
            customer_ids=[s.customer_id for s in rows if not s.has_open_call],
            assignee_id=follow_ups.store_manager(this_pc_shop()) if recovery else None,
            due_on=edited_date(self.due_on),
            reason=rows[0].reason,
        )
        try:
            result = follow_ups.assign_calls(request, self.actor_id, self.today)
        except follow_ups.CallInvalid as refused:
            problems = texts.problems()
            self.status_message.emit(" ".join(problems.get(c, c) for c in refused.errors.values()))
            return
        self.status_message.emit(self.tr("%n call(s) created.", "", len(result.created)))
        self.calls_changed.emit()
        self.reload()

    def _sample(self) -> Suggestion | None:
        """The row chosen, else the first: whose greeting is written."""
        index = self.table.currentIndex()
        rows = self.model.rows()
        if index.isValid():
            return self.model.row_at(index.row())
        return rows[0] if rows else None

    def edit_greeting(self) -> GreetingDialog | None:
        sample = self._sample()
        if sample is None:
            return None
        dialog = GreetingDialog(occasion_texts.greeting_key(sample), sample, self.actor_id, self)
        dialog.open()
        return dialog

    def ask_export(self) -> None:
        default = str(Path.home() / f"{self.chooser.currentText()}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contact list"), default, "Excel (*.xlsx)"
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> int:
        """Every row with its greeting, those who agreed to greetings only."""
        shop = occasion_texts.shop_name()
        templates: dict[str, str] = {}
        contacts = []
        for s in self.model.rows():
            key = occasion_texts.greeting_key(s)
            template = templates.setdefault(key, occasion_texts.template_for(key))
            contacts.append(
                Contact(
                    s.customer_id,
                    occasion_texts.occasion_name(s, self._holidays),
                    s.on,
                    occasion_texts.greeting(s, template, shop, self._holidays),
                )
            )
        headers = [
            self.tr("Customer"), self.tr("Phone"), self.tr("WeChat"), self.tr("Occasion"),
            self.tr("Date"), self.tr("Greeting"),
        ]  # fmt: skip
        written = write_contact_list(target, contacts, headers, self.actor_id)
        self.status_message.emit(
            self.tr("%n customer(s) written to %1.", "", written).replace("%1", target.name)
        )
        return written

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_customer.emit(row.customer_id)
