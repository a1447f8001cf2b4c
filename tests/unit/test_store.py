import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from salon_desk.store import migrations
from salon_desk.store.database import (
    SchemaTooNewError,
    close_db,
    db,
    open_db,
    shown_location,
    write_transaction,
)
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CareLog, Customer, CustomerType, SchemaInfo


def test_pragmas_for_durability(db_path: Path) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


@pytest.mark.postgresql_only
def test_a_server_session_waits_for_the_disk(database: Path | str) -> None:
    """PostgreSQL's equivalent of synchronous=FULL, whatever the server's own default
    (the test server's is off)."""
    assert db.execute_sql("SHOW synchronous_commit").fetchone()[0] == "on"


def test_new_database_has_schema_version_and_default_types(database: Path | str) -> None:
    assert SchemaInfo.get().version == migrations.latest_version()
    codes = {(t.kind, t.code) for t in CustomerType.select()}
    assert ("psychology", "vanity") in codes
    assert ("personality", "loner") in codes
    assert ("trait", "composite") in codes  # the ten traits (17.3)
    assert len(codes) == 21


def test_write_transaction_takes_the_write_lock_at_begin(db_path: Path) -> None:
    other = sqlite3.connect(str(db_path), timeout=0)
    try:
        # Nothing is written inside: a DEFERRED transaction would not hold the lock.
        with write_transaction(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
    finally:
        other.close()


def test_foreign_keys_are_enforced(database: Path | str) -> None:
    import peewee

    with pytest.raises(peewee.IntegrityError):
        Customer.create(name="王芳", responsible_staff=999)


def test_older_database_is_backed_up_and_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    open_db(path)
    Customer.create(name="王芳")
    close_db()

    def add_column() -> None:
        db.execute_sql('ALTER TABLE "customer" ADD COLUMN "shoe_size" VARCHAR(64) DEFAULT \'\'')

    old = migrations.latest_version()
    new = old + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (new, add_column)])
    open_db(path)
    try:
        assert SchemaInfo.get().version == new
        columns = [c.name for c in db.get_columns("customer")]
        assert "shoe_size" in columns
        assert Customer.select().count() == 1
    finally:
        close_db()
    backups = list((tmp_path / "backups").glob(f"old-before-v{old}-to-v{new}-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version FROM schema_info").fetchone()[0] == old
    assert copy.execute("SELECT name FROM customer").fetchone()[0] == "王芳"
    copy.close()


def test_failed_migration_step_leaves_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    open_db(path)
    close_db()

    def half_done() -> None:
        db.execute_sql('ALTER TABLE "customer" ADD COLUMN "shoe_size" VARCHAR(64)')
        raise RuntimeError("power cut")

    old = migrations.latest_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (old + 1, half_done)])
    with pytest.raises(RuntimeError):
        open_db(path)
    raw = sqlite3.connect(path)
    columns = [row[1] for row in raw.execute("PRAGMA table_info(customer)")]
    assert "shoe_size" not in columns
    assert raw.execute("SELECT version FROM schema_info").fetchone()[0] == old
    raw.close()


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_db(path)
    SchemaInfo.update(version=99).execute()
    close_db()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as refused:
        open_db(path)
    assert refused.value.found == 99
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_v2_indexes_the_care_log_by_time(tmp_path: Path) -> None:
    """A version-1 database (no index on care_log.visited_at) gains it, entries intact."""
    path = tmp_path / "v1.db"
    open_db(path)
    customer = Customer.create(name="王芳")
    CareLog.create(customer=customer, visited_at=dt.datetime(2026, 1, 2, 3))
    db.execute_sql("DROP INDEX care_log_visited_at")
    SchemaInfo.update(version=1).execute()
    close_db()

    open_db(path)
    try:
        assert SchemaInfo.get().version == latest_version()
        assert "care_log_visited_at" in {index.name for index in db.get_indexes("care_log")}
        assert CareLog.select().count() == 1
    finally:
        close_db()


def _reopened_without_index(path: Path, index: str, version: int) -> None:
    """A file as it was at ``version`` (the index a later step adds dropped), opened."""
    open_db(path)
    db.execute_sql(f"DROP INDEX {index}")
    SchemaInfo.update(version=version).execute()
    close_db()
    open_db(path)


