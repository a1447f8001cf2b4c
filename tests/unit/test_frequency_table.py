"""The frequency table's order, filters and counts in SQL (services/frequency_table.py)
agree with the rows ``visit_statistics`` gives, customer by customer, on either engine."""

from __future__ import annotations

import datetime as dt

import pytest

from salon_desk.services import customers, demo, frequency
from salon_desk.services.frequency_rules import Group, load_rules
from salon_desk.services.frequency_sql import Scope
from salon_desk.services.frequency_table import FrequencySort, TableQuery, table_order
from salon_desk.store.models import (
    Customer,
    CustomerRetention,
    CustomerType,
    RetentionFit,
    Staff,
    TypeMark,
)

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def rows(database, manager_id: int) -> list[frequency.FrequencyRow]:
    demo.build_demo(customers=120, seed=7, today=TODAY)
    for customer_id in (3, 30):  # archived: in no count and no row
        customers.set_archived(customer_id, True, manager_id)
    # The retention model's figures for two customers in three (19.5), as a trusted fit
    # keeps them; the others have none and sort last.
    fit = RetentionFit.create(
        as_of=TODAY, r=1.0, alpha=30.0, a=0.7, b=3.0, log_likelihood=-1.0, customers=120,
        returning=100, history_days=700.0, trusted=True,
    )  # fmt: skip
    ids = [c.id for c in Customer.select(Customer.id) if c.id % 3]
    CustomerRetention.insert_many(
        [{"customer": i, "p_alive": (i * 37 % 100) / 100, "expected_90": (i * 13 % 50) / 10,
          "as_of": TODAY, "fit": fit.id} for i in ids]
    ).execute()  # fmt: skip
    return frequency.visit_statistics(TODAY)


def _python_key(sort: FrequencySort, rows: list[frequency.FrequencyRow]):
    """What each sort means, stated on the Python rows (None: an empty value)."""
    names = {c.id: c.name_sort for c in Customer.select(Customer.id, Customer.name_sort)}
    staff = {s.id: s.name_sort for s in Staff.select(Staff.id, Staff.name_sort)}
    types = {t.id: t.sort_order for t in CustomerType.select()}
    return {
        FrequencySort.NAME: lambda r: names[r.customer_id],
        FrequencySort.PHONE: lambda r: r.phone,
        FrequencySort.GROUP: lambda r: list(Group).index(r.group),
        FrequencySort.VISITS_IN_WINDOW: lambda r: r.visits_in_window,
        FrequencySort.USUAL_GAP: lambda r: r.typical_days,
        FrequencySort.DAYS_AWAY: lambda r: r.days_since_last,
        FrequencySort.OVERDUE: lambda r: (r.overdue, r.days_since_last or 0),
        FrequencySort.STAFF: lambda r: staff.get(r.staff_id),
        FrequencySort.PSYCHOLOGY: lambda r: types.get(r.psychology_type_id),
        FrequencySort.PERSONALITY: lambda r: types.get(r.personality_type_id),
        FrequencySort.SPEND_IN_WINDOW: lambda r: r.spend_in_window_fen,
        FrequencySort.OPEN_CALLS: lambda r: r.open_calls,
        FrequencySort.VALUE_TIER: lambda r: r.value_tier,
        FrequencySort.P_ALIVE: lambda r: r.p_alive,
        FrequencySort.EXPECTED_VISITS: lambda r: r.expected_90,
    }[sort]


@pytest.mark.parametrize("sort", list(FrequencySort))
def test_every_sort_orders_as_the_rows_say(rows, sort: FrequencySort) -> None:
    key = _python_key(sort, rows)
    scope = Scope(TODAY, load_rules())
    for descending in (False, True):
        found = table_order(TableQuery(scope, sort=sort, descending=descending))
        present = sorted(
            (row for row in rows if key(row) is not None),
            key=lambda row: row.customer_id,
        )
        present.sort(key=key, reverse=descending)  # stable: ties stay in id order
        blanks = sorted(row.customer_id for row in rows if key(row) is None)
        assert list(found.ids) == [row.customer_id for row in present] + blanks, (
            sort,
            descending,
        )


def test_filters_and_counts_agree_with_the_rows(rows) -> None:
    scope = Scope(TODAY, load_rules())
    everyone = table_order(TableQuery(scope))
    assert everyone.everyone == len(rows) == len(everyone.ids)
    assert everyone.counts == {g: sum(r.group is g for r in rows) for g in Group}
    assert everyone.overdue_count == sum(r.overdue for r in rows) > 0
    late = {r.customer_id for r in rows if r.overdue}
    assert {i for i, flag in zip(everyone.ids, everyone.overdue, strict=True) if flag} == late
    staff_id = next(r.staff_id for r in rows if r.staff_id is not None)
    for group in Group:
        for overdue_only in (False, True):
            query = TableQuery(scope, group=group, staff_id=staff_id, overdue_only=overdue_only)
            found = table_order(query)
            expected = {
                r.customer_id
                for r in rows
                if r.group is group and r.staff_id == staff_id and (r.overdue or not overdue_only)
            }
            assert set(found.ids) == expected, (group, overdue_only)
            assert found.counts == everyone.counts  # the counts are the shop's, unfiltered


def test_value_tier_and_type_combine_with_group_and_overdue(rows) -> None:
    """17.4: high value AND overdue AND a type, as the call assignment asks."""
    scope = Scope(TODAY, load_rules())
    holders = type_holders_from_rows()
    assert any(r.value_tier == 0 for r in rows)  # the demo counted its tiers
    for type_id, holding in holders.items():
        for tier in (0, 1, None):
            query = TableQuery(scope, overdue_only=True, value_tier=tier, type_id=type_id)
            expected = {
                r.customer_id
                for r in rows
                if r.overdue and (tier is None or r.value_tier == tier) and r.customer_id in holding
            }
            assert set(table_order(query).ids) == expected, (type_id, tier)
    assert any(holders.values())


def type_holders_from_rows() -> dict[int, set[int]]:
    """Each type's holders read from the rows and marks themselves (a first type on her
    row, a further one in type_mark)."""
    holders: dict[int, set[int]] = {t.id: set() for t in CustomerType.select()}
    for customer_id, first, second in Customer.select(
        Customer.id, Customer.psychology_type, Customer.personality_type
    ).tuples():
        for type_id in (first, second):
            if type_id is not None:
                holders[type_id].add(customer_id)
    for customer_id, type_id in TypeMark.select(TypeMark.customer, TypeMark.type).tuples():
        holders[type_id].add(customer_id)
    return holders
