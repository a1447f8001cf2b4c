"""Issue 17.7: a staff member as the one who brought her; whom a customer brought, and
how many each staff member brought."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from salon_desk.services import catalogues, customers, excel_export
from salon_desk.services.customers import CustomerInput
from salon_desk.services.excel_rows import CUSTOMER_COLUMNS
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import ChangeRecord, SchemaInfo
from tests.unit.old_schema import without_customer_columns


def test_staff_and_customers_who_brought_others(
    manager_id: int, beautician_id: int, tmp_path: Path
) -> None:
    anna = customers.create_customer(CustomerInput(name="刘姐"), manager_id)
    for name in ("陈静", "李娜"):
        customers.create_customer(
            CustomerInput(name=name, referral_channel="old_customer", referred_by_id=anna),
            manager_id,
        )
    walk_in = customers.create_customer(
        CustomerInput(name="王芳", referral_channel="staff", referred_by_staff_id=beautician_id),
        manager_id,
    )
    assert [name for _id, name in customers.referred_by_her(anna)] == ["陈静", "李娜"]
    assert catalogues.referral_counts() == {beautician_id: 1}
    assert customers.get_customer(walk_in).data.referred_by_staff_id == beautician_id
    created = ChangeRecord.get(
        (ChangeRecord.customer == walk_in) & (ChangeRecord.field == "referred_by_staff_id")
    )
    assert created.new_value == str(beautician_id)

    target = tmp_path / "export.xlsx"
    excel_export.export_workbook(
        target, None, excel_export.ExportTexts(), lambda field, value: value
    )
    sheet = openpyxl.load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    column = [c.key for c in CUSTOMER_COLUMNS].index("referred_by_staff")
    by_name = {row[1]: row[column] for row in rows[1:]}
    beautician = next(s.name for s in catalogues.list_staff() if s.id == beautician_id)
    assert by_name["王芳"] == beautician and by_name["陈静"] is None


def test_a_schema_16_file_gains_the_staff_referrer(
    manager_id: int, beautician_id: int, db_path: Path
) -> None:
    close_db()
    without_customer_columns(
        db_path, ["referred_by_staff_id", "wechat", "wechat_key", "enquiry"], 16
    )
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    her = customers.create_customer(
        CustomerInput(name="王芳", referral_channel="staff", referred_by_staff_id=beautician_id),
        manager_id,
    )
    assert customers.get_customer(her).data.referred_by_staff_id == beautician_id


def test_an_import_names_the_staff_member_who_brought_her(
    manager_id: int, beautician_id: int, tmp_path: Path
) -> None:
    import datetime as dt

    from salon_desk.services import customer_import
    from salon_desk.services.excel_import import (
        ImportProblem,
        Vocabulary,
        check_rows,
        read_table,
        suggest_mapping,
    )

    beautician = next(s.name for s in catalogues.list_staff() if s.id == beautician_id)
    book = openpyxl.Workbook()
    book.active.append(["姓名", "推荐员工"])
    book.active.append(["王芳", beautician])
    book.active.append(["李娜", "不认识的人"])
    path = tmp_path / "staff.xlsx"
    book.save(path)
    table = read_table(path)
    staff_words = {"responsible_staff": {s.name: s.id for s in catalogues.list_staff()}}
    vocabulary = Vocabulary(choices=staff_words)
    rows = check_rows(
        table, suggest_mapping(table.headers, vocabulary), vocabulary, dt.date.today()
    )
    assert [(p.field, p.code) for p in rows[1].problems] == [
        ("referred_by_staff", ImportProblem.STAFF_UNKNOWN)
    ]
    (made,) = customer_import.apply_import(rows, manager_id).created
    assert customers.get_customer(made).data.referred_by_staff_id == beautician_id
