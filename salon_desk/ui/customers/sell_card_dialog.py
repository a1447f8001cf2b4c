"""Selling a card: a session card (service × sessions) or a stored-value card (amount loaded)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import cards, catalogues, shops
from salon_desk.services.cards import CardInput
from salon_desk.services.validation import parse_yuan, yuan_text
from salon_desk.ui.care_log import texts
from salon_desk.ui.widgets.naming import named


class SellCardDialog(QDialog):
    sold = Signal(int)  # customer id

    def __init__(self, customer_id: int, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sell_card_dialog")
        self.setWindowTitle(self.tr("Sell a card"))
        self.customer_id = customer_id
        self.actor_id = actor_id
        self.kind = named(QComboBox(), "card_kind")
        for code, text in texts.card_kinds().items():
            self.kind.addItem(text, code)
        self.service_item = named(QComboBox(), "card_service_item")
        self.service_item.addItem(self.tr("— none (name it below)"), None)
        self._prices: dict[int, int] = {}
        for item in catalogues.list_service_items():
            self.service_item.addItem(item.name, item.id)
            self._prices[item.id] = item.price_fen
        self.name = named(QLineEdit(), "card_name")
        self.name.setPlaceholderText(self.tr("e.g. Hydrating facial × 10 (empty: from the item)"))
        self.sessions = named(QSpinBox(), "card_sessions")
        self.sessions.setRange(0, cards.MAX_SESSIONS)
        self.sessions.setValue(10)
        self.value_loaded = named(QLineEdit(), "card_value_loaded")
        self.amount_paid = named(QLineEdit(), "card_amount_paid")
        self.purchased_on = named(QDateEdit(QDate.currentDate()), "card_purchased_on")
        self.has_expiry = named(QCheckBox(self.tr("Expires on")), "card_has_expiry")
        self.expires_on = named(QDateEdit(QDate.currentDate().addYears(1)), "card_expires_on")
        for edit in (self.purchased_on, self.expires_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.expires_on.setEnabled(False)
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        rows: list[tuple[str, QWidget | str, QWidget]] = [
            ("kind", self.tr("Kind"), self.kind),
            ("service_item", self.tr("Service item"), self.service_item),
            ("name", self.tr("Card name"), self.name),
            ("sessions_bought", self.tr("Sessions bought"), self.sessions),
            ("value_loaded", self.tr("Value loaded (yuan)"), self.value_loaded),
            ("amount_paid", self.tr("Amount paid (yuan)"), self.amount_paid),
            ("purchased_on", self.tr("Bought on"), self.purchased_on),
            ("expires_on", self.has_expiry, self.expires_on),
        ]
        for field, label, widget in rows:
            error = named(QLabel(), f"card_error_{field}")
            error.setStyleSheet("color: #c62828;")
            error.hide()
            self.errors[field] = error
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(error)
            if isinstance(label, str):  # two overloads of addRow: text or a widget label
                form.addRow(label, holder)
            else:
                form.addRow(label, holder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sell"))
        buttons.accepted.connect(self.sell)
        buttons.rejected.connect(self.reject)
        # A chain chooses at sale where the card pays; a single salon never sees it.
        self.chain_wide = named(QCheckBox(self.tr("Usable in every shop")), "card_chain_wide")
        self.chain_wide.setChecked(True)
        self.chain_wide.setVisible(shops.is_chain())
        form.addRow("", self.chain_wide)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.service_item.currentIndexChanged.connect(self._suggest_price)
        self.sessions.valueChanged.connect(self._suggest_price)
        self._kind_changed()

    def _kind_changed(self) -> None:
        session = self.kind.currentData() == "session"
        self.sessions.setEnabled(session)
        self.value_loaded.setEnabled(not session)

    def _suggest_price(self) -> None:
        """Fill in the list price of the sessions until someone types a price."""
        if self.amount_paid.isModified():
            return
        price = self._prices.get(self.service_item.currentData(), 0)
        if self.kind.currentData() == "session" and price:
            self.amount_paid.setText(yuan_text(price * self.sessions.value()))

    def read(self) -> tuple[CardInput, dict[str, str]]:
        message = texts.problems()["amount_invalid"]
        errors: dict[str, str] = {}
        loaded = parse_yuan(self.value_loaded.text())
        paid = parse_yuan(self.amount_paid.text())
        if loaded is None:
            errors["value_loaded"] = message
        if paid is None:
            errors["amount_paid"] = message
        stored_value = self.kind.currentData() == "stored_value"
        if stored_value and not self.amount_paid.text().strip():
            paid = loaded  # a plain top-up: paid what was loaded
        purchased = self.purchased_on.date().toPython()
        expires = self.expires_on.date().toPython() if self.has_expiry.isChecked() else None
        assert isinstance(purchased, dt.date)
        data = CardInput(
            kind=self.kind.currentData(),
            name=self.name.text(),
            service_item_id=self.service_item.currentData(),
            sessions_bought=self.sessions.value(),
            amount_paid_fen=paid or 0,
            value_loaded_fen=loaded or 0,
            purchased_on=purchased,
            expires_on=expires if isinstance(expires, dt.date) else None,
            chain_wide=self.chain_wide.isChecked(),
        )
        return data, errors

    def sell(self) -> bool:
        data, errors = self.read()
        problems = texts.problems()
        errors.update(
            {
                field: problems[code]
                for field, code in cards.validate_card(data, dt.date.today()).items()
                if field not in errors
            }
        )
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        if errors:
            return False
        cards.sell_card(self.customer_id, data, self.actor_id)
        self.sold.emit(self.customer_id)
        self.accept()
        return True
