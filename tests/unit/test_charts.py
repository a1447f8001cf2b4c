"""The charts' figures against an independent recount in SQL on a demo salon."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import charts, customers, demo, frequency
from salon_desk.services.charts import ChartFilter
from salon_desk.services.clock import day_start
from salon_desk.services.customer_search import CustomerQuery, count_customers
from salon_desk.services.frequency_rules import Group, load_rules
from salon_desk.services.frequency_sql import Scope, customers_where
from salon_desk.store.models import Customer, CustomerType, Staff, TypeMark

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def salon(db_path: Path, manager_id: int) -> sqlite3.Connection:
    demo.build_demo(customers=160, seed=11, today=TODAY)
    for customer_id in (3, 30, 90):  # archived customers count nowhere
        customers.set_archived(customer_id, True, manager_id)
    # Several psychology types (17.3): every fifth customer with a first one has a second.
    psychology = [t.id for t in CustomerType.select().where(CustomerType.kind == "psychology")]
    for customer_id, first in (
        Customer.select(Customer.id, Customer.psychology_type)
        .where(Customer.psychology_type.is_null(False) & (Customer.id % 5 == 0))
        .tuples()
    ):
        second = psychology[(psychology.index(first) + 1) % len(psychology)]
        TypeMark.insert(customer=customer_id, type=second).execute()
    raw = sqlite3.connect(db_path)
    yield raw
    raw.close()


def local_offset_minutes(today: dt.date) -> int:
    """This machine's UTC offset at noon on ``today``: what the recount shifts by."""
    noon = dt.datetime.combine(today, dt.time(12)).astimezone()
    return int((noon.utcoffset() or dt.timedelta()).total_seconds() // 60)


def filters() -> list[ChartFilter]:
    someone = Staff.select(Staff.id).where(Staff.name == "陈美玲").scalar()
    return [
        ChartFilter(),
        ChartFilter(90, None),
        ChartFilter(None, someone),
        ChartFilter(365, someone),
    ]


def kept(chart_filter: ChartFilter) -> str:
    staff = (
        ""
        if chart_filter.staff_id is None
        else f" AND c.responsible_staff_id = {chart_filter.staff_id}"
    )
    return f"c.archived_at IS NULL{staff}"


def group_sql(chart_filter: ChartFilter) -> str:
    since = str(day_start(TODAY - dt.timedelta(days=(chart_filter.window_days or 180) - 1)))
    return f"""
        SELECT c.id, c.psychology_type_id, c.personality_type_id,
               CASE WHEN COUNT(l.id) < 2
                         AND COALESCE(SUM(l.visited_at >= '{since}'), 0) = COUNT(l.id)
                    THEN 'new'
                    WHEN SUM(l.visited_at >= '{since}') >= 6 THEN 'key'
                    WHEN SUM(l.visited_at >= '{since}') >= 3 THEN 'potential'
                    ELSE 'follow_up' END
        FROM customer c LEFT JOIN care_log l ON l.customer_id = c.id AND l.voided_at IS NULL
        WHERE {kept(chart_filter)} GROUP BY c.id"""


def types_held(salon: sqlite3.Connection, kind: str) -> dict[int, list[str]]:
    """Each customer's further types of ``kind`` (type_mark), as chart keys."""
    held: dict[int, list[str]] = {}
    for customer_id, type_id in salon.execute(
        "SELECT m.customer_id, m.type_id FROM type_mark m"
        " JOIN customer_type t ON t.id = m.type_id WHERE t.kind = ?",
        (kind,),
    ):
        held.setdefault(customer_id, []).append(str(type_id))
    return held


def counted(bars: list[charts.Bar]) -> dict[str, int]:
    return {bar.key: bar.count for bar in bars if bar.count}


def test_groups_and_types_match_a_recount(salon: sqlite3.Connection) -> None:
    for chart_filter in filters():
        found = charts.figures(TODAY, chart_filter)
        rows = salon.execute(group_sql(chart_filter)).fetchall()
        assert counted(found.groups) == dict(Counter(group for *_, group in rows))
        for kind, column in (("psychology", 1), ("personality", 2), ("trait", None)):
            marks = types_held(salon, kind)
            held = {
                row[0]: ([str(row[column])] if column and row[column] else [])
                + marks.get(row[0], [])
                for row in rows
            }
            # A customer counts in each type she holds, or as "none" (17.3).
            expected = Counter(t for row in rows for t in held[row[0]] or ["none"])
            assert counted(getattr(found, kind)) == dict(expected)
            cells = Counter((t, row[3]) for row in rows for t in held[row[0]] or ["none"])
            by_group = getattr(found, f"{kind}_by_group")
            assert {
                (type_key, bar.key): bar.count
                for type_key, bars in by_group.items()
                for bar in bars
                if bar.count
            } == dict(cells)
        for bar in found.groups:
            assert bar.marked_ids <= bar.customer_ids
        customers_counted = sum(bar.count for bar in found.groups)
        assert sum(bar.count for bar in found.psychology) > customers_counted  # the seconds
        assert sum(bar.count for bar in found.trait) > customers_counted * 0.9  # + "none"


def test_months_match_a_recount(salon: sqlite3.Connection) -> None:
    shift = f"'{local_offset_minutes(TODAY):+d} minutes'"
    for chart_filter in filters():
        found = charts.figures(TODAY, chart_filter)
        visits = dict(
            salon.execute(
                f"""SELECT strftime('%Y-%m', l.visited_at, {shift}), COUNT(*)
                FROM care_log l JOIN customer c ON c.id = l.customer_id
                WHERE l.voided_at IS NULL AND {kept(chart_filter)} GROUP BY 1"""
            ).fetchall()
        )
        firsts = dict(
            salon.execute(
                f"""SELECT month, COUNT(*) FROM (
                    SELECT MIN(strftime('%Y-%m', l.visited_at, {shift})) AS month
                    FROM care_log l JOIN customer c ON c.id = l.customer_id
                    WHERE l.voided_at IS NULL AND {kept(chart_filter)} GROUP BY c.id)
                GROUP BY month"""
            ).fetchall()
        )
        assert [bar.key for bar in found.visits_by_month][-1] == "2026-11"
        assert len(found.visits_by_month) == 24
        assert counted(found.visits_by_month) == {
            bar.key: visits[bar.key] for bar in found.visits_by_month if bar.key in visits
        }
        assert counted(found.new_by_month) == {
            bar.key: firsts[bar.key] for bar in found.new_by_month if bar.key in firsts
        }
        # Who is behind a month is asked on a click; it is who came, and who came first.
        for visits_bar, new_bar in list(
            zip(found.visits_by_month, found.new_by_month, strict=True)
        )[-6:]:
            came = {
                customer_id
                for (customer_id,) in salon.execute(
                    f"""SELECT DISTINCT l.customer_id
                    FROM care_log l JOIN customer c ON c.id = l.customer_id
                    WHERE l.voided_at IS NULL AND {kept(chart_filter)}
                    AND strftime('%Y-%m', l.visited_at, {shift}) = ?""",
                    (visits_bar.key,),
                )
            }
            assert visits_bar.ids is None and visits_bar.customer_ids == came
            assert len(new_bar.customer_ids) == new_bar.count
            assert new_bar.customer_ids <= came


def test_value_matches_a_recount(salon: sqlite3.Connection) -> None:
    for chart_filter in filters():
        days = chart_filter.window_days or 365
        since = TODAY - dt.timedelta(days=days - 1)
        spend = dict(
            salon.execute(
                f"""SELECT c.id,
                  COALESCE((SELECT SUM(amount_fen) FROM care_log l WHERE l.customer_id = c.id
                            AND l.voided_at IS NULL AND l.visited_at >= '{day_start(since)}'), 0)
                + COALESCE((SELECT SUM(amount_paid_fen) FROM card k WHERE k.customer_id = c.id
                            AND k.voided_at IS NULL AND k.purchased_on >= '{since}'), 0)
                FROM customer c WHERE {kept(chart_filter)}"""
            ).fetchall()
        )
        ranked = sorted((fen for fen in spend.values() if fen > 0), reverse=True)
        top = round(len(ranked) * 0.2)
        found = charts.figures(TODAY, chart_filter)
        assert found.spend_sorted_fen == ranked
        assert found.top_share == pytest.approx(sum(ranked[:top]) / sum(ranked))
        counts = {bar.key: bar.count for bar in found.value_groups}
        assert counts["high"] == top
        assert counts["none"] == sum(fen <= 0 for fen in spend.values())
        assert sum(counts.values()) == len(spend)


def test_every_bar_lists_as_many_customers_as_it_counts(salon: sqlite3.Connection) -> None:
    found = charts.figures(TODAY)
    bars = [*found.groups, *found.psychology, *found.personality, *found.trait]
    for bar in [*bars, *found.value_groups]:
        assert (
            count_customers(CustomerQuery(only_ids=bar.customer_ids))
            == bar.count
            == len(bar.customer_ids)
        )
    assert Customer.select().count() == 160  # the archived three exist, but count nowhere
    assert sum(bar.count for bar in found.groups) == 157


def test_stats_command_prints_the_same_figures(salon, db_path: Path, capsys) -> None:
    expected = charts.as_json_ready(charts.figures(dt.date.today()))
    assert app.main(["stats", "--db", str(db_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(json.dumps(expected))
    assert printed["groups"][0]["key"] == "key"
    assert {bar["key"] for bar in printed["psychology"]} >= {"vanity", "belonging", "none"}
    assert app.main(["stats", "--db", str(db_path.with_name("missing.db")), "--json"]) == 2


def test_the_sql_groups_and_overdue_agree_with_the_frequency_table(salon) -> None:
    """The charts classify in SQL (frequency_sql), the frequency tab in Python
    (frequency_rules): customer by customer, both say the same."""
    for chart_filter in filters():
        rules = dataclasses.replace(load_rules(), window_days=chart_filter.window_days or 180)
        scope = Scope(TODAY, rules, chart_filter.staff_id)
        rows = [
            row
            for row in frequency.visit_statistics(TODAY, rules)
            if chart_filter.staff_id in (None, row.staff_id)
        ]
        for group in Group:
            expected = {row.customer_id for row in rows if row.group is group}
            assert customers_where(scope, group=group) == expected, (chart_filter, group)
        late = {row.customer_id for row in rows if row.overdue}
        assert late and customers_where(scope, overdue=True) == late
        for bar in charts.figures(TODAY, chart_filter).groups:
            assert len(bar.marked_ids) == bar.marked


def test_sql_overdue_turns_the_day_after_the_threshold_as_the_table_does(manager_id) -> None:
    from tests.unit.history import add_visits

    rules = load_rules()  # the shop's 30 days × 2 for one visit; her own gap × 2 from three
    made = {
        label: customers.create_customer(customers.CustomerInput(name=label), manager_id)
        for label in ("六十天", "六十一天", "节奏正好", "节奏过了")
    }
    add_visits(made["六十天"], 60, today=TODAY)
    add_visits(made["六十一天"], 61, today=TODAY)
    add_visits(made["节奏正好"], 84, 63, 42, today=TODAY)  # every 21 days, 42 days away
    add_visits(made["节奏过了"], 85, 64, 43, today=TODAY)
    scope = Scope(TODAY, rules)
    table = {row.customer_id for row in frequency.visit_statistics(TODAY, rules) if row.overdue}
    assert (
        customers_where(scope, overdue=True)
        == table
        == {
            made["六十一天"],
            made["节奏过了"],
        }
    )


def test_a_part_is_counted_alone_and_added_to_the_others(salon: sqlite3.Connection) -> None:
    """The charts tab counts the part of the chart it shows, then adds the others as
    their charts are shown: the sum is what counting everything at once gives."""
    everything = charts.figures(TODAY)
    months = charts.figures(TODAY, parts=frozenset({charts.PART_MONTHS}))
    assert months.counted == {charts.PART_MONTHS} and months.groups == []
    assert counted(months.visits_by_month) == counted(everything.visits_by_month)
    cells = charts.figures(TODAY, parts=frozenset({charts.PART_CELLS}))
    assert cells.value_groups == [] and cells.visits_by_month == []
    merged = charts.with_part(
        charts.with_part(cells, months), charts.figures(TODAY, parts=frozenset({charts.PART_VALUE}))
    )
    assert merged.counted == {charts.PART_CELLS, charts.PART_MONTHS, charts.PART_VALUE}
    for name in ("groups", "psychology", "visits_by_month", "new_by_month", "value_groups"):
        assert counted(getattr(merged, name)) == counted(getattr(everything, name)), name
    assert merged.spend_sorted_fen == everything.spend_sorted_fen
    assert merged.top_share == everything.top_share


def test_visits_per_month_agree_with_a_count_per_month_on_either_engine(database) -> None:
    """A server puts each visit in its month in one pass (width_bucket); SQLite counts
    month by month: both give each month's valid visits, the edges included."""
    from salon_desk.store import visit_figures
    from salon_desk.store.models import CareLog

    demo.build_demo(customers=60, seed=3, today=TODAY)
    keys = charts.month_keys(TODAY)
    starts = charts._month_starts(keys)
    # A visit exactly at a month's first moment belongs to that month, not the one before.
    first = CareLog.select().where(CareLog.voided_at.is_null()).first()
    CareLog.update(visited_at=starts[5]).where(CareLog.id == first.id).execute()
    visit_figures.refresh([first.customer_id])  # a raw write: the kept figures follow
    found = charts.figures(TODAY, parts=frozenset({charts.PART_MONTHS})).visits_by_month
    expected = [
        CareLog.select()
        .where(
            CareLog.voided_at.is_null()
            & (CareLog.visited_at >= start)
            & (CareLog.visited_at < end)
            & CareLog.customer.in_(
                Customer.select(Customer.id).where(
                    Customer.archived_at.is_null() & Customer.erased_at.is_null()
                )
            )
        )
        .count()
        for start, end in itertools.pairwise(starts)
    ]
    assert [bar.count for bar in found] == expected and sum(expected) > 0
    assert [bar.key for bar in found] == keys
