"""Applying a checked import: every chosen row lands in one transaction, or none does."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from salon_desk.services import (
    backups,
    customer_types,
    customers,
    import_batches,
    import_writes,
    profile_fields,
)
from salon_desk.services.excel_import import ImportRow
from salon_desk.services.permissions import Permission, require
from salon_desk.store.database import sqlite_path, write_transaction
from salon_desk.store.models import Customer

PROGRESS_EVERY = 100
CREATE_EVERY = 1000  # new files per bulk call, with a progress report after each


class Duplicate(enum.StrEnum):
    SKIP = "skip"
    UPDATE = "update"


class ImportCancelled(Exception):
    pass


@dataclass
class ImportResult:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # row numbers: duplicates left alone
    refused: list[int] = field(default_factory=list)  # row numbers with problems


def _merged(current: customers.CustomerInput, imported: ImportRow) -> customers.CustomerInput:
    """Her file with the file's values over it; what the file left empty changes nothing."""
    fields = {f.name for f in dataclasses.fields(current)}
    changes = {name: getattr(imported.data, name) for name in imported.provided if name in fields}
    shop_fields = dict(current.shop_fields)
    shop_fields.update(
        (field_id, value)
        for field_id, value in imported.data.shop_fields.items()
        if value and profile_fields.key_of(field_id) in imported.provided
    )
    # Her further types of each catalogue the file gave are the file's; of the others,
    # hers stay (17.3).
    given = {kind for kind, name in TYPE_INPUTS.items() if name in imported.provided}
    if given:
        kinds = customer_types.kinds_of(current.more_type_ids)
        kept = [t for t in current.more_type_ids if kinds.get(t) not in given]
        changes["more_type_ids"] = tuple(sorted({*kept, *imported.data.more_type_ids}))
    return dataclasses.replace(current, **changes, shop_fields=shop_fields)


TYPE_INPUTS = {
    "psychology": "psychology_type_id",
    "personality": "personality_type_id",
    "trait": "traits",
}


def apply_import(
    rows: Sequence[ImportRow],
    actor_id: int | None,
    duplicates: Mapping[int, Duplicate] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    source: str = "",
) -> ImportResult:
    """Create the good rows, update or skip the ones whose phone is on file (``duplicates``
    by row number; skip unless told), skip later rows repeating an earlier row's phone.
    ``progress`` returning False cancels: nothing is kept."""
    require(actor_id, Permission.IMPORT)
    path = sqlite_path()
    if path is not None and rows:
        backups.back_up(path, "before-import", backups.keep_count())
    duplicates = duplicates or {}
    result = ImportResult()
    phones: dict[str, int] = {}
    with write_transaction():
        batch = import_batches.start("customers", source, actor_id)
        new_rows: list[ImportRow] = []
        for done, row in enumerate(rows, start=1):
            if (
                progress is not None
                and done % PROGRESS_EVERY == 0
                and not progress(done, len(rows) * 2)
            ):
                raise ImportCancelled
            if not row.ok:
                result.refused.append(row.number)
            elif row.duplicate_of is not None:
                result.skipped.append(row.number)
            elif row.existing_id is not None:
                if duplicates.get(row.number, Duplicate.SKIP) is Duplicate.UPDATE:
                    import_batches.remember_before(batch, row.existing_id)
                    current = customers.get_customer(row.existing_id)
                    customers.update_customer(
                        row.existing_id, _merged(current.data, row), current.version, actor_id
                    )
                    result.updated.append(row.existing_id)
                    phones[row.data.phone] = row.existing_id
                else:
                    result.skipped.append(row.number)
            else:
                new_rows.append(row)
        # New files in bulk, as a visit history's (one file at a time was 3 ms each).
        for start in range(0, len(new_rows), CREATE_EVERY):
            part = new_rows[start : start + CREATE_EVERY]
            made = import_writes.create_customers([row.data for row in part], actor_id, batch)
            result.created.extend(made)
            phones.update(
                (row.data.phone, made_id)
                for row, made_id in zip(part, made, strict=True)
                if row.data.phone
            )
            done = len(rows) + (start + len(part)) * len(rows) // max(len(new_rows), 1)
            if progress is not None and not progress(done, len(rows) * 2):
                raise ImportCancelled
        _link_referrers(rows, phones, actor_id, batch)
        if progress is not None and not progress(len(rows) * 2, len(rows) * 2):
            raise ImportCancelled
        counts = (
            f"+{len(result.created)} ~{len(result.updated)} ={len(result.skipped)} "
            f"x{len(result.refused)}"
        )
        import_batches.finish(batch, actor_id, " · ".join(filter(None, (source, counts))))
    return result


def _link_referrers(
    rows: Sequence[ImportRow], phones: dict[str, int], actor_id: int | None, batch: int
) -> None:
    """Referrers by phone (or by a name only one file has), once every row exists."""
    for row in rows:
        customer_id = phones.get(row.data.phone) if row.data.phone else None
        if customer_id is None or not (row.referrer_phone or row.referrer_name):
            continue
        referrer = phones.get(row.referrer_phone) if row.referrer_phone else None
        if referrer is None and row.referrer_phone:
            referrer = (
                Customer.select(Customer.id).where(Customer.phone == row.referrer_phone).scalar()
            )
        if referrer is None and row.referrer_name:
            named = list(
                Customer.select(Customer.id).where(Customer.name == row.referrer_name).tuples()
            )
            referrer = named[0][0] if len(named) == 1 else None
        if referrer is None or referrer == customer_id:
            continue
        current = customers.get_customer(customer_id)
        if current.data.referred_by_id != referrer:
            import_batches.remember_before(batch, customer_id)
            data = dataclasses.replace(current.data, referred_by_id=referrer)
            customers.update_customer(customer_id, data, current.version, actor_id)
