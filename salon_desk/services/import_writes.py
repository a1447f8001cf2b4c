"""Bulk writes for imports: many customer files and care-log entries per statement, with
the same cleaning, search keys and change history as one file saved by hand
(``customers.create_customer``), at a fraction of the cost per row (issue 14.7: the other
PC must keep working while a history comes in).

Ids come back through RETURNING (SQLite 3.35+, PostgreSQL; ``store/bulk.py``) and are
matched to what was sent by a column value unique within the call, never by order:
neither engine promises the order of RETURNING rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from salon_desk.services import audit, customers, profile_fields, value_tiers
from salon_desk.services.search_keys import key_rows
from salon_desk.services.shops import this_pc_shop
from salon_desk.store import bulk, visit_figures
from salon_desk.store.models import (
    CareLog,
    CareLogItem,
    Customer,
    CustomerSearchKey,
    ProfileFieldValue,
    TypeMark,
    utc_now,
)


def create_customers(
    people: Sequence[customers.CustomerInput], actor_id: int | None, batch_id: int
) -> list[int]:
    """New files, their ids in the order given. Raises customers.ValidationFailed for the
    first that would not save by hand either."""
    cleaned = [customers.clean_input(person) for person in people]
    shop_fields = profile_fields.by_id()
    for person in cleaned:
        stored, field_errors = profile_fields.clean_values(person.shop_fields, shop_fields)
        errors = {**customers.validate(person), **field_errors}
        if errors:
            raise customers.ValidationFailed(errors)
        person.shop_fields = stored
    now = utc_now()
    shop_id = this_pc_shop()  # the shop importing them looks after them
    made = [0] * len(cleaned)
    for group in _apart(cleaned):  # within one statement every identity is unique
        rows = [
            {
                **customers.row_values(cleaned[index]),
                "import_batch": batch_id,
                "created_at": now,
                "updated_at": now,
                "home_shop": shop_id,
            }
            for index in group
        ]
        returned = bulk.insert_returning(
            Customer, rows, (Customer.id, Customer.legacy_code, Customer.phone, Customer.name)
        )
        ids = {_identity(code, phone, name): made_id for made_id, code, phone, name in returned}
        for index in group:
            person = cleaned[index]
            made[index] = ids[_identity(person.legacy_code, person.phone, person.name)]
    keys = [
        row
        for customer_id, person in zip(made, cleaned, strict=True)
        for row in key_rows(
            customer_id, person.name, person.phone, person.other_phone, person.legacy_code
        )
    ]
    bulk.insert_rows(CustomerSearchKey, keys)
    bulk.insert_rows(
        ProfileFieldValue,
        [
            {"customer": customer_id, "field": field_id, "value": value}
            for customer_id, person in zip(made, cleaned, strict=True)
            for field_id, value in person.shop_fields.items()
            if value
        ],
    )
    bulk.insert_rows(
        TypeMark,
        [
            {"customer": customer_id, "type": type_id}
            for customer_id, person in zip(made, cleaned, strict=True)
            for type_id in person.more_type_ids
        ],
    )
    audit.record_creates(
        [
            (customer_id, customers.snapshot(person))
            for customer_id, person in zip(made, cleaned, strict=True)
        ],
        actor_id,
    )
    return made


def _apart(people: Sequence[customers.CustomerInput]) -> list[list[int]]:
    """Indexes in groups where no two share an identity (two 王芳 with no phone or code go
    in different statements, so each id comes back to its own row)."""
    groups: list[list[int]] = []
    seen: list[set[tuple[str, str]]] = []
    for index, person in enumerate(people):
        identity = _identity(person.legacy_code, person.phone, person.name)
        for group, identities in zip(groups, seen, strict=True):
            if identity not in identities:
                group.append(index)
                identities.add(identity)
                break
        else:
            groups.append([index])
            seen.append({identity})
    return groups


def _identity(code: str, phone: str, name: str) -> tuple[str, str]:
    if code:
        return ("code", code)
    return ("phone", phone) if phone else ("name", name)


@dataclass
class NewEntry:
    customer_id: int
    visited_at: dt.datetime  # naive UTC, as stored
    beautician_id: int | None
    amount_fen: int
    item_ids: list[int] = field(default_factory=list)
    products: str = ""
    feedback: str = ""
    satisfaction: int | None = None
    card_id: int | None = None
    card_sessions_used: int = 0
    card_amount_fen: int = 0


def insert_entries(entries: Sequence[NewEntry], actor_id: int | None, batch_id: int) -> int:
    """Care-log entries and their service items; each (customer, moment) must be unique
    in ``entries``. Returns how many items were written."""
    shop_id = this_pc_shop()  # the history came in at this shop
    rows = [
        {
            "customer": entry.customer_id,
            "beautician": entry.beautician_id,
            "visited_at": entry.visited_at,
            "amount_fen": entry.amount_fen,
            "products_used": entry.products,
            "feedback": entry.feedback,
            "satisfaction": entry.satisfaction,
            "card": entry.card_id,
            "card_sessions_used": entry.card_sessions_used,
            "card_amount_fen": entry.card_amount_fen,
            "created_by": actor_id,
            "created_at": utc_now(),
            "import_batch": batch_id,
            "shop": shop_id,
        }
        for entry in entries
    ]
    returned = bulk.insert_returning(
        CareLog, rows, (CareLog.id, CareLog.customer, CareLog.visited_at)
    )
    ids = {(customer_id, visited_at): entry_id for entry_id, customer_id, visited_at in returned}
    items = [
        {"care_log": ids[(entry.customer_id, entry.visited_at)], "service_item": item_id}
        for entry in entries
        for item_id in entry.item_ids
    ]
    bulk.insert_rows(CareLogItem, items)
    visit_figures.refresh(entry.customer_id for entry in entries)
    value_tiers.mark_stale()  # a history's spend: everyone counted again when next asked
    return len(items)
