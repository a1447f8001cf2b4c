"""Opening balances come over exactly (issue 14, second part)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import care_log, catalogues, customers
from salon_desk.services.cards import card_statuses
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Card

BALANCES = """顾客编号,卡名,卡类型,剩余次数,余额,到期日
KERT01,补水护理 × 10,次卡,4,,2027-06-30
KERT01,会员储值,储值卡,,"¥1,280.50",
COOM01,刮痧,次卡,0,,
NOBODY,补水护理 × 10,次卡,3,,
"""

# The import command speaks through Qt's translations: one QApplication for the session.
pytestmark = pytest.mark.usefixtures("qapp")


def test_opening_balances_become_cards_that_visits_spend(
    db_path: Path, manager_id: int, tmp_path: Path, capsys
) -> None:
    her = customers.create_customer(CustomerInput(name="Kerry", legacy_code="KERT01"), manager_id)
    customers.create_customer(CustomerInput(name="Coom", legacy_code="COOM01"), manager_id)
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水护理", "面部", 29_800, 60, True), manager_id
    )
    path = tmp_path / "balances.csv"
    path.write_text(BALANCES, encoding="utf-8")
    close_db()
    argv = ["import", "--kind", "balances", "--db", str(db_path), str(path)]
    assert app.main(argv) == 2  # two rows refused: nothing left, and a code not on file
    out = capsys.readouterr().out
    assert "row 4\tnothing_left" in out and "row 5\tno_customer\tNOBODY" in out
    open_db(db_path)
    statuses = {c.name: c for c in card_statuses(her)}
    assert statuses["补水护理 × 10"].sessions_left == 4
    assert statuses["补水护理 × 10"].expires_on == dt.date(2027, 6, 30)
    assert statuses["会员储值"].balance_fen == 128_050
    assert all(c.amount_paid_fen == 0 for c in statuses.values())  # not this year's revenue
    assert Card.select().where(Card.carried_over).count() == 2
    card = statuses["补水护理 × 10"].id
    care_log.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime.now().astimezone() - dt.timedelta(hours=1),
            beautician_id=manager_id,
            service_item_ids=(item,),
            card_id=card,
        ),
        manager_id,
    )
    assert {c.id: c for c in card_statuses(her)}[card].sessions_left == 3  # derived, as ever
    close_db()
    assert app.main(argv) == 2  # the same file again: the two cards are not doubled
    assert "0 cards to carry over; 2 already on file" in capsys.readouterr().out
    open_db(db_path)
    assert Card.select().count() == 2


def test_a_balances_mapping_is_saved_and_used(db_path: Path, tmp_path: Path, capsys) -> None:
    customers.create_customer(CustomerInput(name="Kerry", legacy_code="KERT01"), None)
    close_db()
    path = tmp_path / "balances.csv"
    path.write_text("顾客编号,卡名,剩余次数\nKERT01,补水 × 10,4\n", encoding="utf-8")
    saved = tmp_path / "cards.toml"
    argv = ["import", "--kind", "balances", "--db", str(db_path), str(path), "--dry-run"]
    assert app.main([*argv, "--save-map", str(saved)]) == 0
    assert 'kind = "balances"' in saved.read_text(encoding="utf-8")
    capsys.readouterr()
    assert app.main([*argv, "--map", str(saved)]) == 0
    assert "1 cards to carry over" in capsys.readouterr().out
    open_db(db_path)
