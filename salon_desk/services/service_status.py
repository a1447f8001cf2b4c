"""What a customer has had done and bought here, derived from care log and card rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from salon_desk.store.models import Card, CareLog


@dataclass(frozen=True)
class CardStatus:
    id: int
    name: str
    kind: str
    sessions_bought: int
    sessions_used: int
    value_loaded_fen: int
    value_used_fen: int
    amount_paid_fen: int
    purchased_on: dt.date
    expires_on: dt.date | None

    @property
    def sessions_left(self) -> int:
        return self.sessions_bought - self.sessions_used

    @property
    def balance_fen(self) -> int:
        return self.value_loaded_fen - self.value_used_fen

    def expired(self, today: dt.date) -> bool:
        return self.expires_on is not None and self.expires_on < today


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


def card_statuses(customer_id: int) -> list[CardStatus]:
    used = (
        CareLog.select(
            CareLog.card,
            pw.fn.COALESCE(pw.fn.SUM(CareLog.card_sessions_used), 0).alias("sessions"),
            pw.fn.COALESCE(pw.fn.SUM(CareLog.card_amount_fen), 0).alias("amount"),
        )
        .where(CareLog.card.is_null(False) & CareLog.voided_at.is_null())
        .group_by(CareLog.card)
        .alias("used")
    )
    query = (
        Card.select(
            Card.id,
            Card.name,
            Card.kind,
            Card.sessions_bought,
            pw.fn.COALESCE(used.c.sessions, 0),
            Card.value_loaded_fen,
            pw.fn.COALESCE(used.c.amount, 0),
            Card.amount_paid_fen,
            Card.purchased_on,
            Card.expires_on,
        )
        .join(used, pw.JOIN.LEFT_OUTER, on=(Card.id == used.c.card_id))
        .where((Card.customer == customer_id) & Card.voided_at.is_null())
        .order_by(Card.purchased_on.desc(), Card.id.desc())
        .tuples()
    )
    return [CardStatus(*row) for row in query]


def service_status(customer_id: int, today: dt.date | None = None) -> ServiceStatus:
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
    year_ago = dt.datetime.combine(
        today.replace(year=today.year - 1)
        if not (today.month == 2 and today.day == 29)
        else today.replace(year=today.year - 1, day=28),
        dt.time(),
    )
    spend = (
        CareLog.select(pw.fn.COALESCE(pw.fn.SUM(CareLog.amount_fen), 0))
        .where(valid & (CareLog.visited_at >= year_ago))
        .scalar()
    )
    return ServiceStatus(
        visits=int(visits or 0),
        first_visit=sql_datetime(first),
        last_visit=sql_datetime(last),
        spend_12_months_fen=int(spend or 0),
        cards=card_statuses(customer_id),
    )
