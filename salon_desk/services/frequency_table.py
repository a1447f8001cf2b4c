"""The visit-frequency table of a chain's size (issue 15): its order, filters and group
counts in SQL, its rows only for the pages on screen.

``table_order`` returns the ids of the customers shown, in the order asked, with each
one's overdue flag (the call assignment's reason needs it for a selection of thousands),
and the counts of the whole shop by group; ``frequency.visit_statistics(only=…)`` gives
the rows of the 200 or so on screen. Nothing holds a row per customer: a chain's
100,000 cost a second and 200 MB that way.

The groups and "overdue" come from ``frequency_sql`` (the kept figures and ranks: no
count of the window's entries); only the sorts by visits or spend in the window count
them, for everyone, as the table's figures are (about 0.4 s at 100k).
"""

from __future__ import annotations

import enum
from array import array
from dataclasses import dataclass, field
from typing import Any

from salon_desk.services.frequency import window_visits_sql
from salon_desk.services.frequency_rules import Group
from salon_desk.services.frequency_sql import Scope, classified_sql
from salon_desk.services.frequency_window import window_start, window_start_stored
from salon_desk.store.database import db


class FrequencySort(enum.StrEnum):
    NAME = "name"
    PHONE = "phone"
    GROUP = "group"
    VISITS_IN_WINDOW = "visits_in_window"
    USUAL_GAP = "usual_gap"
    DAYS_AWAY = "days_away"
    OVERDUE = "overdue"  # overdue first, then the longest away
    STAFF = "staff"
    PSYCHOLOGY = "psychology"
    PERSONALITY = "personality"
    SPEND_IN_WINDOW = "spend_in_window"
    OPEN_CALLS = "open_calls"
    VALUE_TIER = "value_tier"  # highest first, then those with no tier (17.4)
    P_ALIVE = "p_alive"  # by the retention model (19.5); none last
    EXPECTED_VISITS = "expected_visits"


@dataclass(frozen=True)
class TableQuery:
    scope: Scope  # the day, the rules and the shop (its staff field is not used here)
    group: Group | None = None
    staff_id: int | None = None  # her responsible beautician
    overdue_only: bool = False
    value_tier: int | None = None  # in this value tier (17.4)
    type_id: int | None = None  # holding this type, first or further (17.3)
    sort: FrequencySort = FrequencySort.OVERDUE
    descending: bool = True


@dataclass(frozen=True)
class TableOrder:
    ids: array[int]  # the customers shown, in order
    overdue: bytes  # 1 where the customer at the same place is overdue
    everyone: int = 0  # in the shop, whatever the filters
    counts: dict[Group, int] = field(default_factory=dict)
    overdue_count: int = 0


_GROUP_ORDER = " ".join(f"WHEN '{group.value}' THEN {place}" for place, group in enumerate(Group))


def _sort_sql(sort: FrequencySort, today: int) -> tuple[str, set[str]]:
    """The sort's SQL expression and the joins it needs (besides the classified
    customers k); empty values sort last either way."""
    days_away = f"({today} - k.last_visit_day)"
    return {
        FrequencySort.NAME: ("k.name_sort", set()),
        FrequencySort.PHONE: ("k.phone", set()),
        FrequencySort.GROUP: (f"CASE k.frequency_group {_GROUP_ORDER} END", set()),
        FrequencySort.VISITS_IN_WINDOW: ("COALESCE(w.recent, 0)", {"window"}),
        FrequencySort.USUAL_GAP: ("k.usual_gap_days", set()),
        FrequencySort.DAYS_AWAY: (days_away, set()),
        FrequencySort.OVERDUE: (f"k.overdue * 100000 + COALESCE({days_away}, 0)", set()),
        FrequencySort.STAFF: ("s.name_sort", {"staff"}),
        FrequencySort.PSYCHOLOGY: ("psychology.sort_order", {"psychology"}),
        FrequencySort.PERSONALITY: ("personality.sort_order", {"personality"}),
        FrequencySort.SPEND_IN_WINDOW: (
            "COALESCE(w.recent_cash, 0) + COALESCE(bought.paid, 0)",
            {"window", "cards"},
        ),
        FrequencySort.OPEN_CALLS: ("COALESCE(calls.open, 0)", {"calls"}),
        FrequencySort.VALUE_TIER: ("v.tier", {"tiers"}),
        FrequencySort.P_ALIVE: ("cr.p_alive", {"retention"}),
        FrequencySort.EXPECTED_VISITS: ("cr.expected_90", {"retention"}),
    }[sort]


