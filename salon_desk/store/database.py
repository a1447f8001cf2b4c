"""One database proxy for the whole app, opened once by :func:`open_db`.

SQLite is the default (one shop, one file); a ``postgresql://`` URL opens a shared
server for a chain. The pragmas follow docs/architecture.md: WAL with synchronous=FULL
(a simulated power loss with NORMAL lost acknowledged saves) and every transaction
opened IMMEDIATE (deferred ones that later write fail with "database is locked" when
two processes share the file).
"""

from __future__ import annotations

import enum
import errno
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# peewee was imported without its PostgreSQL driver (salon_desk/__init__.py); it gets
# it when a server is opened (_server_driver).
import peewee

log = logging.getLogger(__name__)


def _server_driver() -> None:
    """Give peewee psycopg (3), as its own import would have, before a server opens."""
    if getattr(peewee, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3 = Json
    peewee.Jsonb_pg3 = Jsonb


db = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    # First: switching a new file to WAL needs the lock a second PC opening it at the same
    # moment may hold, and without a timeout yet that is "database is locked" at once.
    "busy_timeout": 5000,
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "cache_size": -16_000,  # 16 MB
    # Deleted and overwritten content is zeroed, so an erased customer's name cannot be
    # read back from free pages of the file (a grep found it before).
    "secure_delete": 1,
}

# Every session on a server: an acknowledged save is on the server's disk (whatever the
# server's default), and an unreachable server is said within seconds, not minutes.
CONNECT_TIMEOUT_SECONDS = 5
POSTGRES_SESSION = {
    "options": "-c synchronous_commit=on",
    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
    "application_name": "salon-desk",
}

SYNCED_FOLDER_HINTS = ("onedrive", "dropbox", "google drive", "icloud", "坚果云", "百度网盘")


class DatabaseError(Exception):
    """An environment problem with the database that the user can act on."""


class SchemaTooNewError(DatabaseError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"database schema version {found} is newer than {supported}")
        self.found = found
        self.supported = supported


class Circumstance(enum.StrEnum):
    """Why the database could not be read or written, as far as the user can act on it.
    DAMAGED is the only one that is about the file's content; the others are about where
    it is (the disk, the folder, another program) and never justify moving it aside."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CANNOT_OPEN = "cannot_open"
    DAMAGED = "damaged"
    SERVER_UNREACHABLE = "server_unreachable"  # the network or the server is down
    LOGIN_REFUSED = "login_refused"  # the server answered: wrong user or password


_WORDS = (
    # Before the unreachable words: a refused login also says "connection … failed".
    (
        Circumstance.LOGIN_REFUSED,
        ("password authentication failed", "no password supplied", "authentication failed"),
    ),
    # psycopg's words for a server that cannot be reached or dropped the connection.
    (
        Circumstance.SERVER_UNREACHABLE,
        (
            "connection refused",
            "could not connect",
            "connection failed",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection timed out",
            "no route to host",
            "could not translate host name",
            "consuming input failed",
            "connection to server",
        ),
    ),
    (Circumstance.DISK_FULL, ("disk is full", "no space left")),
    (Circumstance.READ_ONLY, ("readonly", "read-only", "permission denied")),
    (Circumstance.LOCKED, ("database is locked", "database table is locked")),
    (Circumstance.DAMAGED, ("malformed", "not a database", "corrupt", "damaged", "integrity")),
    (Circumstance.CANNOT_OPEN, ("unable to open", "disk i/o error", "no such file")),
)
_ERRNOS = {
    errno.ENOSPC: Circumstance.DISK_FULL,
    errno.EROFS: Circumstance.READ_ONLY,
    errno.EACCES: Circumstance.READ_ONLY,
    errno.EPERM: Circumstance.READ_ONLY,
}


def circumstance_of(error: BaseException) -> Circumstance | None:
    """What an exception from SQLite or the file system says about the database, looking
    through the chain (a failed commit surfaces as a failed rollback)."""
    seen: BaseException | None = error
    while seen is not None:
        number = getattr(seen, "errno", None)
        if number in _ERRNOS:
            return _ERRNOS[number]
        text = str(seen).lower()
        for circumstance, words in _WORDS:
            if any(word in text for word in words):
                return circumstance
        seen = seen.__cause__ or seen.__context__
    return None


# Set when the background check found the open database damaged: every write is then
# refused (nothing more goes into a damaged file) until it is restored or reopened.
_writes_refused: str | None = None


def refuse_writes(reason: str | None) -> None:
    global _writes_refused
    _writes_refused = reason


def is_sqlite() -> bool:
    return isinstance(db.obj, peewee.SqliteDatabase)


# Between two transactions of a long write (an import, an undo) the lock is left free this
# long: SQLite's busy handler on the other PC retries every 100 ms at most, so a shorter
# gap lets the long write take the lock straight back and she waits for the whole of it
# (measured: 1.5 s for a 20,000-line import).
PAUSE_FOR_OTHER_WRITERS = 0.12


def let_other_writers_in() -> None:
    """Call between two transactions of a long write. PostgreSQL locks rows, not the
    database: there is nothing to wait for."""
    if is_sqlite():
        time.sleep(PAUSE_FOR_OTHER_WRITERS)


def sqlite_path() -> Path | None:
    if is_sqlite():
        return Path(db.obj.database)
    return None


def looks_like_synced_folder(path: Path) -> bool:
    """SQLite's WAL breaks in sync/network folders; callers warn and suggest PostgreSQL."""
    lowered = str(path.resolve()).lower()
    return any(hint in lowered for hint in SYNCED_FOLDER_HINTS)


