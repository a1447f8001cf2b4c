"""Backups that happen by themselves, restores that lose nothing, and integrity checks.

Every copy goes through SQLite's online backup API in one step (consistent while another
process writes; MEASURED.md). Kept: the newest ``keep`` copies plus the newest of each
month for a year. Only sound copies count, for "today's copy exists", for pruning and
for the restore offer: a file under a backup name that does not open as our schema is
not a backup. A restore first backs up the database it replaces; a damaged database is
moved aside, never overwritten; a copy from a newer Salon Desk is refused untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from salon_desk.services import audit, settings_store
from salon_desk.services.permissions import Permission, require
from salon_desk.store.backup import BackupFailed as BackupFailed  # callers catch it here
from salon_desk.store.backup import (
    backup_sqlite,
    backups_folder,
    carry_history,
    copy_database,
    schema_version_of,
)
from salon_desk.store.database import (
    Circumstance,
    circumstance_at,
    circumstance_of,
    close_db,
    open_db,
    refuse_writes,
    sqlite_path,
    write_transaction,
)
from salon_desk.store.erase import erase_in_file
from salon_desk.store.migrations import latest_version

log = logging.getLogger(__name__)
KEEP_SETTING = "backups_keep"
DEFAULT_KEEP = 10
MONTHS_SETTING = "backups_months"
DEFAULT_MONTHS = 12
_STAMP = re.compile(r"-(\d{8}-\d{6})-\d+\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, from the name
    label: str


def keep_count() -> int:
    saved = settings_store.read_setting(KEEP_SETTING)
    return saved if isinstance(saved, int) else DEFAULT_KEEP


def set_keep_count(count: int, actor_id: int | None) -> None:
    settings_store.write_setting(KEEP_SETTING, max(1, min(count, 365)), actor_id)


def months_kept() -> int:
    saved = settings_store.read_setting(MONTHS_SETTING)
    return saved if isinstance(saved, int) else DEFAULT_MONTHS


def set_months_kept(months: int, actor_id: int | None) -> None:
    settings_store.write_setting(MONTHS_SETTING, max(1, min(months, 120)), actor_id)


class RestoreRefused(ValueError):
    """The chosen copy cannot be restored (damaged, or from a newer Salon Desk)."""


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A look inside a database file that cannot change it."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def schema_version(path: Path) -> int | None:
    """The schema a database file says it has; None if it does not open as ours."""
    try:
        with _read_only(path) as connection:
            return schema_version_of(connection)
    except (sqlite3.Error, UnicodeDecodeError):  # damage can garble SQLite's message
        return None


def is_sound(backup: BackupFile) -> bool:
    """Cheap enough for every start: not empty, opens read-only, has our schema. Copies
    are checked in full when written; this catches what older versions left."""
    try:
        if backup.path.stat().st_size == 0:
            return False
    except OSError:
        return False
    return schema_version(backup.path) is not None


def customer_count(path: Path) -> int | None:
    try:
        with _read_only(path) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM customer").fetchone()[0])
    except (sqlite3.Error, UnicodeDecodeError):  # damage can garble SQLite's message
        return None


def named_backups(folder: Path, stem: str, stamp: re.Pattern[str]) -> list[BackupFile]:
    found = []
    for path in folder.glob(f"{stem}-*") if folder.is_dir() else []:
        match = stamp.search(path.name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        label = path.name[len(stem) + 1 : match.start()]
        found.append(BackupFile(path, taken, label))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def list_backups(db_path: Path) -> list[BackupFile]:
    """Files under this database's backup names, newest first (sound or not)."""
    return named_backups(backups_folder(db_path), db_path.stem, _STAMP)


def sound_backups(db_path: Path) -> list[BackupFile]:
    return [backup for backup in list_backups(db_path) if is_sound(backup)]


def prune(
    db_path: Path, keep: int, months: int = DEFAULT_MONTHS, today: dt.date | None = None
) -> list[Path]:
    """Keep the newest ``keep`` sound copies and the newest sound copy of each of the last
    ``months`` months; delete the rest, and every file that is not a sound copy."""
    return prune_backups(list_backups(db_path), is_sound, keep, months, today)