def test_v9_counts_a_months_visits_from_an_index_alone(tmp_path: Path) -> None:
    _reopened_without_index(tmp_path / "v8.db", "care_log_valid_by_time", 8)
    try:
        assert SchemaInfo.get().version == latest_version()
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT COUNT(*), SUM(amount_fen) FROM care_log"
            " WHERE voided_at IS NULL AND visited_at >= ? AND visited_at < ?",
            ("2026-01-01", "2026-02-01"),
        ).fetchall()
        assert any("care_log_valid_by_time" in str(step) for step in plan)
    finally:
        close_db()


def test_v12_finds_who_visited_a_shop_from_an_index_range(tmp_path: Path) -> None:
    _reopened_without_index(tmp_path / "v11.db", "care_log_valid_by_shop", 11)
    try:
        assert SchemaInfo.get().version == latest_version()
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT customer_id FROM care_log"
            " WHERE shop_id = ? AND voided_at IS NULL AND visited_at >= ?",
            (2, "2026-01-01"),
        ).fetchall()
        assert any("care_log_valid_by_shop" in str(step) for step in plan)
    finally:
        close_db()


def test_v3_adds_the_partial_index_visit_statistics_read(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    open_db(path)
    customer = Customer.create(name="王芳")
    CareLog.create(customer=customer, visited_at=dt.datetime(2026, 1, 2, 3))
    db.execute_sql("DROP INDEX care_log_valid_visits")
    SchemaInfo.update(version=2).execute()
    close_db()

    open_db(path)
    try:
        assert SchemaInfo.get().version == latest_version()
        assert "care_log_valid_visits" in {index.name for index in db.get_indexes("care_log")}
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT customer_id, visited_at FROM care_log"
            " WHERE voided_at IS NULL ORDER BY customer_id, visited_at"
        ).fetchall()
        assert any("care_log_valid_visits" in str(step) for step in plan)
        assert not any("TEMP B-TREE" in str(step) for step in plan)
        assert CareLog.select().count() == 1
    finally:
        close_db()


def test_v4_indexes_the_history_by_staff_and_time(tmp_path: Path) -> None:
    _reopened_without_index(tmp_path / "v3.db", "change_record_staff_changed_at", 3)
    try:
        assert SchemaInfo.get().version >= 4
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM change_record WHERE staff_id = 1"
            " ORDER BY changed_at DESC LIMIT 10"
        ).fetchall()
        assert any("change_record_staff_changed_at" in str(step) for step in plan)
        assert not any("TEMP B-TREE" in str(step) for step in plan)
    finally:
        close_db()


def test_v5_adds_the_other_phone_and_simplified_names(tmp_path: Path) -> None:
    from salon_desk.services.customer_search import CustomerQuery, fetch_page
    from salon_desk.store.models import Customer, CustomerSearchKey

    path = tmp_path / "v4.db"
    open_db(path)
    old_id = Customer.insert(name="陳麗華", phone="13800001111", phone_last4="1111").execute()
    db.execute_sql("DROP INDEX customer_other_phone_last4")
    db.execute_sql("ALTER TABLE customer DROP COLUMN other_phone_last4")
    db.execute_sql("ALTER TABLE customer DROP COLUMN other_phone")
    SchemaInfo.update(version=4).execute()
    close_db()

    open_db(path)
    try:
        assert SchemaInfo.get().version >= 5
        keys = CustomerSearchKey.select().where(CustomerSearchKey.kind == "simplified")
        assert [(k.customer_id, k.key) for k in keys] == [(old_id, "陈丽华")]
        assert [r.id for r in fetch_page(CustomerQuery(text="陈丽华"), 0, 10)] == [old_id]
        assert Customer.get_by_id(old_id).other_phone == ""
    finally:
        close_db()


