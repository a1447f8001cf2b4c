"""What a customer has had done and bought here, derived from care log and card rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from salon_desk.services.cards import CardStatus, card_statuses
from salon_desk.services.chart_value import paid_since
from salon_desk.store.models import CareLog


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
    return ServiceStatus(
        visits=int(visits or 0),
        first_visit=sql_datetime(first),
        last_visit=sql_datetime(last),
        spend_12_months_fen=paid_since([customer_id], one_year_before(today))[customer_id],
        cards=card_statuses(customer_id),
    )
