"""Backups of a server database (issue 16.6), kept like a file's: pg_dump copies on this
PC, the newest ``keep`` and each month's newest kept; a restore only into an empty
database; the owner's "Back up now" in the window."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from salon_desk.services import backups
from salon_desk.services.backups import BackupFailed as BackupFailed
from salon_desk.services.permissions import Permission, require
from salon_desk.store import server_backup
from salon_desk.store.database import close_db, db, open_db, opened_target, sqlite_path
from salon_desk.store.server_backup import RestoreRefused as RestoreRefused
from salon_desk.store.server_backup import ToolsMissing as ToolsMissing

_STAMP = re.compile(r"-(\d{8}-\d{6})-\d+\.dump$")


def list_server_backups(folder: Path, url: str) -> list[backups.BackupFile]:
    """This PC's copies of a server database, newest first (sound or not)."""
    return backups.named_backups(folder, server_backup.database_name(url), _STAMP)


def prune_server(
    folder: Path,
    url: str,
    keep: int,
    months: int = backups.DEFAULT_MONTHS,
    today: dt.date | None = None,
) -> list[Path]:
    """The files' rule for a server's copies: the newest ``keep`` and each month's newest."""
    return backups.prune_backups(
        list_server_backups(folder, url),
        lambda backup: server_backup.is_our_dump(backup.path),
        keep,
        months,
        today,
    )


def back_up_server(
    url: str,
    folder: Path,
    label: str,
    keep: int = backups.DEFAULT_KEEP,
    months: int = backups.DEFAULT_MONTHS,
) -> Path:
    """A checked pg_dump copy of the server database into ``folder``, then pruning."""
    saved = server_backup.dump_database(url, folder, label)
    prune_server(folder, url, keep, months)
    return saved


def back_up_open_server(folder: Path, actor_id: int | None) -> Path:
    """The owner's "Back up now" on a server: the whole chain's database, by pg_dump."""
    require(actor_id, Permission.SERVER_BACKUP)
    url = opened_target()
    if url is None or sqlite_path() is not None:
        raise ValueError("no server database is open")
    return back_up_server(url, folder, "manual", backups.keep_count(), backups.months_kept())


def restore_server(url: str, dump: Path, actor_id: int | None = None) -> None:
    """Load a server backup into an empty database (never over one with tables), bring
    it up to this version's schema and record the restore in its history."""
    open_db(url, migrate=False)
    try:
        tables = len(db.get_tables())
    finally:
        close_db()
    server_backup.restore_into_empty(url, dump, tables)
    open_db(url)
    try:
        backups.record_restore(dump, actor_id)
    finally:
        close_db()
