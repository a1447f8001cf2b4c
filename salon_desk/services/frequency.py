"""Visit statistics for every customer, her group, and whether she is slipping away.

Everything comes from a few queries, never from a query per customer: her kept figures
(store/visit_figures.py: visits, first and last visit, usual gap, last score) and a
GROUP BY over the window's entries only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import NamedTuple

import peewee as pw

from salon_desk.services.cards import all_card_statuses, card_statuses_where
from salon_desk.services.customer_search import ids_param, one_of, one_of_sql
from salon_desk.services.frequency_rules import (
    FrequencyRules,
    Group,
    group_for,
    load_rules,
    overdue_after_days,
    uses_own_rhythm,
)
from salon_desk.services.frequency_window import window_start, window_start_stored
from salon_desk.services.service_status import sql_datetime
from salon_desk.services.shop_scope import of_shop_params, of_shop_sql
from salon_desk.store.database import db
from salon_desk.store.models import Card, Complaint, FollowUp

# A satisfaction score at or below this at her last visit is worth naming as a likely why.
LOW_SATISFACTION = 3


class FileSignals(NamedTuple):
    """What her file shows that may explain (or help undo) her staying away."""

    sessions_left: int = 0  # on session cards she can still use
    balance_fen: int = 0  # on stored-value cards she can still use
    card_finished: bool = False  # she had cards and none is usable any more
    complaint_open_since: dt.date | None = None
    last_satisfaction: int | None = None  # only when low


NO_SIGNALS = FileSignals()


class FrequencyRow(NamedTuple):
    """A tuple, not an object with a dict: the frequency tab holds one per customer on
    file (100,000 in a chain)."""

    customer_id: int
    name: str
    phone: str
    staff_id: int | None
    staff_name: str
    psychology_type_id: int | None
    personality_type_id: int | None
    visits_ever: int
    visits_in_window: int
    first_visit: dt.datetime | None  # UTC
    last_visit: dt.datetime | None  # UTC
    days_since_last: int | None
    typical_days: float | None  # median gap between her visits
    own_rhythm: bool  # False: the shop's usual interval judged her
    spend_in_window_fen: int
    group: Group
    overdue: bool
    overdue_after_days: float
    signals: FileSignals
    open_calls: int
    value_tier: int | None = None  # the shop's value tier, 0 the highest (17.4)
    # By the retention model's latest trusted fit (19.5); None without one.
    p_alive: float | None = None
    expected_90: float | None = None


def window_visits_sql(param: str, only: bool = False) -> str:
    """Per customer, her valid visits since the window's first moment (``param``) and what
    they were paid (today-dependent, so asked of care_log_valid_by_time each time);
    ``only`` the ids of one more parameter."""
    return f"""
  SELECT customer_id, COUNT(*) AS recent, SUM(amount_fen) AS recent_cash
  FROM care_log WHERE voided_at IS NULL AND visited_at >= {param}
  {"AND " + one_of_sql("customer_id") if only else ""} GROUP BY customer_id"""


def _totals_sql(param: str, include_archived: bool, only: bool = False, shop: bool = False) -> str:
    """One row per customer on file: her kept figures (visit_figures), and what her visits
    since the window's start add up to (today-dependent, so asked of the care log's
    visited_at index each time)."""
    return f"""
SELECT c.id, c.name, c.phone, c.responsible_staff_id, COALESCE(s.name, ''),
       c.psychology_type_id, c.personality_type_id,
       COALESCE(f.visits, 0), COALESCE(w.recent, 0), f.first_visit_at, f.last_visit_at,
       f.last_visit_day, COALESCE(w.recent_cash, 0), f.usual_gap_days, f.last_satisfaction,
       v.tier, r.p_alive, r.expected_90
FROM customer c
LEFT JOIN staff s ON s.id = c.responsible_staff_id
LEFT JOIN visit_figures f ON f.customer_id = c.id
LEFT JOIN customer_value v ON v.customer_id = c.id
LEFT JOIN customer_retention r ON r.customer_id = c.id
LEFT JOIN ({window_visits_sql(param, only)}) w ON w.customer_id = c.id
WHERE {"" if include_archived else "c.archived_at IS NULL AND "}c.erased_at IS NULL
  {"AND " + one_of_sql("c.id") if only else ""}
  {"AND " + of_shop_sql("c.id", "c.home_shop_id") if shop else ""}