def is_server_url(target: str | Path) -> bool:
    return str(target).startswith(("postgres://", "postgresql://"))


def shown_location(target: str | Path) -> str:
    """The database as it may be shown, logged or remembered: a server's URL without its
    password (the status bar, the log file and the preferences are not secret)."""
    text = str(target)
    if not is_server_url(text):
        return text
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(text)
    if parts.password is None:
        return text
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}{parts.hostname or ''}{port}"))


class ServerDatabase(peewee.PostgresqlDatabase):
    """A server connection that comes back (issue 16.3). When the network or the server
    drops it, the statement running fails (the window says the server cannot be reached
    and keeps what was typed); the next statement outside a transaction connects again
    instead of failing on the dead connection until the app is restarted."""

    def cursor(self, named_cursor: Any = None) -> Any:
        connection = self._state.conn
        dead = connection is not None and (
            getattr(connection, "closed", False) or getattr(connection, "broken", False)
        )
        if dead and not self.in_transaction():
            log.warning("the server connection was lost; connecting again")
            self._state.reset()  # forget it (closing a dead connection would only fail)
        return super().cursor(named_cursor)


def answers() -> bool:
    """Whether the open database answers this thread now. A connection the server
    dropped fails once and is then replaced (ServerDatabase), hence a second try."""
    for _ in range(2):
        try:
            db.execute_sql("SELECT 1").fetchall()
        except peewee.DatabaseError:
            continue
        return True
    return False


def server_version(url: str) -> str:
    """Connect once to a server (Settings > Database's "Test connection"): its version,
    or DatabaseError with the reason (within the connection timeout)."""
    _server_driver()
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS) as link:
            number = link.info.server_version
    except psycopg.Error as exc:
        raise DatabaseError(str(exc).strip()) from exc
    return f"{number // 10000}.{number % 10000}"


def make_database(url_or_path: str | Path) -> peewee.Database:
    text = str(url_or_path)
    if is_server_url(text):
        from playhouse.db_url import parse

        _server_driver()
        return ServerDatabase(**{**parse(text, unquote_password=True), **POSTGRES_SESSION})
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


def write_problem(url_or_path: str | Path) -> str | None:
    """Why nothing could be saved to this database file (a read-only file, or a folder
    where SQLite cannot create its -wal file and backups cannot go); None when writable."""
    text = str(url_or_path)
    if is_server_url(text):
        return None
    path = Path(text.removeprefix("sqlite:///"))
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} is read-only"
    if not os.access(path.parent, os.W_OK):
        return f"the folder {path.parent} is read-only"
    return None


NEARLY_FULL_BYTES = 256 * 1024


