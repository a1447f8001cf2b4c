"""Shops in the data (issue 16.1): every database has one; what happens at a PC records
this PC's shop; a card sold for its own shop pays only there; the owner runs the chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from salon_desk.services import (
    accounts,
    cards,
    care_log,
    catalogues,
    complaints,
    customers,
    follow_ups,
    shops,
)
from salon_desk.services.cards import CardInput, CardProblem
from salon_desk.services.care_log import CareEntryInput, EntryInvalid
from salon_desk.services.customers import CustomerInput
from salon_desk.services.permissions import Permission, PermissionDenied, allowed
from salon_desk.services.shops import ShopInvalid, ShopProblem, ShopRow
from salon_desk.store.database import close_db, db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import Card, CareLog, Complaint, Customer, FollowUp, SchemaInfo, Staff

NOW = dt.datetime.now().replace(microsecond=0)


@pytest.fixture(autouse=True)
def _no_shop_chosen() -> Iterator[None]:
    shops.use_shop(None)
    yield
    shops.use_shop(None)


@pytest.fixture
def facial(manager_id: int) -> int:
    return catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100, 30, True), manager_id
    )


def _visit(her: int, staff: int, item: int, card: int | None = None, at: dt.datetime = NOW) -> int:
    entry = CareEntryInput(
        customer_id=her, visited_at=at, beautician_id=staff, service_item_ids=(item,), card_id=card
    )
    return care_log.log_care(entry, staff)


def test_a_single_salon_is_one_shop_and_everything_happens_in_it(
    manager_id: int, facial: int
) -> None:
    [own] = shops.list_shops()
    assert own.name == "" and not shops.is_chain() and shops.this_pc_shop() == own.id
    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    card = cards.sell_card(
        her, CardInput(name="补水五次", sessions_bought=5, purchased_on=NOW.date()), manager_id
    )
    entry = _visit(her, manager_id, facial, card)
    complaints.record_complaint(
        her, complaints.ComplaintInput(received_on=NOW.date(), description="等太久"), manager_id
    )
    follow_ups.assign_calls(
        follow_ups.CallRequest(customer_ids=[her], due_on=NOW.date()), manager_id
    )
    assert Customer.get_by_id(her).home_shop_id == own.id
    assert Card.get_by_id(card).shop_id == own.id
    assert CareLog.get_by_id(entry).shop_id == own.id
    assert {c.shop_id for c in Complaint.select()} == {own.id}
    assert {c.shop_id for c in FollowUp.select()} == {own.id}
    assert Staff.get_by_id(manager_id).shop_id == own.id


def test_the_manager_opens_the_second_shop_and_then_only_the_owner_adds_more(
    manager_id: int,
) -> None:
    [own] = shops.list_shops()
    with pytest.raises(ShopInvalid) as unnamed:
        shops.save_shop(ShopRow(0, "  "), manager_id)  # a chain tells its shops apart
    assert unnamed.value.errors == {"name": ShopProblem.NAME_REQUIRED}
    second = shops.save_shop(ShopRow(0, "徐汇店", "徐汇区天钥桥路 1 号"), manager_id)
    assert shops.is_chain()
    with pytest.raises(ShopInvalid) as nameless_first:
        shops.save_shop(ShopRow(own.id, ""), manager_id)
    assert nameless_first.value.errors == {"name": ShopProblem.NAME_REQUIRED}
    shops.save_shop(ShopRow(own.id, "静安店"), manager_id)  # renaming her own: settings
    with pytest.raises(PermissionDenied):
        shops.save_shop(ShopRow(0, "浦东店"), manager_id)
    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    with pytest.raises(ShopInvalid) as taken:
        shops.save_shop(ShopRow(0, "徐汇店"), owner)
    assert taken.value.errors == {"name": ShopProblem.NAME_TAKEN}
    third = shops.save_shop(ShopRow(0, "浦东店"), owner)
    assert [s.name for s in shops.list_shops()] == ["静安店", "徐汇店", "浦东店"]
    shops.save_shop(ShopRow(third, "浦东店", closed=True), owner)
    assert [s.id for s in shops.list_shops()] == [own.id, second]
    assert Staff.get_by_id(owner).shop_id is None  # the owner works in every shop
    assert all(allowed(owner, permission) for permission in Permission)
    assert not allowed(manager_id, Permission.SHOPS)
    assert accounts.needs_pin_to_sign_in(owner)


def test_what_happens_at_a_pc_records_its_shop(manager_id: int, facial: int) -> None:
    second = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    shops.use_shop(second)
    her = customers.create_customer(CustomerInput(name="曾丽", phone="13912340000"), manager_id)
    entry = _visit(her, manager_id, facial)
    assert Customer.get_by_id(her).home_shop_id == second
    assert CareLog.get_by_id(entry).shop_id == second
    shops.use_shop(None)
    care_log.update_care_log(  # a correction at the first shop leaves where it happened
        entry,
        CareEntryInput(
            customer_id=her,
            visited_at=NOW,
            beautician_id=manager_id,
            service_item_ids=(facial,),
            feedback="很舒服",
        ),
        care_log.get_entry(entry).data,
        manager_id,
    )
    assert CareLog.get_by_id(entry).shop_id == second


def test_a_card_for_its_own_shop_pays_only_there(manager_id: int, facial: int) -> None:
    first = shops.this_pc_shop()
    second = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    own_shop_only = cards.sell_card(
        her,
        CardInput(name="补水五次", sessions_bought=5, purchased_on=NOW.date(), chain_wide=False),
        manager_id,
    )
    everywhere = cards.sell_card(
        her, CardInput(name="补水十次", sessions_bought=10, purchased_on=NOW.date()), manager_id
    )
    shops.use_shop(second)
    with pytest.raises(EntryInvalid) as refused:
        _visit(her, manager_id, facial, own_shop_only)
    assert refused.value.errors == {"card": CardProblem.OTHER_SHOP}
    _visit(her, manager_id, facial, everywhere)  # a chain-wide card pays in any shop
    shops.use_shop(first)
    _visit(her, manager_id, facial, own_shop_only)
    left = {card.id: card.sessions_left for card in cards.card_statuses(her)}
    assert left == {own_shop_only: 4, everywhere: 9}


def test_an_older_file_gets_its_one_shop_on_everything(tmp_path: Path) -> None:
    path = tmp_path / "v10.db"
    open_db(path)
    staff = catalogues.save_staff(catalogues.StaffMember(0, "周店长", "manager", "", True), None)
    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), staff)
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100, 30, True), staff
    )
    card = cards.sell_card(
        her, CardInput(service_item_id=item, sessions_bought=10, purchased_on=NOW.date()), staff
    )
    _visit(her, staff, item, card)  # a visit paid by card: the entry refers to the card
    db.execute_sql("UPDATE customer SET home_shop_id = NULL")
    db.execute_sql("UPDATE staff SET shop_id = NULL")
    db.execute_sql("ALTER TABLE card DROP COLUMN chain_wide")  # as a v10 file has it
    SchemaInfo.update(version=10).execute()
    close_db()
    open_db(path)
    try:
        assert SchemaInfo.get().version == latest_version()
        [own] = shops.list_shops()
        assert Customer.get_by_id(her).home_shop_id == own.id
        assert Staff.get_by_id(staff).shop_id == own.id
        assert [status.sessions_left for status in cards.card_statuses(her)] == [9]
        assert Card.get_by_id(card).chain_wide  # every card usable everywhere, as it was
    finally:
        close_db()


def test_a_shops_screens_show_its_own_customers_and_those_who_came_lately(
    manager_id: int, facial: int
) -> None:
    from salon_desk.services import charts, frequency
    from salon_desk.services.customer_search import CustomerQuery, customer_ids

    jingan = shops.this_pc_shop()
    xuhui = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    own = customers.create_customer(CustomerInput(name="静安客", phone="13700000001"), None)
    shops.use_shop(xuhui)
    theirs = customers.create_customer(CustomerInput(name="徐汇客", phone="13700000002"), None)
    came_lately = customers.create_customer(CustomerInput(name="常来", phone="13700000003"), None)
    came_long_ago = customers.create_customer(CustomerInput(name="久远", phone="13700000004"), None)
    shops.use_shop(jingan)  # both visited the Jing'an shop, one of them two years ago
    _visit(came_lately, manager_id, facial)
    _visit(came_long_ago, manager_id, facial, at=NOW - dt.timedelta(days=730))
    everyone = {own, theirs, came_lately, came_long_ago}
    wanted = {jingan: {own, came_lately}, xuhui: {theirs, came_lately, came_long_ago}}
    assert customer_ids(CustomerQuery()) == everyone
    for shop, ids in wanted.items():
        assert customer_ids(CustomerQuery(shop_id=shop)) == ids
        assert {row.customer_id for row in frequency.visit_statistics(shop_id=shop)} == ids
        figures = charts.figures(chart_filter=charts.ChartFilter(shop_id=shop))
        assert sum(bar.count for bar in figures.groups) == len(ids)
        assert set().union(*(bar.customer_ids for bar in figures.groups)) == ids
    assert sum(bar.count for bar in charts.figures().groups) == len(everyone)
    side_by_side = charts.figures().shops_by_group  # one query for every shop
    for shop, ids in wanted.items():
        bars = side_by_side[str(shop)]
        assert sum(bar.count for bar in bars) == len(ids)
        assert set().union(*(bar.customer_ids for bar in bars)) == ids
    # A chart's own period counts visits; who belongs to a shop stays the shop's rule (a
    # visit 60 days ago, inside its 180 days), so each bar counts whom a click lists.
    shops.use_shop(xuhui)
    two_months = customers.create_customer(CustomerInput(name="两月", phone="13700000005"), None)
    shops.use_shop(jingan)
    _visit(two_months, manager_id, facial, at=NOW - dt.timedelta(days=60))
    short = charts.figures(chart_filter=charts.ChartFilter(window_days=30)).shops_by_group
    assert set().union(*(bar.customer_ids for bar in short[str(jingan)])) == {
        own,
        came_lately,
        two_months,
    }
    for bars in short.values():
        assert all(bar.count == len(bar.customer_ids) for bar in bars)


def test_a_shops_care_log_calls_and_complaints_are_what_happened_there(
    manager_id: int, facial: int
) -> None:
    from salon_desk.services import follow_up_lists
    from salon_desk.services.care_log_list import EntryFilter, fetch_entries

    jingan = shops.this_pc_shop()
    xuhui = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), None)
    here = _visit(her, manager_id, facial)
    complaints.record_complaint(
        her, complaints.ComplaintInput(received_on=NOW.date(), description="等太久"), manager_id
    )
    shops.use_shop(xuhui)
    there = _visit(her, manager_id, facial, at=NOW - dt.timedelta(hours=2))
    follow_ups.assign_calls(
        follow_ups.CallRequest(customer_ids=[her], due_on=NOW.date()), manager_id
    )
    for shop, entry, calls, received in ((jingan, here, 0, 1), (xuhui, there, 1, 0)):
        assert [row.id for row in fetch_entries(EntryFilter(shop_id=shop), 0, 50)] == [entry]
        assert len(follow_up_lists.open_calls(shop_id=shop)) == calls
        assert sum(load.open for load in follow_up_lists.overview(NOW.date(), shop)) == calls
        assert len(complaints.list_complaints(shop_id=shop)) == received
    assert len(fetch_entries(EntryFilter(), 0, 50)) == 2


def test_a_shop_keeps_its_own_settings_over_the_chains(manager_id: int) -> None:
    """The owner sets the chain's value; a store manager's change is her shop's alone."""
    import dataclasses

    from salon_desk.services import privacy
    from salon_desk.services.frequency_rules import load_rules, save_rules
    from salon_desk.store.models import Setting, ShopSetting

    save_rules(dataclasses.replace(load_rules(), window_days=120), manager_id)  # one salon
    assert ShopSetting.select().count() == 0 and Setting.select().count() == 1
    jingan = shops.this_pc_shop()
    xuhui = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)  # now a chain
    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    save_rules(dataclasses.replace(load_rules(), window_days=90), manager_id)  # her shop's
    assert load_rules().window_days == 90
    shops.use_shop(xuhui)
    assert load_rules().window_days == 120  # the chain's value in the other shop
    save_rules(dataclasses.replace(load_rules(), window_days=150), owner)  # the chain's
    privacy.set_masked_roles({"beautician"}, owner)
    assert load_rules().window_days == 150
    shops.use_shop(jingan)
    assert load_rules().window_days == 90  # her shop keeps its own
    assert privacy.masked_roles() == {"beautician"}  # what her shop never set: the chain's
    assert [(row.shop_id, row.key) for row in ShopSetting.select()] == [(jingan, "frequency_rules")]


