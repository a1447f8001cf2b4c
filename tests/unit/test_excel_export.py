"""Exported workbooks read back with openpyxl and with python-calamine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from salon_desk import app, i18n
from salon_desk.services import cards, care_log, catalogues, customers, excel_export
from salon_desk.services.cards import CardInput
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.excel_rows import CUSTOMER_COLUMNS
from salon_desk.store.models import Complaint, Customer, FollowUp
from salon_desk.ui.excel import texts

TODAY = dt.date.today()


@pytest.fixture
def shop(manager_id: int, beautician_id: int) -> dict[str, int]:
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "深层补水", "", 29_800, 60, True), manager_id
    )
    her = customers.create_customer(
        CustomerInput(
            name="张慧敏",
            phone="+85291234567",
            birthday=dt.date(1990, 3, 5),
            address="朝阳区建国路 1 号",
            skin_type="dry",
            allergies="酒精",
            marketing_consent=True,
            responsible_staff_id=beautician_id,
            notes="=不是公式",
        ),
        manager_id,
    )
    friend = customers.create_customer(
        CustomerInput(name="王芳", phone="13755501111", referred_by_id=her), manager_id
    )
    card = cards.sell_card(
        her,
        CardInput(
            service_item_id=item, sessions_bought=10, amount_paid_fen=238_400, purchased_on=TODAY
        ),
        manager_id,
    )
    care_log.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime.now().astimezone().replace(second=0, microsecond=0)
            - dt.timedelta(hours=1),
            beautician_id=beautician_id,
            service_item_ids=(item,),
            card_id=card,
            feedback="很舒服",
            satisfaction=5,
        ),
        beautician_id,
    )
    FollowUp.create(customer=her, assignee=beautician_id, due_on=TODAY, reason="birthday")
    Complaint.create(customer=friend, received_on=TODAY, description="等太久", category="service",
                     form_number="2026-0001", cause="process", first_reply_on=TODAY)  # fmt: skip
    return {"her": her, "friend": friend, "item": item}


def export(path: Path, ids=None, progress=None) -> int:
    return excel_export.export_workbook(
        path, ids, texts.export_texts(), texts.labeller(), TODAY, progress
    )


def test_cells_types_and_layout_read_back_two_ways(qapp, shop, tmp_path: Path) -> None:
    target = tmp_path / "顾客.xlsx"
    assert export(target) == 2
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Customers", "Care log", "Cards", "Follow-up calls", "Complaints"]
    sheet = book["Customers"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(CUSTOMER_COLUMNS))}3"
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == [
        "Customer no.",
        "Name",
        "Gender",
        "Mobile phone",
        "Other phone",
        "Birthday",
    ]
    # By pinyin: 王芳 (wang) before 张慧敏 (zhang), whatever order the files were made in.
    assert [sheet.cell(r, 2).value for r in (2, 3)] == ["王芳", "张慧敏"]
    row = {h: cell for h, cell in zip(header, sheet[3], strict=True)}
    assert row["Name"].value == "张慧敏"
    assert row["Mobile phone"].value == "+85291234567" and row["Mobile phone"].data_type == "s"
    assert row["Birthday"].value == dt.datetime(1990, 3, 5)
    assert row["Birthday"].number_format == "yyyy-mm-dd"
    assert row["Skin type"].value == "Dry"
    assert row["Marketing consent"].value == "Yes"
    assert row["Notes"].value == "=不是公式" and row["Notes"].data_type == "s"
    assert row["Visits"].value == 1
    assert row["Paid, last 12 months"].value == 2384.0
    assert row["Paid, last 12 months"].number_format == '"¥"#,##0.00'
    assert row["Sessions left"].value == 9
    assert row["Last visit"].is_date and row["Last visit"].number_format == "yyyy-mm-dd hh:mm"
    assert row["Last care note"].value == "很舒服"
    assert row["Last care note on"].value == row["Last visit"].value
    friend = {h: cell.value for h, cell in zip(header, sheet[2], strict=True)}
    assert friend["Referred by"] == "张慧敏" and friend["Referrer's phone"] == "+85291234567"
    assert sheet.column_dimensions["B"].width == 10

    calamine = CalamineWorkbook.from_path(str(target))
    assert calamine.sheet_names == book.sheetnames
    rows = calamine.get_sheet_by_name("Customers").to_python()
    assert rows[2][1:6] == ["张慧敏", "Female", "+85291234567", "", dt.date(1990, 3, 5)]
    care = calamine.get_sheet_by_name("Care log").to_python()
    assert care[0][1] == "Customer no." and care[1][1] == shop["her"]
    assert care[1][2:6] == ["张慧敏", "+85291234567", "陈美玲", "深层补水"]
    assert care[1][8] == "很舒服" and care[1][11] == "深层补水 × 10"
    card_rows = calamine.get_sheet_by_name("Cards").to_python()
    assert card_rows[1][2] == "深层补水 × 10" and card_rows[1][6] == 9
    calls = calamine.get_sheet_by_name("Follow-up calls").to_python()
    assert calls[1][3] == "Birthday" and calls[1][7] == "Open"
    complaints = calamine.get_sheet_by_name("Complaints").to_python()
    assert complaints[0][0] == "Form number" and complaints[1][0] == "2026-0001"
    assert complaints[1][1] == "王芳" and complaints[1][5] == "Service"
    assert complaints[0][-3:] == ["Cause", "Service gap", "First reply"]
    assert complaints[1][-3] == "Our process or system" and complaints[1][-2] == ""


def test_only_the_chosen_customers_and_their_records(qapp, shop, tmp_path: Path) -> None:
    target = tmp_path / "one.xlsx"
    assert export(target, frozenset({shop["friend"]})) == 1
    book = CalamineWorkbook.from_path(str(target))
    assert [row[1] for row in book.get_sheet_by_name("Customers").to_python()[1:]] == ["王芳"]
    assert len(book.get_sheet_by_name("Care log").to_python()) == 1  # header only
    assert len(book.get_sheet_by_name("Complaints").to_python()) == 2


def test_a_cancelled_export_leaves_no_file(qapp, shop, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(excel_export, "PROGRESS_EVERY", 1)
    target = tmp_path / "cancelled.xlsx"
    target.write_bytes(b"an older export the user keeps")
    with pytest.raises(excel_export.ExportCancelled):
        export(target, progress=lambda done, total: done < 3)
    assert target.read_bytes() == b"an older export the user keeps"
    assert not any("partial" in p.name for p in tmp_path.iterdir())


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install_translators(qapp, "en")  # the command installs Chinese in this process


def test_export_command(shop, db_path: Path, tmp_path: Path, capsys, english_afterwards) -> None:
    target = tmp_path / "cli.xlsx"
    assert app.main(["export", "--db", str(db_path), "--out", str(target), "--lang", "zh_CN"]) == 0
    assert "2 customers exported" in capsys.readouterr().out
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[0] == "顾客档案"
    assert next(book["顾客档案"].iter_rows(max_row=1, values_only=True))[1] == "姓名"


def test_control_characters_never_reach_a_file_or_a_sheet(qapp, shop, tmp_path: Path) -> None:
    """Issue 13.9: one such character in any field made every Excel export fail."""
    care_log_service = care_log
    from salon_desk.services import complaints as complaint_service
    from salon_desk.services import excel_import

    dirty = "铃\x07声\x0b响\x00了\x1b"
    her = customers.create_customer(
        customers.CustomerInput(name="王\x07小红", notes=f"{dirty}\n第二行", address=dirty),
        None,
    )
    saved = customers.get_customer(her).data
    assert (saved.name, saved.address, saved.notes) == ("王小红", "铃声响了", "铃声响了\n第二行")
    entry = care_log_service.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime.now().astimezone() - dt.timedelta(hours=2),
            beautician_id=Customer.get_by_id(shop["her"]).responsible_staff_id,
            service_item_ids=(shop["item"],),
            feedback=dirty,
        ),
        None,
    )
    assert care_log_service.get_entry(entry).data.feedback == "铃声响了"
    complaint = complaint_service.record_complaint(
        her, complaint_service.ComplaintInput(received_on=TODAY, description=dirty), None, TODAY
    )
    assert "\x07" not in complaint_service.get_complaint(complaint).description
    assert excel_import.cell_text(f" {dirty} ") == "铃声响了"
    # A value written by an older version still exports.
    Customer.update(occupation="老师\x07").where(Customer.id == her).execute()
    target = tmp_path / "clean.xlsx"
    assert export(target) == 3
    cells = [
        c.value
        for row in openpyxl.load_workbook(target)["Customers"].iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert "老师" in cells and not any("\x07" in c for c in cells)


@pytest.mark.slow
def test_killed_exports_leave_nothing_once_the_next_one_ran(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13.10: a SIGKILLed export leaves openpyxl's temporary files and a hidden
    partial workbook; the next export removes them (and never another's that runs)."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import tempfile
    import time

    from salon_desk.services.demo import build_demo
    from salon_desk.store.database import close_db, open_db

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    db = tmp_path / "shop.db"
    open_db(db)
    build_demo(customers=300, seed=5)
    close_db()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "customers.xlsx"
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    rng = random.Random(3)
    for _ in range(8):
        writer = subprocess.Popen(
            [sys.executable, "-m", "salon_desk", "export", "--db", str(db), "--out", str(target)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.8, 2.0))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    open_db(db)
    try:
        export(target)
    finally:
        close_db()
    assert [p.name for p in out.iterdir()] == ["customers.xlsx"]
    assert list(temp.iterdir()) == []
