"""The figures behind the charts panel, and the customers behind each bar.

Counts come from grouped queries; the frequency groups and types from one GROUP BY
(``frequency_sql``) over the kept visit figures. Each bar can be asked for the customers
behind it, which the customer list then shows: as many customers as the bar counts
(months count visits, and say how many customers made them).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from salon_desk.services import frequency_sql, lifecycle, shops
from salon_desk.services.chart_bars import Bar
from salon_desk.services.chart_value import spend_sql, value_bars
from salon_desk.services.clock import day_start
from salon_desk.services.customer_search import one_of
from salon_desk.services.frequency_rules import FrequencyRules, Group, load_rules
from salon_desk.services.frequency_sql import Cell, Scope
from salon_desk.services.shop_scope import of_shop
from salon_desk.store.database import db, is_sqlite
from salon_desk.store.models import CareLog, Customer, CustomerType, VisitFigures

UNCLASSIFIED = "none"
MONTHS = 24


@dataclass(frozen=True)
class ChartFilter:
    window_days: int | None = None  # None: the shop's frequency rule; value then uses 365
    staff_id: int | None = None
    shop_id: int | None = None  # one shop's customers in a chain (shop_scope)


@dataclass
class Figures:
    groups: list[Bar] = field(default_factory=list)
    psychology: list[Bar] = field(default_factory=list)
    personality: list[Bar] = field(default_factory=list)
    trait: list[Bar] = field(default_factory=list)  # the customer traits (17.3)
    # type key → one bar per frequency group (the segments of a stacked bar)
    psychology_by_group: dict[str, list[Bar]] = field(default_factory=dict)
    personality_by_group: dict[str, list[Bar]] = field(default_factory=dict)
    trait_by_group: dict[str, list[Bar]] = field(default_factory=dict)
    visits_by_month: list[Bar] = field(default_factory=list)
    new_by_month: list[Bar] = field(default_factory=list)
    spend_sorted_fen: list[int] = field(default_factory=list)  # per spender, largest first
    top_share: float = 0.0  # of revenue from the top 20% of spenders
    value_groups: list[Bar] = field(default_factory=list)
    # A chain's shops side by side: shop id → one bar per frequency group (issue 16.2).
    shops_by_group: dict[str, list[Bar]] = field(default_factory=dict)
    stages: list[Bar] = field(default_factory=list)  # one per lifecycle stage, in order
    window_days: int = 0
    value_days: int = 0
    chain: bool = False  # several shops: the shops chart is offered
    counted: frozenset[str] = frozenset()  # which parts (PARTS) these figures hold


def _rules_for(chart_filter: ChartFilter) -> FrequencyRules:
    rules = load_rules()
    if chart_filter.window_days is None:
        return rules
    return dataclasses.replace(rules, window_days=chart_filter.window_days)


def _customer_condition(chart_filter: ChartFilter) -> pw.Expression:
    condition = Customer.archived_at.is_null() & Customer.erased_at.is_null()
    if chart_filter.staff_id is not None:
        condition &= Customer.responsible_staff == chart_filter.staff_id
    if chart_filter.shop_id is not None:
        condition &= of_shop(chart_filter.shop_id)
    return condition


def _type_key(type_id: int | None) -> str:
    return str(type_id) if type_id is not None else UNCLASSIFIED


def _type_id(key: str) -> int | None:
    return None if key == UNCLASSIFIED else int(key)


def _type_bars(scope: Scope, found: list[Cell], kind: str) -> list[Bar]:
    """One bar per type in catalogue order (retired ones only if someone has them),
    then the customers with none of the catalogue. A customer with several types is in
    the bar of each (17.3)."""
    counts: Counter[str] = Counter()
    for cell in found:
        if cell.kind == kind:
            counts[_type_key(cell.type_id)] += cell.count
    catalogue = (
        CustomerType.select(CustomerType.id, CustomerType.retired)
        .where(CustomerType.kind == kind)
        .order_by(CustomerType.sort_order, CustomerType.id)
        .tuples()
    )
    keys = [str(type_id) for type_id, retired in catalogue if not retired or counts[str(type_id)]]
    return [
        Bar(key, counts[key], who=_finder(scope, **{f"{kind}_type_id": _type_id(key)}))
        for key in [*keys, UNCLASSIFIED]
    ]


def _by_group(
    scope: Scope, found: list[Cell], kind: str, type_keys: list[str]
) -> dict[str, list[Bar]]:
    counts: Counter[tuple[str, Group]] = Counter()
    for cell in found:
        if cell.kind == kind:
            counts[(_type_key(cell.type_id), cell.group)] += cell.count
    return {
        key: [
            Bar(
                group.value,
                counts[(key, group)],
                who=_finder(scope, group=group, **{f"{kind}_type_id": _type_id(key)}),
            )
            for group in Group
        ]
        for key in type_keys
    }


def _finder(scope: Scope, **conditions: Any) -> Callable[[], frozenset[int]]:
    return functools.partial(frequency_sql.customers_where, scope, **conditions)


def _group_bars(scope: Scope, found: list[Cell]) -> list[Bar]:
    counts: Counter[Group] = Counter()
    late: Counter[Group] = Counter()
    for cell in found:
        if cell.kind == "psychology" and not cell.further:  # each customer once
            counts[cell.group] += cell.count
            late[cell.group] += cell.count if cell.overdue else 0
    return [
        Bar(
            group.value,
            counts[group],
            who=_finder(scope, group=group),
            marked=late[group],
            who_marked=_finder(scope, group=group, overdue=True),
        )
        for group in Group
    ]


def _shop_bars(scope: Scope) -> dict[str, list[Bar]]:
    """Every open shop's customers by frequency group (those overdue marked)."""
    scope = dataclasses.replace(scope, shop_id=None)  # every shop's, whichever is chosen
    counted = frequency_sql.cells_by_shop(scope)
    bars = {}
    for shop in shops.list_shops():
        in_shop = dataclasses.replace(scope, shop_id=shop.id)
        bars[str(shop.id)] = [
            Bar(
                group.value,
                counted.get((shop.id, group), (0, 0))[0],
                who=_finder(in_shop, group=group),
                marked=counted.get((shop.id, group), (0, 0))[1],
                who_marked=_finder(in_shop, group=group, overdue=True),
            )
            for group in Group
        ]
    return bars


