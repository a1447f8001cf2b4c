"""Backups of a server database (issue 16.6): PostgreSQL's own tools, pg_dump in its
custom format, each copy checked with ``pg_restore --list`` before it takes a backup's
name, and a restore with pg_restore into an empty database only.

The password travels in the child's environment (PGPASSWORD), never on its command line,
where any user of the PC could read it in the process list.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from salon_desk.store.backup import BackupFailed

SUFFIX = ".dump"
# Every copy of ours holds these; a dump without them is not a Salon Desk backup.
MUST_HOLD = ("TABLE DATA public customer ", "TABLE DATA public care_log ")
TOOL_TIMEOUT_SECONDS = 3600


class ToolsMissing(BackupFailed):
    """PostgreSQL's client tools are not on this PC: the words say how to get them."""

    def __init__(self, tool: str) -> None:
        super().__init__(
            f"{tool} was not found. Install PostgreSQL's client tools, of the server's "
            "version or newer: on Debian or Ubuntu `sudo apt install postgresql-client`, "
            "on Windows the PostgreSQL installer with only 'Command Line Tools' ticked, "
            "on macOS `brew install libpq`; then run the backup again."
        )
        self.tool = tool


class RestoreRefused(Exception):
    """Nothing was changed: the target is not empty, or the file is not our backup."""


def client_tool(name: str) -> Path:
    """pg_dump or pg_restore: on PATH, else the newest of the usual install folders."""
    found = shutil.which(name)
    if found:
        return Path(found)
    exe = name + (".exe" if sys.platform == "win32" else "")
    patterns = [
        Path("/usr/lib/postgresql").glob(f"*/bin/{exe}"),
        Path("C:/Program Files/PostgreSQL").glob(f"*/bin/{exe}"),
        Path("/opt/homebrew/opt/libpq/bin").glob(exe),
        Path("/usr/local/opt/libpq/bin").glob(exe),
    ]
    candidates = [path for pattern in patterns for path in pattern]

    def version(path: Path) -> int:
        folder = path.parent.parent.name
        return int(folder) if folder.isdigit() else 0

    if not candidates:
        raise ToolsMissing(name)
    return max(candidates, key=version)


def database_name(url: str) -> str:
    return unquote(urlsplit(url).path.lstrip("/")) or "postgres"


def _connection(url: str) -> tuple[str, dict[str, str]]:
    """The URL without its password, and an environment carrying the password."""
    parts = urlsplit(url)
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if parts.password is not None:
        env["PGPASSWORD"] = unquote(parts.password)
        user = f"{parts.username}@" if parts.username else ""
        port = f":{parts.port}" if parts.port else ""
        parts = parts._replace(netloc=f"{user}{parts.hostname or ''}{port}")
    return urlunsplit(parts), env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=TOOL_TIMEOUT_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupFailed(f"{Path(command[0]).name} could not run: {exc}") from exc


def _said(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    return lines[-1] if lines else f"exit status {result.returncode}"


def contents(dump: Path) -> str:
    """pg_restore's table of contents of a dump; BackupFailed if it is not readable."""
    listed = _run([str(client_tool("pg_restore")), "--list", str(dump)], dict(os.environ))
    if listed.returncode != 0:
        raise BackupFailed(f"{dump.name} is not a readable dump: {_said(listed)}")
    return listed.stdout


def is_our_dump(dump: Path) -> bool:
    try:
        listed = contents(dump)
    except BackupFailed:
        return False
    return all(wanted in listed for wanted in MUST_HOLD)


def dump_database(url: str, folder: Path, label: str) -> Path:
    """A checked custom-format copy of the server database in ``folder``, named
    ``<database>-<label>-<moment>.dump``; nothing under that name if anything failed."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database_name(url)}-{label}-{stamp}{SUFFIX}"
    partial = folder / f".{target.name}.partial"
    address, env = _connection(url)
    try:
        made = _run(
            [
                str(client_tool("pg_dump")),
                "--format=custom",
                "--no-owner",
                "--file",
                str(partial),
                "--dbname",
                address,
            ],
            env,
        )
        if made.returncode != 0:
            raise BackupFailed(f"pg_dump failed: {_said(made)}")
        if not is_our_dump(partial):
            raise BackupFailed("the copy did not read back whole (pg_restore --list)")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore_into_empty(url: str, dump: Path, tables_there: int) -> None:
    """Load ``dump`` into the server database at ``url``, which must hold no tables
    (``tables_there``, counted by the caller): a restore never overwrites a chain."""
    if tables_there:
        raise RestoreRefused(
            f"the database {database_name(url)} is not empty ({tables_there} tables): "
            "restore into a new, empty database"
        )
    if not is_our_dump(dump):
        raise RestoreRefused(f"{dump.name} is not a Salon Desk server backup")
    address, env = _connection(url)
    loaded = _run(
        [
            str(client_tool("pg_restore")),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            address,
            str(dump),
        ],
        env,
    )
    if loaded.returncode != 0:
        raise BackupFailed(f"pg_restore failed, nothing was loaded: {_said(loaded)}")
