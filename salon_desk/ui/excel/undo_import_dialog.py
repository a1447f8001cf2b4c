"""File > Undo the last import: what the last import brought, and either one button that
takes it all back out or the list of later work that stands in the way. The dialog is the
question: it names every kind of record that goes before anything does, and Close (the
default, where focus starts) leaves everything as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import import_batches
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tasks import Report, run_task, run_with_progress


def count_words() -> dict[str, str]:
    return {
        "customers": QCoreApplication.translate("UndoImport", "%1 customer files"),
        "visits": QCoreApplication.translate("UndoImport", "%1 care-log entries"),
        "cards": QCoreApplication.translate("UndoImport", "%1 cards"),
        "staff": QCoreApplication.translate("UndoImport", "%1 staff members"),
        "service_items": QCoreApplication.translate("UndoImport", "%1 service items"),
        "updated": QCoreApplication.translate(
            "UndoImport", "%1 files it changed get back what they held before"
        ),
    }


def blocker_words(what: str) -> str:
    """ "care_log.create" → "Care log entry · Created"; "uses.card" → "Uses it: Card"."""
    kinds, actions = texts.record_kinds(), labels.actions()
    first, _, second = what.partition(".")
    if first == "uses":
        return QCoreApplication.translate("UndoImport", "Uses what it brought: %1").replace(
            "%1", kinds.get(second, second)
        )
    return f"{kinds.get(first, first)} · {actions.get(second, second)}"


class UndoImportDialog(QDialog):
    undone = Signal(str)  # a sentence for the status bar

    def __init__(self, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_import_dialog")
        self.setWindowTitle(self.tr("Undo the last import"))
        self.actor_id = actor_id
        self.batch = import_batches.last_batch()
        # Checked on a worker thread (2 s for a million-line import); undone there too.
        self.blockers: list[import_batches.Blocker] = []
        self.checking = self.batch is not None
        self.working = False
        self.summary = named(QLabel(), "undo_import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = named(QTableWidget(0, 4), "undo_import_blockers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Staff"), self.tr("Customer"), self.tr("What")]
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.undo_button = named(QPushButton(self.tr("&Undo this import")), "undo_import_go")
        self.close_button = named(QPushButton(self.tr("Close")), "undo_import_close")
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # with no table, the words stay at the top
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.reject)
        self._show()
        self.resize(760, 180)
        if self.batch is not None:
            batch_id = self.batch.id
            run_task(lambda: import_batches.blockers(batch_id), self._checked)

    def _checked(self, found: list[import_batches.Blocker]) -> None:
        self.blockers, self.checking = found, False
        self._show()
        if found:
            self.resize(760, 420)

    def reject(self) -> None:
        if not self.working:  # an undo under way finishes; Esc cannot leave it half seen
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()  # not every platform hands a new dialog the keyboard
        self.close_button.setFocus()  # the safe answer is where Enter lands

    def _show(self) -> None:
        if self.batch is None:
            self.summary.setText(self.tr("There is no import to undo."))
            self.undo_button.setEnabled(False)
            self.table.hide()
            return
        words = count_words()
        goes = "\n".join(
            "• " + words[name].replace("%1", str(count))
            for name, count in import_batches.counts_in_order(self.batch)
        )
        made = (
            self.tr("The last import: %1, %2 by %3.")
            .replace("%1", self.batch.source or self.batch.kind)
            .replace("%2", labels.local_datetime(self.batch.created_at))
            .replace("%3", self.batch.staff_name or self.tr("the command line"))
        )
        if self.checking:
            self.summary.setText(
                made + "\n" + self.tr("Checking whether anyone has worked on what it brought…")
            )
            self.undo_button.setEnabled(False)
            self.table.hide()
            return
        if not self.batch.finished:
            made += "\n" + self.tr(
                "It was cut short before it finished (the program or the computer stopped): "
                "part of the file is in. Undo it, then import the file again."
            )
        if self.blockers:
            self.summary.setText(
                made
                + "\n"
                + self.tr(
                    "It cannot be undone: what it brought has been worked on since (below). "
                    "Undo that work first, or correct the imported records by hand."
                )
            )
            self.undo_button.setEnabled(False)
            self.table.show()
        else:
            self.summary.setText(
                made
                + "\n"
                + self.tr("Undoing it removes:\n%1\nA backup is taken first.").replace(
                    "%1", goes or self.tr("nothing")
                )
            )
            self.undo_button.setEnabled(True)
            self.table.hide()
        self.table.setRowCount(len(self.blockers))
        for row, blocker in enumerate(self.blockers):
            cells = (
                labels.local_datetime(blocker.when),
                blocker.staff_name,
                blocker.customer_name,
                blocker_words(blocker.what),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def undo(self) -> None:
        if self.batch is None or self.working:
            return
        self.working = True
        self.undo_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.summary.setText(self.tr("Undoing the import…"))
        batch_id, actor_id = self.batch.id, self.actor_id
        # The rows an undo removes by the thousand: its files, entries and cards.
        total = sum(self.batch.counts.get(name, 0) for name in ("customers", "visits", "cards"))

        def work(report: Report) -> object:
            def removed(gone: int) -> None:
                report(gone, max(total, gone))

            try:
                return import_batches.undo_last(actor_id, batch_id, removed)
            except (import_batches.UndoRefused, import_batches.NothingToUndo) as stopped:
                return stopped

        # No Cancel: an undo cut short would leave the import half there until undone again.
        run_with_progress(
            self, "undo_import_progress", self.tr("Undoing the import…"), "", work, self._finished
        )

    def _finished(self, answer: object) -> None:
        self.working = False
        self.close_button.setEnabled(True)
        if isinstance(answer, import_batches.UndoRefused):  # someone worked on it meanwhile
            self.blockers = answer.blockers
            self.table.show()
            self._show()
            self.resize(760, 420)
            return
        if isinstance(answer, import_batches.NothingToUndo):
            self.batch, self.blockers = None, []
            self._show()
            return
        assert self.batch is not None
        self.undone.emit(
            self.tr("The import of %1 is undone.").replace(
                "%1", self.batch.source or self.batch.kind
            )
        )
        self.accept()
