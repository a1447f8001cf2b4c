"""A second shop's file into a chain's server (issue 16.5): the shop joins the chain, and
a customer the chain already has — the same phone — becomes ONE file with both histories
and both shops' cards; staff, service items and types are matched by name. Nothing is
lost or doubled: every table gains exactly the file's rows less those matched, checked
before the commit. The file is only read.

Ids: rows of the file that are not matched keep their own id plus a per-table offset (the
server's highest id), so every reference inside the file moves with them; the tables
are locked for the merge (other PCs wait a few seconds), so no other insert takes those
ids. Import batches do not cross (an import's undo ends where its rows join a chain).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from salon_desk.store import bulk, visit_figures
from salon_desk.store.database import db, write_transaction
from salon_desk.store.models import (
    Card,
    CareLog,
    CareLogItem,
    ChangeRecord,
    Complaint,
    ComplaintSignOff,
    Customer,
    CustomerRetention,
    CustomerSearchKey,
    CustomerType,
    CustomerValue,
    Event,
    EventGuest,
    FollowUp,
    ProfileField,
    ProfileFieldValue,
    Relation,
    ServiceItem,
    Setting,
    Shop,
    ShopSetting,
    Staff,
    TypeMark,
)
from salon_desk.store.move import MoveRefused, _columns, _file_rows, _restart_ids

# Copied with an offset on their ids; the order keeps every reference behind its target.
OFFSET_TABLES: tuple[type[pw.Model], ...] = (
    Customer, Card, CareLog, FollowUp, Complaint, ComplaintSignOff, Relation, Event, EventGuest,
)  # fmt: skip
ROWS_PER_INSERT = 2_000


class DryRun(Exception):
    """Raised inside the transaction to take everything back after the report is made."""


@dataclass
class MergeReport:
    shop_id: int = 0
    # (the chain's customer id, her name there, the name in the file, the phone)
    same_customers: list[tuple[int, str, str, str]] = field(default_factory=list)
    staff_matched: list[str] = field(default_factory=list)
    items_matched: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)  # table → rows added
    expected: dict[str, int] = field(default_factory=dict)  # table → rows the file brings
    imports_left_behind: int = 0

    @property
    def whole(self) -> bool:
        return self.added == self.expected


def _rows(connection: sqlite3.Connection, model: type[pw.Model]) -> list[dict[str, Any]]:
    names = [column.name for column in _columns(model)]
    return [dict(zip(names, values, strict=True)) for values in _file_rows(connection, model)]


def _by_name(
    model: type[pw.Model], rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any]
) -> tuple[dict[int, int], list[dict[str, Any]], list[str]]:
    """The file's rows matched to the chain's by ``key``: (file id → chain id, the rows
    to add, the names matched)."""
    chain = {key(row.__data__): row.id for row in model.select()}
    mapped, new, matched = {}, [], []
    for row in rows:
        found = chain.get(key(row))
        if found is None:
            new.append(row)
        else:
            mapped[row["id"]] = found
            matched.append(str(row.get("name") or row.get("code")))
    return mapped, new, matched


def _name(model: Any) -> str:
    return str(model._meta.table_name)


def _insert_in_chunks(model: type[pw.Model], rows: list[dict[str, Any]]) -> None:
    """Many rows, a few thousand per statement (ids given or not)."""
    for start in range(0, len(rows), ROWS_PER_INSERT):
        bulk.insert_rows(model, rows[start : start + ROWS_PER_INSERT])


def _lock_tables() -> None:
    """Other PCs' writes wait for the merge (a server's tables; SQLite's IMMEDIATE
    transaction already holds the whole file)."""
    if isinstance(db.obj, pw.PostgresqlDatabase):
        tables = ", ".join(f'"{_name(m)}"' for m in (*OFFSET_TABLES, Staff, Shop))
        db.execute_sql(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")


def merge_file_into_chain(source: Path, shop_name: str, dry_run: bool = False) -> MergeReport:
    """Merge the file at ``source`` (at this version's schema) into the open database as
    the shop ``shop_name``; ``dry_run`` reports and changes nothing."""
    if not shop_name.strip():
        raise MoveRefused("name the shop the file becomes (--shop)")
    if Shop.select().where(Shop.name == shop_name.strip()).exists():
        raise MoveRefused(f"the chain already has a shop named {shop_name}")
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    report = MergeReport()
    try:
        with write_transaction():
            _lock_tables()
            _merge(connection, shop_name.strip(), report)
            if not report.whole:
                raise MoveRefused(
                    "the tables did not gain what the file holds "
                    f"(added {report.added}, expected {report.expected}): nothing was kept"
                )
            if dry_run:
                raise DryRun
    except DryRun:
        pass
    finally:
        connection.close()
    return report


def _count(model: type[pw.Model]) -> int:
    return int(model.select().count())


def _merge(connection: sqlite3.Connection, shop_name: str, report: MergeReport) -> None:
    before = {name: _count(model) for name, model in _MODELS_BY_NAME.items()}
    shop = int(Shop.insert(name=shop_name).execute())
    report.shop_id = shop
    staff_map, new_staff, report.staff_matched = _by_name(
        Staff, _rows(connection, Staff), lambda row: row["name"]
    )
    item_map, new_items, report.items_matched = _by_name(
        ServiceItem, _rows(connection, ServiceItem), lambda row: row["name"]
    )
    type_map, new_types, _ = _by_name(
        CustomerType,
        _rows(connection, CustomerType),
        lambda row: (row["kind"], row["code"] or row["name"]),
    )
    for model, rows, mapping in (
        (Staff, new_staff, staff_map),
        (ServiceItem, new_items, item_map),
        (CustomerType, new_types, type_map),
    ):
        for row in rows:  # a few dozen: one at a time, with new ids
            values = {k: v for k, v in row.items() if k not in ("id", "import_batch")}
            if model is Staff:
                values["shop"] = None if row["role"] == "owner" else shop
            mapping[row["id"]] = int(model.insert(**values).execute())
    field_map, new_fields = _merge_profile_fields(connection)
    offsets = {
        model: int(model.select(pw.fn.MAX(model.id)).scalar() or 0) for model in OFFSET_TABLES
    }
    customers = _rows(connection, Customer)
    by_phone = {
        phone: (customer_id, name)
        for customer_id, name, phone in Customer.select(Customer.id, Customer.name, Customer.phone)
        .where((Customer.phone != "") & Customer.erased_at.is_null())
        .tuples()
    }
    customer_map: dict[int, int] = {}
    new_customers = []
    for row in customers:
        found = by_phone.get(row["phone"]) if row["phone"] and not row["erased_at"] else None
        if found is not None:
            customer_map[row["id"]] = found[0]
            report.same_customers.append((found[0], found[1], row["name"], row["phone"]))
        else:
            customer_map[row["id"]] = row["id"] + offsets[Customer]
            new_customers.append(row)

    def moved(model: type[pw.Model], row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        out["id"] = row["id"] + offsets[model]
        if "import_batch" in out:
            out["import_batch"] = None
        if "shop" in out and model is not Customer:
            out["shop"] = shop
        return out

    rows = []
    referrals = []
    for row in new_customers:
        out = moved(Customer, row)
        out["home_shop"] = shop
        out["responsible_staff"] = staff_map.get(row["responsible_staff"])
        out["referred_by_staff"] = staff_map.get(row["referred_by_staff"])
        out["psychology_type"] = type_map.get(row["psychology_type"])
        out["personality_type"] = type_map.get(row["personality_type"])
        if row["referred_by"] is not None:
            referrals.append((out["id"], customer_map.get(row["referred_by"])))
        out["referred_by"] = None
        rows.append(out)
    _insert_in_chunks(Customer, rows)
    for customer_id, referrer in referrals:
        Customer.update(referred_by=referrer).where(Customer.id == customer_id).execute()
    added_ids = {row["id"] for row in new_customers}  # the matched keep the chain's keys
    keys = [
        {"customer": customer_map[row["customer"]], "kind": row["kind"], "key": row["key"]}
        for row in _rows(connection, CustomerSearchKey)
        if row["customer"] in added_ids
    ]
    _insert_in_chunks(CustomerSearchKey, keys)

    def after_offset(model: type[pw.Model]) -> Callable[[Any], Any]:
        return lambda value: None if value is None else value + offsets[model]

    # Each table's references into the chain: required ones looked up strictly.
    references: dict[Any, dict[str, Callable[[Any], Any]]] = {
        Card: {
            "customer": customer_map.__getitem__,
            "service_item": item_map.get,
            "sold_by": staff_map.get,
        },
        CareLog: {
            "customer": customer_map.__getitem__,
            "beautician": staff_map.get,
            "card": after_offset(Card),
            "created_by": staff_map.get,
        },
        FollowUp: {
            "customer": customer_map.__getitem__,
            "assignee": staff_map.__getitem__,
            "created_by": staff_map.get,
        },
        Complaint: {
            "customer": customer_map.__getitem__,
            "handled_by": staff_map.get,
            "service_item": item_map.get,
            "care_log": after_offset(CareLog),
        },
        ComplaintSignOff: {"complaint": after_offset(Complaint), "signer": staff_map.get},
        Relation: {"customer": customer_map.__getitem__, "other": customer_map.get},
        Event: {},  # (its shop is the merged shop, as every record's)
        EventGuest: {"event": after_offset(Event), "customer": customer_map.__getitem__},
    }
    for model, remaps in references.items():
        _insert_in_chunks(
            model,
            [
                moved(model, row) | {name: remap(row[name]) for name, remap in remaps.items()}
                for row in _rows(connection, model)
            ],
        )
    items = [
        {
            "care_log": row["care_log"] + offsets[CareLog],
            "service_item": item_map[row["service_item"]],
        }
        for row in _rows(connection, CareLogItem)
    ]
    _insert_in_chunks(CareLogItem, items)
    matched = [chain_id for chain_id, *_ in report.same_customers]
    answers = _merge_field_values(connection, customer_map, field_map, matched)
    # A customer the chain already had keeps the chain's types, as her other fields.
    kept = set(matched)
    marks = [
        {"customer": customer_map[row["customer"]], "type": type_map[row["type"]]}
        for row in _rows(connection, TypeMark)
        if customer_map[row["customer"]] not in kept
    ]
    _insert_in_chunks(TypeMark, marks)
    record_maps: dict[str, Callable[[int], int]] = {
        "customer": lambda n: customer_map.get(n, n),
        "care_log": lambda n: n + offsets[CareLog],
        "card": lambda n: n + offsets[Card],
        "follow_up": lambda n: n + offsets[FollowUp],
        "complaint": lambda n: n + offsets[Complaint],
        "complaint_sign_off": lambda n: n + offsets[ComplaintSignOff],
        "relation": lambda n: n + offsets[Relation],
        "event": lambda n: n + offsets[Event],
        "event_guest": lambda n: n + offsets[EventGuest],
        "staff": lambda n: staff_map.get(n, n),
        "service_item": lambda n: item_map.get(n, n),
        "customer_type": lambda n: type_map.get(n, n),
        "profile_field": lambda n: field_map.get(n, n),
    }

    def field_key(name: str) -> str:
        """A shop field's value in the history is named by the field's id: the chain's."""
        if name.startswith("field:") and name[6:].isdigit():
            return f"field:{field_map.get(int(name[6:]), int(name[6:]))}"
        return name

    history = [
        {
            **{k: v for k, v in row.items() if k != "id"},
            "record_id": record_maps.get(row["table"], lambda n: n)(row["record_id"]),
            "customer": None if row["customer"] is None else customer_map[row["customer"]],
            "staff": staff_map.get(row["staff"]),
            "field": field_key(row["field"]),
        }
        for row in _rows(connection, ChangeRecord)
    ]
    _insert_in_chunks(ChangeRecord, history)
    for row in _rows(connection, Setting):  # the file's settings become the shop's own
        ShopSetting.insert(shop=shop, key=row["key"], value=row["value"]).execute()
    report.imports_left_behind = int(
        connection.execute("SELECT COUNT(*) FROM import_batch").fetchone()[0]
    )
    if isinstance(db.obj, pw.PostgresqlDatabase):  # SQLite goes on after the highest id
        for model in OFFSET_TABLES:
            _restart_ids(model)
    visit_figures.refresh(customer_map.values())
    CustomerValue.update(as_of=0).execute()  # value tiers: everyone counted again (17.4)
    # A shop joined: the chain's history is another; every P(alive) is counted again
    # with the next fit (19.5).
    CustomerRetention.delete().execute()
    file_counts = {
        _name(m): int(connection.execute(f'SELECT COUNT(*) FROM "{_name(m)}"').fetchone()[0])
        for m in (*OFFSET_TABLES, CareLogItem, ChangeRecord)
    }
    report.expected = {
        **file_counts,
        "customer": file_counts["customer"] - len(report.same_customers),
        "staff": len(new_staff),
        "service_item": len(new_items),
        "customer_type": len(new_types),
        "profile_field": len(new_fields),
        "profile_field_value": answers,
        "type_mark": len(marks),
    }
    after = {name: _count(model) for name, model in _MODELS_BY_NAME.items()}
    report.added = {name: after[name] - before[name] for name in report.expected}


_MODELS_BY_NAME: dict[str, Any] = {
    _name(m): m
    for m in (
        *OFFSET_TABLES, CareLogItem, ChangeRecord, Staff, ServiceItem, CustomerType,
        ProfileField, ProfileFieldValue, TypeMark,
    )
}  # fmt: skip


def _merge_profile_fields(
    connection: sqlite3.Connection,
) -> tuple[dict[int, int], list[dict[str, Any]]]:
    """The file's own customer fields matched to the chain's by name (a choice field
    gains the file's options it lacks), the others added after the chain's. Refused when
    a field of the same name holds another kind of value."""
    file_fields = _rows(connection, ProfileField)
    chain = {row.label: row for row in ProfileField.select()}
    mapping: dict[int, int] = {}
    new = []
    last = max((row.position for row in chain.values()), default=0)
    for row in file_fields:
        found = chain.get(row["label"])
        if found is None:
            new.append(row)
            last += 1
            values = {k: v for k, v in row.items() if k != "id"} | {"position": last}
            mapping[row["id"]] = int(ProfileField.insert(**values).execute())
            continue
        if found.kind != row["kind"]:
            raise MoveRefused(
                f"the field {row['label']} holds {row['kind']} values in the file and "
                f"{found.kind} values in the chain: make them one kind first"
            )
        options = list(dict.fromkeys([*found.choices.split("\n"), *row["choices"].split("\n")]))
        choices = "\n".join(option for option in options if option)
        if choices != found.choices:
            ProfileField.update(choices=choices).where(ProfileField.id == found.id).execute()
        mapping[row["id"]] = found.id
    return mapping, new


def _merge_field_values(
    connection: sqlite3.Connection,
    customer_map: dict[int, int],
    field_map: dict[int, int],
    matched: list[int],
) -> int:
    """The file's answers under the chain's ids; a customer the chain already had
    (``matched``) keeps the chain's answer where it has one, as her built-in fields do.
    Returns how many were added."""
    held: set[tuple[int, int]] = set()
    for start in range(0, len(matched), ROWS_PER_INSERT):  # within a statement's parameters
        held.update(
            ProfileFieldValue.select(ProfileFieldValue.customer, ProfileFieldValue.field)
            .where(ProfileFieldValue.customer.in_(matched[start : start + ROWS_PER_INSERT]))
            .tuples()
        )
    rows = []
    for row in _rows(connection, ProfileFieldValue):
        key = (customer_map[row["customer"]], field_map[row["field"]])
        if key not in held:
            rows.append({"customer": key[0], "field": key[1], "value": row["value"]})
    _insert_in_chunks(ProfileFieldValue, rows)
    return len(rows)
