"""A shop's file moved onto the chain's server (issue 16.5): everything copied with its
ids, checked table by table, the file left as it was, a server with a chain refused."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import accounts, cards, customers, demo, profile_fields, shops
from salon_desk.services.customers import CustomerInput
from salon_desk.store import visit_figures
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import CareLog, ChangeRecord, Customer, SchemaInfo, Staff
from salon_desk.store.move import MoveRefused, move_file_to_empty_server

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def shop_file(database: str, tmp_path: Path) -> Path:
    """A demo shop on its own file (referrals, cards, history, a PIN), then closed."""
    close_db()
    path = tmp_path / "jingan.db"
    open_db(path)
    demo.build_demo(customers=60, seed=5, today=dt.date(2026, 11, 20))
    accounts.set_pin(Staff.select(Staff.id).order_by(Staff.id).scalar(), "246813", None)
    close_db()
    return path


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _summary() -> tuple[object, ...]:
    with_referrer = Customer.select().where(Customer.referred_by.is_null(False)).count()
    balances = sorted(
        (card.id, card.sessions_left, card.balance_fen)
        for customer_id in [c.id for c in Customer.select(Customer.id)]
        for card in cards.card_statuses(customer_id)
    )
    return (
        Customer.select().count(),
        with_referrer,
        CareLog.select().count(),
        ChangeRecord.select().count(),
        tuple(balances),
    )


def test_a_shop_file_moves_whole_onto_an_empty_server(
    database: str, blank_database: str, shop_file: Path
) -> None:
    open_db(shop_file)
    in_file = _summary()
    close_db()
    before = _fingerprint(shop_file)
    open_db(blank_database)
    try:
        checks = move_file_to_empty_server(shop_file, "静安店")
        assert len(checks) >= 18 and all(check.same for check in checks)
        assert _summary() == in_file
        assert in_file[1] > 0  # referrals made it (written after every customer was in)
        assert visit_figures.differences() == []
        assert [shop.name for shop in shops.list_shops()] == ["静安店"]
        boss = Staff.select(Staff.id).order_by(Staff.id).scalar()
        assert accounts.sign_in(boss, "246813") == 0  # the PIN's hash and salt came across
        newest = Customer.select(Customer.id).order_by(Customer.id.desc()).scalar()
        later = customers.create_customer(CustomerInput(name="新客", phone="13700001111"), None)
        assert later == newest + 1  # the server's counters go on after the copied ids
        with pytest.raises(MoveRefused, match="already holds"):
            move_file_to_empty_server(shop_file)  # a second file: not beside a chain yet
    finally:
        close_db()
        open_db(database)
    assert _fingerprint(shop_file) == before  # the file was only read


def test_move_from_the_command_line(
    database: str, blank_database: str, shop_file: Path, capsys
) -> None:
    close_db()
    open_db(shop_file)  # a file from the version before shops: only its copy is upgraded
    SchemaInfo.update(version=10).execute()
    close_db()
    before = _fingerprint(shop_file)
    code = app.main(["move", "--from", str(shop_file), "--to", blank_database, "--shop", "静安店"])
    said = capsys.readouterr().out
    assert code == 0, said
    assert "each the same row count and checksum" in said
    assert "customer: 60 rows" in said
    assert _fingerprint(shop_file) == before  # the shop's file left as it was
    assert app.main(["move", "--from", str(shop_file), "--to", blank_database]) == 1
    assert "name the shop" in capsys.readouterr().err  # joining a chain needs the shop's name
    again = ["move", "--from", str(shop_file), "--to", blank_database, "--shop", "徐汇店"]
    assert app.main([*again, "--dry-run"]) == 0
    assert "dry run: nothing was changed" in capsys.readouterr().out
    assert app.main(["check", "--db", blank_database, "--deep"]) == 0
    open_db(database)


def test_a_server_database_someone_began_to_use_is_not_overwritten(
    database: str, blank_database: str, shop_file: Path
) -> None:
    from salon_desk.services import catalogues

    close_db()
    open_db(blank_database)
    try:
        catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
        with pytest.raises(MoveRefused, match="not new"):
            move_file_to_empty_server(shop_file)
        assert [m.name for m in catalogues.list_staff()] == ["林老板"]  # still there
        assert Customer.select().count() == 0
    finally:
        close_db()
        open_db(database)


@pytest.fixture
def second_shop_file(database: str, tmp_path: Path) -> Path:
    """Another salon's file: a demo of its own, plus the chain's customer 王芳 (same phone,
    written 王芳芳 there) with her own visit and card."""
    from salon_desk.services import care_log, catalogues
    from salon_desk.services.cards import CardInput
    from salon_desk.services.care_log import CareEntryInput

    close_db()
    path = tmp_path / "xuhui.db"
    open_db(path)
    demo.build_demo(customers=30, seed=11, today=dt.date(2026, 11, 20))
    from salon_desk.services import profile_fields
    from salon_desk.services.profile_fields import FieldDef

    # Her shop fields: one the chain has too (发质, from the demo), one only this shop has.
    own = profile_fields.save_field(FieldDef(0, "会员卡号", "text"), None)
    hair = next(f.id for f in profile_fields.list_fields() if f.label == "发质")
    her = customers.create_customer(
        CustomerInput(name="王芳芳", phone="13755501111", shop_fields={hair: "干性", own: "XH-07"}),
        None,
    )
    staff = Staff.select(Staff.id).order_by(Staff.id).scalar()
    item = catalogues.list_service_items()[0].id
    card = cards.sell_card(
        her, CardInput(name="徐汇卡", sessions_bought=3, purchased_on=dt.date(2026, 11, 1)), staff
    )
    care_log.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime(2026, 11, 10, 15),
            beautician_id=staff,
            service_item_ids=(item,),
            card_id=card,
        ),
        staff,
    )
    close_db()
    return path


def test_a_second_shops_file_joins_the_chain_one_customer_one_file(
    database: str, blank_database: str, shop_file: Path, second_shop_file: Path
) -> None:
    from salon_desk.store.merge import merge_file_into_chain

    open_db(blank_database)
    try:
        move_file_to_empty_server(shop_file, "静安店")
        hair = next(f.id for f in profile_fields.list_fields() if f.label == "发质")
        wang = customers.create_customer(
            CustomerInput(name="王芳", phone="13755501111", shop_fields={hair: "油性"}), None
        )
        before = _summary()
        preview = merge_file_into_chain(second_shop_file, "徐汇店", dry_run=True)
        assert [(c[1], c[2]) for c in preview.same_customers] == [("王芳", "王芳芳")]
        assert _summary() == before and len(shops.list_shops()) == 1  # a dry run: nothing
        report = merge_file_into_chain(second_shop_file, "徐汇店")
        assert report.whole and report.added["customer"] == 30  # 31 in the file, 1 the same
        assert report.added["type_mark"] == report.expected["type_mark"] > 0  # traits (17.3)
        assert sorted(report.staff_matched) == sorted(s.name for s in Staff.select())  # demo staff
        assert [shop.name for shop in shops.list_shops()] == ["静安店", "徐汇店"]
        her_cards = cards.card_statuses(wang)
        assert [(c.name, c.sessions_left, c.shop_id) for c in her_cards] == [
            ("徐汇卡", 2, report.shop_id)
        ]
        assert CareLog.select().where(CareLog.customer == wang).count() == 1
        # Her shop fields: the chain's 发质 stays hers, the shop's own field joins the chain.
        (own,) = [f for f in profile_fields.list_fields() if f.label == "会员卡号"]
        assert customers.get_customer(wang).data.shop_fields == {hair: "油性", own.id: "XH-07"}
        assert (
            ChangeRecord.select()
            .where((ChangeRecord.customer == wang) & (ChangeRecord.field == own.key))
            .exists()
        )  # her history names the field by the chain's id
        assert visit_figures.differences() == []
        assert Customer.select().count() == before[0] + 30
        later = customers.create_customer(CustomerInput(name="新客", phone="13700009999"), None)
        assert later == Customer.select(Customer.id).order_by(Customer.id.desc()).scalar()
    finally:
        close_db()
        open_db(database)
