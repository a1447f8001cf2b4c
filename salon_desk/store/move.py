"""A shop's whole SQLite file copied into an empty server database (issue 16.5): every
table, history and audit included, ids kept, in one server transaction (a failure leaves
the server as empty as it was); then every table's row count and a checksum of its rows
compared on both sides. The SQLite file is only read.

The checksum hashes each row's values as Python sees them through the model's fields
(a moment stored as text in SQLite and as a timestamp on the server is the same datetime),
in id order, so a row changed, lost or doubled on the way shows as a difference.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from salon_desk.store import bulk
from salon_desk.store.database import db, write_transaction
from salon_desk.store.models import ALL_MODELS, Customer, CustomerType, SchemaInfo, Shop

ROWS_PER_READ = 5_000
# What a new server database holds before anyone used it: replaced by the file's rows.
AS_NEW = (SchemaInfo, Shop, CustomerType)
Progress = Callable[[str, int], None]  # (table, rows copied so far)


class MoveRefused(Exception):
    """Nothing was copied: the words say why."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows_in_file: int
    rows_on_server: int
    checksum_in_file: str
    checksum_on_server: str

    @property
    def same(self) -> bool:
        return (self.rows_in_file, self.checksum_in_file) == (
            self.rows_on_server,
            self.checksum_on_server,
        )


def _columns(model: type[pw.Model]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def _later_references(model: type[pw.Model], order: Sequence[type[pw.Model]]) -> list[pw.Field]:
    """Foreign keys to this table itself or to one copied after it: written empty first
    and filled in once every table is there (a referrer with a higher id, the staff
    member an import created and the import that created her)."""
    position = order.index(model)
    return [
        field
        for field in model._meta.sorted_fields
        if isinstance(field, pw.ForeignKeyField) and order.index(field.rel_model) >= position
    ]


def _file_rows(connection: sqlite3.Connection, model: type[pw.Model]) -> Iterator[list[Any]]:
    """The table's rows in id order, each value as the model's field reads it."""
    fields = _columns(model)
    names = ", ".join(f'"{field.column_name}"' for field in fields)
    key = model._meta.primary_key.column_name
    cursor = connection.execute(f'SELECT {names} FROM "{model._meta.table_name}" ORDER BY "{key}"')
    while batch := cursor.fetchmany(ROWS_PER_READ):
        for row in batch:
            yield [
                None if value is None else field.python_value(value)
                for field, value in zip(fields, row, strict=True)
            ]


def _server_rows(model: type[pw.Model]) -> Iterator[Sequence[Any]]:
    fields = _columns(model)
    yield from model.select(*fields).order_by(model._meta.primary_key).tuples().iterator()


def _text(value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _digest(rows: Iterable[Sequence[Any]]) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        digest.update("\x1f".join(_text(value) for value in row).encode())
        digest.update(b"\x1e")
        count += 1
    return count, digest.hexdigest()


def _sqlite_source(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise MoveRefused(f"no database file at {path}")
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _copy_table(
    connection: sqlite3.Connection,
    model: type[pw.Model],
    later: list[pw.Field],
    progress: Progress | None,
) -> list[tuple[Any, dict[str, Any]]]:
    """Insert every row, ids kept; return the later references to fill in."""
    fields = _columns(model)
    pending: list[tuple[Any, dict[str, Any]]] = []
    batch: list[dict[str, Any]] = []
    copied = 0
    for values in _file_rows(connection, model):
        row = {field.name: value for field, value in zip(fields, values, strict=True)}
        deferred = {field.name: row[field.name] for field in later if row[field.name] is not None}
        if deferred:
            pending.append((row[model._meta.primary_key.name], deferred))
            row.update(dict.fromkeys(deferred))
        batch.append(row)
        if len(batch) >= ROWS_PER_READ:
            bulk.insert_rows(model, batch)
            copied += len(batch)
            batch = []
            if progress is not None:
                progress(model._meta.table_name, copied)
    if batch:
        bulk.insert_rows(model, batch)
        copied += len(batch)
    if progress is not None:
        progress(model._meta.table_name, copied)
    return pending


def _restart_ids(model: type[pw.Model]) -> None:
    """The server's id counter continues after the highest id copied."""
    if not isinstance(model._meta.primary_key, pw.AutoField):
        return  # keyed by another table's id (the kept visit figures)
    table = model._meta.table_name
    db.execute_sql(
        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'),"
        f' COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
    )


class ChecksDiffer(MoveRefused):
    def __init__(self, checks: list[TableCheck]) -> None:
        differing = [check.table for check in checks if not check.same]
        super().__init__(
            "the copy on the server differs from the file in "
            + ", ".join(differing)
            + ": nothing was kept on the server"
        )
        self.checks = checks


def move_file_to_empty_server(
    source: Path, shop_name: str = "", progress: Progress | None = None
) -> list[TableCheck]:
    """Copy the file at ``source`` (already at this version's schema) into the open server
    database, which must hold no customer; name its shop ``shop_name`` when given. Every
    table is checked inside the same transaction: if any differs, ChecksDiffer is raised
    and nothing stays on the server. Returns the checks."""
    if Customer.select().exists():
        raise MoveRefused(
            "the server already holds a chain's customers: a second shop's file joins them "
            "as a shop of its own (store/merge.py; salon-desk move --shop NAME)"
        )
    in_use = [
        model._meta.table_name
        for model in ALL_MODELS
        if model not in AS_NEW and model.select().exists()
    ]
    if in_use:  # staff or settings made on the server first would be lost
        raise MoveRefused(
            "the server database is not new (it holds " + ", ".join(in_use) + "): "
            "move into a new, empty database"
        )
    connection = _sqlite_source(source)
    try:
        with write_transaction():
            for model in reversed(ALL_MODELS):  # the rows a new server database starts with
                model.delete().execute()
            filled_in: list[tuple[type[pw.Model], Any, dict[str, Any]]] = []
            for model in ALL_MODELS:
                later = _later_references(model, ALL_MODELS)
                for row_id, values in _copy_table(connection, model, later, progress):
                    filled_in.append((model, row_id, values))
            for model, row_id, values in filled_in:
                model.update(values).where(model._meta.primary_key == row_id).execute()
            for model in ALL_MODELS:
                _restart_ids(model)
            if shop_name:
                first = Shop.select(Shop.id).order_by(Shop.id).scalar()
                Shop.update(name=shop_name).where(Shop.id == first).execute()
            checks = check_tables(connection, shop_name)
            if not all(check.same for check in checks):
                raise ChecksDiffer(checks)
        return checks
    finally:
        connection.close()


def check_tables(connection: sqlite3.Connection, shop_name: str = "") -> list[TableCheck]:
    """Each table's row count and checksum in the file and on the server (the file's
    first shop named ``shop_name`` when given: the one change a move makes, on request)."""
    checks = []
    for model in ALL_MODELS:
        rows: Iterable[Sequence[Any]] = _file_rows(connection, model)
        if model is Shop and shop_name:
            # (by name: a peewee field == another is an expression, always true)
            position = [field.name for field in _columns(model)].index("name")
            rows = (
                [*row[:position], shop_name, *row[position + 1 :]] if index == 0 else row
                for index, row in enumerate(rows)
            )
        in_file, in_file_sum = _digest(rows)
        on_server, on_server_sum = _digest(_server_rows(model))
        checks.append(
            TableCheck(model._meta.table_name, in_file, on_server, in_file_sum, on_server_sum)
        )
    return checks
