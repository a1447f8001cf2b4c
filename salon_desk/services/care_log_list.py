"""Reading the care log: filtered, newest-first pages, and a customer's recent notes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salon_desk.services.clock import day_start
from salon_desk.services.customer_search import one_of, text_condition
from salon_desk.store.models import Card, CareLog, CareLogItem, Customer, ServiceItem, Staff


@dataclass(frozen=True)
class EntryFilter:
    date_from: dt.date | None = None  # local days, both ends included
    date_to: dt.date | None = None
    beautician_id: int | None = None
    customer_id: int | None = None
    customer_text: str = ""  # the customer search box: name, pinyin, phone digits
    service_item_id: int | None = None
    include_voided: bool = True
    shop_id: int | None = None  # in a chain: the visits at this shop
    only_ids: frozenset[int] | None = None  # exactly these (a report's figure, 18.1)


@dataclass(frozen=True)
class EntryRow:
    id: int
    visited_at: dt.datetime  # UTC
    customer_id: int
    customer_name: str
    beautician_name: str
    services: tuple[str, ...]
    amount_fen: int
    card_name: str
    card_sessions_used: int
    card_amount_fen: int
    satisfaction: int | None
    products_used: str
    skin_condition: str
    feedback: str
    suggestion: str
    voided: bool
    void_reason: str


def _condition(entry_filter: EntryFilter) -> Any:
    condition: Any = True
    if entry_filter.date_from is not None:
        condition &= CareLog.visited_at >= day_start(entry_filter.date_from)
    if entry_filter.date_to is not None:
        condition &= CareLog.visited_at < day_start(entry_filter.date_to + dt.timedelta(days=1))
    if entry_filter.beautician_id is not None:
        condition &= CareLog.beautician == entry_filter.beautician_id
    if entry_filter.customer_id is not None:
        condition &= CareLog.customer == entry_filter.customer_id
    customer_match = text_condition(entry_filter.customer_text)
    if customer_match is not None:
        condition &= CareLog.customer.in_(Customer.select(Customer.id).where(customer_match))
    if entry_filter.service_item_id is not None:
        with_item = CareLogItem.select(CareLogItem.care_log).where(
            CareLogItem.service_item == entry_filter.service_item_id
        )
        condition &= CareLog.id.in_(with_item)
    if not entry_filter.include_voided:
        condition &= CareLog.voided_at.is_null()
    if entry_filter.shop_id is not None:
        condition &= CareLog.shop == entry_filter.shop_id
    if entry_filter.only_ids is not None:
        condition &= one_of(CareLog.id, entry_filter.only_ids)
    return condition


def count_entries(entry_filter: EntryFilter) -> int:
    return int(CareLog.select().where(_condition(entry_filter)).count())


def fetch_entries(
    entry_filter: EntryFilter, offset: int, limit: int, after: EntryRow | None = None
) -> list[EntryRow]:
    """``limit`` entries, newest first, from ``offset`` — or, at the same cost at any depth
    (a chain's two million entries: 0.5 s by offset 100,000 down), the ones after
    ``after``, the previous page's last."""
    condition = _condition(entry_filter)
    if after is not None:
        stored = CareLog.visited_at.db_value(after.visited_at)
        condition &= pw.Tuple(CareLog.visited_at, CareLog.id) < pw.Tuple(stored, after.id)
        offset = 0
    query = (
        CareLog.select(
            CareLog.id,
            CareLog.visited_at,
            CareLog.customer,
            Customer.name,
            pw.fn.COALESCE(Staff.name, ""),
            CareLog.amount_fen,
            pw.fn.COALESCE(Card.name, ""),
            CareLog.card_sessions_used,
            CareLog.card_amount_fen,
            CareLog.satisfaction,
            CareLog.products_used,
            CareLog.skin_condition,
            CareLog.feedback,
            CareLog.suggestion,
            CareLog.voided_at.is_null(False),
            CareLog.void_reason,
        )
        .join(Customer, on=(CareLog.customer == Customer.id))
        .switch(CareLog)
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(CareLog.beautician == Staff.id))
        .switch(CareLog)
        .join(Card, pw.JOIN.LEFT_OUTER, on=(CareLog.card == Card.id))
        .where(condition)
        .order_by(CareLog.visited_at.desc(), CareLog.id.desc())
        .offset(offset)
        .limit(limit)
        .tuples()
    )
    rows = list(query)
    services = _service_names([row[0] for row in rows])
    return [
        EntryRow(
            id=row[0],
            visited_at=row[1],
            customer_id=row[2],
            customer_name=row[3],
            beautician_name=row[4],
            services=services.get(row[0], ()),
            amount_fen=row[5],
            card_name=row[6],
            card_sessions_used=row[7],
            card_amount_fen=row[8],
            satisfaction=row[9],
            products_used=row[10],
            skin_condition=row[11],
            feedback=row[12],
            suggestion=row[13],
            voided=bool(row[14]),
            void_reason=row[15],
        )
        for row in rows
    ]


def _service_names(entry_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not entry_ids:
        return {}
    names: defaultdict[int, list[str]] = defaultdict(list)
    query = (
        CareLogItem.select(CareLogItem.care_log, ServiceItem.name)
        .join(ServiceItem, on=(CareLogItem.service_item == ServiceItem.id))
        .where(CareLogItem.care_log.in_(entry_ids))
        .order_by(CareLogItem.id)
        .tuples()
    )
    for entry_id, name in query:
        names[entry_id].append(name)
    return {entry_id: tuple(found) for entry_id, found in names.items()}


def recent_entries(customer_id: int, limit: int = 5) -> list[EntryRow]:
    """Her last notes, the ones the next beautician reads before starting."""
    return fetch_entries(EntryFilter(customer_id=customer_id, include_voided=False), 0, limit)
