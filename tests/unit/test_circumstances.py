"""Telling damage from circumstance (issue 13, items 4-7): a full disk, a read-only
folder or another program is never "damaged", never moves the file aside, and each says
what it is; a damaged file found after opening stops every save and offers a backup."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from salon_desk import app
from salon_desk.services import backups, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import (
    Circumstance,
    circumstance_of,
    close_db,
    open_db,
)
from salon_desk.store.models import Customer
from tests.conftest import fill_disk, make_read_only


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app would have shown in its message box."""
    shown: list[str] = []
    monkeypatch.setattr(app, "show_fatal", shown.append)
    return shown


def _shop(path: Path) -> None:
    open_db(path)
    for number in range(20):
        customers.create_customer(CustomerInput(name=f"顾客{number}", notes="备注" * 100), None)


def test_a_full_disk_says_so_and_loses_nothing_saved(small_disk: Path, qapp, told) -> None:
    db = small_disk / "shop.db"
    _shop(db)
    fill_disk(small_disk, leave_bytes=4096)
    with pytest.raises(Exception) as failure:
        for number in range(200):
            customers.create_customer(CustomerInput(name=f"新{number}", notes="长" * 3000), None)
    # Today it said "cannot rollback - no transaction is active".
    assert "disk is full" in str(failure.value)
    assert circumstance_of(failure.value) is Circumstance.DISK_FULL
    saved = Customer.select().count()
    assert saved >= 20
    app.install_excepthook()
    try:
        sys.excepthook(type(failure.value), failure.value, failure.value.__traceback__)
    finally:
        sys.excepthook = sys.__excepthook__
    assert told and told[0].startswith("The disk is full")
    close_db()
    open_db(db)
    assert Customer.select().count() == saved  # every acknowledged save is there


def test_a_read_only_folder_is_not_damage_and_is_refused_with_the_reason(
    small_disk: Path, qapp, told
) -> None:
    db = small_disk / "shop.db"
    _shop(db)
    close_db()
    make_read_only(small_disk)
    before = sorted(p.name for p in small_disk.iterdir())
    assert app.repair_if_damaged(db) is False
    assert sorted(p.name for p in small_disk.iterdir()) == before  # nothing is moved
    assert len(told) == 1 and "read-only" in told[0] and "damaged" not in told[0]
    message = app.open_database_or_explain(str(db))
    assert message is not None and "read-only" in message
    assert "damaged" not in message


def test_move_aside_in_a_read_only_folder_does_not_crash(
    small_disk: Path, qapp, told, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.test_backups import damage

    db = small_disk / "shop.db"
    _shop(db)
    backups.back_up(db, "manual")
    close_db()
    damage(db)
    make_read_only(small_disk)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert app.repair_if_damaged(db) is False
    assert db.exists() and told  # told why; the file stays where it was
