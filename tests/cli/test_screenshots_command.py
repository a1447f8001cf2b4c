"""`salon-desk screenshots` clicks through every screen on a copy, never on the file given."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salon_desk.services.demo import build_demo
from salon_desk.store.database import close_db, open_db


def _contents(path: Path) -> str:
    """Every row of every table, so a changed row shows even if the file is rewritten."""
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.mark.slow
def test_screenshots_leave_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    open_db(db)
    build_demo(customers=60, seed=3)
    close_db()
    before = _contents(db)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "salon_desk", "screenshots", "--db", str(db), "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "care-log.png").stat().st_size > 10_000
    assert _contents(db) == before
    # Not even a daily backup or a WAL file beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "shots") == files_before
