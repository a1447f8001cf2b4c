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
        self.blockers = import_batches.blockers(self.batch.id) if self.batch else []
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
        self.resize(760, 420 if self.blockers else 180)

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
        else:
            self.summary.setText(
                made
                + "\n"
                + self.tr("Undoing it removes:\n%1\nA backup is taken first.").replace(
                    "%1", goes or self.tr("nothing")
                )
            )
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
        if self.batch is None:
            return
        try:
            import_batches.undo_last(self.actor_id, self.batch.id)
        except import_batches.UndoRefused as refused:  # someone worked on it meanwhile
            self.blockers = refused.blockers
            self.table.show()
            self._show()
            return
        except import_batches.NothingToUndo:
            self.batch, self.blockers = None, []
            self._show()
            return
        self.undone.emit(
            self.tr("The import of %1 is undone.").replace(
                "%1", self.batch.source or self.batch.kind
            )
        )
        self.accept()
