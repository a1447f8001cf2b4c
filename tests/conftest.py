"""Shared fixtures: a fresh database per test, on each engine, and a real main window.

``database`` runs a test on SQLite and on PostgreSQL (issue 16): the server is the one
``.ci/dev.py test`` starts, named by SALON_DESK_TEST_POSTGRES; each test gets its own
database copied from a migrated, seeded template. A test that needs the file itself
(backups, damage, the disk) asks for ``db_path`` and runs on SQLite only; GUI and
command-line tests run on SQLite unless marked ``both_engines``.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
    _english_again()


def _english_again() -> None:
    """A command run in the test's process installs the language it was given or found;
    the next test reads English again whatever order the tests run in."""
    from salon_desk import i18n

    if i18n.active_language() != "en":
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            i18n.install_translators(app, "en")


POSTGRES_URL = os.environ.get("SALON_DESK_TEST_POSTGRES", "")
ENGINES = ["sqlite", "postgresql"]


class PostgresDatabases:
    """A database per test on the test server, copied from a template made once (the
    migration and seed run once per session, not per test: ~15 ms a copy)."""

    TEMPLATE = "salon_template"

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.numbers = itertools.count(1)
        self.template_made = False

    def url_of(self, name: str) -> str:
        parts = urlsplit(self.admin_url)
        return urlunsplit(parts._replace(path=f"/{name}"))

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(statement)

    def fresh(self) -> str:
        if not self.template_made:
            self._admin(f"DROP DATABASE IF EXISTS {self.TEMPLATE} WITH (FORCE)")
            self._admin(f"CREATE DATABASE {self.TEMPLATE}")
            open_db(self.url_of(self.TEMPLATE))
            close_db()
            self.template_made = True
        name = f"test_{os.getpid()}_{next(self.numbers)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE}")
        return self.url_of(name)

    def empty(self) -> str:
        name = f"empty_{os.getpid()}_{next(self.numbers)}"
        self._admin(f"CREATE DATABASE {name}")
        return self.url_of(name)

    def drop(self, url: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {urlsplit(url).path.lstrip('/')} WITH (FORCE)")


_postgres = PostgresDatabases(POSTGRES_URL) if POSTGRES_URL else None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: a GUI or command-line test that runs on PostgreSQL too"
    )
    config.addinivalue_line("markers", "postgresql_only: about the server alone")


def pytest_report_header() -> str:
    if POSTGRES_URL:
        return "engines: sqlite and postgresql (the test server)"
    return "engines: sqlite only (no SALON_DESK_TEST_POSTGRES; .ci/dev.py test starts one)"


def _sqlite_only(item: pytest.Item) -> bool:
    if "db_path" in getattr(item, "fixturenames", ()):
        return True  # it works on the file itself
    folder = Path(str(item.fspath)).parent.name
    return folder in ("gui", "cli") and item.get_closest_marker("both_engines") is None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """PostgreSQL variants only where there is a server and the test is about data."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("database") if callspec is not None else None
        on_postgres = engine == "postgresql"
        if (on_postgres and (not POSTGRES_URL or _sqlite_only(item))) or (
            engine == "sqlite" and item.get_closest_marker("postgresql_only") is not None
        ):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(params=ENGINES)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """An open, migrated, seeded database: a file on SQLite, a URL on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "salon.db"
        open_db(path)
        yield path
        _kept_figures_match_the_care_log()
        close_db()
        return
    assert _postgres is not None
    url = _postgres.fresh()
    open_db(url)
    try:
        yield url
        _kept_figures_match_the_care_log()
    finally:
        close_db()
        _postgres.drop(url)


@pytest.fixture
def blank_database(database: Path | str, tmp_path: Path) -> Iterator[Path | str]:
    """A second database on the same engine with nothing in it yet (no schema)."""
    if isinstance(database, Path):
        yield tmp_path / "blank.db"
        return
    assert _postgres is not None
    url = _postgres.empty()
    try:
        yield url
    finally:
        _postgres.drop(url)


@pytest.fixture
def db_path(database: Path | str) -> Path:
    """The database as a file, for tests about the file (SQLite only)."""
    assert isinstance(database, Path), "collection keeps db_path tests off PostgreSQL"
    return database


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
def manager_id(database: Path | str) -> int:
    return catalogues.save_staff(catalogues.StaffMember(0, "周店长", "manager", "", True), None)


@pytest.fixture
def beautician_id(database: Path | str) -> int:
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


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """An OS credential store that lives in memory (a test machine has none)."""
    import keyring
    from keyring.backend import KeyringBackend

    kept: dict[tuple[str, str], str] = {}

    class InMemory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(InMemory())
    yield kept
    keyring.set_keyring(before)
