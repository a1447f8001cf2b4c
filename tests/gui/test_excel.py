"""Excel from the window: export the list, import an old file with a mapping fixed by hand."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from salon_desk.services import customers
from salon_desk.store.models import Customer
from salon_desk.ui.excel.export_dialog import ExportDialog
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard
from tests.gui.typing import type_text


def test_export_the_list_as_shown(qtbot, seeded, window: MainWindow, tmp_path: Path):
    page = window.customers
    type_text(page.search, "1391234")  # 曾丽's digits
    page.refresh_list()
    assert page.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    scopes = [dialog.choice.button(i).text() for i in range(len(dialog.scopes))]
    assert scopes[0] == "All customers on file (3)" and scopes[1] == "The list as shown (1)"
    dialog.choice.button(1).setChecked(True)
    target = tmp_path / "shown.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(target)["Customers"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["曾丽"]
    assert "1 customer(s) exported" in window.statusBar().currentMessage()


def test_import_with_a_column_mapped_by_hand(qtbot, seeded, window: MainWindow, tmp_path: Path):
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["客户名称", "手机号", "客户喜好记录"])
    book.active.append(["刘梅", 13699998888, "喜欢玫瑰精油"])
    book.active.append(["张慧敏", "13800135678", "老顾客，怕痛"])
    book.active.append(["", "13600000000", "没有名字"])
    book.save(path)
    dialog = window.import_customers(path)
    assert dialog is not None
    assert dialog.combos[2].currentData() is None  # "客户喜好记录" is not a known header
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("notes"))
    assert dialog.mapping() == {0: "name", 1: "phone", 2: "notes"}
    assert "3 rows: 1 new, 0 updates, 1 with problems" in dialog.summary.text()
    dialog.duplicate_choices[3].setCurrentIndex(1)  # update 张慧敏's file
    assert dialog.import_button.text() == "Import 2 customer(s)"
    report = tmp_path / "report.xlsx"
    dialog.save_report(report)
    lines = list(openpyxl.load_workbook(report).active.iter_rows(min_row=2, values_only=True))
    assert lines[0][:4] == (3, "手机号", "13800135678", "A customer file has this phone")
    assert lines[1][:4] == (4, "客户名称", None, "Enter the customer's name.")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    new = Customer.get(Customer.phone == "13699998888")
    assert (new.name, new.notes) == ("刘梅", "喜欢玫瑰精油")
    assert customers.get_customer(seeded["张慧敏"]).data.notes == "老顾客，怕痛"
    assert Customer.select().count() == 4
    assert window.customers.model.rowCount() == 4  # the list shows her at once
    assert "1 new, 1 updated" in window.statusBar().currentMessage()


def test_export_the_selected_from_the_frequency_tab(qtbot, seeded, window: MainWindow, tmp_path):
    keys = Keyboard()
    keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    keys.press(Qt.Key.Key_Down)  # the first row becomes current and selected
    keys.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # what this tab shows
    dialog = window.findChild(ExportDialog)
    labels = [dialog.choice.button(i).text() for i in range(len(dialog.scopes))]
    assert labels == [
        "All customers on file (3)",
        "The customers shown (3)",
        "The selected ones (1)",
    ]
    dialog.choice.button(2).setChecked(True)
    dialog.path.setText(str(tmp_path / "one"))  # the .xlsx is added
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(tmp_path / "one.xlsx")["Customers"]
    chosen = page.model.row_at(page.table.currentIndex().row()).name
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [chosen]


def test_a_marketing_list_leaves_out_who_did_not_agree(
    qtbot, seeded, window: MainWindow, tmp_path: Path
):
    agreed = customers.get_customer(seeded["王芳"])
    customers.update_customer(
        agreed.id,
        dataclasses.replace(agreed.data, marketing_consent=True),
        agreed.version,
        None,
    )
    dialog = window.export_customers()
    qtbot.mouseClick(dialog.consenting_only, Qt.MouseButton.LeftButton)
    target = tmp_path / "offers.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(target)
    assert [row[1] for row in book["Customers"].iter_rows(min_row=2, values_only=True)] == ["王芳"]


def test_an_export_runs_off_the_window_and_can_be_cancelled(
    qtbot, seeded, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """On a real worker thread, as in the shop: the progress shows, Cancel is heard at the
    next row, and no file is left under the chosen name."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from salon_desk.services import excel_export
    from salon_desk.ui.widgets import tasks

    monkeypatch.setattr(excel_export, "PROGRESS_EVERY", 1)
    real = excel_export.export_workbook

    def a_big_shop(*args, **kwargs):  # each row as slow as a chain's export
        report = args[5]

        def slowly(done: int, total: int) -> bool:
            time.sleep(0.2)
            return report(done, total)

        return real(*args[:5], slowly, *args[6:], **kwargs)

    monkeypatch.setattr(excel_export, "export_workbook", a_big_shop)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    dialog = window.export_customers()
    target = tmp_path / "cancelled.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog, "export_progress")
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)
    (cancel,) = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    assert dialog.error.text() == "Export cancelled; no file was written."
    assert not target.exists()
