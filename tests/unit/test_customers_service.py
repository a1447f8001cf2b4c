import datetime as dt
from pathlib import Path

import pytest

from salon_desk.services import audit, customers
from salon_desk.services.customer_search import (
    CustomerQuery,
    SortKey,
    count_customers,
    fetch_page,
)
from salon_desk.services.customers import CustomerInput
from salon_desk.services.validation import FieldError
from salon_desk.store.models import ChangeRecord, Customer, CustomerSearchKey


def _new(name: str, phone: str = "", **fields: object) -> CustomerInput:
    return CustomerInput(name=name, phone=phone, **fields)  # type: ignore[arg-type]


def _names(text: str, **query: object) -> list[str]:
    return [row.name for row in fetch_page(CustomerQuery(text=text, **query), 0, 50)]  # type: ignore[arg-type]


def test_create_stores_row_keys_and_history(manager_id: int) -> None:
    customer_id = customers.create_customer(
        _new("张慧敏", "138 0013 5678", birthday=dt.date(1990, 5, 3), address="朝阳区建国路8号"),
        manager_id,
    )
    row = Customer.get_by_id(customer_id)
    assert (row.phone, row.phone_last4, row.birthday) == (
        "13800135678",
        "5678",
        dt.date(1990, 5, 3),
    )
    keys = {k.key for k in CustomerSearchKey.select().where(CustomerSearchKey.customer == row)}
    assert {"zhm", "zhanghuimin"} <= keys
    created = {
        c.field: c.new_value
        for c in ChangeRecord.select().where(ChangeRecord.record_id == customer_id)
    }
    assert created["name"] == "张慧敏"
    assert created["address"] == "朝阳区建国路8号"


def test_invalid_file_is_not_saved(manager_id: int) -> None:
    with pytest.raises(customers.ValidationFailed) as failed:
        customers.create_customer(_new("", "12345"), manager_id)
    assert failed.value.errors == {
        "name": FieldError.NAME_REQUIRED,
        "phone": FieldError.PHONE_INVALID,
    }
    assert Customer.select().count() == 0
    assert ChangeRecord.select().where(ChangeRecord.table == "customer").count() == 0


def test_update_records_each_changed_field(manager_id: int) -> None:
    customer_id = customers.create_customer(_new("王芳", address="旧地址"), manager_id)
    file = customers.get_customer(customer_id)
    changed = CustomerInput(**{**file.data.__dict__, "address": "新地址"})
    version = customers.update_customer(customer_id, changed, file.version, manager_id)
    assert version == file.version + 1
    history = audit.customer_history(customer_id)
    assert history[0].field == "address"
    assert (history[0].old_value, history[0].new_value) == ("旧地址", "新地址")
    assert history[0].staff_name == "周店长"
    assert [h.field for h in history if h.action == "update"] == ["address"]


def test_stale_version_is_an_edit_conflict(manager_id: int) -> None:
    customer_id = customers.create_customer(_new("王芳"), manager_id)
    file = customers.get_customer(customer_id)
    first = CustomerInput(**{**file.data.__dict__, "notes": "first"})
    customers.update_customer(customer_id, first, file.version, manager_id)
    second = CustomerInput(**{**file.data.__dict__, "notes": "second"})
    with pytest.raises(customers.EditConflict):
        customers.update_customer(customer_id, second, file.version, manager_id)
    assert customers.get_customer(customer_id).data.notes == "first"


def test_renaming_refreshes_search_keys(manager_id: int) -> None:
    customer_id = customers.create_customer(_new("王芳"), manager_id)
    file = customers.get_customer(customer_id)
    customers.update_customer(
        customer_id,
        CustomerInput(**{**file.data.__dict__, "name": "李静"}),
        file.version,
        manager_id,
    )
    assert _names("lj") == ["李静"]
    assert _names("wf") == []


def test_phone_owner_finds_the_other_file(manager_id: int) -> None:
    first = customers.create_customer(_new("王芳", "13800135678"), manager_id)
    assert customers.phone_owner("138-0013-5678") == (first, "王芳")
    assert customers.phone_owner("13800135678", excluding_id=first) is None


def test_search_by_name_pinyin_and_phone(manager_id: int) -> None:
    customers.create_customer(_new("张慧敏", "13800135678"), manager_id)
    customers.create_customer(_new("曾丽", "13912340000"), manager_id)
    customers.create_customer(_new("张敏", "13712345678"), manager_id)
    assert _names("zhm") == ["张慧敏"]
    assert _names("zengli") == ["曾丽"]
    assert _names("zl") == ["曾丽"]  # surname reading of 曾
    assert sorted(_names("5678")) == ["张慧敏", "张敏"]
    assert _names("1234 0000") == ["曾丽"]
    assert sorted(_names("张")) == ["张慧敏", "张敏"]
    assert _names("慧") == ["张慧敏"]
    assert _names("%") == []  # wildcards are literal
    assert count_customers(CustomerQuery(text="zh")) == 2


