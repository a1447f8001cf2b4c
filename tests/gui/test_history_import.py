"""File > Import of a visit history and of opening balances, as a manager does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from salon_desk.services.cards import card_statuses
from salon_desk.store.models import CareLog, Customer
from salon_desk.ui.excel.history_import_dialog import HistoryImportDialog
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.widgets import prompts
from tests.gui.typing import type_text
from tests.unit.test_visit_import import RECEIPTS


def _receipts(folder: Path) -> Path:
    """The test receipts with every date readable as MM/DD/YYYY."""
    path = folder / "receipts.csv"
    path.write_text(RECEIPTS.replace("13/05/2018", "05/13/2018"), encoding="utf-8")
    return path


def _import(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """File > Import of a visit history, its preview accepted as it comes."""
    dialog = window.import_history(path, "visits")
    assert dialog is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_a_visit_history_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(prompts, "ask_import_kind", lambda parent: "visits")
    window.import_action.trigger()
    dialog = window.findChild(HistoryImportDialog)
    assert dialog is not None and "Client → Code in the old system" in dialog.columns.text()
    assert "5 visits of 3 customers" in dialog.summary.text()  # WALK_IN is a client yet
    type_text(dialog.skip_clients, "WALK_IN")
    dialog.skip_clients.editingFinished.emit()
    expected = (
        "4 visits of 2 customers (2 new, 0 of them possible duplicates); 1 rows refused; "
        "1 rows of walk-in"
    )
    assert expected in dialog.summary.text()
    assert dialog.problems.item(0, 3).text() == "Not a date in the order chosen"
    assert dialog.problems.item(0, 1).text() == "Date"  # the file's own header
    report = tmp_path / "report.xlsx"
    dialog.save_report(report)
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(report))
    lines = book.get_sheet_by_index(0).to_python()
    assert lines[0] == ["Row", "Column", "Value found", "Problem", "What happens"]
    assert lines[1] == [
        9.0,
        "Date",
        "13/05/2018",
        "Not a date in the order chosen",
        "Row not imported",
    ]
    assert ["", "Client", "WALK_IN", "Walk-in client: 1 rows", "Left out"] in lines
    assert ["", "Staff", "JJ", "Not on file: 4 rows", "Created, inactive"] in lines
    assert "4 visits of 2 customers" in book.get_sheet_by_name("Summary").to_python()[0][0]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert CareLog.select().count() == 4
    assert Customer.select().where(Customer.legacy_code == "KERT01").count() == 1
    assert "Imported 4 visits; 2 new customer files" in window.statusBar().currentMessage()
    # The frequency tab shows them at once.
    window.show_tab(2)
    assert window.frequency.model.rowCount() >= 2


def test_opening_balances_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, seeded: dict[str, int]
) -> None:
    path = tmp_path / "balances.csv"
    path.write_text("手机,卡名,剩余次数\n13800135678,补水 × 10,6\n", encoding="utf-8")
    dialog = window.import_history(path, "balances")
    assert dialog is not None and "1 cards to carry over" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (card,) = card_statuses(seeded["张慧敏"])
    assert (card.name, card.sessions_left) == ("补水 × 10", 6)


def test_the_manager_undoes_the_last_import_by_keyboard(
    qtbot, window: MainWindow, tmp_path: Path, seeded: dict[str, int]
) -> None:
    import datetime

    from salon_desk.services import care_log, catalogues
    from salon_desk.ui.excel.undo_import_dialog import UndoImportDialog
    from tests.gui.keyboard import Keyboard

    path = _receipts(tmp_path)
    _import(qtbot, window, path)
    before = CareLog.select().count()
    assert Customer.select().where(Customer.legacy_code == "KERT01").count() == 1

    keys = Keyboard()
    undo = window.undo_last_import()
    assert isinstance(undo, UndoImportDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is undo)  # as a person waits
    summary = undo.summary.text()
    assert (
        "receipts.csv" in summary
        and "• 3 customer files\n• 6 care-log entries\n• 4 staff" in summary
    )
    keys.press(Qt.Key.Key_Return)  # Enter is Close: nothing goes
    assert not undo.isVisible() and CareLog.select().count() == before

    undo = window.undo_last_import()
    assert undo is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is undo)  # as a person waits
    keys.press(Qt.Key.Key_Backtab)  # from Close back to "Undo this import"
    assert keys.focus() is undo.undo_button
    keys.press(Qt.Key.Key_Space)
    assert CareLog.select().count() == 0 and Customer.select().count() == len(seeded)
    assert "The import of receipts.csv is undone." in window.statusBar().currentMessage()

    # Imported again, then a beautician logs a visit on an imported file: refused, listed.
    _import(qtbot, window, path)
    kert = Customer.get(Customer.legacy_code == "KERT01").id
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水护理", "facial", 10_000, 60, True), window.actor_id
    )
    care_log.log_care(
        care_log.CareEntryInput(
            customer_id=kert,
            visited_at=datetime.datetime.now() - datetime.timedelta(hours=1),
            beautician_id=window.actor_id,
            service_item_ids=(item,),
            amount_fen=100,
        ),
        window.actor_id,
    )
    undo = window.undo_last_import()
    assert undo is not None
    assert not undo.undo_button.isEnabled() and "cannot be undone" in undo.summary.text()
    listed = [undo.table.item(row, 3).text() for row in range(undo.table.rowCount())]
    assert "Care log entry · Created" in listed
    assert undo.table.item(0, 2).text() == "KERT01"


def test_names_not_on_file_get_a_choice_in_the_preview(
    qtbot, window: MainWindow, tmp_path: Path, seeded: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QComboBox

    from salon_desk.store.models import Staff

    dialog = window.import_history(_receipts(tmp_path), "visits")
    assert dialog is not None
    names = dialog.unknown
    rows = {
        (names.item(r, 0).text(), names.item(r, 1).text()): r  # type: ignore[union-attr]
        for r in range(names.rowCount())
    }
    assert ("Staff", "JJ") in rows and ("Service item", "Blow dry") in rows
    assert names.item(rows[("Staff", "JJ")], 2).text() == "4"  # type: ignore[union-attr]

    def choose(kind: str, name: str, data: str) -> None:  # picked with the mouse
        combo = names.cellWidget(rows[(kind, name)], 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(data))

    choose("Staff", "JJ", "周店长")
    choose("Service item", "Blow dry", "")
    dialog.new_staff_role.setCurrentIndex(dialog.new_staff_role.findData("front_desk"))
    assert "3 new staff" in dialog.summary.text()  # KELLY, NEWBIE, SINEAD; JJ is 周店长
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not Staff.select().where(Staff.name == "JJ").exists()
    assert Staff.get(Staff.name == "NEWBIE").role == "front_desk"
    manager = Staff.get(Staff.name == "周店长").id
    assert CareLog.select().where(CareLog.beautician == manager).count() == 2


def test_cancel_midway_keeps_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import runs on a worker thread here, as in the shop; the user presses Cancel
    after the first transaction has committed."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from salon_desk.services import visit_writes
    from salon_desk.store.models import ChangeRecord, ImportBatch, Staff
    from salon_desk.ui.widgets import tasks

    monkeypatch.setattr(visit_writes, "VISITS_PER_TRANSACTION", 1)  # a transaction a visit
    path = tmp_path / "receipts.csv"
    lines = [f"{n},03/{n % 28 + 1:02d}/2018,Colour,C{n:03d},JJ,120" for n in range(40)]
    path.write_text("Receipt,Date,Description,Client,Staff,Amount\n" + "\n".join(lines))
    staff_before, history_before = Staff.select().count(), ChangeRecord.select().count()
    dialog = window.import_history(path, "visits")
    assert dialog is not None
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    committed = []
    real_checkpoint = visit_writes.import_batches.checkpoint
    monkeypatch.setattr(
        visit_writes.import_batches,
        "checkpoint",
        lambda batch: (committed.append(batch), real_checkpoint(batch))[1],
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog, "history_progress")
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)  # it shows once the import takes a while
    assert len(committed) >= 2  # the staff and items, then visits, are in by now
    (cancel,) = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing, timeout=10_000)
    assert dialog.summary.text() == "Import cancelled; nothing was kept."
    assert dialog.isVisible()  # her choices are still there to try again
    assert CareLog.select().count() == 0 and Customer.select().count() == 0
    assert Staff.select().count() == staff_before and ImportBatch.select().count() == 0
    assert ChangeRecord.select().count() == history_before


def test_an_unreadable_file_is_said_in_the_dialog(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = window.import_history(path, "visits")
    assert dialog is not None
    assert dialog.summary.text().startswith("Could not read broken.xlsx as a spreadsheet")
    assert not dialog.import_button.isEnabled()


def test_a_zip_bomb_is_refused_in_words_before_reading(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from salon_desk import sheet_reader

    monkeypatch.setattr(sheet_reader, "MAX_UNPACKED_BYTES", 20 * 1024**2)  # 2 GB in life
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024**2))
    dialog = window.import_history(bomb, "visits")
    assert dialog is not None
    assert dialog.summary.text() == (
        "Could not read bomb.xlsx as a spreadsheet: it would unpack to more than this "
        "computer should hold (30 MB)"
    )


def test_the_dates_are_shown_as_read(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    dialog = window.import_history(path, "visits")
    assert dialog is not None
    assert dialog.date_examples.text().startswith("03/15/2018 → 15 March 2018   04/13/2018 →")


def test_an_undo_runs_off_the_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On real worker threads, as in the shop: the check, then the undo with its progress."""
    from salon_desk.ui.widgets import tasks

    path = _receipts(tmp_path)
    _import(qtbot, window, path)
    assert CareLog.select().count() == 6
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    undo = window.undo_last_import()
    assert undo is not None
    assert "Checking whether anyone has worked on what it brought" in undo.summary.text()
    qtbot.waitUntil(undo.undo_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(undo.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not undo.isVisible(), timeout=10_000)
    assert CareLog.select().count() == 0
    assert "The import of receipts.csv is undone." in window.statusBar().currentMessage()
