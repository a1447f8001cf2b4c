"""Opening balances (期初余额, issue 14 second part): per customer, the cards she still
has in the previous system — sessions or money left, and expiry — become cards here whose
sessions left and balance are exactly that, marked as carried over and bought for
nothing (the money was this shop's revenue in the old system, not now). What is left is
still derived from the entries that use the card, as for every card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from salon_desk.services import cards, import_batches
from salon_desk.services.cards import CardInput, CardInvalid
from salon_desk.services.excel_import import Table, _key, match_headers
from salon_desk.services.import_people import customer_for, existing_customer
from salon_desk.services.import_values import amount_fen, cell_text, detect_date_order, read_date
from salon_desk.services.permissions import Permission, require
from salon_desk.services.validation import normalize_phone, normalize_text
from salon_desk.services.visit_import import VISIT_SYNONYMS
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Card

BALANCE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": VISIT_SYNONYMS["code"] + ("卡号",),
    "phone": VISIT_SYNONYMS["phone"],
    "name": VISIT_SYNONYMS["name"],
    "card": ("卡名", "会员卡名", "卡项", "卡项名称", "card", "cardname", "package"),
    "kind": ("卡类型", "类型", "kind", "type", "cardtype"),
    "sessions": ("剩余次数", "次数", "sessions", "sessionsleft", "remaining", "remainingsessions"),
    "balance": ("余额", "剩余金额", "储值余额", "balance", "remainingvalue", "value"),
    "expires": ("到期日", "有效期", "过期时间", "截止日期", "expires", "expiry", "expireson"),
    "opened": ("开卡时间", "开卡日期", "购买日期", "opened", "purchased", "purchasedon"),
}  # fmt: skip
STORED_VALUE_WORDS = {"储值卡", "储值", "余额卡", "stored", "storedvalue", "value", "wallet"}


@dataclass(frozen=True)
class PlannedCard:
    row: int
    customer_id: int
    data: CardInput


@dataclass
class BalancePlan:
    cards: list[PlannedCard]
    problems: list[tuple[int, str, str]]  # row, value, problem code
    already_on_file: int


def suggest_balance_mapping(headers: Sequence[str]) -> dict[int, str]:
    return match_headers(headers, BALANCE_SYNONYMS)


def plan_balances(
    table: Table, mapping: dict[int, str], today: dt.date | None = None
) -> BalancePlan:
    """Check every row against the files on record; nothing is written."""
    today = today or dt.date.today()
    column = {name: index for index, name in mapping.items()}

    def text(cells: list[object], name: str) -> str:
        return normalize_text(cell_text(cells[column[name]])) if name in column else ""

    orders = {
        name: detect_date_order([cells[column[name]] for _, cells in table.rows])
        for name in ("expires", "opened")
        if name in column
    }
    plan = BalancePlan([], [], 0)
    for number, cells in table.rows:
        key = customer_for(text(cells, "code").upper(), normalize_phone(text(cells, "phone")))
        customer_id = existing_customer(key) if key else None
        if not customer_id:
            plan.problems.append(
                (number, text(cells, "code") or text(cells, "phone"), "no_customer")
            )
            continue
        sessions, balance = text(cells, "sessions"), amount_fen(text(cells, "balance"))
        kind = "stored_value" if _key(text(cells, "kind")) in STORED_VALUE_WORDS else "session"
        if not text(cells, "kind") and not sessions and balance:
            kind = "stored_value"
        left = int(float(sessions)) if sessions.replace(".", "", 1).isdigit() else 0
        if balance is None or (kind == "session" and left <= 0):
            plan.problems.append((number, sessions or text(cells, "balance"), "nothing_left"))
            continue
        try:
            expires = (
                read_date(cells[column["expires"]], orders["expires"])
                if text(cells, "expires")
                else None
            )
            opened = (
                read_date(cells[column["opened"]], orders["opened"])
                if text(cells, "opened")
                else None
            )
        except (ValueError, LookupError) as unreadable:
            plan.problems.append((number, str(unreadable), "date_unreadable"))
            continue
        name = text(cells, "card") or ("储值卡" if kind == "stored_value" else "次卡")
        data = CardInput(
            kind=kind,
            name=name,
            sessions_bought=left if kind == "session" else 0,
            value_loaded_fen=balance if kind == "stored_value" else 0,
            purchased_on=min(opened or today, today),
            expires_on=expires,
            carried_over=True,
        )
        problems = cards.validate_card(data, today)
        if problems:
            plan.problems.append((number, name, next(iter(problems.values())).value))
        elif _on_file(customer_id, name):
            plan.already_on_file += 1
        else:
            plan.cards.append(PlannedCard(number, customer_id, data))
    return plan


def _on_file(customer_id: int, name: str) -> bool:
    """Imported once already: a carried-over card of that name is on her file."""
    return (
        Card.select()
        .where(
            (Card.customer == customer_id)
            & (Card.name == name)
            & Card.carried_over
            & Card.voided_at.is_null()
        )
        .exists()
    )


def apply_balances(plan: BalancePlan, actor_id: int | None, source: str = "") -> int:
    """Every planned card in one transaction, as one import batch; returns how many."""
    require(actor_id, Permission.IMPORT)
    with write_transaction():
        batch = import_batches.start("balances", source, actor_id)
        made = []
        for card in plan.cards:
            try:
                made.append(cards.sell_card(card.customer_id, card.data, actor_id))
            except CardInvalid as invalid:  # checked in the plan; the rules did not change
                raise ValueError(f"row {card.row}: {invalid.errors}") from invalid
        import_batches.mark(batch, Card, made)
        note = f"cards +{len(plan.cards)} ={plan.already_on_file}"
        import_batches.finish(batch, actor_id, " · ".join(filter(None, (source, note))))
    return len(plan.cards)
