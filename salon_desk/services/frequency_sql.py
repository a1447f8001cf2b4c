"""The frequency groups and "overdue" as SQL, for the charts: counted per group and type in
one GROUP BY, and a bar's customers found by the same conditions when it is clicked,
instead of a Python row per customer (a chain's 100,000: 0.9 s and 55 MB each time).

The rules are the ones ``frequency_rules`` states in Python (``group_for``,
``overdue_after_days``, ``is_overdue``); test_charts checks that both agree customer by
customer. The kept figures (visit_figures) give visits ever, the last visit's day and the
usual gap; the window's visits come from the care log's time index.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from salon_desk.services.frequency_rules import FrequencyRules, Group
from salon_desk.services.frequency_window import window_start_stored
from salon_desk.services.shop_scope import members_params, members_sql, of_shop_params, of_shop_sql
from salon_desk.store.database import db
from salon_desk.store.models import TypeMark


@dataclass(frozen=True)
class Scope:
    """Which customers a chart counts, and by which rules and day."""

    today: dt.date
    rules: FrequencyRules
    staff_id: int | None = None
    shop_id: int | None = None  # one shop's customers in a chain (shop_scope)


@dataclass(frozen=True)
class Cell:
    """How many customers of one frequency group, overdue or not, hold a type of one
    catalogue (``type_id`` None: none of that catalogue). A customer with several types
    of a catalogue is in a cell for each (17.3)."""

    kind: str  # CustomerType.KINDS
    type_id: int | None
    group: Group
    overdue: bool
    count: int
    further: bool = False  # counted from her further types (each customer is once in
    # the cells of her first psychology type or none, with further False)


def _at_least(p: str) -> str:
    """The customers with at least N visits since a moment: her Nth latest valid entry is
    on or after it (CareLog.recent_rank, kept with the care log) — one range of an index
    instead of counting every entry of the window (0.25 s at 100k customers)."""
    return (
        "SELECT customer_id FROM care_log"
        f" WHERE voided_at IS NULL AND recent_rank = {p} AND visited_at >= {p}"
    )


def classified_sql(scope: Scope) -> tuple[str, list[Any]]:
    """Per customer in scope: id, types, what the frequency table sorts by, group code
    and overdue (0/1), as a subquery.
    Nothing here counts the window's entries: "all her visits in the window" is her
    first visit in it, "N visits in the window" her Nth latest in it."""
    p, rules = db.param, scope.rules
    visits = "COALESCE(f.visits, 0)"
    own_rhythm = f"(f.usual_gap_days IS NOT NULL AND {visits} >= {p})"
    sql = f"""
SELECT c.id AS customer_id, c.psychology_type_id, c.personality_type_id,
  c.responsible_staff_id, c.name_sort, c.phone, f.usual_gap_days, f.last_visit_day,
  {visits} AS visits_ever, CASE WHEN c.enquiry <> '' THEN 1 ELSE 0 END AS enquired,
  CASE WHEN {visits} < {p} AND (f.first_visit_at IS NULL OR f.first_visit_at >= {p})
         THEN '{Group.NEW.value}'
       WHEN c.id IN ({_at_least(p)}) THEN '{Group.KEY.value}'
       WHEN c.id IN ({_at_least(p)}) THEN '{Group.POTENTIAL.value}'
       ELSE '{Group.FOLLOW_UP.value}' END AS frequency_group,
  CASE WHEN f.last_visit_day IS NOT NULL AND {p} - f.last_visit_day >
            (CASE WHEN {own_rhythm} THEN f.usual_gap_days ELSE {p} END) * {p}
       THEN 1 ELSE 0 END AS overdue
FROM customer c
LEFT JOIN visit_figures f ON f.customer_id = c.id
WHERE c.archived_at IS NULL AND c.erased_at IS NULL
  {"" if scope.staff_id is None else f"AND c.responsible_staff_id = {p}"}
  {"" if scope.shop_id is None else "AND " + of_shop_sql("c.id", "c.home_shop_id")}
