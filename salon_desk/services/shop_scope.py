"""Which customers a chain's screens show (issue 16.2): one shop's — those whose home shop
it is, or who visited it within the frequency window — or, with no shop, the whole chain.
A single salon never narrows (its one shop is everyone)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from salon_desk.services.frequency_rules import load_rules
from salon_desk.services.frequency_window import window_start_moment, window_start_stored
from salon_desk.store.database import db
from salon_desk.store.models import CareLog, Customer


def of_shop(shop_id: int, today: dt.date | None = None) -> pw.Expression:
    """A condition on Customer: she belongs to the shop, or visited it in the window."""
    visited = CareLog.select(CareLog.customer).where(
        (CareLog.shop == shop_id)
        & CareLog.voided_at.is_null()
        & (CareLog.visited_at >= window_start_moment(today or dt.date.today(), load_rules()))
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
    return [shop_id, shop_id, *members_params(today)]


def members_sql() -> str:
    """Every (customer, shop) pair of the same definition, for counting all shops at once
    (a customer of two shops is in both); parameter: the window start (members_params)."""
    return f"""
SELECT id AS customer_id, home_shop_id AS shop_id FROM customer WHERE home_shop_id IS NOT NULL
UNION
SELECT customer_id, shop_id FROM care_log
WHERE voided_at IS NULL AND shop_id IS NOT NULL AND visited_at >= {db.param}"""


def members_params(today: dt.date | None = None) -> list[Any]:
    """The shop's own frequency window, whatever period a chart counts visits in."""
    return [window_start_stored(today or dt.date.today(), load_rules())]
