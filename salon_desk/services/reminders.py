"""Customer care lists (顾客关怀) that the manager turns into follow-up calls in one step.

Each suggestion names the call reason it becomes and whether she already has an open call
for that reason, so pressing "create calls" twice never calls her twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import events, follow_ups, occasions, settings_store
from salon_desk.services.cards import all_card_statuses
from salon_desk.services.clock import day_start, from_stored
from salon_desk.services.complaints import list_complaints
from salon_desk.services.frequency import FrequencyRow
from salon_desk.services.lunar import next_lunar_anniversary
from salon_desk.store.models import (
    CareLog,
    Customer,
    CustomerRetention,
    CustomerValue,
    FollowUp,
    Relation,
    Staff,
    VisitFigures,
)

CARD_SESSIONS_LOW = 1
CARD_EXPIRY_DAYS = 30


@dataclass(frozen=True)
class Suggestion:
    reason: str  # the FollowUp reason the call would carry
    customer_id: int
    name: str
    phone: str
    staff_name: str
    on: dt.date | None = None  # birthday this year, card expiry, complaint received
    age: int | None = None  # the age she turns
    card_name: str = ""
    sessions_left: int | None = None
    category: str = ""  # complaint category
    days: int | None = None  # days since last visit, or days a complaint has been open
    has_open_call: bool = False
    relative: str = ""  # whose birthday it is: her child, her husband … (17.6)
    relation: str = ""  # Relation.KINDS
    lunar: bool = False  # a lunar birthday (农历生日): ``on`` is this year's solar day
    occasion: str = ""  # a holiday's key or name; an anniversary's kind (17.6)
    years: int | None = None  # an anniversary's years
    score: int | None = None  # a low satisfaction score (18.1), ``note`` what she said
    note: str = ""
    chance: float | None = None  # P(alive) by the retention model (19.5)
    usual_gap: float | None = None  # her usual days between visits
    spend_fen: int | None = None  # what she paid in the last 12 months


def _open_call_customers(reason: str) -> set[int]:
    query = FollowUp.select(FollowUp.customer).where(
        (FollowUp.status == "open") & (FollowUp.reason == reason)
    )
    return {customer_id for (customer_id,) in query.tuples()}


def _customers(
    ids: set[int] | None = None, consenting_only: bool = False
) -> dict[int, tuple[str, str, str, dt.date | None]]:
    return {
        customer_id: (name, phone, staff, born)
        for customer_id, (name, phone, staff, born, _lunar) in _people(ids, consenting_only).items()
    }


def _people(
    ids: set[int] | None = None, consenting_only: bool = False
) -> dict[int, tuple[str, str, str, dt.date | None, bool]]:
    query = (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Staff.name,
            Customer.birthday,
            Customer.birthday_lunar,
        )
        .join(Staff, join_type=pw.JOIN.LEFT_OUTER, on=(Customer.responsible_staff == Staff.id))
        .where(Customer.archived_at.is_null() & Customer.erased_at.is_null())
    )
    if ids is not None:
        query = query.where(Customer.id.in_(list(ids)))
    if consenting_only:
        query = query.where(Customer.marketing_consent)
    return {row[0]: (row[1], row[2], row[3] or "", row[4], bool(row[5])) for row in query.tuples()}


def birthdays_within(today: dt.date, days: int) -> list[Suggestion]:
    """Customers whose birthday falls from today to ``days`` days ahead, soonest first;
    a greeting is marketing, so only those who agreed to it are listed."""
    called = _open_call_customers("birthday")
    found = []
    for customer_id, (name, phone, staff, born, lunar) in _people(consenting_only=True).items():
        if born is None:
            continue
        if lunar:  # her lunar month and day this lunar year (17.6)
            day, age = next_lunar_anniversary(born, today)
        else:
            day = occasions.next_yearly(born, today)
            age = day.year - born.year
        if (day - today).days <= days:
            found.append(
                Suggestion(
                    "birthday",
                    customer_id,
                    name,
                    phone,
                    staff,
                    on=day,
                    age=age,
                    has_open_call=customer_id in called,
                    lunar=lunar,
                )
            )
    return sorted(found, key=lambda s: (s.on or today, s.name))


def family_birthdays_within(today: dt.date, days: int) -> list[Suggestion]:
    """Customers whose child, husband or other family member written on her file has a
    birthday from today to ``days`` days ahead (issue 17.6), soonest first; a greeting is
    marketing, so only customers who agreed to it. (Relatives who are customers are on
    the birthday list themselves.)"""
    called = _open_call_customers("family_birthday")
    people = list(
        Relation.select(Relation.customer, Relation.name, Relation.kind, Relation.birthday)
        .where(Relation.birthday.is_null(False) & Relation.other.is_null())
        .tuples()
    )
    customers = _customers({customer_id for customer_id, *_ in people}, consenting_only=True)
    found = []
    for customer_id, relative, kind, born in people:
        if customer_id not in customers:
            continue
        day = occasions.next_yearly(born, today)
        if (day - today).days <= days:
            name, phone, staff, _born = customers[customer_id]
            found.append(
                Suggestion(
                    "family_birthday", customer_id, name, phone, staff, on=day,
                    age=day.year - born.year, has_open_call=customer_id in called,
                    relative=relative, relation=kind,
                )
            )  # fmt: skip
    return sorted(found, key=lambda s: (s.on or today, s.name, s.relative))


def cards_running_out(today: dt.date) -> list[Suggestion]:
    """Usable cards with at most one session left, or expiring within 30 days."""
    horizon = today + dt.timedelta(days=CARD_EXPIRY_DAYS)
    cards = [
        card
        for card in all_card_statuses()
        if card.usable_on(today)
        and (
            (card.kind == "session" and card.sessions_left <= CARD_SESSIONS_LOW)
            or (card.expires_on is not None and card.expires_on <= horizon)
        )
    ]
    people = _customers({card.customer_id for card in cards})
    called = _open_call_customers("card")
    found = [
        Suggestion(
            "card",
            card.customer_id,
            *people[card.customer_id][:3],
            on=card.expires_on,
            card_name=card.name,
            sessions_left=card.sessions_left if card.kind == "session" else None,
            has_open_call=card.customer_id in called,
        )
        for card in cards
        if card.customer_id in people
    ]
    return sorted(found, key=lambda s: (s.on or dt.date.max, s.name))


def stale_complaints(today: dt.date) -> list[Suggestion]:
    """Complaints still open more than three days after they came in, oldest first."""
    complaints = [c for c in list_complaints(status="open") if c.stale(today)]
    people = _customers({c.customer_id for c in complaints})
    called = _open_call_customers("complaint")
    found = [
        Suggestion(
            "complaint",
            c.customer_id,
            *people[c.customer_id][:3],
            on=c.received_on,
            category=c.category,
            days=c.days_open(today),
            has_open_call=c.customer_id in called,
        )
        for c in complaints
        if c.customer_id in people
    ]
    return sorted(found, key=lambda s: (s.on or today, s.name))


def overdue_without_call(rows: list[FrequencyRow]) -> list[Suggestion]:
    """Overdue customers nobody is calling yet, longest gone first."""
    found = [
        Suggestion(
            "overdue",
            row.customer_id,
            row.name,
            row.phone,
            row.staff_name,
            days=row.days_since_last,
        )
        for row in rows
        if row.overdue and row.open_calls == 0
    ]
    return sorted(found, key=lambda s: (-(s.days or 0), s.name))


def holidays_within(today: dt.date, days: int) -> list[Suggestion]:
    """For each holiday of the shop's calendar from today to ``days`` ahead, the
    customers who came in the last 12 months and agreed to greetings (17.6)."""
    coming = occasions.holidays_between(today, today + dt.timedelta(days=days))
    if not coming:
        return []
    called = _open_call_customers("holiday")
    active = {
        customer_id
        for (customer_id,) in Customer.select(Customer.id)
        .where(occasions.active_since(today))
        .tuples()
    }
    people = _customers(active, consenting_only=True)
    found = [
        Suggestion(
            "holiday", customer_id, name, phone, staff, on=day,
            has_open_call=customer_id in called, occasion=holiday.key or holiday.name,
        )
        for holiday, day in coming
        for customer_id, (name, phone, staff, _born) in people.items()
    ]  # fmt: skip
    return sorted(found, key=lambda s: (s.on or today, s.name))


def anniversaries_within(today: dt.date, days: int) -> list[Suggestion]:
    """Customers who agreed to greetings and first came, or first bought a card, a
    year or more ago on a day from today to ``days`` ahead (17.6)."""
    people = _customers(consenting_only=True)
    called = _open_call_customers("anniversary")
    found = []
    seen: set[tuple[int, dt.date]] = set()  # her first card bought at her first visit:
    # one greeting, for the visit (listed first)
    for found_one in occasions.anniversaries_within(today, days, set(people)):
        if (found_one.customer_id, found_one.on) in seen:
            continue
        seen.add((found_one.customer_id, found_one.on))
        name, phone, staff, _born = people[found_one.customer_id]
        found.append(
            Suggestion(
                "anniversary", found_one.customer_id, name, phone, staff, on=found_one.on,
                has_open_call=found_one.customer_id in called, occasion=found_one.kind,
                years=found_one.years,
            )
        )  # fmt: skip
    return sorted(found, key=lambda s: (s.on or today, s.name, s.occasion))


def event_invitations(today: dt.date, days: int = 30) -> list[Suggestion]:
    """Guests of the events of the next ``days`` days who have not answered yet: calls
    to hear whether they come (17.6). Only those who agreed to invitations were asked."""
    guests = events.unanswered_guests(today, days)
    people = _customers({customer_id for customer_id, _event in guests}, consenting_only=True)
    called = _open_call_customers("event")
    found = []
    for customer_id, event in guests:
        if customer_id in people:
            name, phone, staff, _born = people[customer_id]
            found.append(
                Suggestion(
                    "event", customer_id, name, phone, staff, on=event.held_on,
                    has_open_call=customer_id in called, occasion=event.name,
                )
            )  # fmt: skip
    return found


def low_satisfaction(today: dt.date, days: int = 30) -> list[Suggestion]:
    """Visits of the last ``days`` days scored at or below the shop's line whose
    customer has no open recovery call (低满意度; 18.1), the latest visit per customer."""
    line = follow_ups.low_satisfaction_at()
    since = day_start(today - dt.timedelta(days=days - 1))
    called = _open_call_customers("recovery")
    latest: dict[int, tuple[dt.datetime, int, str]] = {}
    for customer_id, when, score, said in (
        CareLog.select(CareLog.customer, CareLog.visited_at, CareLog.satisfaction, CareLog.feedback)
        .where(
            CareLog.voided_at.is_null()
            & (CareLog.visited_at >= since)
            & (CareLog.satisfaction <= line)
        )
        .order_by(CareLog.visited_at, CareLog.id)
        .tuples()
    ):
        latest[customer_id] = (when, score, said)
    people = _customers(set(latest))
    found = [
        Suggestion(
            "recovery", customer_id, *people[customer_id][:3],
            on=from_stored(latest[customer_id][0]).date(), score=latest[customer_id][1],
            note=latest[customer_id][2], has_open_call=customer_id in called,
        )
        for customer_id in latest
        if customer_id in people
    ]  # fmt: skip
    return sorted(found, key=lambda s: (s.score or 0, s.name))


SLIPPING_KEY = "slipping_below_percent"
DEFAULT_SLIPPING_PERCENT = 50  # less than an even chance of coming back
SLIPPING_PERCENT_LIMITS = (5, 95)


def slipping_below_percent() -> int:
    """The shop's threshold: a chance of coming back under this many percent is
    slipping away (19.5)."""
    return settings_store.read_whole_number(
        SLIPPING_KEY, DEFAULT_SLIPPING_PERCENT, SLIPPING_PERCENT_LIMITS
    )


def save_slipping_below_percent(percent: int, actor_id: int | None) -> None:
    settings_store.write_whole_number(SLIPPING_KEY, percent, SLIPPING_PERCENT_LIMITS, actor_id)


def slipping_away(today: dt.date) -> list[Suggestion]:
    """Customers who paid the shop in the last 12 months and whom the retention model,
    while trusted, gives a chance of coming back under the shop's threshold — the most
    valuable first (their figures exist only while the shop's fit is trusted)."""
    below = slipping_below_percent() / 100
    rows = (
        CustomerRetention.select(
            CustomerRetention.customer,
            CustomerRetention.p_alive,
            CustomerValue.spend_fen,
            VisitFigures.last_visit_day,
            VisitFigures.usual_gap_days,
        )
        .join(CustomerValue, on=(CustomerValue.customer == CustomerRetention.customer))
        .join_from(
            CustomerRetention,
            VisitFigures,
            on=(VisitFigures.customer == CustomerRetention.customer),
        )
        .where((CustomerRetention.p_alive < below) & (CustomerValue.spend_fen > 0))
        .tuples()
    )
    figures = {row[0]: row[1:] for row in rows}
    people = _customers(set(figures))
    called = _open_call_customers("overdue")
    found = [
        Suggestion(
            "overdue", customer_id, *people[customer_id][:3],
            days=today.toordinal() - last_day, has_open_call=customer_id in called,
            chance=chance, usual_gap=gap, spend_fen=spend,
        )
        for customer_id, (chance, spend, last_day, gap) in figures.items()
        if customer_id in people
    ]  # fmt: skip
    return sorted(found, key=lambda s: (-(s.spend_fen or 0), s.chance or 0.0, s.name))
