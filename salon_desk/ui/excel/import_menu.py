"""File > Import and File > Undo the last import, for the main window (apart, so the
window's own file stays readable). Strings keep the main window's translation context."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from salon_desk.services import excel_import
from salon_desk.ui.excel import history_report
from salon_desk.ui.excel.history_import_dialog import HistoryImportDialog
from salon_desk.ui.excel.import_dialog import ImportDialog
from salon_desk.ui.excel.undo_import_dialog import UndoImportDialog
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.tasks import run_task

if TYPE_CHECKING:
    from salon_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def ask_import(window: MainWindow) -> None:
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Import customers"),
        str(Path.home()),
        QCoreApplication.translate("MainWindow", "Spreadsheets (*.xlsx *.xls *.ods *.csv)"),
    )
    if not chosen:
        return
    kind = prompts.ask_import_kind(window)
    if kind == "customers":
        window.import_customers(Path(chosen))
    elif kind is not None:
        window.import_history(Path(chosen), kind)


def import_history(window: MainWindow, path: Path, kind: str) -> HistoryImportDialog | None:
    """A visit history or opening card balances, from File > Import."""
    try:
        dialog = HistoryImportDialog(path, kind, window.actor_id, window)
    except Exception as exc:
        log.warning("could not read %s: %s", path, exc)
        prompts.inform(
            window,
            QCoreApplication.translate("MainWindow", "Import"),
            QCoreApplication.translate("MainWindow", "Could not read %1 as a spreadsheet: %2")
            .replace("%1", path.name)
            .replace("%2", str(exc)),
        )
        return None
    dialog.imported.connect(window.show_message)
    dialog.imported.connect(lambda _: window.events.publish())
    dialog.open()
    return dialog


def undo_last_import(window: MainWindow) -> UndoImportDialog | None:
    if not window.confirm_leave():
        return None  # unsaved edits are dealt with before files may go
    dialog = UndoImportDialog(window.actor_id, window)
    dialog.undone.connect(lambda message: import_undone(window, message))
    dialog.open()
    return dialog


def import_undone(window: MainWindow, message: str) -> None:
    """Files, entries, cards, staff and items may have gone: everything redraws."""
    window.customers.open_new()
    window.events.publish()
    window.show_message(message)


def import_customers(window: MainWindow, path: Path) -> ImportDialog | None:
    """The file is read on a worker thread (a hostile or huge one must not freeze the
    window); the dialog opens when it has been read. Returned when it is open by the
    time this returns (at once in tests)."""
    opened: list[ImportDialog] = []
    window.show_message(
        QCoreApplication.translate("MainWindow", "Reading %1…").replace("%1", path.name)
    )

    def work() -> object:
        try:
            return excel_import.read_table(path)
        except excel_import.UnreadableFile as unreadable:
            return unreadable

    def read(answer: object) -> None:
        if isinstance(answer, excel_import.UnreadableFile):
            log.warning("could not read %s: %s", path, answer)
            reason = history_report.unreadable_reason(answer, path.name)
            message = QCoreApplication.translate(
                "MainWindow", "Could not read %1 as a spreadsheet: %2"
            )
            prompts.inform(
                window,
                QCoreApplication.translate("MainWindow", "Import customers"),
                message.replace("%1", path.name).replace("%2", reason),
            )
            return
        assert isinstance(answer, excel_import.Table)
        dialog = ImportDialog(path, window.actor_id, window, answer)
        dialog.imported.connect(window.show_message)
        dialog.imported.connect(lambda _: window.events.publish())
        dialog.open()
        opened.append(dialog)

    run_task(work, read)
    return opened[0] if opened else None
