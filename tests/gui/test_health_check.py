"""The full check after the window shows (issue 13.6): a damaged file stops every save
and the newest sound backup is offered; a sound one gets today's backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from salon_desk.services import backups, catalogues, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import DatabaseError
from salon_desk.store.models import Customer
from salon_desk.ui.health_check import check_in_background
from salon_desk.ui.main_window import MainWindow

PROBLEM = ["*** in database main *** Page 7 is never used"]


def test_damage_found_after_opening_stops_saving_and_offers_the_backup(
    db_path: Path, qtbot, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    customers.create_customer(CustomerInput(name="王芳"), None)
    manager = catalogues.save_staff(catalogues.StaffMember(0, "周店长", "manager", "", True), None)
    good = backups.back_up(db_path, "manual")
    customers.create_customer(CustomerInput(name="后来的"), manager)
    window = MainWindow(manager, str(db_path))
    qtbot.addWidget(window)
    monkeypatch.setattr(
        backups, "integrity_problems", lambda path, quick=False: PROBLEM if path == db_path else []
    )
    answers.confirm = False
    check_in_background(window, db_path, manager)
    assert answers.asked == ["confirm:The database is damaged"]
    with pytest.raises(DatabaseError, match="damaged"):
        customers.create_customer(CustomerInput(name="不该保存"), manager)
    assert Customer.select().where(Customer.name == "不该保存").count() == 0

    answers.confirm = True
    check_in_background(window, db_path, manager)
    assert {c.name for c in Customer.select()} == {"王芳"}  # the copy, whole
    customers.create_customer(CustomerInput(name="恢复之后"), manager)  # saving again
    assert good.exists()


def test_a_sound_file_gets_its_daily_backup_after_the_check(db_path: Path, qapp) -> None:
    customers.create_customer(CustomerInput(name="王芳"), None)
    assert backups.list_backups(db_path) == []
    check_in_background(None, db_path, None)  # type: ignore[arg-type]
    assert [b.label for b in backups.list_backups(db_path)] == ["daily"]