ORDER BY c.id
"""


def _among(query: pw.ModelSelect, only: pw.Expression | None) -> pw.ModelSelect:
    return query if only is None else query.where(only)


def _card_purchases_since(since: dt.date, only: pw.Expression | None) -> dict[int, int]:
    query = Card.select(Card.customer, Card.amount_paid_fen).where(
        Card.voided_at.is_null() & (Card.purchased_on >= since)
    )
    paid: dict[int, int] = defaultdict(int)
    for customer_id, amount in _among(query, only).tuples():
        paid[customer_id] += amount
    return paid


def _card_signals(today: dt.date, only: pw.Expression | None) -> dict[int, tuple[int, int, bool]]:
    """Per customer: sessions left, balance left, and whether every card she had is finished."""
    sessions: dict[int, int] = defaultdict(int)
    balance: dict[int, int] = defaultdict(int)
    had_cards: set[int] = set()
    usable: set[int] = set()
    for card in all_card_statuses() if only is None else card_statuses_where(only):
        had_cards.add(card.customer_id)
        if not card.usable_on(today):
            continue
        usable.add(card.customer_id)
        if card.kind == "session":
            sessions[card.customer_id] += card.sessions_left
        else:
            balance[card.customer_id] += card.balance_fen
    return {
        customer_id: (sessions[customer_id], balance[customer_id], customer_id not in usable)
        for customer_id in had_cards
    }


def _open_complaints_since(only: pw.Expression | None) -> dict[int, dt.date]:
    query = Complaint.select(Complaint.customer, Complaint.received_on).where(
        Complaint.status != "closed"  # being handled is still open
    )
    oldest: dict[int, dt.date] = {}
    for customer_id, received in _among(query, only).tuples():
        if customer_id not in oldest or received < oldest[customer_id]:
            oldest[customer_id] = received
    return oldest


def _open_calls(only: pw.Expression | None) -> dict[int, int]:
    calls: dict[int, int] = defaultdict(int)
    query = FollowUp.select(FollowUp.customer).where(FollowUp.status == "open")
    for (customer_id,) in _among(query, only).tuples():
        calls[customer_id] += 1
    return calls


def visit_statistics(
    today: dt.date | None = None,
    rules: FrequencyRules | None = None,
    include_archived: bool = False,
    only: frozenset[int] | None = None,
    shop_id: int | None = None,
) -> list[FrequencyRow]:
    """One row per customer on file (archived ones left out unless asked), ordered by id;
    ``only`` these customers when given (a screen updating the ones a write changed);
    ``shop_id``: that shop's customers only (shop_scope)."""
    today = today or dt.date.today()
    rules = rules or load_rules()
    since = window_start(today, rules)
    since_stored = window_start_stored(today, rules)
    totals = _totals_sql(db.obj.param, include_archived, only is not None, shop_id is not None)
    params = [since_stored] if only is None else [since_stored, ids_param(only), ids_param(only)]
    if shop_id is not None:
        params += of_shop_params(shop_id, today)
    cursor = db.execute_sql(totals, params)
    chosen = None if only is None else one_of(Card.customer, only)
    card_purchases = _card_purchases_since(since, chosen)
    cards = _card_signals(today, chosen)
    complaints = _open_complaints_since(None if only is None else one_of(Complaint.customer, only))
    calls = _open_calls(None if only is None else one_of(FollowUp.customer, only))
    today_number = today.toordinal()
    staff_names: dict[str, str] = {}
    rows = []
    for (
        customer_id,
        name,
        phone,
        staff_id,
        staff_name,
        psychology_id,
        personality_id,
        visits,
        recent,
        first_at,
        last_at,
        last_day,
        recent_cash,
        typical_days,
        last_satisfaction,
        value_tier,
        p_alive,
        expected_90,
    ) in cursor:  # row by row: a chain's 100,000 raw rows at once were 34 MB more at peak
        days_since = None if last_day is None else today_number - last_day
        after = overdue_after_days(visits, typical_days, rules)
        signals = NO_SIGNALS
        low = last_satisfaction is not None and last_satisfaction <= LOW_SATISFACTION
        card = cards.get(customer_id)
        complaint = complaints.get(customer_id)
        if card or complaint or low:
            sessions, balance, finished = card or (0, 0, False)
            signals = FileSignals(
                sessions, balance, finished, complaint, last_satisfaction if low else None
            )
        rows.append(
            FrequencyRow(
                customer_id=customer_id,
                name=name,
                phone=phone,
                staff_id=staff_id,
                staff_name=staff_names.setdefault(staff_name, staff_name),  # one copy each
                psychology_type_id=psychology_id,
                personality_type_id=personality_id,
                visits_ever=visits,
                visits_in_window=recent,
                first_visit=sql_datetime(first_at),
                last_visit=sql_datetime(last_at),
                days_since_last=days_since,
                typical_days=typical_days,
                own_rhythm=uses_own_rhythm(visits, typical_days, rules),
                spend_in_window_fen=int(recent_cash) + card_purchases.get(customer_id, 0),
                group=group_for(visits, recent, rules),
                # is_overdue, with the threshold worked out once per customer
                overdue=days_since is not None and days_since > after,
                overdue_after_days=after,
                signals=signals,
                open_calls=calls.get(customer_id, 0),
                value_tier=value_tier,
                p_alive=p_alive,
                expected_90=expected_90,
            )
        )
    return rows