def month_keys(today: dt.date, months: int = MONTHS) -> list[str]:
    """The last ``months`` calendar months, oldest first, this month included."""
    year, month = today.year, today.month
    keys = []
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def _in_scope(chart_filter: ChartFilter) -> Callable[[pw.Field], pw.Expression]:
    """A test that a customer id column is one of the charted customers. Without a staff
    filter nearly everyone is: the few left out (archived, erased) are listed once and
    named instead, so a month's visits are counted from the time index alone, without a
    join per entry (or a scan of every file per month to find who is left out)."""
    if chart_filter.staff_id is not None or chart_filter.shop_id is not None:
        chosen = Customer.select(Customer.id).where(_customer_condition(chart_filter))
        return lambda column: column.in_(chosen)
    query = Customer.select(Customer.id).where(
        Customer.archived_at.is_null(False) | Customer.erased_at.is_null(False)
    )
    left_out = frozenset(customer_id for (customer_id,) in query.tuples())
    return lambda column: ~one_of(column, left_out)


def _month_starts(keys: list[str]) -> list[dt.datetime]:
    """The stored (UTC) moment each month begins locally, and the end of the last."""
    firsts = [dt.date.fromisoformat(key + "-01") for key in keys]
    last = firsts[-1]
    firsts.append(last.replace(year=last.year + last.month // 12, month=last.month % 12 + 1))
    return [day_start(first) for first in firsts]


def _visitors(start: dt.datetime, end: dt.datetime, chart_filter: ChartFilter) -> frozenset[int]:
    query = (
        CareLog.select(CareLog.customer)
        .where(CareLog.voided_at.is_null() & (CareLog.visited_at >= start))
        .where((CareLog.visited_at < end) & _in_scope(chart_filter)(CareLog.customer))
        .distinct()
    )
    return frozenset(customer_id for (customer_id,) in query.tuples())


def _newcomers(start: dt.datetime, end: dt.datetime, chart_filter: ChartFilter) -> frozenset[int]:
    query = VisitFigures.select(VisitFigures.customer).where(
        (VisitFigures.first_visit_at >= start)
        & (VisitFigures.first_visit_at < end)
        & _in_scope(chart_filter)(VisitFigures.customer)
    )
    return frozenset(customer_id for (customer_id,) in query.tuples())


def _visits_per_month(starts: list[dt.datetime], scope: pw.Expression) -> list[int]:
    """Valid visits between each month's start and the next. SQLite counts each month
    from its time index (an index-only range: 6 ms a month at 100k customers); a server
    reads the table for each of those (20 ms a month) and counts the 24 months faster in
    one pass, each visit put in its month by width_bucket (0.11 s against 0.43 s)."""
    valid = CareLog.voided_at.is_null() & scope
    if is_sqlite():
        return [
            int(
                CareLog.select(pw.fn.COUNT(CareLog.id))
                .where(valid & (CareLog.visited_at >= start) & (CareLog.visited_at < end))
                .scalar()
                or 0
            )
            for start, end in itertools.pairwise(starts)
        ]
    bounds = pw.Cast(pw.Value(starts[1:-1], unpack=False), "timestamp[]")
    month = pw.fn.width_bucket(CareLog.visited_at, bounds)
    counted = dict(
        CareLog.select(month, pw.fn.COUNT(CareLog.id))
        .where(valid & (CareLog.visited_at >= starts[0]) & (CareLog.visited_at < starts[-1]))
        .group_by(pw.SQL("1"))  # the bucket: the same bounds again would be another parameter
        .tuples()
    )
    return [int(counted.get(index, 0)) for index in range(len(starts) - 1)]


def _monthly(today: dt.date, chart_filter: ChartFilter) -> tuple[list[Bar], list[Bar]]:
    """Visits per month and customers whose first visit fell in it: counts only; who
    they are is asked when a month is clicked (a chain's 24 months hold 600,000 visits)."""
    keys = month_keys(today)
    starts = _month_starts(keys)
    visit_bars, new_bars = [], []
    in_scope = _in_scope(chart_filter)  # who is left out, asked once
    per_month = _visits_per_month(starts, in_scope(CareLog.customer))
    for key, start, end, visits in zip(keys, starts, starts[1:], per_month, strict=False):
        visit_bars.append(
            Bar(key, visits, who=functools.partial(_visitors, start, end, chart_filter))
        )
    firsts = (
        VisitFigures.select(VisitFigures.first_visit_at)
        .where((VisitFigures.first_visit_at >= starts[0]) & in_scope(VisitFigures.customer))
        .tuples()
    )
    came: Counter[int] = Counter(bisect.bisect_right(starts, moment) - 1 for (moment,) in firsts)
    for index, (key, start, end) in enumerate(zip(keys, starts, starts[1:], strict=False)):
        new_bars.append(
            Bar(key, came[index], who=functools.partial(_newcomers, start, end, chart_filter))
        )
    return visit_bars, new_bars


def spend_by_customer(
    since: dt.date, chart_filter: ChartFilter, include_archived: bool = False
) -> dict[int, int]:
    """What each customer paid the shop since ``since``: cash at visits plus cards bought
    (a visit paid by card is not counted again), as her file's service status counts it."""
    chosen = _customer_condition(chart_filter)
    if include_archived:
        chosen = Customer.erased_at.is_null()
    sql, params = spend_sql(since, chosen)  # the value chart's own definition
    return {customer_id: int(fen) for customer_id, fen in db.execute_sql(sql, params).fetchall()}


# What is counted for which charts: the charts tab counts only the part of the chart
# it shows (a chain's 100,000 customers: 0.16 to 0.26 s each, not 0.6 s for all).
PART_CELLS, PART_MONTHS, PART_VALUE, PART_SHOPS = "cells", "months", "value", "shops"
PART_STAGES = "stages"  # the lifecycle stages (issue 17.5)
PARTS = frozenset({PART_CELLS, PART_MONTHS, PART_VALUE, PART_SHOPS, PART_STAGES})


def figures(
    today: dt.date | None = None,
    chart_filter: ChartFilter | None = None,
    parts: frozenset[str] = PARTS,
) -> Figures:
    """The figures of the charts whose ``parts`` are asked (all of them by default:
    ``salon-desk stats``); ``Figures.counted`` says which were."""
    today = today or dt.date.today()
    chart_filter = chart_filter or ChartFilter()
    rules = _rules_for(chart_filter)
    scope = Scope(today, rules, chart_filter.staff_id, chart_filter.shop_id)
    result = Figures(window_days=rules.window_days, chain=shops.is_chain())
    result.value_days = chart_filter.window_days or 365
    result.counted = parts if result.chain else parts - {PART_SHOPS}
    if PART_CELLS in parts:
        found = frequency_sql.cells(scope)
        result.groups = _group_bars(scope, found)
        for kind in CustomerType.KINDS:
            bars = _type_bars(scope, found, kind)
            setattr(result, kind, bars)
            setattr(
                result, f"{kind}_by_group", _by_group(scope, found, kind, [b.key for b in bars])
            )
    if PART_SHOPS in parts and result.chain:
        result.shops_by_group = _shop_bars(scope)
    if PART_STAGES in parts:
        result.stages = [
            Bar(count.stage.value, count.customers,
                who=functools.partial(lifecycle.customers_at, count.stage, scope))
            for count in lifecycle.stage_counts(scope)
        ]  # fmt: skip
    if PART_MONTHS in parts:
        result.visits_by_month, result.new_by_month = _monthly(today, chart_filter)
    if PART_VALUE in parts:
        since = today - dt.timedelta(days=result.value_days - 1)
        result.value_groups, result.top_share, result.spend_sorted_fen = value_bars(
            since, _customer_condition(chart_filter)
        )
    return result


def with_part(figures_so_far: Figures, counted: Figures) -> Figures:
    """``figures_so_far`` with the parts ``counted`` holds taken from it (one filter and
    day: the charts tab adds a chart's part when it is first shown)."""
    merged = dataclasses.replace(figures_so_far)
    for part in counted.counted:
        for name in _FIELDS[part]:
            setattr(merged, name, getattr(counted, name))
    merged.counted = figures_so_far.counted | counted.counted
    return merged


_FIELDS = {
    PART_CELLS: (
        "groups",
        "psychology",
        "personality",
        "trait",
        "psychology_by_group",
        "personality_by_group",
        "trait_by_group",
    ),
    PART_MONTHS: ("visits_by_month", "new_by_month"),
    PART_VALUE: ("value_groups", "top_share", "spend_sorted_fen"),
    PART_SHOPS: ("shops_by_group",),
    PART_STAGES: ("stages",),
}


def type_codes() -> dict[str, str]:
    """Type keys (ids) as the shop's name for the type, or its built-in code."""
    query = CustomerType.select(CustomerType.id, CustomerType.name, CustomerType.code).tuples()
    return {str(type_id): name or code for type_id, name, code in query}


def as_json_ready(found: Figures) -> dict[str, object]:
    """The counts (not the customer ids) for ``salon-desk stats --json``."""
    names = type_codes()

    def bars(items: list[Bar]) -> list[dict[str, object]]:
        return [
            {
                "key": names.get(bar.key, bar.key),
                "count": bar.count,
                **({"overdue": bar.marked} if bar.marked else {}),
            }
            for bar in items
        ]

    return {
        "window_days": found.window_days,
        "groups": bars(found.groups),
        "psychology": bars(found.psychology),
        "personality": bars(found.personality),
        "trait": bars(found.trait),
        "psychology_by_group": {
            names.get(k, k): bars(v) for k, v in found.psychology_by_group.items()
        },
        "personality_by_group": {
            names.get(k, k): bars(v) for k, v in found.personality_by_group.items()
        },
        "trait_by_group": {names.get(k, k): bars(v) for k, v in found.trait_by_group.items()},
        "visits_by_month": bars(found.visits_by_month),
        "new_by_month": bars(found.new_by_month),
        "value_days": found.value_days,
        "value_groups": bars(found.value_groups),
        "top_fifth_revenue_share": round(found.top_share, 4),
        "spenders": len(found.spend_sorted_fen),
    }
