"""Prepaid cards (卡项): sell, void, and the arithmetic of what is left on them.

Sessions left and balance are never stored: they are the card's purchase minus the
non-voided care log entries that used it, so voiding an entry gives its use back.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit, value_tiers
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import FieldsInvalid, normalize_text
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Card, CareLog, ServiceItem, Staff, utc_now

MAX_SESSIONS = 999


class CardProblem(enum.StrEnum):
    NAME_REQUIRED = "card_name_required"
    SESSIONS_REQUIRED = "card_sessions_required"
    VALUE_REQUIRED = "card_value_required"
    AMOUNT_NEGATIVE = "amount_negative"
    PURCHASE_IN_FUTURE = "card_purchase_in_future"
    EXPIRY_BEFORE_PURCHASE = "card_expiry_before_purchase"
    KIND_UNKNOWN = "kind_unknown"
    REASON_REQUIRED = "reason_required"
    IN_USE = "card_in_use"
    # Refusals when an entry tries to use a card:
    NOT_HERS = "card_not_hers"
    VOIDED = "card_voided"
    NOT_YET_BOUGHT = "card_not_yet_bought"
    EXPIRED = "card_expired"
    EXHAUSTED = "card_exhausted"
    BALANCE_SHORT = "card_balance_short"
    NOTHING_TAKEN = "card_nothing_taken"
    OTHER_SHOP = "card_other_shop"  # sold for use in its own shop only


@dataclass(frozen=True)
class CardStatus:
    id: int
    customer_id: int
    name: str
    kind: str
    sessions_bought: int
    sessions_used: int
    value_loaded_fen: int
    value_used_fen: int
    amount_paid_fen: int
    purchased_on: dt.date
    expires_on: dt.date | None
    voided: bool = False
    shop_id: int | None = None  # where it was sold
    chain_wide: bool = True  # False: usable only where it was sold

    @property
    def sessions_left(self) -> int:
        return self.sessions_bought - self.sessions_used

    @property
    def balance_fen(self) -> int:
        return self.value_loaded_fen - self.value_used_fen

    def expired(self, today: dt.date) -> bool:
        """A card is good through the whole of its expiry day."""
        return self.expires_on is not None and self.expires_on < today

    def used_up(self) -> bool:
        if self.kind == "session":
            return self.sessions_left <= 0
        return self.balance_fen <= 0

    def usable_on(self, day: dt.date) -> bool:
        return not (self.voided or self.expired(day) or self.used_up() or day < self.purchased_on)


def use_refusal(
    card: CardStatus,
    *,
    customer_id: int,
    day: dt.date,
    amount_fen: int,
    shop_id: int | None = None,
) -> CardProblem | None:
    """Why this card cannot pay for a visit on ``day`` (None: it can).

    ``day`` is the visit's date where the salon is, so a card expiring today still pays
    for a visit at 23:59 and no longer at 00:00. A session card pays one session; a
    stored-value card pays ``amount_fen`` of its balance. A card sold for its own shop
    only pays in that shop (``shop_id``: where the visit is).
    """
    if card.customer_id != customer_id:
        return CardProblem.NOT_HERS
    if card.voided:
        return CardProblem.VOIDED
    if not card.chain_wide and shop_id is not None and card.shop_id != shop_id:
        return CardProblem.OTHER_SHOP
    if day < card.purchased_on:
        return CardProblem.NOT_YET_BOUGHT
    if card.expired(day):
        return CardProblem.EXPIRED
    if card.kind == "session":
        return CardProblem.EXHAUSTED if card.sessions_left < 1 else None
    if amount_fen <= 0:
        return CardProblem.NOTHING_TAKEN
    if amount_fen > card.balance_fen:
        return CardProblem.BALANCE_SHORT
    return None


def _statuses(condition: pw.Expression, excluding_entry: int | None = None) -> list[CardStatus]:
    # Only the uses of the cards asked about: summing every card in the shop costs 20 ms.
    uses = CareLog.card.in_(Card.select(Card.id).where(condition)) & CareLog.voided_at.is_null()
    if excluding_entry is not None:
        uses &= CareLog.id != excluding_entry
    used = (
        CareLog.select(
            CareLog.card,
            pw.fn.SUM(CareLog.card_sessions_used).alias("sessions"),
            pw.fn.SUM(CareLog.card_amount_fen).alias("amount"),
        )
        .where(uses)
        .group_by(CareLog.card)
        .alias("used")
    )
    query = (
        Card.select(
            Card.id,
            Card.customer,
            Card.name,
            Card.kind,
            Card.sessions_bought,
            pw.fn.COALESCE(used.c.sessions, 0),
            Card.value_loaded_fen,
            pw.fn.COALESCE(used.c.amount, 0),
            Card.amount_paid_fen,
            Card.purchased_on,
            Card.expires_on,
            Card.voided_at.is_null(False),
            Card.shop,
            Card.chain_wide,
        )
        .join(used, pw.JOIN.LEFT_OUTER, on=(Card.id == used.c.card_id))
        .where(condition)
        .order_by(Card.purchased_on.desc(), Card.id.desc())
        .tuples()
    )
    return [
        CardStatus(  # type: ignore[misc]
            *row[:11], voided=bool(row[11]), shop_id=row[12], chain_wide=bool(row[13])
        )
        for row in query
    ]


def card_statuses(customer_id: int, include_voided: bool = False) -> list[CardStatus]:
    condition = Card.customer == customer_id
    if not include_voided:
        condition &= Card.voided_at.is_null()
    return _statuses(condition)


def all_card_statuses() -> list[CardStatus]:
    """Every card in the shop that was not voided (about 20 ms for 5000 customers)."""
    return _statuses(Card.voided_at.is_null())


def card_statuses_where(condition: pw.Expression) -> list[CardStatus]:
    """The cards not voided that also meet ``condition`` (e.g. some customers')."""
    return _statuses(Card.voided_at.is_null() & condition)


def card_status(card_id: int, excluding_entry: int | None = None) -> CardStatus | None:
    """One card's status; ``excluding_entry`` leaves out an entry being edited."""
    found = _statuses(Card.id == card_id, excluding_entry)
    return found[0] if found else None


@dataclass
class CardInput:
    kind: str = "session"
    name: str = ""
    service_item_id: int | None = None
    sessions_bought: int = 0
    amount_paid_fen: int = 0
    value_loaded_fen: int = 0
    purchased_on: dt.date | None = None
    expires_on: dt.date | None = None
    carried_over: bool = False  # an opening balance from the previous system
    chain_wide: bool = True  # False: usable only in the shop that sells it


class CardInvalid(FieldsInvalid[CardProblem]):
    pass


def validate_card(data: CardInput, today: dt.date) -> dict[str, CardProblem]:
    errors: dict[str, CardProblem] = {}
    if data.kind not in Card.KINDS:
        errors["kind"] = CardProblem.KIND_UNKNOWN
    if not normalize_text(data.name) and data.service_item_id is None:
        errors["name"] = CardProblem.NAME_REQUIRED
    if data.kind == "session" and not 1 <= data.sessions_bought <= MAX_SESSIONS:
        errors["sessions_bought"] = CardProblem.SESSIONS_REQUIRED
    if data.kind == "stored_value" and data.value_loaded_fen <= 0:
        errors["value_loaded"] = CardProblem.VALUE_REQUIRED
    if data.amount_paid_fen < 0:
        errors["amount_paid"] = CardProblem.AMOUNT_NEGATIVE
    if data.purchased_on is None or data.purchased_on > today:
        errors["purchased_on"] = CardProblem.PURCHASE_IN_FUTURE
    elif data.expires_on is not None and data.expires_on < data.purchased_on:
        errors["expires_on"] = CardProblem.EXPIRY_BEFORE_PURCHASE
    return errors


def sell_card(
    customer_id: int, data: CardInput, actor_id: int | None, today: dt.date | None = None
) -> int:
    errors = validate_card(data, today or dt.date.today())
    if errors:
        raise CardInvalid(errors)
    name = normalize_text(data.name)
    with write_transaction():
        if not name:
            item_name = ServiceItem.get_by_id(data.service_item_id).name
            name = f"{item_name} × {data.sessions_bought}" if data.kind == "session" else item_name
        values = {
            "customer": customer_id,
            "kind": data.kind,
            "name": name,
            "service_item": data.service_item_id,
            "sessions_bought": data.sessions_bought if data.kind == "session" else 0,
            "amount_paid_fen": data.amount_paid_fen,
            "value_loaded_fen": data.value_loaded_fen if data.kind == "stored_value" else 0,
            "purchased_on": data.purchased_on,
            "expires_on": data.expires_on,
            "sold_by": actor_id,
            "carried_over": data.carried_over,
            "shop": this_pc_shop(),
            "chain_wide": data.chain_wide,
        }
        card_id = int(Card.insert(**values).execute())
        value_tiers.refresh([customer_id])  # what she paid, what she holds (17.4)
        audit.record_create(
            customer_id,
            {key: audit.as_text(value) for key, value in values.items() if key != "customer"},
            actor_id,
            table="card",
            record_id=card_id,
        )
    return card_id


def void_card(card_id: int, reason: str, actor_id: int | None) -> None:
    """Void a card sold by mistake; a card that paid for a visit must keep its history."""
    reason = normalize_text(reason)
    if not reason:
        raise CardInvalid({"reason": CardProblem.REASON_REQUIRED})
    with write_transaction():
        card = Card.get_by_id(card_id)
        if card.voided_at is not None:
            return
        used = CareLog.select().where((CareLog.card == card_id) & CareLog.voided_at.is_null())
        if used.exists():
            raise CardInvalid({"card": CardProblem.IN_USE})
        Card.update(voided_at=utc_now(), void_reason=reason).where(Card.id == card_id).execute()
        value_tiers.refresh([card.customer_id])
        audit.record_action(
            card.customer_id, "void", actor_id, table="card", record_id=card_id, note=reason
        )


@dataclass(frozen=True)
class CardUse:
    entry_id: int
    visited_at: dt.datetime  # UTC
    beautician_name: str
    sessions: int
    amount_fen: int
    voided: bool


def card_uses(card_id: int) -> list[CardUse]:
    """The care log entries that used a card, newest first, voided ones included."""
    query = (
        CareLog.select(
            CareLog.id,
            CareLog.visited_at,
            pw.fn.COALESCE(Staff.name, ""),
            CareLog.card_sessions_used,
            CareLog.card_amount_fen,
            CareLog.voided_at.is_null(False),
        )
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(CareLog.beautician == Staff.id))
        .where(CareLog.card == card_id)
        .order_by(CareLog.visited_at.desc(), CareLog.id.desc())
        .tuples()
    )
    return [
        CardUse(entry, visited, staff, sessions, amount, bool(voided))
        for entry, visited, staff, sessions, amount, voided in query
    ]
