"""The care log entry form: every field of one treatment, in the order it is typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import care_log, catalogues, shops
from salon_desk.services.cards import CardStatus, use_refusal
from salon_desk.services.care_log import CareEntry, CareEntryInput
from salon_desk.services.validation import parse_yuan, yuan_text
from salon_desk.ui.care_log import texts
from salon_desk.ui.widgets.customer_picker import CustomerPicker
from salon_desk.ui.widgets.naming import named

ERROR_STYLE = "color: #c62828;"


def _note_box(name: str) -> QPlainTextEdit:
    box = named(QPlainTextEdit(), name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setFixedHeight(52)
    return box


class CareEntryForm(QWidget):
    edited = Signal()
    customer_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_entry_form")
        self.customer = CustomerPicker()
        self.visited_at = named(QDateTimeEdit(), "entry_visited_at")
        self.visited_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.visited_at.setCalendarPopup(True)
        self.beautician = named(QComboBox(), "entry_beautician")
        self.services = named(QListWidget(), "entry_services")
        self.services.setFixedHeight(96)
        self.products_used = named(QLineEdit(), "entry_products")
        self.skin_condition = named(QLineEdit(), "entry_skin_condition")
        self.feedback = _note_box("entry_feedback")
        self.satisfaction = named(QComboBox(), "entry_satisfaction")
        # Its parts and her expectation (18.1), each optional: one row, Tab through.
        self.score_parts = {
            part: named(QComboBox(), f"entry_{part}") for part in care_log.SCORE_PARTS
        }
        self.expectation = named(QComboBox(), "entry_expectation")
        parts_row = QWidget()
        parts_layout = QHBoxLayout(parts_row)
        parts_layout.setContentsMargins(0, 0, 0, 0)
        for part, box in self.score_parts.items():
            parts_layout.addWidget(box, 1)
            box.setToolTip(texts.score_parts()[part])
        parts_layout.addWidget(self.expectation, 2)
        self.amount = named(QLineEdit(), "entry_amount")
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 298"))
        self.card = named(QComboBox(), "entry_card")
        self.card_amount = named(QLineEdit(), "entry_card_amount")
        self.card_amount.setPlaceholderText(self.tr("yuan taken from the balance"))
        self.suggestion = _note_box("entry_suggestion")
        self._cards: list[CardStatus] = []
        self._loaded = CareEntryInput()
        self._default_time = QDateTime()
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("customer", self.tr("Customer"), self.customer),
            ("visited_at", self.tr("Date and time"), self.visited_at),
            ("beautician", self.tr("Beautician"), self.beautician),
            ("services", self.tr("Service items"), self.services),
            ("products_used", self.tr("Products used"), self.products_used),
            ("skin_condition", self.tr("Skin condition"), self.skin_condition),
            ("feedback", self.tr("What she said"), self.feedback),
            ("satisfaction", self.tr("Satisfaction"), self.satisfaction),
            ("satisfaction_parts", self.tr("Reception · treatment · result"), parts_row),
            ("amount", self.tr("Amount paid"), self.amount),
            ("card", self.tr("Card"), self.card),
            ("card_amount", self.tr("Taken from card"), self.card_amount),
            ("suggestion", self.tr("Next time"), self.suggestion),
        ]
        for field, text, widget in rows:
            error = named(QLabel(), f"error_{field}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[field] = error
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self.reload_choices()
        self._connect()
        self.clear()

    def _connect(self) -> None:
        self.customer.chosen.connect(self.customer_chosen)
        for line in (self.products_used, self.skin_condition, self.amount, self.card_amount):
            line.textEdited.connect(self.edited)
        for box in (self.feedback, self.suggestion):
            box.textChanged.connect(self.edited)
        self.services.itemChanged.connect(self.edited)
        self.satisfaction.activated.connect(self.edited)
        for chooser in (*self.score_parts.values(), self.expectation):
            chooser.activated.connect(self.edited)
        self.card.currentIndexChanged.connect(self._card_changed)

    def reload_choices(self) -> None:
        chosen_staff = self.beautician.currentData()
        self.beautician.clear()
        for member in catalogues.list_staff():
            self.beautician.addItem(member.name, member.id)
        self.set_beautician(chosen_staff)
        checked = set(self.checked_services())
        self.services.clear()
        for item in catalogues.list_service_items():
            self._add_service(item.id, item.name, checked=item.id in checked)
        self.satisfaction.clear()
        self.satisfaction.addItem(self.tr("— not asked"), None)
        for score, text in (
            (5, self.tr("5 · very satisfied")),
            (4, self.tr("4 · satisfied")),
            (3, self.tr("3 · neutral")),
            (2, self.tr("2 · dissatisfied")),
            (1, self.tr("1 · very dissatisfied")),
        ):
            self.satisfaction.addItem(text, score)
        names = texts.score_parts()
        for part, box in self.score_parts.items():
            box.clear()
            box.addItem(self.tr("%1: —").replace("%1", names[part]), None)
            for score in (5, 4, 3, 2, 1):
                box.addItem(f"{names[part]}: {score}", score)
        self.expectation.clear()
        for code, text in texts.expectations().items():
            self.expectation.addItem(text, code)

    def _add_service(self, item_id: int, name: str, checked: bool) -> None:
        row = QListWidgetItem(name)
        row.setData(Qt.ItemDataRole.UserRole, item_id)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.services.addItem(row)

    # -- filling in ---------------------------------------------------------------
    def set_beautician(self, staff_id: int | None) -> None:
        index = self.beautician.findData(staff_id)
        self.beautician.setCurrentIndex(max(index, 0))

    def checked_services(self) -> list[int]:
        return [
            int(self.services.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.services.count())
            if self.services.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_cards(self, cards: list[CardStatus], keep: int | None = None) -> None:
        """Offer her cards; used-up and expired ones stay listed so staff see why not."""
        self._cards = cards
        today = dt.date.today()
        self.card.blockSignals(True)
        self.card.clear()
        self.card.addItem(self.tr("No card"), None)
        for card in cards:
            line = texts.card_line(card)
            if not card.usable_on(today):
                line += f" ({texts.card_state(card, today)})"
            self.card.addItem(line, card.id)
        self.card.setCurrentIndex(max(self.card.findData(keep), 0))
        self.card.blockSignals(False)
        self._card_changed()

    def chosen_card(self) -> CardStatus | None:
        card_id = self.card.currentData()
        return next((card for card in self._cards if card.id == card_id), None)

    def _card_changed(self) -> None:
        card = self.chosen_card()
        stored_value = card is not None and card.kind == "stored_value"
        self.card_amount.setEnabled(stored_value)
        if not stored_value:
            self.card_amount.clear()
        self._show_card_problem()
        self.edited.emit()

    def _show_card_problem(self) -> None:
        """Say at once why a chosen card cannot pay, before anyone presses save."""
        card = self.chosen_card()
        self._set_error("card", "")
        if card is None or self.customer.customer_id is None:
            return
        day = self._visited_local().date()
        # The amount is not typed yet: ask only whether the card can pay anything at all.
        problem = use_refusal(
            card,
            customer_id=self.customer.customer_id,
            day=day,
            amount_fen=max(card.balance_fen, 1),
            shop_id=shops.this_pc_shop(),
        )
        if problem is not None:
            self._set_error("card", texts.problems()[problem])

    def set_time_to_now(self) -> None:
        # No maximum: a future time typed by mistake is refused with a message next to
        # the field, not silently pulled back to now.
        self.visited_at.setDateTime(QDateTime.currentDateTime())
        self._default_time = self.visited_at.dateTime()

    def time_is_default(self) -> bool:
        """Nobody changed the time the form filled in (so "now" may move on)."""
        return self.visited_at.dateTime() == self._default_time

    def clear(self) -> None:
        self._loaded = CareEntryInput()
        self.customer.set_customer(None)
        self.set_time_to_now()
        for row in range(self.services.count()):
            self.services.item(row).setCheckState(Qt.CheckState.Unchecked)
        for line in (self.products_used, self.skin_condition, self.amount, self.card_amount):
            line.clear()
        self.feedback.clear()
        self.suggestion.clear()
        self.satisfaction.setCurrentIndex(0)
        for box in (*self.score_parts.values(), self.expectation):
            box.setCurrentIndex(0)
        self.set_cards([])
        self.show_errors({})

    def load(self, entry: CareEntry, cards: list[CardStatus]) -> None:
        data = entry.data
        self.customer.set_customer(data.customer_id, entry.customer_name)
        assert data.visited_at is not None
        moment = data.visited_at
        self.visited_at.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
        # Staff who left and retired service items are not offered for new entries, but an
        # old entry keeps them: add them back rather than silently change the entry.
        if data.beautician_id is not None and self.beautician.findData(data.beautician_id) < 0:
            self.beautician.addItem(entry.beautician_name, data.beautician_id)
        self.set_beautician(data.beautician_id)
        offered = {
            self.services.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.services.count())
        }
        for item_id, name in zip(data.service_item_ids, entry.service_names, strict=True):
            if item_id not in offered:
                self._add_service(item_id, name, checked=True)
        for row in range(self.services.count()):
            item = self.services.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in data.service_item_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.products_used.setText(data.products_used)
        self.skin_condition.setText(data.skin_condition)
        self.feedback.setPlainText(data.feedback)
        self.suggestion.setPlainText(data.suggestion)
        self.satisfaction.setCurrentIndex(max(self.satisfaction.findData(data.satisfaction), 0))
        for part, box in self.score_parts.items():
            box.setCurrentIndex(max(box.findData(getattr(data, part)), 0))
        self.expectation.setCurrentIndex(max(self.expectation.findData(data.expectation), 0))
        self.amount.setText(yuan_text(data.amount_fen) if data.amount_fen else "")
        self.set_cards(cards, keep=data.card_id)
        self.card_amount.setText(yuan_text(data.card_amount_fen) if data.card_amount_fen else "")
        self._set_error("card", "")
        self._loaded = self.read()
        self.show_errors({})

    # -- reading back -------------------------------------------------------------
    def read(self) -> CareEntryInput:
        """The form as an entry; amounts that are not numbers read as 0 (see form_errors)."""
        return CareEntryInput(
            customer_id=self.customer.customer_id,
            visited_at=self._visited_local(),
            beautician_id=self.beautician.currentData(),
            service_item_ids=tuple(self.checked_services()),
            products_used=self.products_used.text(),
            skin_condition=self.skin_condition.text(),
            feedback=self.feedback.toPlainText(),
            satisfaction=self.satisfaction.currentData(),
            amount_fen=parse_yuan(self.amount.text()) or 0,
            card_id=self.card.currentData(),
            card_amount_fen=parse_yuan(self.card_amount.text()) or 0,
            suggestion=self.suggestion.toPlainText(),
            reception_score=self.score_parts["reception_score"].currentData(),
            treatment_score=self.score_parts["treatment_score"].currentData(),
            result_score=self.score_parts["result_score"].currentData(),
            expectation=self.expectation.currentData() or "",
        )

    def _visited_local(self) -> dt.datetime:
        """The chosen moment, aware, in the computer's time zone."""
        visited = self.visited_at.dateTime().toPython()
        assert isinstance(visited, dt.datetime)
        # The field shows minutes; seconds it does not show must not be stored either.
        return visited.replace(second=0, microsecond=0).astimezone()

    def form_errors(self) -> dict[str, str]:
        message = texts.problems()["amount_invalid"]
        return {
            field: message
            for field, line in (("amount", self.amount), ("card_amount", self.card_amount))
            if parse_yuan(line.text()) is None
        }

    def has_typing(self) -> bool:
        """Whether anything was typed that clearing would lose (time and staff aside)."""
        current, loaded = self.read(), self._loaded
        return any(
            getattr(current, name) != getattr(loaded, name)
            for name in (
                "customer_id",
                "service_item_ids",
                "products_used",
                "skin_condition",
                "feedback",
                "satisfaction",
                "amount_fen",
                "card_id",
                "card_amount_fen",
                "suggestion",
            )
        ) or bool(self.form_errors())

    def show_errors(self, errors: dict[str, str]) -> None:
        for field in self.errors:
            self._set_error(field, errors.get(field, ""))

    def _set_error(self, field: str, text: str) -> None:
        label = self.errors[field]
        label.setText(text)
        label.setVisible(bool(text))
