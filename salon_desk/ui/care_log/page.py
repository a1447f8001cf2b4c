"""The care log tab: write today's entry beside her file, and browse or correct past ones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import care_log, customers
from salon_desk.services.cards import CardStatus, card_status, card_statuses
from salon_desk.services.changes import Changes
from salon_desk.services.validation import yuan_text
from salon_desk.ui.care_log import texts
from salon_desk.ui.care_log.context_panel import CustomerContextPanel
from salon_desk.ui.care_log.entry_dialog import EntryDialog
from salon_desk.ui.care_log.entry_form import CareEntryForm
from salon_desk.ui.care_log.entry_list import EntryListView
from salon_desk.ui.events import AppEvents
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named

UNUSUAL_AMOUNT_FEN = 5_000_000  # ¥50,000 for one visit is more likely a typing slip


class CareLogPage(QWidget):
    status_message = Signal(str)

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("care_log_page")
        self.events = events
        self.actor_id = actor_id
        self.editing: care_log.CareEntry | None = None
        self.form = CareEntryForm(self)
        self.context = CustomerContextPanel(self)
        self.entries = EntryListView(self)
        self.title = named(QLabel(), "entry_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.save_button = named(QPushButton(self.tr("Save (Ctrl+Enter)")), "entry_save")
        self.clear_button = named(QPushButton(self.tr("Clear (Esc)")), "entry_clear")
        self._build_layout()
        self._connect()
        self.clear_form()
        self.entries.refresh()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button)
        header.addWidget(self.clear_button)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(440)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(form_scroll)
        upper.addWidget(self.context)
        upper.setSizes([560, 640])
        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addLayout(header)
        writing_layout.addWidget(upper, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(writing)
        splitter.addWidget(self.entries)
        splitter.setSizes([560, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.form.customer_chosen.connect(self._customer_chosen)
        self.form.customer.cleared.connect(self._customer_cleared)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.ask_clear)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.ask_clear)
        self.entries.open_entry.connect(self.open_entry)
        self.events.changed.connect(self._changed)

    def show_shop(self, shop_id: int) -> None:
        """A chain's care log: the visits at one shop (0: the whole chain)."""
        self.entries.shop_id = shop_id or None
        self.entries.refresh()

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        if not self.form.has_typing():
            self.form.set_beautician(actor_id)

    # -- writing ------------------------------------------------------------------
    def start_entry_for(self, customer_id: int) -> None:
        """Begin a new entry with her already chosen (from her file's "Log a visit")."""
        if self.editing is not None or self.form.has_typing():
            self.ask_clear()
            if self.form.has_typing():
                return
        self.form.customer.set_customer(customer_id, customers.get_customer(customer_id).data.name)
        self._customer_chosen(customer_id)

    def focus_start(self) -> None:
        """Ctrl+2: her phone digits go straight into the customer field, unless an entry
        is under way (then its service items)."""
        if self.form.customer.customer_id is None:
            self.form.customer.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.form.services.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _customer_cleared(self) -> None:
        self.context.show_customer(None)
        self.form.set_cards([])

    def _customer_chosen(self, customer_id: int) -> None:
        if self.editing is None and self.form.time_is_default():
            self.form.set_time_to_now()  # the form may have waited since the last customer
        self.context.show_customer(customer_id)
        self.form.set_cards(self._cards_for(customer_id))
        self.form.services.setFocus()
        if self.form.services.currentRow() < 0 and self.form.services.count():
            self.form.services.setCurrentRow(0)

    def _cards_for(self, customer_id: int) -> list[CardStatus]:
        """Her cards; while correcting, the entry's own card use is counted as given back."""
        cards = card_statuses(customer_id)
        editing = self.editing
        if editing is None or editing.data.card_id is None:
            return cards
        own = card_status(editing.data.card_id, excluding_entry=editing.id)
        return [own if own is not None and card.id == own.id else card for card in cards]

    def clear_form(self) -> None:
        self.editing = None
        self.form.clear()
        self.form.set_beautician(self.actor_id)
        self.context.show_customer(None)
        self.title.setText(self.tr("New care log entry"))
        self.form.customer.setFocus()

    def confirm_leave(self) -> bool:
        """Before the window closes: an unsaved entry is not dropped without asking."""
        if not self.form.has_typing():
            return True
        return prompts.confirm(
            self,
            self.tr("Unsaved care log entry"),
            self.tr("The care log entry you are writing is not saved. Close anyway?"),
        )

    def ask_clear(self) -> None:
        if self.form.has_typing():
            question = (
                self.tr("Stop correcting this entry? Your changes are not saved.")
                if self.editing
                else self.tr("Clear the form? What you typed is not saved.")
            )
            if not prompts.confirm(self, self.tr("Clear the form"), question):
                return
        self.clear_form()

    def save(self) -> bool:
        data = self.form.read()
        problems = texts.problems()
        errors = {field: problems[code] for field, code in care_log.validate_entry(data).items()}
        errors.update(self.form.form_errors())
        if errors:
            return self._refused(errors)
        unusual = self._unusual(data)
        if unusual and not prompts.confirm(self, self.tr("Check this entry"), unusual):
            return False
        try:
            if self.editing is not None:
                care_log.update_care_log(self.editing.id, data, self.editing.data, self.actor_id)
            else:
                care_log.log_care(data, self.actor_id)
        except care_log.EntryInvalid as invalid:
            return self._refused({field: problems[code] for field, code in invalid.errors.items()})
        except (care_log.EntryChanged, care_log.EntryVoided):
            prompts.inform(
                self,
                self.tr("Changed elsewhere"),
                self.tr(
                    "Someone else corrected or voided this entry after you opened it. "
                    "Open it again from the list to see the saved version."
                ),
            )
            return False
        name = self.form.customer.search.text()
        corrected = self.editing is not None
        assert data.customer_id is not None
        self.clear_form()
        if self.entries.date_to.date() < QDate.currentDate():
            self.entries.date_to.setDate(QDate.currentDate())
        self.events.publish()  # the entries below read again, and the other tabs
        message = (
            self.tr("Saved the correction to %1's entry.")
            if corrected
            else self.tr("Logged %1's care session.")
        )
        self.status_message.emit(message.replace("%1", name))
        return True

    def _unusual(self, data: care_log.CareEntryInput) -> str:
        """Typing slips worth one question before saving: a visit over a year back, an
        amount over ¥50,000. Empty when there is nothing to ask."""
        doubts = []
        if data.visited_at is not None:
            visited = data.visited_at
            now = dt.datetime.now(visited.tzinfo) if visited.tzinfo else dt.datetime.now()
            if now - visited > dt.timedelta(days=365):
                doubts.append(
                    self.tr("The visit is dated %1, more than a year ago.").replace(
                        "%1", visited.strftime("%Y-%m-%d")
                    )
                )
        if data.amount_fen > UNUSUAL_AMOUNT_FEN:
            doubts.append(
                self.tr("The amount paid is %1.").replace("%1", yuan_text(data.amount_fen))
            )
        if not doubts:
            return ""
        return "\n".join([*doubts, self.tr("Save it as it is?")])

    def _refused(self, errors: dict[str, str]) -> bool:
        self.form.show_errors(errors)
        self.status_message.emit(self.tr("Not saved: see the messages in red."))
        return False

    # -- past entries -------------------------------------------------------------
    def open_entry(self, entry_id: int) -> EntryDialog:
        dialog = EntryDialog(entry_id, self.actor_id, self)
        dialog.correct_requested.connect(self.correct_entry)
        dialog.voided.connect(self._entry_voided)
        dialog.open()
        return dialog

    def correct_entry(self, entry_id: int) -> None:
        if self.form.has_typing() and not prompts.confirm(
            self,
            self.tr("Clear the form"),
            self.tr("Clear the form? What you typed is not saved."),
        ):
            return
        entry = care_log.get_entry(entry_id)
        self.editing = entry
        assert entry.data.customer_id is not None
        self.form.load(entry, self._cards_for(entry.data.customer_id))
        self.context.show_customer(entry.data.customer_id)
        self.title.setText(
            self.tr("Correcting %1's entry of %2")
            .replace("%1", entry.customer_name)
            .replace("%2", self.form.visited_at.text())
        )
        self.form.services.setFocus()

    def _entry_voided(self, customer_id: int) -> None:
        self.events.publish()
        self.status_message.emit(self.tr("Entry voided; it stays in the log marked void."))

    def _changed(self, changed: Changes) -> None:
        """A file, card or entry changed, here or elsewhere (a card sold on her file):
        the customer being logged and the entries below show it at once."""
        everyone = changed.everything or changed.catalogues
        if everyone:
            self.form.reload_choices()
            self.entries.reload_choices()
        shown = self.form.customer.customer_id
        if shown is not None and (everyone or shown in changed.customers):
            self.context.show_customer(shown)
            self.form.set_cards(self._cards_for(shown), keep=self.form.card.currentData())
        if everyone or changed.files or changed.visits:
            self.entries.refresh()