def prune_backups(
    backups: list[BackupFile],
    sound_test: Callable[[BackupFile], bool],
    keep: int,
    months: int,
    today: dt.date | None,
) -> list[Path]:
    today = today or dt.date.today()
    oldest_month = (today.year * 12 + today.month - 1) - (months - 1)
    sound = [backup for backup in backups if sound_test(backup)]
    kept = {backup.path for backup in sound[:keep]}
    seen: set[int] = set()
    for backup in sound:  # newest first: the first seen of a month is its newest
        month = backup.taken_at.year * 12 + backup.taken_at.month - 1
        if month >= oldest_month and month not in seen:
            seen.add(month)
            kept.add(backup.path)
    removed = [backup.path for backup in backups if backup.path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def back_up(
    db_path: Path, label: str, keep: int | None = None, months: int = DEFAULT_MONTHS
) -> Path:
    """A checked copy (BackupFailed leaves nothing behind), then pruning."""
    saved = backup_sqlite(db_path, label)
    prune(db_path, keep if keep is not None else DEFAULT_KEEP, months)
    return saved


def daily_backup(
    db_path: Path,
    today: dt.date | None = None,
    keep: int = DEFAULT_KEEP,
    months: int = DEFAULT_MONTHS,
) -> Path | None:
    """Back up on opening, at most once a day; None if a sound copy of today exists."""
    today = today or dt.date.today()
    if any(b.taken_at.date() == today and is_sound(b) for b in list_backups(db_path)):
        return None
    return back_up(db_path, "daily", keep, months)


class CannotCheck(Exception):
    """The file could not even be read for the check (a full disk, a read-only folder,
    another program): that says nothing about its content, so it is not "damaged"."""

    def __init__(self, circumstance: Circumstance, detail: str) -> None:
        super().__init__(detail)
        self.circumstance = circumstance


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """SQLite's own check (``quick``: the faster one); an empty list means the file is
    sound. CannotCheck when the file could not be read for reasons outside it."""
    try:
        with _read_only(path) as connection:
            # A damaged page can put any bytes into the check's own messages.
            connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
            pragma = "quick_check" if quick else "integrity_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        circumstance = circumstance_at(path, circumstance_of(exc))
        if circumstance not in (None, Circumstance.DAMAGED):
            raise CannotCheck(circumstance, str(exc)) from exc
        return [str(exc)]
    except UnicodeDecodeError as exc:  # SQLite's message itself holds the damaged bytes
        return [f"damaged beyond a readable message ({exc.reason})"]
    messages = [row[0] for row in rows]
    return [] if messages == ["ok"] else messages


def _sound_content(path: Path) -> bool:
    try:
        return not integrity_problems(path)
    except CannotCheck:
        return False


def opening_problem(path: Path) -> tuple[Circumstance, str] | None:
    """A check cheap enough to run before every start (it reads the first pages only):
    is it a database of ours, and can it be opened? The full check runs later."""
    try:
        with _read_only(path) as connection:
            connection.execute("SELECT version FROM schema_info LIMIT 1").fetchall()
    except UnicodeDecodeError as exc:  # the schema's own text is damaged
        return (Circumstance.DAMAGED, f"malformed database schema ({exc.reason})")
    except sqlite3.Error as exc:
        found = circumstance_of(exc)
        if "no such table" in str(exc).lower():
            found = Circumstance.DAMAGED
        found = circumstance_at(path, found)  # a full or read-only place, not the file
        return (found or Circumstance.CANNOT_OPEN, str(exc))
    return None


def stop_saving(problems: list[str]) -> None:
    """The open database failed the full check: refuse every write from now on."""
    refuse_writes(problems[0] if problems else "damaged")


def check_and_back_up(db_path: Path, keep: int, months: int) -> list[str]:
    """The full integrity check, then (only for a sound file) today's backup: run after
    the window shows, so a large file costs no waiting. Returns the problems found."""
    try:
        problems = integrity_problems(db_path)
    except CannotCheck as exc:  # nothing known about the content: no alarm, no backup
        log.warning("could not check %s: %s", db_path, exc)
        return []
    if not problems:
        try:
            daily_backup(db_path, keep=keep, months=months)
        except BackupFailed as exc:  # a full disk: the shop keeps working, the log says why
            log.warning("daily backup failed: %s", exc)
    return problems


def newest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest copy that passes the full check: what a damaged shop is offered."""
    return next((b for b in sound_backups(db_path) if _sound_content(b.path)), None)


def move_aside(db_path: Path) -> Path:
    """Keep a damaged database (and its WAL) under a new name instead of overwriting it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.move(source, Path(f"{aside}{suffix}"))
    return aside


def restore(db_path: Path, backup: Path) -> Path | None:
    """Replace the database's content with the backup's, after backing up the current
    one (returned; None if it was damaged and moved aside instead). Call with the
    database closed in this process."""
    try:
        problems = integrity_problems(backup)
    except CannotCheck as exc:
        raise RestoreRefused(f"{backup.name} cannot be read: {exc}") from exc
    if problems:
        raise RestoreRefused(f"{backup.name}: {problems[0]}")
    found = schema_version(backup)
    if found is None:
        raise RestoreRefused(f"{backup.name}: not a Salon Desk database")
    if found > latest_version():
        raise RestoreRefused(
            f"{backup.name}: written by a newer Salon Desk (schema {found}; this version "
            f"understands up to {latest_version()})"
        )
    saved: Path | None = None
    if db_path.exists():
        if not _sound_content(db_path):
            move_aside(db_path)
        else:
            saved = backup_sqlite(db_path, "before-restore")
    copy_database(backup, db_path)
    if saved is not None:
        carry_history(saved, db_path)  # what happened since the copy stays on record
    return saved


def record_restore(backup: Path, actor_id: int | None) -> None:
    """The restore itself, in the restored file's history (who, or the command line)."""
    note = backup.name if actor_id is not None else f"{backup.name} · {audit.command_line()}"
    with write_transaction():
        audit.record_action(
            None, "restore_backup", actor_id, table="database", record_id=0, note=note
        )


def restore_open_database(backup: Path, actor_id: int | None) -> Path | None:
    """Restore the database this process has open, then open it again."""
    require(actor_id, Permission.RESTORE)
    path = sqlite_path()
    if path is None:
        raise ValueError("only a database file can be restored from a backup")
    close_db()
    try:
        saved = restore(path, backup)
    finally:
        open_db(path)
    record_restore(backup, actor_id)
    return saved


def back_up_open_database(label: str = "manual") -> Path:
    """Anyone may take a copy: it changes nothing and can only help."""
    path = sqlite_path()
    if path is None:
        raise ValueError("only a database file is backed up here")
    return back_up(path, label, keep_count(), months_kept())


def database_file() -> Path | None:
    """The open database's file; None on a shared server (its administrator backs it up)."""
    return sqlite_path()


def erase_from_backups(db_path: Path, customer_id: int) -> int:
    """Erasing her personal data reaches every copy we keep; returns how many held her."""
    return sum(erase_in_file(backup.path, customer_id) for backup in sound_backups(db_path))
