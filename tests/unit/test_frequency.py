"""Visit statistics and groups with a fixed today and hand-built histories."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections import defaultdict

import pytest

from salon_desk.services import customers, demo, frequency
from salon_desk.services.clock import day_start, from_stored
from salon_desk.services.customers import CustomerInput
from salon_desk.services.frequency_rules import (
    FrequencyRules,
    Group,
    RuleProblem,
    RulesInvalid,
    group_for,
    is_overdue,
    load_rules,
    save_rules,
    validate_rules,
)
from salon_desk.store.models import Card, CareLog, Complaint, utc_now
from salon_desk.store.visit_figures import usual_gap
from tests.unit import history

TODAY = dt.date(2026, 11, 23)
RULES = FrequencyRules()


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def add_visits(customer_id: int, *days_back: int, **extra: object) -> None:
    history.add_visits(customer_id, *days_back, today=TODAY, **extra)


def stats_of(customer_id: int, rules: FrequencyRules = RULES) -> frequency.FrequencyRow:
    rows = frequency.visit_statistics(TODAY, rules)
    return next(row for row in rows if row.customer_id == customer_id)


@pytest.fixture
def new_customer(manager_id: int):
    phones = iter(f"1380013{n:04d}" for n in range(1000))

    def create(name: str = "张慧敏") -> int:
        return customers.create_customer(CustomerInput(name=name, phone=next(phones)), manager_id)

    return create


@pytest.mark.parametrize(
    ("ever", "in_window", "group"),
    [
        (0, 0, Group.NEW),
        (1, 1, Group.NEW),
        (1, 0, Group.FOLLOW_UP),  # one visit long ago (付媛, 524 days) is not "new"
        (2, 2, Group.FOLLOW_UP),
        (9, 2, Group.FOLLOW_UP),
        (3, 3, Group.POTENTIAL),
        (5, 5, Group.POTENTIAL),
        (6, 6, Group.KEY),
        (40, 12, Group.KEY),
    ],
)
def test_group_edges(ever: int, in_window: int, group: Group) -> None:
    assert group_for(ever, in_window, RULES) is group


def test_usual_gap_is_the_median() -> None:
    assert usual_gap([]) is None
    assert usual_gap([21]) == 21
    assert usual_gap([20, 22, 200]) == 22  # a long absence does not drag it
    assert usual_gap([7, 14, 21, 100]) == 17.5


def test_overdue_edges() -> None:
    # Own rhythm: every 21 days, factor 2 → overdue after 42 days.
    assert not is_overdue(3, 42, 21.0, RULES)
    assert is_overdue(3, 43, 21.0, RULES)
    # Two visits: too few for a rhythm, the shop's 30 days × 2 applies.
    assert not is_overdue(2, 60, 5.0, RULES)
    assert is_overdue(2, 61, 5.0, RULES)
    # Never came: new, not overdue.
    assert not is_overdue(0, None, None, RULES)


def test_rules_are_data_the_shop_sets(database) -> None:
    assert load_rules() == FrequencyRules()
    mine = FrequencyRules(window_days=90, key_min_visits=4, potential_min_visits=2)
    save_rules(mine)
    assert load_rules() == mine
    with pytest.raises(RulesInvalid) as refused:
        save_rules(FrequencyRules(key_min_visits=3, potential_min_visits=3))
    assert refused.value.errors == {"potential_min_visits": RuleProblem.POTENTIAL_NOT_BELOW_KEY}
    assert validate_rules(FrequencyRules(overdue_factor=0.5)) == {
        "overdue_factor": RuleProblem.OUT_OF_RANGE
    }


def test_window_edges_and_groups_from_the_log(new_customer) -> None:
    key = new_customer("甲")
    add_visits(key, 0, 30, 60, 90, 120, 179)  # 179 days ago is the window's first day
    potential = new_customer("乙")
    add_visits(potential, 10, 40, 179, 180)  # 180 days ago is outside
    follow_up = new_customer("丙")
    add_visits(follow_up, 100, 300, 400)
    newcomer = new_customer("丁")
    add_visits(newcomer, 3)
    never = new_customer("戊")
    assert stats_of(key).visits_in_window == 6
    assert stats_of(key).group is Group.KEY
    assert (stats_of(potential).visits_ever, stats_of(potential).visits_in_window) == (4, 3)
    assert stats_of(potential).group is Group.POTENTIAL
    assert stats_of(follow_up).group is Group.FOLLOW_UP
    assert stats_of(newcomer).group is Group.NEW
    assert stats_of(never).group is Group.NEW
    assert stats_of(never).last_visit is None and not stats_of(never).overdue
    # Thresholds from settings move the same customer to another group.
    assert stats_of(potential, FrequencyRules(key_min_visits=3, potential_min_visits=2)).group is (
        Group.KEY
    )


def test_rhythm_overdue_and_the_file_signals(new_customer, manager_id: int) -> None:
    regular = new_customer()
    add_visits(regular, 63, 84, 105, 126, 150, amount_fen=10_000, satisfaction=2)
    card = Card.create(
        customer=regular, name="补水 × 10", sessions_bought=10, purchased_on=days_ago(200)
    )
    CareLog.update(card=card.id, card_sessions_used=1).where(CareLog.customer == regular).execute()
    Complaint.create(customer=regular, received_on=dt.date(2026, 10, 3), description="等太久")
    Complaint.create(
        customer=regular, received_on=dt.date(2026, 9, 1), description="推销", status="handling"
    )
    Complaint.create(
        customer=regular, received_on=dt.date(2026, 8, 1), description="贵", status="closed"
    )
    row = stats_of(regular)
    assert row.typical_days == 21  # gaps 24, 21, 21, 21 → median 21
    assert row.own_rhythm and row.overdue_after_days == 42
    assert row.days_since_last == 63 and row.overdue
    assert row.signals.sessions_left == 5
    assert row.signals.complaint_open_since == dt.date(2026, 9, 1)  # oldest not closed
    assert row.signals.last_satisfaction == 2
    assert row.spend_in_window_fen == 50_000

    steady = new_customer("王芳")
    add_visits(steady, 40, 61, 82, satisfaction=5)
    assert stats_of(steady).typical_days == 21 and not stats_of(steady).overdue
    assert stats_of(steady).signals == frequency.FileSignals()

    twice = new_customer("曾丽")
    add_visits(twice, 61, 65)
    assert not stats_of(twice).own_rhythm
    assert stats_of(twice).overdue_after_days == 60 and stats_of(twice).overdue


def test_archived_customers_and_voided_entries_do_not_count(new_customer, manager_id) -> None:
    gone = new_customer()
    add_visits(gone, 5)
    customers.set_archived(gone, True, manager_id)
    kept = new_customer("王芳")
    add_visits(kept, 5, 20)
    add_visits(kept, 1, voided_at=utc_now(), void_reason="录错")
    rows = frequency.visit_statistics(TODAY, RULES)
    assert [row.customer_id for row in rows] == [kept]
    assert rows[0].visits_ever == 2 and rows[0].days_since_last == 5


def test_numbers_match_a_straightforward_recount(database) -> None:
    demo.build_demo(customers=150, seed=7, today=TODAY)
    rows = {row.customer_id: row for row in frequency.visit_statistics(TODAY, RULES)}
    since = day_start(frequency.window_start(TODAY, RULES))
    visits: dict[int, list[dt.datetime]] = defaultdict(list)
    cash: dict[int, int] = defaultdict(int)
    for customer_id, at, amount in (
        CareLog.select(CareLog.customer, CareLog.visited_at, CareLog.amount_fen)
        .where(CareLog.voided_at.is_null())
        .tuples()
    ):
        visits[customer_id].append(at)
        cash[customer_id] += amount if at >= since else 0
    for card in Card.select().where(Card.voided_at.is_null()):
        if card.purchased_on >= frequency.window_start(TODAY, RULES):
            cash[card.customer_id] += card.amount_paid_fen
    assert len(rows) == 150
    overdue = 0
    for customer_id, row in rows.items():
        days = sorted(from_stored(at).date() for at in visits[customer_id])
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        assert row.visits_ever == len(days)
        assert row.visits_in_window == sum(at >= since for at in visits[customer_id])
        assert row.typical_days == (statistics.median(gaps) if gaps else None)
        assert row.days_since_last == ((TODAY - days[-1]).days if days else None)
        assert row.spend_in_window_fen == cash[customer_id]
        assert row.group is group_for(len(days), row.visits_in_window, RULES)
        overdue += row.overdue
    assert 0 < overdue < 150


def test_local_days_follow_the_salon_clock(monkeypatch) -> None:
    """16:00 UTC on 1 January is 00:00 on 2 January in Beijing: another day there (the
    kept figures' last visit day and usual gap are counted in these days)."""
    import time

    from salon_desk.store.visit_figures import _local_day

    for zone, stamps, apart in (
        ("Asia/Shanghai", ("2026-01-01 15:59:00", "2026-01-01 16:00:00"), 1),
        ("UTC", ("2026-01-01 00:00:00", "2026-01-01 23:59:00"), 0),
    ):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        late, next_morning = (_local_day(dt.datetime.fromisoformat(stamp)) for stamp in stamps)
        assert (next_morning - late).days == apart
    monkeypatch.undo()
    time.tzset()
