"""What a customer has had done and bought here, derived from care log and card rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from salon_desk.services.cards import CardStatus, card_statuses
from salon_desk.services.clock import day_start
from salon_desk.store.models import Card, CareLog


@dataclass(frozen=True)
class ServiceStatus:
    visits: int
    first_visit: dt.datetime | None
    last_visit: dt.datetime | None
    spend_12_months_fen: int
    cards: list[CardStatus]


def sql_datetime(value: object) -> dt.datetime | None:
    """MIN()/MAX() over a DateTimeField comes back from SQLite as text."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def one_year_before(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February steps back to the 28th."""
    if (day.month, day.day) == (2, 29):
        return day.replace(year=day.year - 1, day=28)
    return day.replace(year=day.year - 1)


def service_status(customer_id: int, today: dt.date | None = None) -> ServiceStatus:
    """Visits and spend from non-voided entries.

    Spend is money she paid the shop: what she paid at visits plus the cards she bought,
    so a visit paid with a card counts once (when the card was bought), not twice.
    """
    today = today or dt.date.today()
    valid = (CareLog.customer == customer_id) & CareLog.voided_at.is_null()
    visits, first, last = (
        CareLog.select(
            pw.fn.COUNT(CareLog.id), pw.fn.MIN(CareLog.visited_at), pw.fn.MAX(CareLog.visited_at)
        )
        .where(valid)
        .tuples()
        .get()
    )
    since = one_year_before(today)
    paid_at_visits = (
        CareLog.select(pw.fn.COALESCE(pw.fn.SUM(CareLog.amount_fen), 0))
        .where(valid & (CareLog.visited_at >= day_start(since)))
        .scalar()
    )
    paid_for_cards = (
        Card.select(pw.fn.COALESCE(pw.fn.SUM(Card.amount_paid_fen), 0))
        .where(
            (Card.customer == customer_id) & Card.voided_at.is_null() & (Card.purchased_on >= since)
        )
        .scalar()
    )
    return ServiceStatus(
        visits=int(visits or 0),
        first_visit=sql_datetime(first),
        last_visit=sql_datetime(last),
        spend_12_months_fen=int(paid_at_visits or 0) + int(paid_for_cards or 0),
        cards=card_statuses(customer_id),
    )
