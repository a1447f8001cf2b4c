"""The change history: who changed which field of which record, from what, to what."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from salon_desk.services.permissions import Permission, require
from salon_desk.store import bulk, changes
from salon_desk.store.changes import Changes
from salon_desk.store.models import ChangeRecord, Customer, Staff, utc_now


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record_create(
    customer_id: int | None,
    values: dict[str, str],
    actor_id: int | None,
    table: str = "customer",
    record_id: int | None = None,
) -> None:
    _active_actor(actor_id)
    now = utc_now()
    record = customer_id if record_id is None else record_id
    assert record is not None
    rows = [
        _row(table, record, customer_id, "create", field, "", new, actor_id, now)
        for field, new in values.items()
        if new
    ] or [_row(table, record, customer_id, "create", "", "", "", actor_id, now)]
    ChangeRecord.insert_many(rows).execute()
    changes.note(changed(table, "create", [customer_id]))


def record_creates(
    created: list[tuple[int, dict[str, str]]],
    actor_id: int | None,
    table: str = "customer",
    customers: list[int] | None = None,
) -> None:
    """``record_create`` for many records at once (an import): one row per filled field;
    ``customers`` names each record's customer when the records are not files."""
    _active_actor(actor_id)
    now = utc_now()
    whose: list[int | None] = (
        list(customers)
        if customers is not None
        else [record_id if table == "customer" else None for record_id, _ in created]
    )
    rows = [
        _row(table, record_id, customer_id, "create", field, "", new, actor_id, now)
        for (record_id, values), customer_id in zip(created, whose, strict=True)
        for field, new in values.items()
        if new
    ]
    bulk.insert_rows(ChangeRecord, rows)
    changes.note(changed(table, "create", list(whose)))


def record_update(
    customer_id: int | None,
    before: dict[str, str],
    after: dict[str, str],
    actor_id: int | None,
    table: str = "customer",
    record_id: int | None = None,
) -> int:
    """Record one row per changed field; return how many fields changed."""
    _active_actor(actor_id)
    now = utc_now()
    record = record_id if record_id is not None else customer_id
    assert record is not None
    rows = [
        _row(table, record, customer_id, "update", field, before.get(field, ""), new, actor_id, now)
        for field, new in after.items()
        if before.get(field, "") != new
    ]
    if rows:
        ChangeRecord.insert_many(rows).execute()
        changes.note(changed(table, "update", [customer_id]))
    return len(rows)


def record_action(
    customer_id: int | None,
    action: str,
    actor_id: int | None,
    table: str = "customer",
    record_id: int | None = None,
    note: str = "",
) -> None:
    """One row for an action on a whole record (archive, void …); ``note`` says why."""
    _active_actor(actor_id)
    record = customer_id if record_id is None else record_id
    assert record is not None
    ChangeRecord.insert(
        _row(table, record, customer_id, action, "", "", note, actor_id, utc_now())
    ).execute()
    changes.note(changed(table, action, [customer_id]))


# What a screen shows of a customer, by the table a change was recorded in.
_OF_A_CUSTOMER: dict[str, Callable[[frozenset[int]], Changes]] = {
    "customer": lambda ids: Changes(files=ids),
    "card": lambda ids: Changes(files=ids),
    "relation": lambda ids: Changes(files=ids),
    "event_guest": lambda ids: Changes(files=ids),  # her invitations show on her file
    "care_log": lambda ids: Changes(visits=ids),
    "follow_up": lambda ids: Changes(calls=ids),
    "complaint": lambda ids: Changes(complaints=ids),
}
# Recorded, but no data changed (an import made before them may still be undone).
NOT_CHANGES = ("export", "sign_in_failed", "sign_in_locked")
# Nor does any screen show what these changed.
_SHOWS_NOTHING = frozenset({*NOT_CHANGES, "pin_set"})


