"""Her cards in the customer file: bought, used, left, expiry, and the entries that used each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import cards
from salon_desk.services.cards import CardStatus
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts
from salon_desk.ui.customers.sell_card_dialog import SellCardDialog
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setTabKeyNavigation(False)  # Tab moves on to the next field
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # Numbers keep their width; the first column (card name or date) takes what is left.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class CardsPanel(QWidget):
    cards_changed = Signal(int)  # customer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.actor_id: int | None = None
        self.today: dt.date | None = None
        self._cards: list[CardStatus] = []
        self.table = _table(
            "cards_table",
            [
                self.tr("Card"),
                self.tr("Bought"),
                self.tr("Used"),
                self.tr("Left"),
                self.tr("Expires"),
                self.tr("State"),
            ],
        )
        self.uses = _table(
            "card_uses_table",
            [self.tr("Visit"), self.tr("Beautician"), self.tr("Used"), self.tr("Entry")],
        )
        self.sell_button = named(QPushButton(self.tr("Sell a card…")), "sell_card")
        self.void_button = named(QPushButton(self.tr("Void card…")), "void_card")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sell_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Entries that used the selected card")))
        layout.addWidget(self.uses, 1)
        self.table.itemSelectionChanged.connect(self._show_uses)
        self.sell_button.clicked.connect(self.sell)
        self.void_button.clicked.connect(self.void_selected)

    def show_customer(self, customer_id: int | None, today: dt.date | None = None) -> None:
        found = cards.card_statuses(customer_id) if customer_id is not None else []
        self.show_cards(customer_id, found, today)

    def show_cards(
        self, customer_id: int | None, found: list[CardStatus], today: dt.date | None = None
    ) -> None:
        """Show cards already read (the file's service status carries them)."""
        self.customer_id = customer_id
        self.today = today
        self._cards = found
        day = today or dt.date.today()
        self.table.setRowCount(len(self._cards))
        for row, card in enumerate(self._cards):
            if card.kind == "session":
                bought, used, left = (
                    str(card.sessions_bought),
                    str(card.sessions_used),
                    str(card.sessions_left),
                )
            else:
                bought, used, left = (
                    labels.money(card.value_loaded_fen),
                    labels.money(card.value_used_fen),
                    labels.money(card.balance_fen),
                )
            state = texts.card_state(card, day)
            cells = (
                card.name,
                bought,
                used,
                left,
                card.expires_on.isoformat() if card.expires_on else "—",
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                if not card.usable_on(day):
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.sell_button.setEnabled(customer_id is not None)
        if self._cards:
            self.table.selectRow(0)
        self._show_uses()

    def selected_card(self) -> CardStatus | None:
        row = self.table.currentRow()
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def _show_uses(self) -> None:
        card = self.selected_card()
        found = cards.card_uses(card.id) if card is not None else []
        self.void_button.setEnabled(card is not None and not any(not u.voided for u in found))
        self.uses.setRowCount(len(found))
        for row, use in enumerate(found):
            cells = (
                labels.local_datetime(use.visited_at),
                use.beautician_name,
                texts.card_taken(use.sessions, use.amount_fen),
                self.tr("voided") if use.voided else self.tr("counted"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if use.voided:
                    item.setForeground(Qt.GlobalColor.gray)
                self.uses.setItem(row, column, item)

    def sell(self) -> SellCardDialog | None:
        if self.customer_id is None:
            return None
        dialog = SellCardDialog(self.customer_id, self.actor_id, self)
        dialog.sold.connect(self._sold)
        dialog.open()
        return dialog

    def _sold(self, customer_id: int) -> None:
        self.show_customer(customer_id, self.today)
        self.cards_changed.emit(customer_id)

    def void_selected(self) -> None:
        card = self.selected_card()
        if card is None or self.customer_id is None:
            return
        reason = prompts.ask_reason(
            self,
            self.tr("Void card"),
            self.tr("Why is %1 voided? (e.g. sold by mistake)").replace("%1", card.name),
        )
        if not reason or not reason.strip():
            return
        try:
            cards.void_card(card.id, reason, self.actor_id)
        except cards.CardInvalid as invalid:
            problems = texts.problems()
            message = "\n".join(problems[code] for code in invalid.errors.values())
            prompts.inform(self, self.tr("Void card"), message)
            return
        self._sold(self.customer_id)