"""
    since = window_start_stored(scope.today, rules)
    params: list[Any] = [
        rules.new_below_visits,
        since,
        rules.key_min_visits,
        since,
        rules.potential_min_visits,
        since,
        scope.today.toordinal(),
        rules.own_rhythm_min_visits,
        rules.shop_interval_days,
        rules.overdue_factor,
    ]
    if scope.staff_id is not None:
        params.append(scope.staff_id)
    if scope.shop_id is not None:
        params += of_shop_params(scope.shop_id, scope.today)
    return sql, params


def cells(scope: Scope) -> list[Cell]:
    """For each catalogue, every type with the group and overdue counts of its holders,
    and those holding none: the shop's customers classified once, then counted by her
    first types (on her row) and, when anyone has further types, by those (type_mark)
    — a shop that records none pays nothing for them (at 100k customers the join costs
    about as much again as the classification)."""
    sql, params = classified_sql(scope)
    counted = "frequency_group, overdue, COUNT(*)"
    statement = (
        f"WITH c AS ({sql})"
        f" SELECT 'psychology', psychology_type_id, 0, {counted} FROM c GROUP BY 2, 4, 5"
        f" UNION ALL SELECT 'personality', personality_type_id, 0, {counted}"
        " FROM c GROUP BY 2, 4, 5"
    )
    marked = TypeMark.select().exists()
    if marked:
        marks = (
            "FROM type_mark m JOIN customer_type t ON t.id = m.type_id"
            " JOIN c ON c.customer_id = m.customer_id"
        )
        statement += (
            " UNION ALL SELECT t.kind, m.type_id, 1, c.frequency_group, c.overdue, COUNT(*)"
            f" {marks} GROUP BY 1, 2, 4, 5"
            " UNION ALL SELECT 'trait', NULL, 2, c.frequency_group, c.overdue,"
            f" COUNT(DISTINCT m.customer_id) {marks} WHERE t.kind = {db.param} GROUP BY 4, 5"
        )
        params = [*params, "trait"]
    found: list[Cell] = []
    everyone: Counter[tuple[str, int]] = Counter()  # per (group, overdue)
    with_trait: Counter[tuple[str, int]] = Counter()
    for kind, type_id, source, group, late, count in db.execute_sql(statement, params):
        if source == 2:
            with_trait[(group, late)] += count
            continue
        if kind == "psychology" and source == 0:
            everyone[(group, late)] += count
        found.append(Cell(kind, type_id, Group(group), bool(late), count, bool(source)))
    found += [  # the customers with no trait, group by group
        Cell("trait", None, Group(group), bool(late), count - with_trait[(group, late)])
        for (group, late), count in everyone.items()
        if count > with_trait[(group, late)]
    ]
    return found


def cells_by_shop(scope: Scope) -> dict[tuple[int, Group], tuple[int, int]]:
    """Per shop and group: (customers, of them overdue) — a shop's customers as the shop
    box counts them (her home shop, or a visit there in the window), so a customer of
    two shops counts in both. One GROUP BY for every shop at once."""
    sql, params = classified_sql(scope)
    rows = db.execute_sql(
        "SELECT m.shop_id, c.frequency_group, SUM(c.overdue), COUNT(*)"
        f" FROM ({sql}) c JOIN ({members_sql()}) m ON m.customer_id = c.customer_id"
        " GROUP BY m.shop_id, c.frequency_group",
        [*params, *members_params(scope.today)],
    ).fetchall()
    return {
        (int(shop), Group(group)): (int(count), int(late or 0)) for shop, group, late, count in rows
    }


UNSET: Any = object()  # a condition not asked for (None means "no type")


def customers_where(
    scope: Scope,
    group: Group | None = None,
    overdue: bool | None = None,
    psychology_type_id: int | None = UNSET,
    personality_type_id: int | None = UNSET,
    trait_type_id: int | None = UNSET,
) -> frozenset[int]:
    """The customers in scope that meet every condition given (a bar's, on a click)."""
    sql, params = classified_sql(scope)
    conditions: list[str] = []
    values: list[Any] = []
    if group is not None:
        conditions.append(f"frequency_group = {db.param}")
        values.append(group.value)
    if overdue is not None:
        conditions.append(f"overdue = {db.param}")
        values.append(int(overdue))
    marked = "customer_id IN (SELECT customer_id FROM type_mark WHERE type_id = {})"
    for column, wanted in (
        ("psychology_type_id", psychology_type_id),
        ("personality_type_id", personality_type_id),
    ):
        if wanted is None:  # (no further type of a catalogue without a first one)
            conditions.append(f"{column} IS NULL")
        elif wanted is not UNSET:  # her first type, or one of her further ones
            conditions.append(f"({column} = {db.param} OR {marked.format(db.param)})")
            values += [wanted, wanted]
    if trait_type_id is None:
        conditions.append(
            "customer_id NOT IN (SELECT m.customer_id FROM type_mark m JOIN customer_type t"
            f" ON t.id = m.type_id WHERE t.kind = {db.param})"
        )
        values.append("trait")
    elif trait_type_id is not UNSET:
        conditions.append(marked.format(db.param))
        values.append(trait_type_id)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    found: Sequence[tuple[int]] = db.execute_sql(
        f"SELECT customer_id FROM ({sql}) classified{where}", [*params, *values]
    ).fetchall()
    return frozenset(customer_id for (customer_id,) in found)
