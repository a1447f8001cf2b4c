"""Export customers to Excel: choose who and where, watch the progress, cancel at will."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services.permissions import PermissionDenied
from salon_desk.ui.excel import texts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tasks import Report, run_with_progress


class ExportDialog(QDialog):
    exported = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        scopes: Sequence[tuple[str, frozenset[int] | None]],
        actor_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor_id = actor_id
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export customers to Excel"))
        self.setMinimumWidth(560)
        self.scopes = list(scopes)
        self.choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which customers?")))
        for number, (text, _) in enumerate(self.scopes):
            button = named(QRadioButton(text), f"export_scope_{number}")
            self.choice.addButton(button, number)
            layout.addWidget(button)
        self.choice.button(0).setChecked(True)
        self.consenting_only = named(
            QCheckBox(self.tr("Only customers who agreed to offers and greetings")),
            "export_consenting_only",
        )
        self.consenting_only.setToolTip(
            self.tr("Tick this for a list used to send offers or greetings.")
        )
        layout.addWidget(self.consenting_only)
        name = self.tr("customers") + f"-{dt.date.today().isoformat()}.xlsx"
        self.path = named(QLineEdit(str(Path.home() / name)), "export_path")
        browse = named(QPushButton(self.tr("Choose…")), "export_browse")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addWidget(QLabel(self.tr("Save as")))
        layout.addLayout(row)
        self.error = named(QLabel(), "export_error")
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export customers to Excel"), self.path.text(), "Excel (*.xlsx)"
        )
        if chosen:
            self.path.setText(chosen)

    def chosen_ids(self) -> frozenset[int] | None:
        return self.scopes[self.choice.checkedId()][1]

    def export(self) -> None:
        target = Path(self.path.text().strip()).expanduser()
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        if not target.parent.is_dir():
            self.error.setText(self.tr("That folder does not exist."))
            return
        self.ok_button.setEnabled(False)
        ids, actor_id, consenting = (
            self.chosen_ids(),
            self.actor_id,
            self.consenting_only.isChecked(),
        )
        # Words are looked up here, on the UI thread, where the translators live.
        words, labeller = texts.export_texts(), texts.labeller()

        def work(report: Report) -> object:
            # openpyxl (~0.2 s) loads with the first export, not with the window.
            from salon_desk.services import excel_export

            try:
                return excel_export.export_workbook(
                    target, ids, words, labeller, dt.date.today(), report, actor_id, consenting
                )
            except excel_export.ExportCancelled as stopped:
                return stopped
            except (OSError, PermissionDenied) as failure:
                return failure

        run_with_progress(
            self,
            "export_progress",
            self.tr("Writing the workbook…"),
            self.tr("Cancel"),
            work,
            lambda answer: self._ended(target, answer),
        )

    def _ended(self, target: Path, answer: object) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(answer, int):
            self.exported.emit(
                self.tr("%n customer(s) exported to %1.", "", answer).replace("%1", str(target))
            )
            self.accept()
        elif isinstance(answer, (OSError, PermissionDenied)):
            self.error.setText(self.tr("Could not write the file: %1").replace("%1", str(answer)))
        else:  # cancelled
            self.error.setText(self.tr("Export cancelled; no file was written."))