def test_staff_and_items_from_before_v5_get_their_pinyin_order_once(tmp_path: Path) -> None:
    from salon_desk.services import catalogues
    from salon_desk.store.models import ServiceItem, Staff

    open_db(tmp_path / "old.db")
    try:
        for name in ("周雅琴", "艾米", "曾丽"):
            Staff.insert(name=name, role="beautician").execute()  # as written before v5
        assert catalogues.fill_missing_sort_keys() >= 3
        assert [m.name for m in catalogues.list_staff()] == ["艾米", "曾丽", "周雅琴"]
        assert ServiceItem.select().where(ServiceItem.name_sort == "").count() == 0
        assert catalogues.fill_missing_sort_keys() == 0
    finally:
        close_db()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_database_and_its_wal_are_the_owners_alone(tmp_path: Path) -> None:
    """Issue 13.16."""
    from salon_desk.services import customers
    from salon_desk.services.customers import CustomerInput

    path = tmp_path / "private.db"
    open_db(path)
    try:
        customers.create_customer(CustomerInput(name="王芳"), None)
        for suffix in ("", "-wal", "-shm"):
            assert oct(Path(f"{path}{suffix}").stat().st_mode)[-3:] == "600", suffix
    finally:
        close_db()
    shared = tmp_path / "shared.db"
    open_db(shared)
    close_db()
    shared.chmod(0o644)
    open_db(shared)
    close_db()
    assert oct(shared.stat().st_mode)[-3:] == "600"


def test_v6_marks_imports_in_batches(tmp_path: Path) -> None:
    from salon_desk.store.models import Customer, ImportBatch

    path = tmp_path / "v5.db"
    open_db(path)
    old_id = Customer.insert(name="王芳").execute()
    for table in ("staff", "service_item", "customer", "card", "care_log"):
        db.execute_sql(f"DROP INDEX {table}_import_batch")
    # SQLite drops no column that a foreign key names; staff's has none (it is deferred),
    # so the step's ALTER TABLE … ADD COLUMN … REFERENCES runs for real there.
    db.execute_sql("ALTER TABLE staff DROP COLUMN import_batch_id")
    db.execute_sql("DROP TABLE imported_update")
    db.execute_sql("DROP TABLE import_batch")
    SchemaInfo.update(version=5).execute()
    close_db()

    open_db(path)
    try:
        assert SchemaInfo.get().version == latest_version()
        assert Customer.get_by_id(old_id).import_batch is None  # what was there stays put
        assert "import_batch_id" in {c.name for c in db.get_columns("staff")}
        assert ImportBatch.select().count() == 0
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM care_log WHERE import_batch_id = 1"
        ).fetchall()
        assert any("care_log_import_batch" in str(step) for step in plan)
    finally:
        close_db()


def test_a_server_is_shown_without_its_password() -> None:
    assert (
        shown_location("postgresql://owner:s3cret@10.0.0.5:5433/chain")
        == "postgresql://owner@10.0.0.5:5433/chain"
    )
    assert shown_location("postgresql://localhost/chain") == "postgresql://localhost/chain"
    assert shown_location("/home/shop/salon.db") == "/home/shop/salon.db"


def test_a_server_that_cannot_be_reached_is_said_so(qapp) -> None:
    """No server listening (a wrong address, the server PC off): the words say so, within
    seconds, and the password is not among them."""
    from salon_desk.app import open_database_or_explain
    from salon_desk.store.database import Circumstance, DatabaseError, circumstance_of

    url = "postgresql://owner:s3cret@127.0.0.1:1/chain"
    with pytest.raises(DatabaseError) as failure:
        open_db(url)
    assert circumstance_of(failure.value) is Circumstance.SERVER_UNREACHABLE
    said = open_database_or_explain(url)
    assert said is not None and said.startswith("The server cannot be reached")
    assert "s3cret" not in said


def test_a_shop_on_sqlite_does_not_load_the_server_driver_at_start() -> None:
    """peewee imports psycopg when installed (107 ms of every start); the app keeps it out
    until a server is opened."""
    import subprocess
    import sys

    for first in ("salon_desk.app", "salon_desk.ui.main_window", "salon_desk.services.audit"):
        loaded = subprocess.run(  # whichever module a program imports first
            [sys.executable, "-c", f"import sys, {first}; print('psycopg' in sys.modules)"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert loaded.stdout.strip() == "False", first


def test_a_wrong_password_is_not_called_an_unreachable_server() -> None:
    from salon_desk.store.database import Circumstance, circumstance_of

    refused = Exception(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
        'password authentication failed for user "jingan"'
    )
    assert circumstance_of(refused) is Circumstance.LOGIN_REFUSED
    down = Exception('connection to server at "10.0.0.5", port 5432 failed: Connection refused')
    assert circumstance_of(down) is Circumstance.SERVER_UNREACHABLE
