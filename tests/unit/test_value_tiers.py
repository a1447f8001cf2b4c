"""Issue 17.4: value tiers the shop defines, kept per customer and recounted from the
rows: by rank as the value chart ranks, by spend, by stored value."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import cards, care_log, catalogues, charts, customers, value_tiers
from salon_desk.services.cards import CardInput
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.value_tiers import Tier, TierRules, TiersInvalid
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CustomerValue, SchemaInfo

TODAY = dt.date.today()
YUAN = 100


@pytest.fixture
def facial(manager_id: int) -> int:
    return catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100 * YUAN, 30, True), manager_id
    )


def _visit(customer_id: int, yuan: int, facial: int, staff: int, days_ago: int = 3) -> int:
    when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(15))
    return care_log.log_care(
        CareEntryInput(customer_id, when, staff, (facial,), amount_fen=yuan * YUAN), staff
    )


def _spenders(manager_id: int, facial: int, amounts: list[int]) -> list[int]:
    made = []
    for number, yuan in enumerate(amounts):
        her = customers.create_customer(CustomerInput(name=f"顾客{number}"), manager_id)
        if yuan:
            _visit(her, yuan, facial, manager_id)
        made.append(her)
    return made


def _tiers(ids: list[int]) -> list[int | None]:
    return [value_tiers.tier_of(customer_id) for customer_id in ids]


def test_by_rank_the_tiers_are_the_value_charts_groups(manager_id: int, facial: int) -> None:
    ids = _spenders(manager_id, facial, [100, 900, 300, 0, 500, 700, 200, 1000, 400, 800, 600])
    assert value_tiers.ensure_fresh(TODAY)
    # Ten spenders: the top fifth (2), the next 30% (3), the other half (5); none for 0.
    assert _tiers(ids) == [2, 0, 2, None, 2, 1, 2, 0, 2, 1, 1]
    found = charts.figures(TODAY, charts.ChartFilter(365))
    bars = {bar.key: bar.customer_ids for bar in found.value_groups}
    for tier, key in enumerate(("high", "middle", "low")):
        assert {c for c in ids if value_tiers.tier_of(c) == tier} == bars[key]
    assert not value_tiers.ensure_fresh(TODAY)  # the same day and rules: kept


def test_by_spend_a_visit_moves_her_up_at_once(manager_id: int, facial: int) -> None:
    rules = TierRules(
        "spend", (Tier("", "金卡", 3000 * YUAN), Tier("", "银卡", 1000 * YUAN), Tier("", "普通", 0))
    )
    value_tiers.save_rules(rules, manager_id, TODAY)
    low, middle = _spenders(manager_id, facial, [0, 1500])
    value_tiers.ensure_fresh(TODAY)
    assert _tiers([low, middle]) == [2, 1]
    _visit(middle, 1600, facial, manager_id, days_ago=1)  # now ¥3,100 in the year
    assert _tiers([middle]) == [0]
    row = CustomerValue.get_by_id(middle)
    assert (row.spend_fen, row.as_of) == (3100 * YUAN, TODAY.toordinal())
    # A visit older than a year no longer counts, the next time everyone is counted.
    assert value_tiers.tier_of(low) == 2
    _visit(low, 5000, facial, manager_id, days_ago=400)
    value_tiers.refresh_all(TODAY)
    assert value_tiers.tier_of(low) == 2


def test_by_stored_value_what_is_left_on_her_cards(manager_id: int, facial: int) -> None:
    rules = TierRules("stored_value", (Tier("", "大额储值", 2000 * YUAN), Tier("", "储值", 1)))
    value_tiers.save_rules(rules, manager_id, TODAY)
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    value_tiers.ensure_fresh(TODAY)  # as the window counts when it starts
    assert value_tiers.tier_of(her) is None
    card = cards.sell_card(
        her,
        CardInput("stored_value", "储值卡", facial, 0, 2500 * YUAN, 2500 * YUAN, TODAY),
        manager_id,
    )
    assert value_tiers.tier_of(her) == 0
    when = dt.datetime.combine(TODAY, dt.time(10))
    care_log.log_care(
        CareEntryInput(her, when, manager_id, (facial,), card_id=card, card_amount_fen=800 * YUAN),
        manager_id,
    )
    assert value_tiers.tier_of(her) == 1  # ¥1,700 left
    assert CustomerValue.get_by_id(her).stored_fen == 1700 * YUAN


def test_changed_rules_or_another_day_count_everyone_again(manager_id: int, facial: int) -> None:
    ids = _spenders(manager_id, facial, [100, 200])
    value_tiers.ensure_fresh(TODAY)
    assert value_tiers.is_fresh(TODAY) and not value_tiers.is_fresh(TODAY + dt.timedelta(1))
    assert value_tiers.ensure_fresh(TODAY + dt.timedelta(1))
    halves = TierRules("rank", (Tier("", "前半", 50), Tier("", "后半", 100)))
    value_tiers.save_rules(halves, manager_id)
    assert _tiers(ids) == [1, 0]
    value_tiers.mark_stale()
    assert not value_tiers.is_fresh(TODAY)


@pytest.mark.parametrize(
    ("rules", "code", "row"),
    [
        (TierRules("mood", (Tier("", "a", 1),)), "tier_basis_unknown", None),
        (TierRules("rank", ()), "tier_count", None),
        (TierRules("rank", (Tier("", " ", 20),)), "tier_name_required", 0),
        (TierRules("rank", (Tier("", "a", 50), Tier("", "b", 20))), "tier_order", 1),
        (TierRules("rank", (Tier("", "a", 120),)), "tier_share", 0),
        (TierRules("spend", (Tier("", "a", 100), Tier("", "b", 100))), "tier_order", 1),
        (TierRules("spend", (Tier("", "a", -1),)), "tier_amount", 0),
    ],
)
def test_rules_that_cannot_work_are_refused(rules, code, row, manager_id: int) -> None:
    with pytest.raises(TiersInvalid) as refused:
        value_tiers.save_rules(rules, manager_id)
    assert (refused.value.code, refused.value.row) == (code, row)
    assert value_tiers.load_rules() == value_tiers.DEFAULT_RULES


def test_a_schema_19_file_gains_kept_values(manager_id: int, db_path: Path) -> None:
    close_db()
    with sqlite3.connect(db_path) as old:
        old.execute("DROP TABLE customer_value")
        old.execute("UPDATE schema_info SET version = 19")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert value_tiers.ensure_fresh(TODAY)
