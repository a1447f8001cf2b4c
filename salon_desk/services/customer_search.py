"""The customer list: filtered, sorted and paged in SQL, never in Python objects."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

import peewee as pw

from salon_desk.chinese import has_han
from salon_desk.services.search_keys import (
    normalize_query,
    query_digits,
    query_is_pinyin,
    simplified_key,
)
from salon_desk.services.service_status import sql_datetime
from salon_desk.store.database import is_sqlite
from salon_desk.store.models import CareLog, Customer, CustomerSearchKey, CustomerType, Staff


class SortKey(enum.StrEnum):
    NAME = "name"
    PHONE = "phone"
    GENDER = "gender"
    AGE = "age"
    SKIN_TYPE = "skin_type"
    STAFF = "staff"
    LAST_VISIT = "last_visit"
    PSYCHOLOGY = "psychology"
    PERSONALITY = "personality"
    CREATED = "created"


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    include_archived: bool = False
    staff_id: int | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False
    # Exactly these customers (the ones behind a chart's bar), whatever else is asked.
    only_ids: frozenset[int] | None = None


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    phone: str
    gender: str
    birthday: dt.date | None
    skin_type: str
    staff_name: str
    last_visit: dt.datetime | None  # UTC
    psychology_type_id: int | None
    personality_type_id: int | None
    archived: bool


def text_condition(text: str) -> pw.Expression | None:
    text = text.strip()
    if not text:
        return None
    conditions: list[Any] = []
    digits = query_digits(text)
    if digits:
        if len(digits) == 4:
            conditions.append(Customer.phone_last4 == digits)
            conditions.append(Customer.other_phone_last4 == digits)
        if len(digits) >= 3:
            conditions.append(Customer.phone.contains(digits))
        if not conditions:
            return Customer.phone.startswith(digits)
        return reduce(or_, conditions)
    conditions.append(Customer.name.contains(text))
    code = text.upper()
    if code.isascii() and code.isalnum():  # her code in the previous system, by its start
        conditions.append((Customer.legacy_code >= code) & (Customer.legacy_code < code + "~"))
    if has_han(text):
        # Either script finds both: the query and every name are compared simplified.
        same_name = CustomerSearchKey.select(CustomerSearchKey.customer).where(
            (CustomerSearchKey.kind == "simplified")
            & CustomerSearchKey.key.contains(simplified_key(text))
        )
        conditions.append(Customer.id.in_(same_name))
    key = normalize_query(text)
    if query_is_pinyin(key):
        # Keys are lowercase ASCII, so "~" sorts after every key with this prefix and
        # the range uses the index on key.
        matching = CustomerSearchKey.select(CustomerSearchKey.customer).where(
            (CustomerSearchKey.key >= key) & (CustomerSearchKey.key < key + "~")
        )
        conditions.append(Customer.id.in_(matching))
    return reduce(or_, conditions)


_LAST_VISIT = CareLog.select(pw.fn.MAX(CareLog.visited_at)).where(
    (CareLog.customer == Customer.id) & CareLog.voided_at.is_null()
)


def _base(query: CustomerQuery) -> pw.ModelSelect:
    select = Customer.select()
    if not query.include_archived:
        select = select.where(Customer.archived_at.is_null())
    if query.staff_id is not None:
        select = select.where(Customer.responsible_staff == query.staff_id)
    condition = text_condition(query.text)
    if condition is not None:
        select = select.where(condition)
    if query.only_ids is not None:
        select = select.where(one_of(Customer.id, query.only_ids))
    return select


def one_of(column: Any, ids: frozenset[int]) -> pw.Expression:
    """``column IN (…)`` as one parameter: a chart's bar or an export may hold more
    customers than SQLite allows parameters (32766)."""
    listed = sorted(ids)
    if is_sqlite():
        return column.in_(pw.SQL("(SELECT value FROM json_each(?))", (json.dumps(listed),)))
    return column == pw.fn.ANY(listed)


def customer_ids(query: CustomerQuery) -> frozenset[int]:
    """Every customer the list shows for ``query`` (for exporting "the current list")."""
    return frozenset(row[0] for row in _base(query).select(Customer.id).tuples())


def count_customers(query: CustomerQuery) -> int:
    return int(_base(query).count())


def fetch_page(query: CustomerQuery, offset: int, limit: int) -> list[CustomerRow]:
    psychology = CustomerType.alias("psychology")
    personality = CustomerType.alias("personality")
    last_visit = _LAST_VISIT.alias("last_visit")
    select = (
        _base(query)
        .select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.gender,
            Customer.birthday,
            Customer.skin_type,
            Staff.name,
            last_visit,
            Customer.psychology_type,
            Customer.personality_type,
            Customer.archived_at,
        )
        .join_from(Customer, Staff, pw.JOIN.LEFT_OUTER, on=(Customer.responsible_staff == Staff.id))
        .join_from(
            Customer, psychology, pw.JOIN.LEFT_OUTER, on=(Customer.psychology_type == psychology.id)
        )
        .join_from(
            Customer,
            personality,
            pw.JOIN.LEFT_OUTER,
            on=(Customer.personality_type == personality.id),
        )
    )
    sort_columns: dict[SortKey, Any] = {
        SortKey.NAME: Customer.name_sort,
        SortKey.PHONE: Customer.phone,
        SortKey.GENDER: Customer.gender,
        # Older birthday = higher age; unknown ages sort last either way.
        SortKey.AGE: Customer.birthday,
        SortKey.SKIN_TYPE: Customer.skin_type,
        SortKey.STAFF: Staff.name,
        SortKey.LAST_VISIT: pw.SQL("last_visit"),
        SortKey.PSYCHOLOGY: psychology.sort_order,
        SortKey.PERSONALITY: personality.sort_order,
        SortKey.CREATED: Customer.created_at,
    }
    column = sort_columns[query.sort]
    descending = query.descending != (query.sort is SortKey.AGE)
    ordering = column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
    select = select.order_by(ordering, Customer.id).limit(limit).offset(offset)
    return [
        CustomerRow(
            id=row[0],
            name=row[1],
            phone=row[2],
            gender=row[3],
            birthday=row[4],
            skin_type=row[5],
            staff_name=row[6] or "",
            last_visit=sql_datetime(row[7]),
            psychology_type_id=row[8],
            personality_type_id=row[9],
            archived=row[10] is not None,
        )
        for row in select.tuples()
    ]
