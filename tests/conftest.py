"""Shared fixtures: a fresh database file per test, and a real main window over it."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from salon_desk.services import catalogues
from salon_desk.store import visit_figures
from salon_desk.store.database import close_db, db, open_db


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real user folders (logs, data)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "salon.db"
    open_db(path)
    yield path
    _kept_figures_match_the_care_log()
    close_db()


def _kept_figures_match_the_care_log() -> None:
    """After every test on a database: whatever it wrote, each customer's kept visit
    figures are what her care log gives (issue 15.1)."""
    if db.obj is None or db.is_closed() or not db.table_exists("visit_figures"):
        return
    try:
        found = visit_figures.differences()
    except pw.DatabaseError:  # tests that damage the file on purpose
        return
    assert found == [], f"kept visit figures differ from the care log: {found}"


@pytest.fixture
def manager_id(db_path: Path) -> int:
    return catalogues.save_staff(catalogues.StaffMember(0, "周店长", "manager", "", True), None)


@pytest.fixture
def beautician_id(db_path: Path) -> int:
    return catalogues.save_staff(catalogues.StaffMember(0, "陈美玲", "beautician", "", True), None)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own 4 MB file system, to run out of space for real (tmpfs: Linux
    and root only, as on CI; skipped elsewhere)."""
    import shutil
    import subprocess
    import sys

    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root on Linux to mount a small file system")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        close_db()
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path, leave_bytes: int) -> Path:
    """Take all free space on ``folder``'s file system but ``leave_bytes``."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, free - leave_bytes))
    return filler


def make_read_only(folder: Path) -> None:
    """Remount a ``small_disk`` read-only: even root cannot write there then."""
    import subprocess

    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
