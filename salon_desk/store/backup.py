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
    source = sqlite3.connect(str(db_path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest, pages=-1)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target
