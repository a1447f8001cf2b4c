"""Export customers to Excel: choose who and where, watch the progress, cancel at will."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services.permissions import PermissionDenied
from salon_desk.services.worker import in_own_connection
from salon_desk.ui.excel import texts
from salon_desk.ui.widgets import tasks
from salon_desk.ui.widgets.naming import named


class ExportRun(QObject):
    """One export on the thread pool; the UI hears progress and the end through signals."""

    progressed = Signal(int, int)
    finished = Signal(int)  # customers written
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        target: Path,
        ids: frozenset[int] | None,
        actor_id: int | None,
        parent: QObject | None = None,
        consenting_only: bool = False,
    ):
        super().__init__(parent)
        self.actor_id = actor_id
        self.consenting_only = consenting_only
        self.target = target
        self.ids = ids
        self._stop = threading.Event()
        # Words are looked up here, on the UI thread, where the translators live.
        self.texts = texts.export_texts()
        self.labels = texts.labeller()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        # openpyxl (~0.2 s) loads with the first export, not with the window.
        from salon_desk.services import excel_export

        try:
            written = excel_export.export_workbook(
                self.target,
                self.ids,
                self.texts,
                self.labels,
                dt.date.today(),
                self._progress,
                self.actor_id,
                self.consenting_only,
            )
        except excel_export.ExportCancelled:
            self.cancelled.emit()
        except (OSError, PermissionDenied) as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(written)

    def start(self) -> None:
        if tasks.SYNCHRONOUS:
            self.run()
            return
        run = self.run

        class Job(QRunnable):
            def run(self) -> None:
                in_own_connection(run)

        QThreadPool.globalInstance().start(Job())


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
        self.run: ExportRun | None = None
        self.progress: QProgressDialog | None = None

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
        self.run = ExportRun(
            target, self.chosen_ids(), self.actor_id, self, self.consenting_only.isChecked()
        )
        self.progress = named(
            QProgressDialog(self.tr("Writing the workbook…"), self.tr("Cancel"), 0, 100, self),
            "export_progress",
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.run.cancel)
        self.run.progressed.connect(self._progressed)
        self.run.finished.connect(lambda count: self._finished(target, count))
        self.run.cancelled.connect(self._cancelled)
        self.run.failed.connect(self._failed)
        self.run.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(int(done * 100 / max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
        self.ok_button.setEnabled(True)

    def _finished(self, target: Path, count: int) -> None:
        self._close_progress()
        self.exported.emit(
            self.tr("%n customer(s) exported to %1.", "", count).replace("%1", str(target))
        )
        self.accept()

    def _cancelled(self) -> None:
        self._close_progress()
        self.error.setText(self.tr("Export cancelled; no file was written."))

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.error.setText(self.tr("Could not write the file: %1").replace("%1", message))
