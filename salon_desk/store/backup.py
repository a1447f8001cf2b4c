"""Online backups through SQLite's backup API, copied in one step.

A one-step copy is consistent even while another process writes; small page steps
restart on every write and may never finish (MEASURED.md). Copying the .db file and
its -wal file separately corrupts the copy, so we never do that.

A copy is written under a hidden temporary name, checked (it opens, ``integrity_check``
says ok, it has our schema) and only then renamed to its backup name: a full disk or a
killed process leaves nothing under a backup name, and the next backup removes the
leftovers. A shop must never be offered an empty or half-written "backup".
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

PARTIAL_PREFIX = ".partial-"


class BackupFailed(Exception):
    """The copy could not be written or did not check out; nothing was left behind."""


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_sqlite(db_path: Path, label: str) -> Path:
    """Copy the live database at ``db_path`` to a new, checked file in the backups folder."""
    folder = backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{label}-{stamp}.db"
    copy_checked(db_path, target)
    return target


def copy_checked(source_path: Path, target_path: Path) -> None:
    """Copy, check and rename into place (owner-only), or raise BackupFailed leaving
    no file behind."""
    partial = target_path.with_name(f"{PARTIAL_PREFIX}{os.getpid()}-{target_path.name}")
    try:
        copy_database(source_path, partial)
        problem = copy_problem(partial)
        if problem:
            raise BackupFailed(problem)
        partial.chmod(0o600)
        os.replace(partial, target_path)
    except (OSError, sqlite3.Error, UnicodeDecodeError) as exc:
        raise BackupFailed(str(exc)) from exc
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


def copy_problem(path: Path) -> str:
    """Why a written copy cannot serve as a backup; empty when it can."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            checked = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if checked != ["ok"]:
                return checked[0]
            if schema_version_of(connection) is None:
                return "not a Salon Desk database"
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    except UnicodeDecodeError as exc:  # damage garbled SQLite's own message
        return f"malformed database ({exc.reason})"
    return ""


def schema_version_of(connection: sqlite3.Connection) -> int | None:
    """The schema version a database file says it has; None when it has none."""
    try:
        row = connection.execute(
            "SELECT version FROM schema_info ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    return int(row[0]) if row else None


LEFTOVER_AGE_SECONDS = 600  # a copy takes well under a second per 100 MB (MEASURED.md)


def remove_leftovers(folder: Path) -> list[Path]:
    """Partial copies of backups that were killed or ran out of disk (and their
    journals); never a finished backup, nor one another process is writing now."""
    removed = []
    now = dt.datetime.now().timestamp()
    for path in folder.glob(f"{PARTIAL_PREFIX}*"):
        writer = path.name.removeprefix(PARTIAL_PREFIX).split("-", 1)[0]
        try:
            stale = now - path.stat().st_mtime > LEFTOVER_AGE_SECONDS
        except OSError:
            continue
        if stale or not writer.isdigit() or not still_running(int(writer)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def still_running(pid: int) -> bool:
    """Whether the process that writes a partial file is alive (then it is not ours to
    remove). Only asked on POSIX: on Windows os.kill would end the process, so there a
    leftover is judged by its age."""
    if pid == os.getpid():
        return False  # our own earlier attempt, already finished or failed
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def copy_database(source_path: Path, target_path: Path) -> None:
    """SQLite's online backup in one step: consistent even while another process writes."""
    source = sqlite3.connect(str(source_path))
    try:
        target = sqlite3.connect(str(target_path))
        try:
            source.backup(target, pages=-1)
            # A copy is one self-contained file: no -wal or -shm beside it to lose.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


HISTORY_COLUMNS = (
    'id, "table", record_id, customer_id, action, field, old_value, new_value, staff_id, changed_at'
)


def carry_history(newer: Path, restored: Path) -> int:
    """Copy the change-history rows ``newer`` has beyond ``restored``'s into ``restored``:
    a restore brings the shop's files back to an older state, never its trace of what
    happened since. A customer or staff member the older copy does not know is left out
    of the row's link (the values stay). Returns how many rows were carried."""
    source = sqlite3.connect(f"file:{newer}?mode=ro", uri=True)
    target = sqlite3.connect(str(restored))
    try:
        last = target.execute("SELECT COALESCE(MAX(id), 0) FROM change_record").fetchone()[0]
        customers = {row[0] for row in target.execute("SELECT id FROM customer")}
        staff = {row[0] for row in target.execute("SELECT id FROM staff")}
        rows = [
            (*row[:3], row[3] if row[3] in customers else None, *row[4:8],
             row[8] if row[8] in staff else None, row[9])
            for row in source.execute(
                f"SELECT {HISTORY_COLUMNS} FROM change_record WHERE id > ? ORDER BY id", (last,)
            )
        ]  # fmt: skip
        with target:
            target.executemany(
                f"INSERT INTO change_record ({HISTORY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
        return len(rows)
    finally:
        source.close()
        target.close()
