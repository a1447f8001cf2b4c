"""One import is one batch (issue 14.6): the customers, care entries, cards, staff and
service items it created carry its id, and the files it changed keep what they held
before. The manager can undo the last import as a whole; when anyone has touched what
it brought since (edited, voided, used a card, booked a call …) the undo is refused and
what stands in the way is listed, since deleting someone's later work is never right.

Imports call ``start`` and ``finish`` in their write transactions: a one-transaction
import that fails leaves no batch; a visit history written in many transactions calls
``checkpoint`` after each and ``discard`` when it is cancelled or fails, and one cut short
by a crash (no ``finished_at``) is offered for undo like any other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit, backups, customers, value_tiers
from salon_desk.services.permissions import Permission, require
from salon_desk.store import visit_figures
from salon_desk.store.database import let_other_writers_in, sqlite_path, write_transaction
from salon_desk.store.models import (
    Card,
    CareLog,
    CareLogItem,
    ChangeRecord,
    Complaint,
    Customer,
    CustomerSearchKey,
    FollowUp,
    ImportBatch,
    ImportedUpdate,
    ServiceItem,
    Staff,
    utc_now,
)

# What the history records without changing anything an undo would delete.
MARKED: dict[str, type[pw.Model]] = {
    "customers": Customer,
    "visits": CareLog,
    "cards": Card,
    "staff": Staff,
    "service_items": ServiceItem,
}
CHUNK = 500  # ids per IN (…): well under every engine's limit on bound values
ROWS_PER_STEP = 5000  # rows an undo removes per transaction (with their children)


class UndoRefused(Exception):
    """Someone worked on what the import brought; the list says what and who."""

    def __init__(self, blockers: list[Blocker]) -> None:
        super().__init__(f"{len(blockers)} later changes")
        self.blockers = blockers


class NothingToUndo(LookupError):
    pass


@dataclass(frozen=True)
class Blocker:
    when: dt.datetime | None  # UTC; None for a use found by reference
    staff_name: str
    customer_name: str
    what: str  # "<table>.<action>" from the history, or "uses.<table>"


@dataclass(frozen=True)
class Batch:
    id: int
    kind: str
    source: str
    created_at: dt.datetime  # UTC
    staff_name: str
    counts: dict[str, int]  # customers, visits, cards, staff, service_items, updated
    finished: bool = True  # False: cut short (a crash) before its last transaction


def start(kind: str, source: str, actor_id: int | None) -> int:
    return int(ImportBatch.insert(kind=kind, source=source, created_by=actor_id).execute())


def remember_before(batch_id: int, customer_id: int) -> None:
    """Before an import first changes a file on record: what it holds now. (A file the
    import itself created simply goes on undo.)"""
    if Customer.select().where(
        (Customer.id == customer_id) & (Customer.import_batch == batch_id)
    ).exists() or (
        ImportedUpdate.select()
        .where((ImportedUpdate.batch == batch_id) & (ImportedUpdate.customer == customer_id))
        .exists()
    ):
        return
    data = dataclasses.asdict(customers.get_customer(customer_id).data)
    ImportedUpdate.insert(
        batch=batch_id, customer=customer_id, before=json.dumps(data, default=str)
    ).execute()


def mark(batch_id: int, model: type[pw.Model], ids: Iterable[int]) -> None:
    """Rows the import created through the services that make them one by one."""
    chosen = list(ids)
    for begin in range(0, len(chosen), CHUNK):
        part = chosen[begin : begin + CHUNK]
        model.update(import_batch=batch_id).where(model.id.in_(part)).execute()


def checkpoint(batch_id: int) -> None:
    """At the end of each of a long import's transactions: what it wrote so far is below
    this mark, so an undo of a batch cut short still tells its rows from later work."""
    ImportBatch.update(last_change_id=_newest_change()).where(ImportBatch.id == batch_id).execute()


def _newest_change() -> pw.Select:
    return ChangeRecord.select(pw.fn.COALESCE(pw.fn.MAX(ChangeRecord.id), 0))


def discard(batch_id: int) -> None:
    """A cancelled or failed import: what its finished transactions wrote goes, with the
    batch itself, as if it never ran."""
    with write_transaction():
        _delete_brought(batch_id)
        ImportedUpdate.delete().where(ImportedUpdate.batch == batch_id).execute()
        ChangeRecord.delete().where(
            (ChangeRecord.table == "import_batch") & (ChangeRecord.record_id == batch_id)
        ).execute()
        ImportBatch.delete().where(ImportBatch.id == batch_id).execute()


def finish(batch_id: int, actor_id: int | None, note: str) -> None:
    """Count what the batch brought and write its line in the shop's history (last, so
    every change the import made is numbered at or below ``last_change_id``)."""
    counts = _count(batch_id)
    parts = [note, f"batch {batch_id}"]
    if actor_id is None:
        parts.append(audit.command_line())
    audit.record_action(
        None,
        "import",
        actor_id,
        table="import_batch",
        record_id=batch_id,
        note=" · ".join(part for part in parts if part),
    )
    ImportBatch.update(
        counts=json.dumps(counts), last_change_id=_newest_change(), finished_at=utc_now()
    ).where(ImportBatch.id == batch_id).execute()


def _count(batch_id: int) -> dict[str, int]:
    counts = {
        name: model.select().where(model.import_batch == batch_id).count()
        for name, model in MARKED.items()
    }
    counts["updated"] = ImportedUpdate.select().where(ImportedUpdate.batch == batch_id).count()
    return counts


def last_batch() -> Batch | None:
    """The newest import that has not been undone; only it may be undone."""
    row = (
        ImportBatch.select(
            ImportBatch.id,
            ImportBatch.kind,
            ImportBatch.source,
            ImportBatch.created_at,
            pw.fn.COALESCE(Staff.name, ""),
            ImportBatch.counts,
            ImportBatch.finished_at,
        )
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(ImportBatch.created_by == Staff.id))
        .where(ImportBatch.undone_at.is_null())
        .order_by(ImportBatch.id.desc())
        .tuples()
        .first()
    )
    if row is None:
        return None
    batch_id, kind, source, created_at, staff_name, counts, finished_at = row
    finished = finished_at is not None
    figures = json.loads(counts) if finished else _count(batch_id)
    return Batch(batch_id, kind, source, created_at, staff_name, figures, finished)


def _ids(model: type[pw.Model], batch_id: int) -> pw.Select:
    return model.select(model.id).where(model.import_batch == batch_id)


def blockers(batch_id: int, limit: int = 200) -> list[Blocker]:
    """Everything done since the import to what it brought: later history rows about
    its customers, entries, cards, staff or items, and later rows that use them."""
    batch = ImportBatch.get_by_id(batch_id)
    updated = ImportedUpdate.select(ImportedUpdate.customer).where(ImportedUpdate.batch == batch_id)
    touched = (
        ChangeRecord.customer.in_(_ids(Customer, batch_id))
        | ChangeRecord.customer.in_(updated)
        | ((ChangeRecord.table == "care_log") & ChangeRecord.record_id.in_(_ids(CareLog, batch_id)))
        | ((ChangeRecord.table == "card") & ChangeRecord.record_id.in_(_ids(Card, batch_id)))
        | ((ChangeRecord.table == "staff") & ChangeRecord.record_id.in_(_ids(Staff, batch_id)))
        | (
            (ChangeRecord.table == "service_item")
            & ChangeRecord.record_id.in_(_ids(ServiceItem, batch_id))
        )
    )
    # One line per change, not per field it touched (a new entry is five history rows).
    found = list(
        dict.fromkeys(
            Blocker(row.changed_at, row.staff_name, row.customer_name, f"{row.table}.{row.action}")
            for row in audit.history_where(
                [
                    ChangeRecord.id > batch.last_change_id,
                    ChangeRecord.action.not_in(audit.NOT_CHANGES),
                    touched,
                ],
                limit,
            )
        )
    )
    return found + _uses(batch_id, limit - len(found))


def _uses(batch_id: int, limit: int) -> list[Blocker]:
    """Later rows that point at what the import brought without a history row of their
    own about it (a file made hers, an entry by an imported beautician …)."""
    if limit <= 0:
        return []
    staff, items, cards = _ids(Staff, batch_id), _ids(ServiceItem, batch_id), _ids(Card, batch_id)
    not_ours = CareLog.import_batch.is_null() | (CareLog.import_batch != batch_id)
    uses: list[tuple[str, pw.Select]] = [
        ("care_log", CareLog.select(CareLog.customer).where(
            (CareLog.beautician.in_(staff) | CareLog.card.in_(cards)) & not_ours)),
        ("care_log", CareLog.select(CareLog.customer).join(CareLogItem).where(
            CareLogItem.service_item.in_(items) & not_ours)),
        ("customer", Customer.select(Customer.id).where(
            Customer.responsible_staff.in_(staff)
            & (Customer.import_batch.is_null() | (Customer.import_batch != batch_id)))),
        ("card", Card.select(Card.customer).where(
            (Card.service_item.in_(items) | Card.sold_by.in_(staff))
            & (Card.import_batch.is_null() | (Card.import_batch != batch_id)))),
        ("follow_up", FollowUp.select(FollowUp.customer).where(FollowUp.assignee.in_(staff))),
        ("complaint", Complaint.select(Complaint.customer).where(Complaint.handled_by.in_(staff))),
    ]  # fmt: skip
    found: list[Blocker] = []
    for table, query in uses:
        for (customer_id,) in query.limit(limit - len(found)).tuples():
            name = Customer.select(Customer.name).where(Customer.id == customer_id).scalar()
            found.append(Blocker(None, "", name or "", f"uses.{table}"))
        if len(found) >= limit:
            break
    return found


def undo_last(
    actor_id: int | None, batch_id: int, progress: Callable[[int], None] | None = None
) -> Batch:
    """Take the import ``batch_id`` back out, whole, if it is still the last one and no one
    has worked on what it brought. A backup is taken first (on a file).

    A chain's import is a million rows: they go a few thousand per transaction, so the
    other PCs save in between (one transaction: 22 s of lock for a million-line import).
    Cut short, the batch stays on record as not undone, and undoing it again finishes
    the work. ``progress(rows gone)`` is told after each transaction."""
    require(actor_id, Permission.IMPORT)
    path = sqlite_path()
    if path is not None:
        backups.back_up(path, "before-undo-import", backups.keep_count())
    with write_transaction():
        batch = last_batch()
        if batch is None or batch.id != batch_id:
            raise NothingToUndo(batch_id)
        found = blockers(batch_id)
        if found:
            raise UndoRefused(found)
        _put_back_changed_files(batch_id, actor_id)
        checkpoint(batch_id)  # putting them back is the undo's own doing, not later work
    gone = 0
    for step in (_delete_entries, _delete_cards, _delete_customers):
        while removed := _in_own_transaction(step, batch_id):
            gone += removed
            if progress is not None:
                progress(gone)
            let_other_writers_in()
    with write_transaction():
        _delete_brought(batch_id)  # what is left: staff and service items
        ImportBatch.update(undone_at=utc_now(), undone_by=actor_id).where(
            ImportBatch.id == batch_id
        ).execute()
        audit.record_action(
            None,
            "undo_import",
            actor_id,
            table="import_batch",
            record_id=batch_id,
            note=" · ".join(
                part
                for part in (
                    batch.source,
                    f"batch {batch_id}",
                    audit.command_line() if actor_id is None else "",
                )
                if part
            ),
        )
    return batch


def _in_own_transaction(step: Callable[[int], int], batch_id: int) -> int:
    with write_transaction():
        return step(batch_id)


def _some(model: type[pw.Model], batch_id: int) -> list[int]:
    query = model.select(model.id).where(model.import_batch == batch_id).limit(ROWS_PER_STEP)
    return [row_id for (row_id,) in query.tuples()]


def _delete_entries(batch_id: int) -> int:
    ids = _some(CareLog, batch_id)
    if ids:
        customers = CareLog.select(CareLog.customer).where(CareLog.id.in_(ids)).distinct()
        customer_ids = [customer_id for (customer_id,) in customers.tuples()]
        CareLogItem.delete().where(CareLogItem.care_log.in_(ids)).execute()
        CareLog.delete().where(CareLog.id.in_(ids)).execute()
        visit_figures.refresh(customer_ids)
        value_tiers.mark_stale()
    return len(ids)


def _delete_cards(batch_id: int) -> int:
    ids = _some(Card, batch_id)
    if ids:
        ChangeRecord.delete().where(
            (ChangeRecord.table == "card") & ChangeRecord.record_id.in_(ids)
        ).execute()
        Card.delete().where(Card.id.in_(ids)).execute()
    return len(ids)


def _delete_customers(batch_id: int) -> int:
    """Files the import made, with their search keys and history (files that never were)."""
    ids = _some(Customer, batch_id)
    if ids:
        Customer.update(referred_by=None).where(Customer.referred_by.in_(ids)).execute()
        CustomerSearchKey.delete().where(CustomerSearchKey.customer.in_(ids)).execute()
        visit_figures.refresh(ids)  # their entries went in the step before
        ChangeRecord.delete().where(ChangeRecord.customer.in_(ids)).execute()
        ImportedUpdate.delete().where(ImportedUpdate.customer.in_(ids)).execute()
        Customer.delete().where(Customer.id.in_(ids)).execute()
    return len(ids)


def _put_back_changed_files(batch_id: int, actor_id: int | None) -> None:
    kinds = {field.name: field.type for field in dataclasses.fields(customers.CustomerInput)}
    for customer_id, before in (
        ImportedUpdate.select(ImportedUpdate.customer, ImportedUpdate.before)
        .where(ImportedUpdate.batch == batch_id)
        .tuples()
    ):
        values = json.loads(before)
        if values.get("birthday"):
            values["birthday"] = dt.date.fromisoformat(values["birthday"])
        current = customers.get_customer(customer_id)
        # Her shop fields as they were (JSON made their ids text); one the import filled
        # that was empty before is emptied again.
        held = {int(key): value for key, value in values.get("shop_fields", {}).items()}
        values["shop_fields"] = {**dict.fromkeys(current.data.shop_fields, ""), **held}
        data = customers.CustomerInput(**{k: v for k, v in values.items() if k in kinds})
        customers.update_customer(customer_id, data, current.version, actor_id)


def _delete_brought(batch_id: int) -> None:
    """Everything the batch made, children before parents, inside the caller's one
    transaction; the history rows of records that never were go with them."""
    for step in (_delete_entries, _delete_cards, _delete_customers):
        while step(batch_id):
            pass
    for table, model in (("staff", Staff), ("service_item", ServiceItem)):
        ChangeRecord.delete().where(
            (ChangeRecord.table == table) & ChangeRecord.record_id.in_(_ids(model, batch_id))
        ).execute()
    Staff.delete().where(Staff.import_batch == batch_id).execute()
    ServiceItem.delete().where(ServiceItem.import_batch == batch_id).execute()


def counts_in_order(batch: Batch) -> Sequence[tuple[str, int]]:
    """The batch's figures worth naming, in the order the question names them."""
    order = ("customers", "visits", "cards", "staff", "service_items", "updated")
    return [(name, batch.counts.get(name, 0)) for name in order if batch.counts.get(name, 0)]