def test_archived_files_leave_the_list_but_stay(manager_id: int) -> None:
    customer_id = customers.create_customer(_new("王芳"), manager_id)
    customers.set_archived(customer_id, True, manager_id)
    assert _names("王芳") == []
    assert _names("王芳", include_archived=True) == ["王芳"]
    assert audit.customer_history(customer_id)[0].action == "archive"
    customers.set_archived(customer_id, False, manager_id)
    assert _names("王芳") == ["王芳"]


def test_sorting_by_age_puts_unknown_last(manager_id: int) -> None:
    customers.create_customer(_new("甲", birthday=dt.date(1980, 1, 1)), manager_id)
    customers.create_customer(_new("乙", birthday=dt.date(2000, 1, 1)), manager_id)
    customers.create_customer(_new("丙"), manager_id)
    rows = fetch_page(CustomerQuery(sort=SortKey.AGE), 0, 10)
    assert [r.name for r in rows] == ["乙", "甲", "丙"]
    rows = fetch_page(CustomerQuery(sort=SortKey.AGE, descending=True), 0, 10)
    assert [r.name for r in rows] == ["甲", "乙", "丙"]


def test_database_path_fixture_is_private(db_path: Path, tmp_path: Path) -> None:
    assert db_path.parent == tmp_path


def test_notes_keep_chinese_punctuation_while_the_name_is_folded(manager_id: int) -> None:
    customer_id = customers.create_customer(
        CustomerInput(name=" Ａｍｙ王 ", phone="13800135678", notes=" 老顾客，怕痛。 "), manager_id
    )
    data = customers.get_customer(customer_id).data
    assert (data.name, data.notes) == ("Amy王", "老顾客，怕痛。")


def test_traditional_and_simplified_find_each_other(manager_id: int) -> None:
    traditional = customers.create_customer(_new("陳麗華"), manager_id)
    customers.create_customer(_new("张慧敏"), manager_id)
    assert _names("陈丽华") == ["陳麗華"]
    assert _names("麗華") == ["陳麗華"] == _names("丽华")
    assert _names("張慧敏") == ["张慧敏"]
    assert _names("clh") == ["陳麗華"]  # pinyin of the traditional name too
    customers.update_customer(
        traditional, _new("陳麗君"), customers.get_customer(traditional).version, manager_id
    )
    assert _names("丽华") == []
    assert _names("陈丽君") == ["陳麗君"]


def test_a_landline_or_second_phone_is_kept_as_typed_and_found_by_last_four(
    manager_id: int,
) -> None:
    her = customers.create_customer(
        _new("李静", "13800001111", other_phone="021-6234 5678"), manager_id
    )
    assert customers.get_customer(her).data.other_phone == "021-6234 5678"
    assert _names("5678") == ["李静"]
    assert _names("1111") == ["李静"]
    with pytest.raises(customers.ValidationFailed) as refused:
        customers.create_customer(_new("王五", other_phone="12-34"), manager_id)
    assert refused.value.errors == {"other_phone": FieldError.OTHER_PHONE_INVALID}
    hk = customers.create_customer(_new("陳太", other_phone="+852 9123 4567"), manager_id)
    # Digits anywhere in either number: 李静's landline 021-6234 5678 holds 4567 too.
    assert _names("4567") == ["陳太", "李静"] and hk


def test_names_sort_by_pinyin(manager_id: int) -> None:
    for name in ("陈静", "丁香", "艾米", "蔡琳", "白雪", "曾丽"):
        customers.create_customer(_new(name), manager_id)
    assert _names("") == ["艾米", "白雪", "蔡琳", "陈静", "丁香", "曾丽"]
    assert [row.name for row in fetch_page(CustomerQuery(descending=True), 0, 2)] == [
        "曾丽",
        "丁香",
    ]


def test_her_code_in_the_old_system_is_kept_and_found(manager_id: int) -> None:
    """Issue 14.2 (part): 原系统编号 stored upper case, searchable by its start."""
    her = customers.create_customer(_new("Kerry", legacy_code=" kert01 "), manager_id)
    assert customers.get_customer(her).data.legacy_code == "KERT01"
    assert _names("KERT01") == ["Kerry"] == _names("kert")
    assert _names("COOM") == []
