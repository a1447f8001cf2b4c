"""Which customers a chain's screens show (issue 16.2): one shop's — those whose home shop
it is, or who visited it within the frequency window — or, with no shop, the whole chain.
A single salon never narrows (its one shop is everyone)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from salon_desk.services.clock import day_start
from salon_desk.services.frequency_rules import load_rules
from salon_desk.store.database import db, is_sqlite
from salon_desk.store.models import CareLog, Customer


def window_since(today: dt.date | None = None) -> dt.datetime:
    """The first moment of the frequency window (the last ``window_days`` days)."""
    today = today or dt.date.today()
    return day_start(today - dt.timedelta(days=load_rules().window_days - 1))


def of_shop(shop_id: int, today: dt.date | None = None) -> pw.Expression:
    """A condition on Customer: she belongs to the shop, or visited it in the window."""
    visited = CareLog.select(CareLog.customer).where(
        (CareLog.shop == shop_id)
        & CareLog.voided_at.is_null()
        & (CareLog.visited_at >= window_since(today))
    )
    return (Customer.home_shop == shop_id) | Customer.id.in_(visited)


def of_shop_sql(customer_id: str, home_shop: str) -> str:
    """The same condition in hand-written SQL; parameters: shop, shop, window start."""
    p = db.param
    return (
        f"({home_shop} = {p} OR {customer_id} IN (SELECT customer_id FROM care_log"
        f" WHERE shop_id = {p} AND voided_at IS NULL AND visited_at >= {p}))"
    )


def of_shop_params(shop_id: int, today: dt.date | None = None) -> list[Any]:
    since = window_since(today)
    return [shop_id, shop_id, str(since) if is_sqlite() else since]
