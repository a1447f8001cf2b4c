"""Backups of a server database (issue 16.6): pg_dump's custom format, checked, pruned like
the file's, restored into an empty database only; the command line and what it says when
PostgreSQL's client tools are missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salon_desk import app, config
from salon_desk.services import care_log, catalogues, customers, server_backups
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.store import server_backup
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CareLog, ChangeRecord, Customer, SchemaInfo

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def her(manager_id: int) -> int:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100, 30, True), manager_id
    )
    customer = customers.create_customer(
        CustomerInput(name="王芳", phone="13755501111"), manager_id
    )
    care_log.log_care(
        CareEntryInput(
            customer_id=customer,
            visited_at=dt.datetime(2026, 11, 20, 10),
            beautician_id=manager_id,
            service_item_ids=(facial,),
        ),
        manager_id,
    )
    return customer


def test_a_server_backup_restores_into_an_empty_database_whole(
    database: str, blank_database: str, her: int, tmp_path: Path
) -> None:
    saved = server_backups.back_up_server(database, tmp_path, "manual")
    assert saved.name.endswith(".dump") and "-manual-" in saved.name
    assert server_backup.is_our_dump(saved)
    assert [b.path for b in server_backups.list_server_backups(tmp_path, database)] == [saved]
    assert not list(tmp_path.glob(".*partial"))

    close_db()
    server_backups.restore_server(blank_database, saved)
    open_db(blank_database)
    try:
        assert SchemaInfo.get().version == latest_version()
        assert Customer.get_by_id(her).name == "王芳"
        assert CareLog.select().where(CareLog.customer == her).count() == 1
        assert ChangeRecord.select().where(ChangeRecord.action == "restore_backup").count() == 1
    finally:
        close_db()
        open_db(database)


def test_a_restore_never_overwrites_a_database_with_data(
    database: str, her: int, tmp_path: Path
) -> None:
    saved = server_backups.back_up_server(database, tmp_path, "manual")
    customers.create_customer(CustomerInput(name="曾丽", phone="13912340000"), None)
    close_db()
    with pytest.raises(server_backup.RestoreRefused, match="not empty"):
        server_backups.restore_server(database, saved)
    open_db(database)
    assert Customer.select().count() == 2  # nothing changed


def test_server_backups_are_pruned_like_the_files(database: str, her: int, tmp_path: Path):
    made = [server_backups.back_up_server(database, tmp_path, "manual", keep=2) for _ in range(3)]
    left = [b.path for b in server_backups.list_server_backups(tmp_path, database)]
    assert left == [made[2], made[1]]  # newest first; this month's newest is among them
    (tmp_path / made[2].name.replace("manual", "broken")).write_bytes(b"not a dump")
    server_backups.prune_server(tmp_path, database, keep=5)
    assert [b.path for b in server_backups.list_server_backups(tmp_path, database)] == left


def test_backup_and_restore_from_the_command_line(
    database: str, blank_database: str, her: int, capsys
) -> None:
    close_db()
    assert app.main(["backup", "--db", database]) == 0
    printed = capsys.readouterr().out.strip()
    saved = Path(printed)
    assert saved.exists() and saved.parent.is_relative_to(config.data_folder())
    assert "@" not in saved.name  # no user or password in a file name
    assert app.main(["restore", "--db", blank_database, str(saved)]) == 0
    assert app.main(["restore", "--db", database, str(saved)]) == 1  # not empty: refused
    open_db(blank_database)
    try:
        assert Customer.get_by_id(her).name == "王芳"
    finally:
        close_db()
        open_db(database)


def test_missing_client_tools_are_named_with_how_to_install_them(
    database: str, monkeypatch, capsys
) -> None:
    def missing(name: str) -> Path:
        raise server_backup.ToolsMissing(name)

    monkeypatch.setattr(server_backup, "client_tool", missing)
    close_db()
    assert app.main(["backup", "--db", database]) == 4
    said = capsys.readouterr().err
    assert "pg_dump was not found" in said and "apt install postgresql-client" in said
    open_db(database)
