"""A shop's file moved onto the chain's server (issue 16.5): everything copied with its
ids, checked table by table, the file left as it was, a server with a chain refused."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import accounts, cards, customers, demo, shops
from salon_desk.services.customers import CustomerInput
from salon_desk.store import visit_figures
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import CareLog, ChangeRecord, Customer, Staff
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
    code = app.main(["move", "--from", str(shop_file), "--to", blank_database, "--shop", "静安店"])
    said = capsys.readouterr().out
    assert code == 0, said
    assert "each the same row count and checksum" in said
    assert "customer: 60 rows" in said
    assert app.main(["move", "--from", str(shop_file), "--to", blank_database]) == 1
    assert "already holds" in capsys.readouterr().err
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