def test_in_a_chain_a_store_manager_runs_her_own_shops_staff_and_the_owner_the_rest(
    manager_id: int, facial: int
) -> None:
    import dataclasses

    jingan = shops.this_pc_shop()
    xuhui = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    hers = catalogues.save_staff(
        catalogues.StaffMember(0, "陈美玲", "beautician", "", True), manager_id
    )
    assert Staff.get_by_id(hers).shop_id == jingan
    shops.use_shop(xuhui)
    theirs = catalogues.save_staff(
        catalogues.StaffMember(0, "吴晓燕", "beautician", "", True), owner
    )
    assert Staff.get_by_id(theirs).shop_id == xuhui
    with pytest.raises(PermissionDenied):  # another shop's staff member
        catalogues.save_staff(
            catalogues.StaffMember(theirs, "吴晓燕", "front_desk", "", True), manager_id
        )
    item = catalogues.list_service_items()[0]
    with pytest.raises(PermissionDenied):  # the chain's catalogue
        catalogues.save_service_item(dataclasses.replace(item, price_fen=99_00), manager_id)
    # Saving what she did not change is no change (Settings saves every row it shows).
    catalogues.save_staff(
        catalogues.StaffMember(theirs, "吴晓燕", "beautician", "", True), manager_id
    )
    catalogues.save_service_item(item, manager_id)
    catalogues.save_service_item(dataclasses.replace(item, price_fen=99_00), owner)
    assert catalogues.list_service_items()[0].price_fen == 99_00
