"""Property-based: whatever people type or a spreadsheet holds, the validators and the
importer answer without crashing, and a record is written whole or not at all."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon_desk.chinese import search_form
from salon_desk.services import customer_import, customers, excel_import
from salon_desk.services.customer_search import CustomerQuery, customer_ids
from salon_desk.services.customers import CustomerInput
from salon_desk.services.excel_import import Table, Vocabulary
from salon_desk.services.search_keys import query_digits
from salon_desk.services.validation import (
    last4,
    normalize_phone,
    parse_yuan,
    phone_is_valid,
    yuan_text,
)
from salon_desk.store.models import ChangeRecord, Customer, CustomerSearchKey

TODAY = dt.date(2026, 11, 23)
WITH_DATABASE = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Text as it arrives from keyboards and old files: Chinese, full-width, control characters.
typed = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("张慧敏０１２３４５６７８９＋－ 　\t\n,，¥元.-+()（）"),
    ),
    max_size=40,
)
cells = st.one_of(
    st.none(),
    typed,
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.datetimes(),
)


@given(typed)
def test_phone_rules_never_crash(raw: str) -> None:
    phone = normalize_phone(raw)
    valid = phone_is_valid(phone)
    assert isinstance(valid, bool)
    assert len(last4(phone)) in (0, 4)
    assert normalize_phone(phone) == phone  # cleaning twice changes nothing


@given(typed)
def test_amounts_are_read_or_refused(raw: str) -> None:
    fen = parse_yuan(raw)
    assert fen is None or (fen >= 0 and parse_yuan(yuan_text(fen)) == fen)


@given(st.one_of(cells, typed))
def test_a_date_cell_is_read_or_refused_with_value_error(value) -> None:
    try:
        day = excel_import.parse_date(value)
    except ValueError:
        return
    assert day is None or isinstance(day, dt.date)


@WITH_DATABASE
@given(
    name=typed,
    phone=typed,
    address=typed,
    notes=typed,
    birthday=st.none() | st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 1, 1)),
    gender=st.sampled_from(["F", "M", "", "X", "女"]),
    skin_type=st.sampled_from(["", "dry", "oily", "nonsense"]),
)
def test_a_customer_is_saved_whole_or_not_at_all(
    manager_id, name, phone, address, notes, birthday, gender, skin_type
) -> None:
    data = CustomerInput(
        name=name,
        phone=phone,
        address=address,
        notes=notes,
        birthday=birthday,
        gender=gender,
        skin_type=skin_type,
    )
    before = (Customer.select().count(), ChangeRecord.select().count())
    problems = customers.validate(customers.clean_input(data), today=dt.date.today())
    try:
        customer_id = customers.create_customer(data, manager_id)
    except customers.ValidationFailed as refused:
        assert refused.errors == problems
        assert (Customer.select().count(), ChangeRecord.select().count()) == before
        return
    assert problems == {}
    saved = customers.get_customer(customer_id).data
    assert saved == customers.clean_input(data)
    assert Customer.select().count() == before[0] + 1
    assert ChangeRecord.select().where(ChangeRecord.customer == customer_id).count() >= 1
    # Found by her name as typed (digits alone search phones; a name of nothing but dots
    # and spaces searches for nobody, as such a search finds nobody); search keys for any
    # name with a Latin letter or digit.
    if not query_digits(saved.name) and search_form(saved.name):
        assert customer_id in customer_ids(CustomerQuery(text=saved.name))
    if any(ch.isascii() and ch.isalnum() for ch in saved.name):
        keys = CustomerSearchKey.select().where(CustomerSearchKey.customer == customer_id)
        assert keys.exists()


@WITH_DATABASE
@given(
    rows=st.lists(st.lists(cells, min_size=0, max_size=9), max_size=12),
    mapped=st.permutations(
        ["name", "phone", "birthday", "gender", "skin_type", "marketing_consent", "notes"]
    ),
)
def test_any_spreadsheet_is_checked_and_imported_without_a_crash(manager_id, rows, mapped) -> None:
    table = Table(1, [f"c{i}" for i in range(9)], [(n + 2, r) for n, r in enumerate(rows)])
    mapping = dict(enumerate(mapped))
    checked = excel_import.check_rows(table, mapping, Vocabulary(), TODAY)
    before = Customer.select().count()
    result = customer_import.apply_import(checked, manager_id)
    created = Customer.select().count() - before
    assert created == len(result.created)
    assert len(result.created) + len(result.skipped) + len(result.refused) == len(checked)
    assert result.refused == [row.number for row in checked if not row.ok]
    for customer_id in result.created:
        saved = customers.get_customer(customer_id).data
        assert customers.validate(saved, customer_id=customer_id, today=dt.date.today()) == {}


@pytest.mark.parametrize(
    "value", [math.nan, math.inf, -1.0, 2_958_466, "2024-02-30", "１９９０年３月５日"]
)
def test_awkward_date_cells(value) -> None:
    try:
        day = excel_import.parse_date(value)
    except ValueError:
        day = None
    assert value != "１９９０年３月５日" or day == dt.date(1990, 3, 5)
