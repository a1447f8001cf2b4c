"""File > Import of a visit history and of opening balances, as a manager does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from salon_desk.services.cards import card_statuses
from salon_desk.store.models import CareLog, Customer
from salon_desk.ui.excel.history_import_dialog import HistoryImportDialog
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.widgets import prompts
from tests.gui.typing import type_text
from tests.unit.test_visit_import import RECEIPTS


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
    assert "4 visits of 2 customers (2 new); 1 rows refused; 1 rows of walk-in" in (
        dialog.summary.text()
    )
    assert dialog.problems.item(0, 2).text() == "Not a date in the order chosen"
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
