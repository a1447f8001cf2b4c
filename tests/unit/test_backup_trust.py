"""Backups that can be trusted: written whole or not at all, only sound ones counted,
never restored from a newer Salon Desk (issue 13, items 1-3)."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salon_desk.services import backups, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.backup import BackupFailed, backups_folder, copy_problem
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Customer
from tests.conftest import fill_disk

KILLS = int(os.environ.get("SALON_DESK_BACKUP_KILLS", "50"))


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _shop(path: Path, people: int = 30) -> None:
    open_db(path)
    for number in range(people):
        customers.create_customer(CustomerInput(name=f"顾客{number}", notes="备注" * 200), None)


def test_a_full_disk_leaves_no_file_under_a_backup_name(small_disk: Path) -> None:
    db = small_disk / "shop.db"
    _shop(db)
    folder = backups_folder(db)
    folder.mkdir()
    fill_disk(small_disk, leave_bytes=64 * 1024)
    with pytest.raises(BackupFailed):
        backups.back_up(db, "manual")
    assert _names(folder) == []  # no 0-byte "backup", no partial, no journal
    assert backups.newest_good_backup(db) is None


def _backup_forever(db: Path) -> subprocess.Popen[str]:
    code = (
        "import sys; from pathlib import Path; from salon_desk.store.backup import "
        "backup_sqlite\nwhile True: backup_sqlite(Path(sys.argv[1]), 'manual')"
    )
    return subprocess.Popen([sys.executable, "-c", code, str(db)], text=True)


@pytest.mark.slow
def test_killed_backups_leave_nothing_under_a_backup_name(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    _shop(db, people=200)
    close_db()
    rng = random.Random(13)
    folder = backups_folder(db)
    for _ in range(KILLS):
        writer = _backup_forever(db)
        time.sleep(rng.uniform(0.02, 0.3))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        for backup in backups.list_backups(db):  # everything under a backup name is whole
            assert copy_problem(backup.path) == "", backup.path.name
        assert not [n for n in _names(folder) if n.endswith("-journal") and n[0] != "."]
    backups.back_up(db, "manual", keep=1000)  # the next backup clears the leftovers
    assert [n for n in _names(folder) if n.startswith(".")] == []


def _stamp(path: Path, when: dt.datetime, db: Path) -> Path:
    renamed = path.with_name(f"{db.stem}-x-{when:%Y%m%d-%H%M%S}-000000.db")
    path.rename(renamed)
    return renamed


def test_only_sound_backups_count(db_path: Path) -> None:
    customers.create_customer(CustomerInput(name="王芳"), None)
    today = dt.date(2026, 11, 23)
    good = [
        _stamp(backups.back_up(db_path, "x", keep=1000), dt.datetime(2026, 11, d, 9), db_path)
        for d in (1, 2, 3)
    ]
    # Ten broken files under valid names, all newer: what killed or full-disk backups of
    # earlier versions left.
    folder = backups_folder(db_path)
    for day in range(10, 20):
        broken = folder / f"{db_path.stem}-manual-202611{day}-090000-000000.db"
        broken.write_bytes(b"" if day % 2 else b"SQLite format 3\0" + b"\x01" * 200)
    today_broken = folder / f"{db_path.stem}-daily-20261123-080000-000000.db"
    today_broken.write_bytes(b"")

    assert backups.daily_backup(db_path, today) is not None  # a broken one is no backup
    assert backups.newest_good_backup(db_path).path not in {today_broken}
    backups.prune(db_path, keep=2, today=today)
    left = {b.path for b in backups.list_backups(db_path)}
    assert good[2] in left  # the newest good one of the old three survives the broken ten
    assert not any(p.name.startswith(f"{db_path.stem}-manual-202611") for p in left)
    assert all(backups.is_sound(b) for b in backups.list_backups(db_path))


def test_monthly_copies_are_kept_for_a_year_not_for_ever(db_path: Path) -> None:
    today = dt.date(2026, 11, 23)
    months = [(2025, m) for m in range(6, 13)] + [(2026, m) for m in range(1, 12)]
    for year, month in months:
        _stamp(backups.back_up(db_path, "x", keep=1000), dt.datetime(year, month, 15), db_path)
    backups.prune(db_path, keep=1, months=12, today=today)
    kept = sorted((b.taken_at.year, b.taken_at.month) for b in backups.list_backups(db_path))
    assert kept == [(2025, 12)] + [(2026, m) for m in range(1, 12)]
    backups.set_months_kept(3, None)
    assert backups.months_kept() == 3


def test_restore_refuses_a_newer_schema_before_touching_anything(db_path: Path) -> None:
    customers.create_customer(CustomerInput(name="王芳"), None)
    newer = backups.back_up(db_path, "manual")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE schema_info SET version = 99")
    customers.create_customer(CustomerInput(name="曾丽"), None)
    close_db()
    before = db_path.read_bytes()
    count_before = len(backups.list_backups(db_path))
    with pytest.raises(backups.RestoreRefused, match="newer"):
        backups.restore(db_path, newer)
    assert db_path.read_bytes() == before
    assert len(backups.list_backups(db_path)) == count_before  # not even a before-restore copy
    open_db(db_path)
    assert Customer.select().count() == 2


def test_the_restore_offer_names_the_date_and_the_customers(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from salon_desk import app
    from tests.unit.test_backups import damage

    for name in ("王芳", "曾丽", "张敏"):
        customers.create_customer(CustomerInput(name=name), None)
    good = backups.back_up(db_path, "manual")
    close_db()
    damage(db_path)
    asked: list[str] = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert app.repair_if_damaged(db_path) is False
    taken = backups.list_backups(db_path)[0].taken_at.strftime("%Y-%m-%d %H:%M")
    assert taken in asked[0] and "3 customers" in asked[0] and good.exists()