def circumstance_at(path: Path, found: Circumstance | None) -> Circumstance | None:
    """SQLite reports a full disk or a read-only folder, while opening, as a vague "disk
    I/O error" or "unable to open": ask the file system which it is."""
    if found not in (None, Circumstance.CANNOT_OPEN):
        return found
    try:
        if shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES:
            return Circumstance.DISK_FULL
    except OSError:
        return found
    if write_problem(path):
        return Circumstance.READ_ONLY
    return found


CONNECT_PATIENCE_SECONDS = 5.0
_opened: str | None = None  # what open_db was given: a server's URL keeps its password


def opened_target() -> str | None:
    """The open database as it was opened (a path, or a server's whole URL): for the
    server's own tools (pg_dump), never for showing."""
    return _opened if db.obj is not None else None


def _connect(database: peewee.Database) -> None:
    """Connect, waiting for another PC that holds the file's lock at that moment: SQLite
    answers the pragmas that set a connection up (WAL on a new file) with "database is
    locked" at once, without its busy timeout, when two PCs open the file together."""
    deadline = time.monotonic() + CONNECT_PATIENCE_SECONDS
    while True:
        try:
            database.connect()
            return
        except peewee.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            if not database.is_closed():
                database.close()
            time.sleep(0.05)


def open_db(
    url_or_path: str | Path,
    *,
    migrate: bool = True,
    on_upgrade: Callable[[int, int], None] | None = None,
) -> peewee.Database:
    """Connect the proxy to ``url_or_path``, create or upgrade the schema, and return it;
    ``on_upgrade(found, latest)`` is told before an upgrade starts (the window says so)."""
    from salon_desk.store import migrations

    close_db()
    refuse_writes(None)  # a newly opened (or restored) file is judged afresh
    database = make_database(url_or_path)
    db.initialize(database)
    try:
        _connect(database)
    except peewee.OperationalError as exc:
        db.initialize(None)
        raise DatabaseError(str(exc)) from exc
    global _opened
    _opened = str(url_or_path)
    log.info("opened database %s", shown_location(url_or_path))
    if migrate:
        try:
            migrations.bring_up_to_date(on_upgrade)
        except UnicodeDecodeError as exc:  # SQLite handed back damaged text
            close_db()
            raise DatabaseError(f"database disk image is malformed ({exc.reason})") from exc
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
    """A transaction that takes the write lock at BEGIN, never by a later upgrade.

    When the commit itself fails (a full disk), SQLite has already rolled back and
    peewee's own rollback then fails with "no transaction is active", hiding the cause:
    the cause is what is raised."""
    if _writes_refused is not None:
        raise DatabaseError(f"the database is damaged, nothing is saved: {_writes_refused}")
    try:
        with db.atomic():  # lock_type="IMMEDIATE" is the SqliteDatabase default set above
            yield
    except peewee.OperationalError as exc:
        cause: BaseException | None = exc
        while cause is not None and "no transaction is active" in str(cause):
            cause = cause.__cause__ or cause.__context__
        if cause is not None and cause is not exc and isinstance(cause, Exception):
            raise cause from None
        raise


def lock_row(model: type[peewee.Model], row_id: int) -> None:
    """Inside a write transaction, before reading what the write depends on (what is left
    on a card): on a server, hold the row until the transaction ends, so two PCs doing
    the same take turns and the second reads what the first wrote (SELECT … FOR UPDATE;
    READ COMMITTED alone would let both read the same balance). On SQLite the
    IMMEDIATE transaction already makes every writer take turns for the whole file."""
    if not is_sqlite():
        model.select(model._meta.primary_key).where(
            model._meta.primary_key == row_id
        ).for_update().execute()


def raw_rows(query: peewee.Select) -> list[tuple[Any, ...]]:
    """A query's rows as the driver gives them: peewee's conversion of every value was a
    third of reading a chain's 100,000 rows, where the caller converts the few it needs."""
    return db.execute_sql(*query.sql()).fetchall()


def raw_stream(query: peewee.Select) -> Iterator[tuple[Any, ...]]:
    """``raw_rows`` one at a time, for a long read (an export's entries)."""
    return iter(db.execute_sql(*query.sql()))
