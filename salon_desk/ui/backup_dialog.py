"""Restore from a backup: the copies beside the database, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from salon_desk.services import backups
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import current_object, row_table, show_rows_model


def backup_reason(label: str) -> str:
    reasons = {
        "daily": QCoreApplication.translate("RestoreDialog", "Daily, on opening"),
        "manual": QCoreApplication.translate("RestoreDialog", "Backed up by hand"),
        "before-import": QCoreApplication.translate("RestoreDialog", "Before an import"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
    }
    if label.startswith("before-v"):
        return QCoreApplication.translate("RestoreDialog", "Before a database upgrade")
    return reasons.get(label, label)


class RestoreDialog(QDialog):
    restored = Signal(str)  # a sentence for the status bar

    def __init__(self, db_path: Path, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 420)
        self.actor_id = actor_id
        self.model: RowsTableModel[backups.BackupFile] = RowsTableModel(
            [
                Column(
                    self.tr("Taken"), lambda b: b.taken_at.strftime("%Y-%m-%d %H:%M"), width=150
                ),
                Column(self.tr("Why"), lambda b: backup_reason(b.label), width=180),
                Column(
                    self.tr("Customers"),
                    lambda b: str(backups.customer_count(b.path) or 0),
                    numeric=True,
                    width=90,
                ),
                Column(
                    self.tr("Size"),
                    lambda b: f"{b.path.stat().st_size / 1_048_576:.1f} MB",
                    numeric=True,
                ),
            ],
            parent=self,
        )
        self.model.set_rows(backups.sound_backups(db_path))  # a broken file is no offer
        self.table = row_table("backups_table")
        show_rows_model(self.table, self.model)
        if self.model.rowCount():
            self.table.selectRow(0)
        explain = QLabel(
            self.tr(
                "Restoring replaces everything on file with the chosen copy. The database "
                "as it is now is backed up first, so this too can be undone."
            )
        )
        explain.setWordWrap(True)
        self.error = named(QLabel(), "restore_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def restore(self) -> None:
        chosen: backups.BackupFile | None = current_object(self.table)
        if chosen is None:
            return
        taken = chosen.taken_at.strftime("%Y-%m-%d %H:%M")
        question = self.tr(
            "Replace everything on file with the copy taken %1? Changes made since then "
            "will be gone from the files (they stay in the backup taken now)."
        ).replace("%1", taken)
        if not prompts.confirm(self, self.tr("Restore from a backup"), question):
            return
        try:
            backups.restore_open_database(chosen.path, self.actor_id)
        except backups.RestoreRefused as refused:
            self.error.setText(
                self.tr("This copy was not used, nothing changed: %1").replace("%1", str(refused))
            )
            return
        self.restored.emit(self.tr("Restored the copy taken %1.").replace("%1", taken))
        self.accept()
