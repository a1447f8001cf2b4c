"""Backups on their own schedule, pruning, restore, integrity checks and their commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salon_desk import app
from salon_desk.services import backups, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.backup import backups_folder
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Customer


def stamp(path: Path, when: dt.datetime) -> Path:
    """Rename a backup as if it had been taken at ``when``."""
    renamed = path.with_name(f"salon-old-{when:%Y%m%d-%H%M%S}-000000.db")
    path.rename(renamed)
    return renamed


def test_daily_backup_once_a_day_and_pruning(db_path: Path) -> None:
    assert backups.daily_backup(db_path, dt.date(2026, 11, 23)) is not None
    for backup in backups.list_backups(db_path):  # taken "today" by the clock; say when
        stamp(backup.path, dt.datetime(2026, 11, 23, 9))
    assert backups.daily_backup(db_path, dt.date(2026, 11, 23)) is None
    taken = [dt.datetime(2026, month, 1, 9) for month in (8, 9, 10)] + [
        dt.datetime(2026, 11, day, 9) for day in range(2, 22)
    ]
    for when in taken:
        stamp(backups.back_up(db_path, "x", keep=1000), when)
    removed = backups.prune(db_path, keep=5)
    left = [b.taken_at for b in backups.list_backups(db_path)]
    assert left[:5] == [
        dt.datetime(2026, 11, 23, 9),
        *[dt.datetime(2026, 11, day, 9) for day in (21, 20, 19, 18)],
    ]
    assert left[5:] == [dt.datetime(2026, month, 1, 9) for month in (10, 9, 8)]  # one a month
    assert len(removed) == len(taken) + 1 - len(left)


def test_restore_backs_up_first_and_brings_the_old_content_back(db_path: Path, manager_id):
    customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    copy = backups.back_up(db_path, "manual")
    customers.create_customer(CustomerInput(name="曾丽", phone="13912340000"), manager_id)
    close_db()
    saved = backups.restore(db_path, copy)
    assert saved is not None and "before-restore" in saved.name
    open_db(db_path)
    assert [c.name for c in Customer.select()] == ["王芳"]
    close_db()
    open_db(saved)
    assert Customer.select().count() == 2  # what was replaced is kept
    close_db()
    open_db(db_path)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 997):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_found_moved_aside_and_replaced(db_path: Path, manager_id) -> None:
    customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    good = backups.back_up(db_path, "manual")
    close_db()
    damage(db_path)
    assert backups.integrity_problems(db_path)
    assert backups.newest_good_backup(db_path).path == good
    assert app.main(["check", "--db", str(db_path)]) == 1
    aside = backups.move_aside(db_path)
    assert aside.exists() and not db_path.exists()
    assert app.main(["restore", "--db", str(db_path), str(good)]) == 0
    assert app.main(["check", "--db", str(db_path)]) == 0
    open_db(db_path)
    assert Customer.get().name == "王芳"


def test_backup_command(db_path: Path, capsys) -> None:
    close_db()
    assert app.main(["backup", "--db", str(db_path)]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == backups_folder(db_path) and oct(printed.stat().st_mode)[-3:] == "600"
    assert backups.integrity_problems(printed) == []
    assert app.main(["backup", "--db", str(db_path.with_name("none.db"))]) == 2
    open_db(db_path)
