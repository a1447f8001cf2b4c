"""Kill a writing process at random moments: nothing committed is lost, nothing is half
written. Back up while it writes: the copy is sound and complete to that moment."""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salon_desk.services import backups, catalogues, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db

KILLS = int(os.environ.get("SALON_DESK_CRASH_KILLS", "100"))
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "crash.db"
    open_db(path)
    staff = catalogues.save_staff(catalogues.StaffMember(0, "陈美玲", "manager", "", True), None)
    catalogues.save_service_item(catalogues.ServiceItemRow(0, "补水", "", 100, 30, True), staff)
    customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), staff)
    close_db()
    return path


def start_writer(path: Path, customer_id: int = 1) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash.writer", str(path), str(customer_id)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def read_commits(writer: subprocess.Popen[str], count: int) -> tuple[set[int], int]:
    entries: set[int] = set()
    version = 0
    assert writer.stdout is not None
    while len(entries) < count:
        line = writer.stdout.readline()
        if not line:
            break
        kind, value = line.split()
        if kind == "entry":
            entries.add(int(value))
        else:
            version = int(value)
    return entries, version


def check_complete(path: Path, entries: set[int], version: int) -> None:
    assert backups.integrity_problems(path) == []
    raw = sqlite3.connect(path)
    try:
        stored = {row[0] for row in raw.execute("SELECT id FROM care_log")}
        assert entries <= stored  # every reported commit is there
        # No half-written entry: each has its service item and its history rows.
        assert raw.execute(
            "SELECT COUNT(*) FROM care_log l WHERE NOT EXISTS "
            "(SELECT 1 FROM care_log_item i WHERE i.care_log_id = l.id)"
        ).fetchone() == (0,)
        assert raw.execute(
            "SELECT COUNT(*) FROM care_log l WHERE NOT EXISTS (SELECT 1 FROM change_record c "
            "WHERE c.\"table\" = 'care_log' AND c.record_id = l.id)"
        ).fetchone() == (0,)
        stored_version, notes = raw.execute(
            "SELECT version, notes FROM customer WHERE id = 1"
        ).fetchone()
        assert stored_version >= version
        assert stored_version == 1 or re.fullmatch(r"改过 \d+ 次", notes)
    finally:
        raw.close()


def test_killed_writers_lose_nothing_and_leave_nothing_half_done(shop: Path) -> None:
    rng = random.Random(7)
    for _ in range(KILLS):
        writer = start_writer(shop)
        entries, version = read_commits(writer, rng.randint(1, 6))
        os.kill(writer.pid, signal.SIGKILL)
        writer.communicate()
        check_complete(shop, entries, version)


def test_a_backup_taken_while_writing_is_sound_and_complete(shop: Path, tmp_path: Path) -> None:
    writer = start_writer(shop)
    try:
        before, version = read_commits(writer, 15)
        copy = backups.back_up(shop, "during-writes")
        read_commits(writer, 10)  # the writer goes on after the copy
    finally:
        writer.kill()
        writer.communicate()
    restored = tmp_path / "restored.db"
    assert backups.restore(restored, copy) is None  # nothing there to keep first
    check_complete(restored, before, version)
    raw = sqlite3.connect(restored)
    copied = raw.execute("SELECT COUNT(*) FROM care_log").fetchone()[0]
    raw.close()
    raw = sqlite3.connect(shop)
    assert copied < raw.execute("SELECT COUNT(*) FROM care_log").fetchone()[0]
    raw.close()


def test_two_writers_at_once_lose_no_write(shop: Path) -> None:
    """Two PCs on one database: both log visits and edit files at the same moments; each
    waits its turn (busy timeout) and every reported commit is there."""
    open_db(shop)
    second = customers.create_customer(CustomerInput(name="曾丽", phone="13912340000"), None)
    close_db()
    writers = [start_writer(shop, 1), start_writer(shop, second)]
    try:
        reported = [read_commits(writer, 60) for writer in writers]
        assert all(writer.poll() is None for writer in writers)  # nobody gave up
    finally:
        for writer in writers:
            writer.kill()
            writer.communicate()
    raw = sqlite3.connect(shop)
    try:
        stored = {row[0] for row in raw.execute("SELECT id FROM care_log")}
        versions = dict(raw.execute("SELECT id, version FROM customer").fetchall())
    finally:
        raw.close()
    for (entries, version), customer_id in zip(reported, (1, second), strict=True):
        assert len(entries) == 60 and entries <= stored
        assert versions[customer_id] >= version > 1
