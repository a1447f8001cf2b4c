"""One database proxy for the whole app, opened once by :func:`open_db`.

SQLite is the default (one shop, one file); a ``postgresql://`` URL opens a shared
server for a chain. The pragmas follow docs/architecture.md: WAL with synchronous=FULL
(a simulated power loss with NORMAL lost acknowledged saves) and every transaction
opened IMMEDIATE (deferred ones that later write fail with "database is locked" when
two processes share the file).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

log = logging.getLogger(__name__)

db = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16_000,  # 16 MB
    # Deleted and overwritten content is zeroed, so an erased customer's name cannot be
    # read back from free pages of the file (a grep found it before).
    "secure_delete": 1,
}

SYNCED_FOLDER_HINTS = ("onedrive", "dropbox", "google drive", "icloud", "坚果云", "百度网盘")


class DatabaseError(Exception):
    """An environment problem with the database that the user can act on."""


class SchemaTooNewError(DatabaseError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"database schema version {found} is newer than {supported}")
        self.found = found
        self.supported = supported


def is_sqlite() -> bool:
    return isinstance(db.obj, peewee.SqliteDatabase)


def sqlite_path() -> Path | None:
    if is_sqlite():
        return Path(db.obj.database)
    return None


def looks_like_synced_folder(path: Path) -> bool:
    """SQLite's WAL breaks in sync/network folders; callers warn and suggest PostgreSQL."""
    lowered = str(path.resolve()).lower()
    return any(hint in lowered for hint in SYNCED_FOLDER_HINTS)


def make_database(url_or_path: str | Path) -> peewee.Database:
    text = str(url_or_path)
    if text.startswith(("postgres://", "postgresql://")):
        from playhouse.db_url import connect

        return connect(text)
    path = Path(text.removeprefix("sqlite:///"))
    path.parent.mkdir(parents=True, exist_ok=True)
    owner_only(path)
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")


def owner_only(path: Path) -> None:
    """Customers' personal data is for the shop's account alone: the file is created 0600
    (SQLite gives its -wal and -shm the database's own permissions) and an existing one
    readable by others is tightened. Best effort: a file we do not own stays as it is."""
    if os.name != "posix":
        return
    try:
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        elif path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc)


def open_db(url_or_path: str | Path, *, migrate: bool = True) -> peewee.Database:
    """Connect the proxy to ``url_or_path``, create or upgrade the schema, and return it."""
    from salon_desk.store import migrations

    close_db()
    database = make_database(url_or_path)
    db.initialize(database)
    try:
        database.connect()
    except peewee.OperationalError as exc:
        db.initialize(None)
        raise DatabaseError(str(exc)) from exc
    log.info("opened database %s", url_or_path)
    if migrate:
        try:
            migrations.bring_up_to_date()
        except Exception:
            close_db()
            raise
    return database


def close_db() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
    if db.obj is not None:
        db.initialize(None)


def release_thread_connection() -> None:
    """Close the calling thread's own connection (peewee keeps one per thread); worker
    threads call this when done so no connection outlives its task."""
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


@contextmanager
def write_transaction() -> Iterator[None]:
    """A transaction that takes the write lock at BEGIN, never by a later upgrade."""
    with db.atomic():  # lock_type="IMMEDIATE" is the SqliteDatabase default set above
        yield