def changed(table: str, action: str, customer_ids: list[int | None]) -> Changes:
    """What a recorded change means to the screens (store/changes.py): a customer's file,
    visits, calls or complaints; the catalogues; or, for an import or a restore, the
    data as a whole."""
    if action in _SHOWS_NOTHING:
        return changes.NOTHING
    kind = _OF_A_CUSTOMER.get(table)
    if kind is None:
        return changes.EVERYTHING if table in ("import_batch", "database") else CATALOGUES
    return kind(frozenset(i for i in customer_ids if i is not None))


CATALOGUES = Changes(catalogues=True)


def command_line() -> str:
    """Who did it when no one signed in: the command line, and the computer's user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"command line ({user})"


def _active_actor(actor_id: int | None) -> None:
    """Every write is recorded here, inside its transaction: refusing here undoes a write
    by a deactivated account, whichever service it went through."""
    require(actor_id, Permission.WRITE)


def _row(
    table: str,
    record_id: int,
    customer_id: int | None,
    action: str,
    field: str,
    old: str,
    new: str,
    actor_id: int | None,
    when: dt.datetime,
) -> dict[str, object]:
    return {
        "table": table,
        "record_id": record_id,
        "customer": customer_id,
        "action": action,
        "field": field,
        "old_value": old,
        "new_value": new,
        "staff": actor_id,
        "changed_at": when,
    }


@dataclass(frozen=True)
class HistoryRow:
    changed_at: dt.datetime  # UTC
    staff_name: str
    customer_id: int | None
    customer_name: str
    table: str
    action: str
    field: str
    old_value: str
    new_value: str


def customer_history(customer_id: int, limit: int = 500) -> list[HistoryRow]:
    return history_where([ChangeRecord.customer == customer_id], limit)


def record_history(table: str, record_id: int, limit: int = 500) -> list[HistoryRow]:
    """The changes of one record, such as one care log entry."""
    return history_where([ChangeRecord.table == table, ChangeRecord.record_id == record_id], limit)


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    customer_id: int | None = None
    since: dt.datetime | None = None  # UTC, inclusive
    until: dt.datetime | None = None  # UTC, exclusive
    table: str | None = None  # customer / care_log / card / follow_up / complaint / staff


def audit_log(actor_id: int | None, chosen: AuditFilter, limit: int = 2000) -> list[HistoryRow]:
    """The shop's whole change history, newest first, for a manager."""
    require(actor_id, Permission.AUDIT)
    conditions = []
    if chosen.staff_id is not None:
        conditions.append(ChangeRecord.staff == chosen.staff_id)
    if chosen.customer_id is not None:
        conditions.append(ChangeRecord.customer == chosen.customer_id)
    if chosen.since is not None:
        conditions.append(ChangeRecord.changed_at >= chosen.since)
    if chosen.until is not None:
        conditions.append(ChangeRecord.changed_at < chosen.until)
    if chosen.table is not None:
        conditions.append(ChangeRecord.table == chosen.table)
    return history_where(conditions, limit)


def history_where(conditions: list[pw.Expression], limit: int) -> list[HistoryRow]:
    """History rows meeting every condition, newest first, with staff and customer names."""
    query = (
        ChangeRecord.select(
            ChangeRecord.changed_at,
            pw.fn.COALESCE(Staff.name, ""),
            ChangeRecord.customer,
            pw.fn.COALESCE(Customer.name, ""),
            ChangeRecord.table,
            ChangeRecord.action,
            ChangeRecord.field,
            ChangeRecord.old_value,
            ChangeRecord.new_value,
        )
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(ChangeRecord.staff == Staff.id))
        .switch(ChangeRecord)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(ChangeRecord.customer == Customer.id))
        .where(*conditions or [pw.SQL("1 = 1")])
        .order_by(ChangeRecord.changed_at.desc(), ChangeRecord.id.desc())
        .limit(limit)
        .tuples()
    )
    return [HistoryRow(*row) for row in query]
