"""Importing an old customer list: a messy workbook, CSV encodings, all-or-nothing, round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from salon_desk.services import catalogues, customer_import, customers, excel_export
from salon_desk.services.customer_import import Duplicate
from salon_desk.services.customers import CustomerInput
from salon_desk.services.excel_import import (
    ImportProblem,
    Vocabulary,
    check_rows,
    read_table,
    suggest_mapping,
)
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Customer
from salon_desk.ui import labels
from salon_desk.ui.excel import texts

TODAY = dt.date(2026, 11, 23)


def messy_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2019 年顾客名单（纸质登记整理）"])
    sheet.merge_cells("A1:G1")
    sheet.append(["客户名称", "手机号", "生日", "性别", "肤质", "备注", "地址"])
    sheet.append(["张慧敏", 13800135678, dt.datetime(1990, 3, 5), "女", "干性", "老顾客", "朝阳区"])
    sheet.append([])
    sheet.append(["王芳", "１３７５５５０１１１１", "1988/7/12", "女士", "油性", "", ""])
    sheet.append(["", 13912340000, 33000, "女", "", "没写名字", ""])
    sheet.append(["曾丽", 12345, "不记得", "女", "", "", ""])
    sheet.append(["刘梅", "138-0013-5678", "", "女", "", "和张慧敏同一个号码", ""])
    sheet.append(["陈静", "13666666666", 45000.0, "男", "敏感", "", ""])
    sheet.append(["赵丽", "13755509999", "1979年1月2日", "女", "", "已在系统里", ""])
    book.save(path)
    return path


@pytest.fixture
def on_file(manager_id: int) -> int:
    return customers.create_customer(
        CustomerInput(
            name="赵丽(老档案)",
            phone="13755509999",
            notes="原有备注",
            address="海淀区老地址",
            occupation="教师",
        ),
        manager_id,
    )


def test_messy_workbook_is_read_and_checked_row_by_row(database, on_file, tmp_path) -> None:
    table = read_table(messy_workbook(tmp_path / "old.xlsx"))
    assert table.header_row == 2  # below the merged title
    mapping = suggest_mapping(table.headers, Vocabulary())
    assert [mapping.get(i) for i in range(7)] == [
        "name", "phone", "birthday", "gender", "skin_type", "notes", "address",
    ]  # fmt: skip
    rows = {row.number: row for row in check_rows(table, mapping, Vocabulary(), TODAY)}
    assert sorted(rows) == [3, 5, 6, 7, 8, 9, 10]  # the blank row 4 is gone
    zhang = rows[3].data
    assert (zhang.phone, zhang.birthday, zhang.gender, zhang.skin_type) == (
        "13800135678", dt.date(1990, 3, 5), "F", "dry",
    )  # fmt: skip
    assert (rows[5].data.phone, rows[5].data.birthday) == ("13755501111", dt.date(1988, 7, 12))
    assert [(p.field, p.code) for p in rows[6].problems] == [("name", "name_required")]
    assert {(p.field, p.code, p.value) for p in rows[7].problems} == {
        ("birthday", ImportProblem.DATE_UNREADABLE, "不记得"),
        ("phone", "phone_invalid", "12345"),
    }
    assert rows[8].ok and rows[8].duplicate_of == 3
    assert rows[9].data.birthday == dt.date(2023, 3, 15) and rows[9].data.skin_type == "sensitive"
    assert rows[10].existing_id == on_file and rows[10].data.birthday == dt.date(1979, 1, 2)


def test_good_rows_land_and_duplicates_skip_or_update(database, on_file, manager_id, tmp_path):
    table = read_table(messy_workbook(tmp_path / "old.xlsx"))
    rows = check_rows(table, suggest_mapping(table.headers, Vocabulary()), Vocabulary(), TODAY)
    result = customer_import.apply_import(rows, manager_id, {10: Duplicate.UPDATE})
    assert sorted(Customer.get_by_id(i).name for i in result.created) == ["张慧敏", "王芳", "陈静"]
    assert result.updated == [on_file] and result.skipped == [8] and result.refused == [6, 7]
    updated = customers.get_customer(on_file).data
    # Cells the file left empty (address) or never had (occupation) keep what was on file.
    assert (updated.address, updated.occupation) == ("海淀区老地址", "教师")
    assert (updated.name, updated.birthday, updated.notes) == (
        "赵丽",
        dt.date(1979, 1, 2),
        "已在系统里",
    )
    assert Customer.select().count() == 4


def test_nothing_lands_when_cancelled_midway(database, manager_id, tmp_path, monkeypatch):
    monkeypatch.setattr(customer_import, "PROGRESS_EVERY", 1)
    table = read_table(messy_workbook(tmp_path / "old.xlsx"))
    rows = check_rows(table, suggest_mapping(table.headers, Vocabulary()), Vocabulary(), TODAY)
    with pytest.raises(customer_import.ImportCancelled):
        customer_import.apply_import(rows, manager_id, progress=lambda done, total: done < 4)
    assert Customer.select().count() == 0


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_in_either_encoding(database, tmp_path, encoding) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("姓名,联系电话,出生日期\n覃小红,13912345678,1992-02-29\n".encode(encoding))
    table = read_table(path)
    rows = check_rows(table, suggest_mapping(table.headers, Vocabulary()), Vocabulary(), TODAY)
    assert [(r.data.name, r.data.phone, r.data.birthday) for r in rows] == [
        ("覃小红", "13912345678", dt.date(1992, 2, 29))
    ]


def test_round_trip_through_our_own_export(qapp, database, manager_id, tmp_path) -> None:
    staff = catalogues.save_staff(catalogues.StaffMember(0, "陈美玲", "beautician", "", True), None)
    vanity, belonging = (t.id for t in catalogues.list_types("psychology")[:2])
    passive = catalogues.list_types("personality")[1].id
    traits = [t.id for t in catalogues.list_types("trait")]
    her = customers.create_customer(
        CustomerInput(
            name="张慧敏", gender="F", phone="13800135678", birthday=dt.date(1990, 3, 5),
            address="朝阳区建国路 1 号", occupation="教师", interests="瑜伽", skin_type="dry",
            skin_concerns="色斑", allergies="酒精", referral_channel="online",
            referral_note="小红书", marketing_consent=True, notes="喜欢安静",
            psychology_type_id=vanity, personality_type_id=passive, responsible_staff_id=staff,
            more_type_ids=(belonging, traits[0], traits[6]),  # two psychologies, two traits
        ),
        manager_id,
    )  # fmt: skip
    customers.create_customer(
        CustomerInput(
            name="王芳", gender="M", phone="+85291234567", referral_channel="old_customer",
            referred_by_id=her,
        ),
        manager_id,
    )  # fmt: skip
    before = {f.data.phone: f.data for f in map(customers.get_customer, (1, 2))}
    exported = tmp_path / "export.xlsx"
    excel_export.export_workbook(exported, None, texts.export_texts(), texts.labeller())
    close_db()

    open_db(tmp_path / "empty.db")
    catalogues.save_staff(catalogues.StaffMember(0, "陈美玲", "beautician", "", True), None)
    table = read_table(exported)
    vocabulary = texts.import_vocabulary()
    rows = check_rows(table, suggest_mapping(table.headers, vocabulary), vocabulary, TODAY)
    assert all(row.ok for row in rows), [row.problems for row in rows]
    result = customer_import.apply_import(rows, None)
    assert len(result.created) == 2
    after = {f.data.phone: f.data for f in map(customers.get_customer, result.created)}
    for phone, data in before.items():
        # Ids differ between databases; compare what they point at.
        mine, theirs = dataclasses.asdict(data), dataclasses.asdict(after[phone])
        for name in ("referred_by_id", "responsible_staff_id"):
            mine.pop(name), theirs.pop(name)
        assert theirs == mine
    assert after["13800135678"].more_type_ids == (belonging, traits[0], traits[6])
    referrer = next(i for i in result.created if customers.get_customer(i).data.name == "张慧敏")
    assert after["+85291234567"].referred_by_id == referrer
    assert after["13800135678"].responsible_staff_id is not None


def test_import_command_dry_run_then_real(db_path, on_file, tmp_path, capsys, qapp) -> None:
    from salon_desk import app

    path = messy_workbook(tmp_path / "old.xlsx")
    # Two rows are refused: status 2, not the 0 that hid it (issue 14.8).
    assert app.main(["import", "--db", str(db_path), str(path), "--dry-run", "--lang", "en"]) == 2
    printed = capsys.readouterr().out.splitlines()
    assert "7\t手机号\t12345\tA mobile number has 11 digits" in "\n".join(printed)
    assert printed[-1] == "7 rows, 5 without problems"
    open_db(db_path)  # the command closed the database it opened
    assert Customer.select().count() == 1  # a dry run changes nothing
    assert app.main(["import", "--db", str(db_path), str(path), "--lang", "en"]) == 2
    assert capsys.readouterr().out.splitlines()[-1] == "imported 3, skipped 2, not imported 2"
    open_db(db_path)
    assert Customer.select().count() == 4


def test_several_types_in_a_cell_and_an_unknown_one(qapp, database, manager_id, tmp_path) -> None:
    """17.3: "冲动型、被动型" is her first personality type and a further one; traits
    are all further types; a name no catalogue knows is a problem of that cell."""
    from salon_desk import i18n

    i18n.install_translators(qapp, "zh_CN")  # the types by their names on a Chinese screen
    path = tmp_path / "types.csv"
    path.write_text(
        "姓名,手机,性格,顾客特征\n"
        "孙倩,13511112222,冲动型、被动型,理智型，直爽型\n"
        "李娜,13511113333,,爱美型\n",
        encoding="utf-8",
    )
    table = read_table(path)
    vocabulary = texts.import_vocabulary()
    first, second = check_rows(table, suggest_mapping(table.headers, vocabulary), vocabulary, TODAY)
    personality = {labels.type_name(t): t.id for t in catalogues.list_types("personality")}
    traits = {labels.type_name(t): t.id for t in catalogues.list_types("trait")}
    assert first.ok and first.data.personality_type_id == personality["冲动型"]
    assert first.data.more_type_ids == (personality["被动型"], traits["理智型"], traits["直爽型"])
    assert [(p.field, p.value) for p in second.problems] == [("traits", "爱美型")]
    result = customer_import.apply_import([first], manager_id)
    saved = customers.get_customer(result.created[0]).data
    assert saved.more_type_ids == first.data.more_type_ids


def test_an_unknown_choice_is_a_problem_not_a_crash(database, tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("姓名,手机,顾客来源,性别\n孙倩,13511112222,抖音,未知\n", encoding="utf-8")
    table = read_table(path)
    [row] = check_rows(table, suggest_mapping(table.headers, Vocabulary()), Vocabulary(), TODAY)
    assert {(p.field, p.value) for p in row.problems} == {
        ("referral_channel", "抖音"),
        ("gender", "未知"),
    }
