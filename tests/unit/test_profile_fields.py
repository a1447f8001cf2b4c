"""Issue 17.1: fields the shop adds to the customer file — defined in Settings, checked
and stored per kind, kept on her file, filtered, recorded in the change history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import customers, profile_fields
from salon_desk.services.catalogues import CatalogueError
from salon_desk.services.changes import journal_kept
from salon_desk.services.customer_search import CustomerQuery, count_customers, fetch_page
from salon_desk.services.customers import CustomerInput, ValidationFailed
from salon_desk.services.permissions import PermissionDenied
from salon_desk.services.profile_fields import FieldDef, key_of
from salon_desk.services.validation import FieldError
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import ChangeRecord, ProfileFieldValue, SchemaInfo


def _fields(manager_id: int) -> dict[str, int]:
    made = {}
    for position, field in enumerate(
        (
            FieldDef(0, "发质", "choice", ("干性", "油性", "中性")),
            FieldDef(0, "月收入", "number", heading="基本信息"),
            FieldDef(0, "结婚纪念日", "date", heading="家庭"),
            FieldDef(0, "有孩子", "yes_no", heading="家庭"),
            FieldDef(0, "民族", "text", heading="基本信息"),
        )
    ):
        made[field.label] = profile_fields.save_field(
            FieldDef(0, field.label, field.kind, field.choices, field.heading, position),
            manager_id,
        )
    return made


def test_values_are_stored_in_one_form_per_kind(manager_id: int) -> None:
    ids = _fields(manager_id)
    her = customers.create_customer(
        CustomerInput(
            name="张慧敏",
            shop_fields={
                ids["发质"]: "干性",
                ids["月收入"]: "12,000.50",
                ids["结婚纪念日"]: "2015/5/3",
                ids["有孩子"]: "1",
                ids["民族"]: " 汉族 ",
            },
        ),
        manager_id,
    )
    assert customers.get_customer(her).data.shop_fields == {
        ids["发质"]: "干性",
        ids["月收入"]: "12000.5",
        ids["结婚纪念日"]: "2015-05-03",
        ids["有孩子"]: "1",
        ids["民族"]: "汉族",
    }
    assert [f.label for f in profile_fields.list_fields()] == [
        "发质", "月收入", "结婚纪念日", "有孩子", "民族",
    ]  # fmt: skip


def test_a_value_that_cannot_be_stored_is_named_with_its_reason(manager_id: int) -> None:
    ids = _fields(manager_id)
    with pytest.raises(ValidationFailed) as refused:
        customers.create_customer(
            CustomerInput(
                name="",
                shop_fields={
                    ids["发质"]: "卷发",
                    ids["月收入"]: "很多",
                    ids["结婚纪念日"]: "去年春天",
                    ids["有孩子"]: "maybe",
                    ids["民族"]: "x" * 201,
                },
            ),
            manager_id,
        )
    assert refused.value.errors == {
        "name": FieldError.NAME_REQUIRED,
        key_of(ids["发质"]): FieldError.CHOICE_UNKNOWN,
        key_of(ids["月收入"]): FieldError.NUMBER_INVALID,
        key_of(ids["结婚纪念日"]): FieldError.DATE_INVALID,
        key_of(ids["有孩子"]): FieldError.CHOICE_UNKNOWN,
        key_of(ids["民族"]): FieldError.TEXT_TOO_LONG,
    }
    assert ProfileFieldValue.select().count() == 0


def test_an_edit_changes_only_the_fields_it_names_and_records_each(manager_id: int) -> None:
    ids = _fields(manager_id)
    her = customers.create_customer(
        CustomerInput(name="王芳", shop_fields={ids["发质"]: "油性", ids["民族"]: "回族"}),
        manager_id,
    )
    opened = customers.get_customer(her)
    profile_fields.save_field(
        FieldDef(ids["民族"], "民族", "text", position=4, hidden=True), manager_id
    )  # hidden: off the form, so the next save does not name it
    edit = CustomerInput(name="王芳", shop_fields={ids["发质"]: "中性", ids["月收入"]: "8000"})
    with journal_kept() as kept:
        customers.update_customer(her, edit, opened.version, manager_id)
    assert customers.get_customer(her).data.shop_fields == {
        ids["发质"]: "中性",
        ids["月收入"]: "8000",
        ids["民族"]: "回族",  # kept while hidden
    }
    recorded = {
        (row.field, row.old_value, row.new_value)
        for row in ChangeRecord.select().where(
            (ChangeRecord.customer == her) & (ChangeRecord.action == "update")
        )
    }
    assert recorded == {(key_of(ids["发质"]), "油性", "中性"), (key_of(ids["月收入"]), "", "8000")}
    assert her in kept.changes.files

    cleared = customers.get_customer(her)
    customers.update_customer(
        her, CustomerInput(name="王芳", shop_fields={ids["发质"]: ""}), cleared.version, manager_id
    )
    assert ids["发质"] not in customers.get_customer(her).data.shop_fields  # no empty rows


def test_the_list_filters_by_a_choice_or_yes_no_value(manager_id: int) -> None:
    ids = _fields(manager_id)
    for name, hair, children in (
        ("陈丽华", "干性", "1"), ("陈静", "油性", "1"), ("李娜", "干性", "0"), ("王芳", "", ""),
    ):  # fmt: skip
        customers.create_customer(
            CustomerInput(name=name, shop_fields={ids["发质"]: hair, ids["有孩子"]: children}),
            manager_id,
        )
    dry = CustomerQuery(field_value=(ids["发质"], "干性"))
    assert [row.name for row in fetch_page(dry, 0, 50)] == ["陈丽华", "李娜"]
    assert count_customers(dry) == 2
    with_children = CustomerQuery(text="陈", field_value=(ids["有孩子"], "1"))
    assert [row.name for row in fetch_page(with_children, 0, 50)] == ["陈静", "陈丽华"]
    one_character_in_name_order = CustomerQuery(text="李", field_value=(ids["有孩子"], "1"))
    assert fetch_page(one_character_in_name_order, 0, 50) == []


def test_the_catalogue_refuses_what_would_lose_meaning(manager_id: int, beautician_id: int) -> None:
    ids = _fields(manager_id)
    with pytest.raises(CatalogueError, match="name_taken"):
        profile_fields.save_field(FieldDef(0, "发质", "text"), manager_id)
    with pytest.raises(CatalogueError, match="label_required"):
        profile_fields.save_field(FieldDef(0, "  ", "text"), manager_id)
    with pytest.raises(CatalogueError, match="choices_required"):
        profile_fields.save_field(FieldDef(0, "尺码", "choice", ("", " ")), manager_id)
    with pytest.raises(PermissionDenied):
        profile_fields.save_field(FieldDef(0, "尺码", "text"), beautician_id)
    customers.create_customer(
        CustomerInput(name="王芳", shop_fields={ids["月收入"]: "5000"}), manager_id
    )
    with pytest.raises(CatalogueError, match="kind_in_use"):
        profile_fields.save_field(FieldDef(ids["月收入"], "月收入", "text"), manager_id)
    # Choices as typed in one cell: separated by 、 or commas, repeats dropped.
    size = profile_fields.save_field(FieldDef(0, "尺码", "choice", ("S、M,M，L",)), manager_id)
    (field,) = [f for f in profile_fields.list_fields() if f.id == size]
    assert field.choices == ("S", "M", "L")
    recorded = ChangeRecord.select(ChangeRecord.record_id).where(
        ChangeRecord.table == "profile_field"
    )
    assert {row.record_id for row in recorded} == {*ids.values(), size}  # each field made


def test_erasing_her_personal_data_erases_her_answers(manager_id: int) -> None:
    ids = _fields(manager_id)
    her = customers.create_customer(
        CustomerInput(name="张慧敏", shop_fields={ids["民族"]: "满族"}), manager_id
    )
    customers.erase_personal_data(her, manager_id)
    assert customers.get_customer(her).data.shop_fields == {}


def test_a_conflict_names_a_shop_field_both_changed(manager_id: int) -> None:
    ids = _fields(manager_id)
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    opened = customers.get_customer(her)
    theirs = CustomerInput(name="王芳", shop_fields={ids["发质"]: "油性"})
    customers.update_customer(her, theirs, opened.version, manager_id)
    mine = CustomerInput(name="王芳", shop_fields={ids["发质"]: "干性", ids["月收入"]: "3,000"})
    clash = customers.conflict(opened, mine)
    assert {(f.field, f.when_opened, f.saved, f.mine) for f in clash.fields} == {
        (key_of(ids["发质"]), "", "油性", "干性"),
        (key_of(ids["月收入"]), "", "", "3000"),
    }
    merged = customers.merge_edits(opened.data, clash.saved.data, mine)
    assert merged.shop_fields == {ids["发质"]: "干性", ids["月收入"]: "3000"}


def test_a_schema_14_file_gains_the_tables(manager_id: int, db_path: Path) -> None:
    close_db()
    with sqlite3.connect(db_path) as old:
        old.execute("DROP TABLE profile_field_value")
        old.execute("DROP TABLE profile_field")
        old.execute("UPDATE schema_info SET version = 14")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    ids = _fields(manager_id)
    her = customers.create_customer(
        CustomerInput(name="王芳", shop_fields={ids["有孩子"]: "0"}), manager_id
    )
    assert customers.get_customer(her).data.shop_fields == {ids["有孩子"]: "0"}


def test_the_export_writes_each_shown_field_as_its_kind(manager_id: int, tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl

    from salon_desk.services import excel_export
    from salon_desk.services.excel_rows import CUSTOMER_COLUMNS

    ids = _fields(manager_id)
    profile_fields.save_field(
        FieldDef(ids["民族"], "民族", "text", heading="基本信息", position=4, hidden=True),
        manager_id,
    )
    customers.create_customer(
        CustomerInput(
            name="张慧敏",
            shop_fields={
                ids["发质"]: "干性",
                ids["月收入"]: "12000.5",
                ids["结婚纪念日"]: "2015-05-03",
                ids["有孩子"]: "0",
                ids["民族"]: "汉族",
            },
        ),
        manager_id,
    )
    customers.create_customer(CustomerInput(name="王芳"), manager_id)
    target = tmp_path / "customers.xlsx"
    excel_export.export_workbook(
        target, None, excel_export.ExportTexts(), lambda field, value: value
    )
    sheet = openpyxl.load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    built_in = len(CUSTOMER_COLUMNS)
    assert rows[0][built_in:] == ("发质", "月收入", "结婚纪念日", "有孩子")  # not the hidden one
    by_name = {row[1]: row[built_in:] for row in rows[1:]}
    assert by_name["张慧敏"] == ("干性", 12000.5, dt.datetime(2015, 5, 3), "No")
    assert by_name["王芳"] == (None, None, None, None)
    hers = 1 + [row[1] for row in rows].index("张慧敏")
    assert sheet.cell(hers, built_in + 3).number_format == "yyyy-mm-dd"


def test_an_import_fills_shop_fields_by_their_names_and_its_undo_takes_them_back(
    manager_id: int, tmp_path: Path
) -> None:
    import datetime as dt

    import openpyxl

    from salon_desk.services import customer_import, import_batches
    from salon_desk.services.customer_import import Duplicate
    from salon_desk.services.excel_import import Vocabulary, check_rows, read_table
    from salon_desk.services.excel_import import suggest_mapping as mapping_of

    ids = _fields(manager_id)
    on_file = customers.create_customer(
        CustomerInput(name="赵丽", phone="13755509999", shop_fields={ids["发质"]: "油性"}),
        manager_id,
    )
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号", "发质", "月收入", "结婚纪念日", "有孩子"])
    sheet.append(["张慧敏", "13800135678", "干性", 12000, dt.datetime(2015, 5, 3), "是"])
    sheet.append(["赵丽", "13755509999", "中性", "", "", "否"])
    sheet.append(["王芳", "13700001111", "卷发", "", "", ""])
    path = tmp_path / "old.xlsx"
    book.save(path)
    table = read_table(path)
    mapping = mapping_of(table.headers, Vocabulary())
    assert sorted(mapping.values()) == sorted(
        [
            "name",
            "phone",
            *(key_of(ids[label]) for label in ("发质", "月收入", "结婚纪念日", "有孩子")),
        ]
    )
    rows = check_rows(table, mapping, Vocabulary(), dt.date.today())
    assert [(p.field, p.code) for p in rows[2].problems] == [
        (key_of(ids["发质"]), FieldError.CHOICE_UNKNOWN)
    ]
    result = customer_import.apply_import(rows, manager_id, {3: Duplicate.UPDATE})
    (new,) = result.created
    assert customers.get_customer(new).data.shop_fields == {
        ids["发质"]: "干性", ids["月收入"]: "12000", ids["结婚纪念日"]: "2015-05-03",
        ids["有孩子"]: "1",
    }  # fmt: skip
    assert customers.get_customer(on_file).data.shop_fields == {
        ids["发质"]: "中性", ids["有孩子"]: "0",
    }  # fmt: skip
    batch = import_batches.last_batch()
    assert batch is not None
    import_batches.undo_last(manager_id, batch.id)
    assert customers.get_customer(on_file).data.shop_fields == {ids["发质"]: "油性"}
    assert ProfileFieldValue.select().where(ProfileFieldValue.customer == new).count() == 0