def _joins(needed: set[str], p: str) -> str:
    joins = {
        "window": f"LEFT JOIN ({window_visits_sql(p)}) w ON w.customer_id = k.customer_id",
        "cards": (
            "LEFT JOIN (SELECT customer_id, SUM(amount_paid_fen) AS paid FROM card"
            f" WHERE voided_at IS NULL AND purchased_on >= {p} GROUP BY customer_id) bought"
            " ON bought.customer_id = k.customer_id"
        ),
        "staff": "LEFT JOIN staff s ON s.id = k.responsible_staff_id",
        "tiers": "LEFT JOIN customer_value v ON v.customer_id = k.customer_id",
        "retention": "LEFT JOIN customer_retention cr ON cr.customer_id = k.customer_id",
        "psychology": (
            "LEFT JOIN customer_type psychology ON psychology.id = k.psychology_type_id"
        ),
        "personality": (
            "LEFT JOIN customer_type personality ON personality.id = k.personality_type_id"
        ),
        "calls": (
            "LEFT JOIN (SELECT customer_id, COUNT(*) AS open FROM follow_up"
            " WHERE status = 'open' GROUP BY customer_id) calls"
            " ON calls.customer_id = k.customer_id"
        ),
    }
    # In this order: the parameters of "window" come before those of "cards".
    return "\n".join(joins[name] for name in joins if name in needed)


def type_holders(type_id: int) -> frozenset[int]:
    """Everyone holding the type: as her first of its catalogue or a further one."""
    p = db.param
    rows = db.execute_sql(
        f"SELECT id FROM customer WHERE psychology_type_id = {p} OR personality_type_id = {p}"
        f" UNION SELECT customer_id FROM type_mark WHERE type_id = {p}",
        [type_id, type_id, type_id],
    ).fetchall()
    return frozenset(customer_id for (customer_id,) in rows)


def table_order(query: TableQuery) -> TableOrder:
    """The customers the table shows for ``query``, in its order, and the shop's counts:
    one pass over the shop's customers in order (the counts are of everyone, the rows
    kept are those the filters let through)."""
    scope, p = query.scope, db.param
    classified, params = classified_sql(scope)
    expression, needed = _sort_sql(query.sort, scope.today.toordinal())
    if query.value_tier is not None:
        needed = needed | {"tiers"}  # (joined only when asked: 10 ms at 100k customers)
    joined: list[Any] = []
    if "window" in needed:
        joined.append(window_start_stored(scope.today, scope.rules))
    if "cards" in needed:
        joined.append(window_start(scope.today, scope.rules))
    direction = "DESC" if query.descending else "ASC"
    rows = db.execute_sql(
        f"""
SELECT k.customer_id, k.frequency_group, k.overdue, k.responsible_staff_id,
       {"v.tier" if "tiers" in needed else "NULL"}
FROM ({classified}) k
{_joins(needed, p)}
ORDER BY {expression} {direction} NULLS LAST, k.customer_id""",
        [*params, *joined],
    )
    counts: dict[str, int] = dict.fromkeys((group.value for group in Group), 0)
    ids: array[int] = array("q")
    overdue = bytearray()
    late_count = 0
    group = None if query.group is None else query.group.value
    staff_id = query.staff_id
    tier = query.value_tier
    holders = None if query.type_id is None else type_holders(query.type_id)
    # A batch at a time: psycopg converts a batch in one call, and row by row it spent
    # ~30 ms more per 100,000 customers (a third of what the server took to sort them).
    while batch := rows.fetchmany(10_000):
        for customer_id, in_group, late, staff, her_tier in batch:
            counts[in_group] += 1
            late_count += late
            if (
                (group is None or in_group == group)
                and (staff_id is None or staff == staff_id)
                and (late or not query.overdue_only)
                and (tier is None or her_tier == tier)
                and (holders is None or customer_id in holders)
            ):
                ids.append(customer_id)
                overdue.append(late)
    return TableOrder(
        ids,
        bytes(overdue),
        sum(counts.values()),
        {Group(name): count for name, count in counts.items()},
        late_count,
    )
