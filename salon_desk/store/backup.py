"""Online backups through SQLite's backup API, copied in one step.

A one-step copy is consistent even while another process writes; small page steps
restart on every write and may never finish (MEASURED.md). Copying the .db file and
its -wal file separately corrupts the copy, so we never do that.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_sqlite(db_path: Path, label: str) -> Path:
    """Copy the live database at ``db_path`` to a new file in the backups folder."""
    folder = backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{label}-{stamp}.db"
    copy_database(db_path, target)
    target.chmod(0o600)
    return target


def copy_database(source_path: Path, target_path: Path) -> None:
    """SQLite's online backup in one step: consistent even while another process writes."""
    source = sqlite3.connect(str(source_path))
    try:
        target = sqlite3.connect(str(target_path))
        try:
            source.backup(target, pages=-1)
        finally:
            target.close()
    finally:
        source.close()
