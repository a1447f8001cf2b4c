"""The customer list: filtered, sorted and paged in SQL, never in Python objects."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salon_desk.chinese import search_form
from salon_desk.services import profile_fields
from salon_desk.services.search_keys import LETTER, letter_key, query_digits
from salon_desk.services.service_status import sql_datetime
from salon_desk.services.shop_scope import of_shop
from salon_desk.store.database import db, is_sqlite, raw_rows
from salon_desk.store.models import (
    Customer,
    CustomerSearchKey,
    CustomerType,
    CustomerValue,
    Staff,
    VisitFigures,
)
from salon_desk.store.search_parts import MIN_PHONE_PART


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
    VALUE_TIER = "value_tier"  # the shop's tiers, highest first (17.4)
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
    # One shop's customers in a chain (shop_scope.of_shop); None: everyone on file.
    shop_id: int | None = None
    # Those whose shop field holds this value (field id, stored value): 发质 = 干性.
    field_value: tuple[int, str] | None = None
    # Those in this value tier (the index in the shop's rules, 0 the highest).
    value_tier: int | None = None


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
    value_tier: int | None = None  # the shop's tiers, 0 the highest (17.4)
    sort_value: Any = None  # the sort column's value as stored: the next page starts after it


def starting_with(column: Any, prefix: str) -> pw.Expression:
    """``column`` starts with ``prefix``, as an index range: in binary order (UTF-8 bytes,
    code points) every such text lies between the prefix and the prefix followed by the
    last code point. (On PostgreSQL this holds for a C-collated key column.)"""
    return (column >= prefix) & (column < prefix + "\U0010ffff")


def _keys_starting(prefix: str, kind: str | None = None) -> pw.Select:
    condition = starting_with(CustomerSearchKey.key, prefix)
    if kind is not None:
        condition &= CustomerSearchKey.kind == kind
    return CustomerSearchKey.select(CustomerSearchKey.customer).where(condition)


MIN_WECHAT_PART = 3  # a WeChat id is searched from three characters


def text_condition(text: str) -> pw.Expression | None:
    """Digits: any three or more anywhere in either phone (fewer: the phone's start).
    Anything else: any part of her name in either script, her pinyin or its initials
    from the start, or her code in the previous system from its start. Each is one
    range of an index (search_parts.py), never ``LIKE '%…%'``."""
    text = text.strip()
    if not text:
        return None
    digits = query_digits(text)
    if digits:
        if len(digits) < MIN_PHONE_PART:
            return starting_with(Customer.phone, digits)
        return Customer.id.in_(_keys_starting(digits, kind="digits"))
    key = search_form(text)
    if not key:  # only spaces and dots: every key would start with it
        return Customer.id.in_([])
    found = _keys_starting(key)
    code = text.upper()
    if code.isascii() and code.isalnum():  # her code in the previous system, by its start
        # One IN over a UNION, not an OR beside it: with an OR, SQLite tests every
        # customer in list order (30 ms at 100k) instead of reading two index ranges.
        found = found | Customer.select(Customer.id).where(
            starting_with(Customer.legacy_code, code)
        )
    if len(text) >= MIN_WECHAT_PART and text.isascii() and " " not in text:
        # Her WeChat id from its start, whatever the case (a prospect may have left
        # nothing else).
        found = found | Customer.select(Customer.id).where(
            starting_with(Customer.wechat_key, text.lower())
        )
    return Customer.id.in_(found)


def _first_page_character(query: CustomerQuery) -> str | None:
    """The character a one-character search in name order asks for (not a digit: that
    is a phone's start): its matches are read in order from the letter keys."""
    if query.sort is not SortKey.NAME or query_digits(query.text.strip()):
        return None
    key = search_form(query.text.strip())
    return key if len(key) == 1 else None


def _base(query: CustomerQuery, text: bool = True) -> pw.ModelSelect:
    select = Customer.select()
    if not query.include_archived:
        select = select.where(_most_rows(Customer.archived_at.is_null()))
    if query.staff_id is not None:
        select = select.where(Customer.responsible_staff == query.staff_id)
    condition = text_condition(query.text) if text else None
    if condition is not None:
        select = select.where(condition)
    if query.only_ids is not None:
        select = select.where(one_of(Customer.id, query.only_ids))
    if query.shop_id is not None:
        select = select.where(of_shop(query.shop_id))
    if query.field_value is not None:
        field_id, value = query.field_value
        select = select.where(profile_fields.filter_condition(field_id, value, Customer.id))
    if query.value_tier is not None:
        in_tier = CustomerValue.select(CustomerValue.customer).where(
            CustomerValue.tier == query.value_tier
        )
        select = select.where(Customer.id.in_(in_tier))
    return select


def _most_rows(condition: pw.Expression) -> pw.Expression:
    """Tell SQLite that nearly every customer passes: without statistics it takes the
    archived_at index for a narrow search and sorts all 100,000 files for each page
    (28 ms) instead of reading the sort column's index in order (0.2 ms)."""
    return pw.fn.likely(condition) if is_sqlite() else condition


def ids_param(ids: frozenset[int]) -> object:
    """A set of ids as one parameter (``one_of``, ``one_of_sql``): a chart's bar or an
    export may hold more customers than SQLite allows parameters (32766)."""
    return json.dumps(sorted(ids)) if is_sqlite() else sorted(ids)


def one_of_sql(column: str) -> str:
    """``column`` is one of the ids ``ids_param`` passes, in hand-written SQL."""
    if is_sqlite():
        return f"{column} IN (SELECT value FROM json_each({db.param}))"
    return f"{column} = ANY({db.param})"


def one_of(column: Any, ids: frozenset[int]) -> pw.Expression:
    """``column IN (…)`` with the ids as one parameter (``ids_param``)."""
    if is_sqlite():
        return column.in_(pw.SQL("(SELECT value FROM json_each(?))", (ids_param(ids),)))
    # One array parameter: peewee would spread a plain list into (…, …) otherwise.
    return column == pw.fn.ANY(pw.Value(ids_param(ids), unpack=False))


def customer_ids(query: CustomerQuery) -> frozenset[int]:
    """Every customer the list shows for ``query`` (for exporting "the current list")."""
    return frozenset(row[0] for row in _base(query).select(Customer.id).tuples())


def count_customers(query: CustomerQuery) -> int:
    return int(_base(query).count())


_PSYCHOLOGY = CustomerType.alias("psychology")
_PERSONALITY = CustomerType.alias("personality")
# The list's sort columns, and whether each may be empty (NULL sorts last either way).
_SORT_COLUMNS: dict[SortKey, tuple[Any, bool]] = {
    SortKey.NAME: (Customer.name_sort, False),
    SortKey.PHONE: (Customer.phone, False),
    SortKey.GENDER: (Customer.gender, False),
    # Older birthday = higher age; unknown ages sort last either way.
    SortKey.AGE: (Customer.birthday, True),
    SortKey.SKIN_TYPE: (Customer.skin_type, False),
    SortKey.STAFF: (Staff.name, True),
    SortKey.LAST_VISIT: (VisitFigures.last_visit_at, True),
    SortKey.PSYCHOLOGY: (_PSYCHOLOGY.sort_order, True),
    SortKey.PERSONALITY: (_PERSONALITY.sort_order, True),
    SortKey.VALUE_TIER: (CustomerValue.tier, True),
    SortKey.CREATED: (Customer.created_at, False),
}


def _with_sort_column(select: pw.ModelSelect, sort: SortKey) -> pw.ModelSelect:
    """Join what the sort column lives in (only that: the page's other columns are
    fetched for its 200 rows afterwards)."""
    joins = {
        SortKey.STAFF: (Staff, Customer.responsible_staff == Staff.id),
        SortKey.LAST_VISIT: (VisitFigures, VisitFigures.customer == Customer.id),
        SortKey.PSYCHOLOGY: (_PSYCHOLOGY, Customer.psychology_type == _PSYCHOLOGY.id),
        SortKey.PERSONALITY: (_PERSONALITY, Customer.personality_type == _PERSONALITY.id),
        SortKey.VALUE_TIER: (CustomerValue, CustomerValue.customer == Customer.id),
    }
    if sort not in joins:
        return select
    table, on = joins[sort]
    return select.join_from(Customer, table, pw.JOIN.LEFT_OUTER, on=on)


def _after(
    column: Any, nullable: bool, descending: bool, row: CustomerRow, row_id: Any = Customer.id
) -> pw.Expression:
    """The rows that come after ``row`` in the list's order (sort column, then id, both
    the same way, empty values last): the next page read by key, not by OFFSET."""
    if row.sort_value is None:
        return column.is_null() & ((row_id < row.id) if descending else (row_id > row.id))
    pair, last = pw.Tuple(column, row_id), pw.Tuple(row.sort_value, row.id)
    later = (pair < last) if descending else (pair > last)
    return (later | column.is_null()) if nullable else later


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def fetch_page(
    query: CustomerQuery, offset: int, limit: int, after: CustomerRow | None = None
) -> list[CustomerRow]:
    """``limit`` rows of the list from ``offset``, or, quicker at any depth, the ones
    following ``after`` (the previous page's last row).

    Two steps: the page's ids in order (only the sort column is sorted, whatever the
    number of matches), then their columns for those ids alone."""
    column, nullable = _SORT_COLUMNS[query.sort]
    descending = query.descending != (query.sort is SortKey.AGE)
    row_id: Any = Customer.id
    character = _first_page_character(query)
    if character is None:
        ids = _with_sort_column(_base(query).select(Customer.id, column), query.sort)
    else:  # her letter key: the character, then her place in the name order
        column, row_id = CustomerSearchKey.key, CustomerSearchKey.customer
        prefix = letter_key(character, "")
        ids = (
            _base(query, text=False)
            .select(CustomerSearchKey.customer, column)
            .join(CustomerSearchKey, on=(CustomerSearchKey.customer == Customer.id))
            .where(starting_with(column, prefix) & (CustomerSearchKey.kind == LETTER))
        )
    ordering = [
        column.desc(nulls="LAST") if descending else column.asc(nulls="LAST"),
        row_id.desc() if descending else row_id,
    ]
    if after is not None:
        ids = ids.where(_after(column, nullable, descending, after, row_id))
    else:
        ids = ids.offset(offset)
    # Raw rows (peewee's per-value conversion was half the page's time); the sort value
    # goes back into the next page's query exactly as the database gave it.
    order = {row_id: (place, value) for place, (row_id, value) in enumerate(
        raw_rows(ids.order_by(*ordering).limit(limit))
    )}  # fmt: skip
    if not order:
        return []
    details = (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.gender,
            Customer.birthday,
            Customer.skin_type,
            Staff.name,
            VisitFigures.last_visit_at,
            Customer.psychology_type,
            Customer.personality_type,
            Customer.archived_at,
            CustomerValue.tier,
        )
        .join_from(Customer, Staff, pw.JOIN.LEFT_OUTER, on=(Customer.responsible_staff == Staff.id))
        .join_from(
            Customer, VisitFigures, pw.JOIN.LEFT_OUTER, on=(VisitFigures.customer == Customer.id)
        )
        .join_from(
            Customer, CustomerValue, pw.JOIN.LEFT_OUTER, on=(CustomerValue.customer == Customer.id)
        )
        .where(one_of(Customer.id, frozenset(order)))
    )
    rows = [
        CustomerRow(
            id=row[0],
            name=row[1],
            phone=row[2],
            gender=row[3],
            birthday=_date(row[4]),
            skin_type=row[5],
            staff_name=row[6] or "",
            last_visit=sql_datetime(row[7]),
            psychology_type_id=row[8],
            personality_type_id=row[9],
            archived=row[10] is not None,
            value_tier=row[11],
            sort_value=order[row[0]][1],
        )
        for row in raw_rows(details)
    ]
    return sorted(rows, key=lambda row: order[row.id][0])
