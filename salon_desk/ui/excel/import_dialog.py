"""Import customers: fix which column is which, look at every row, then import in one go."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import customer_import, excel_import
from salon_desk.services.customer_import import Duplicate
from salon_desk.services.excel_import import ImportRow, Table
from salon_desk.ui.excel import import_report
from salon_desk.ui.excel.texts import import_vocabulary
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tasks import Report, run_with_progress

SAMPLES = 3
PROBLEM_COLOUR = QColor("#b3261e")
DUPLICATE_COLOUR = QColor("#8d6e00")


class ImportDialog(QDialog):
    imported = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        path: Path,
        actor_id: int | None,
        parent: QWidget | None = None,
        table: Table | None = None,
    ) -> None:
        """``table``: the file already read (the window reads it on a worker thread)."""
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import customers — %1").replace("%1", path.name))
        self.resize(1100, 720)
        self.path = path
        self.actor_id = actor_id
        self.vocabulary = import_vocabulary()
        self.table: Table = table if table is not None else excel_import.read_table(path)
        self.rows: list[ImportRow] = []
        self.mapping_table = named(QTableWidget(), "import_mapping")
        self.preview = named(QTableWidget(), "import_preview")
        self.preview.setTabKeyNavigation(False)  # Tab moves on to the next field
        self.summary = named(QLabel(), "import_summary")
        self.report_button = named(QPushButton(self.tr("Save report…")), "import_save_report")
        self.import_button = named(QPushButton(), "import_run")
        self.cancel_button = named(QPushButton(self.tr("Close")), "import_close")
        self._build()
        self._fill_mapping(excel_import.suggest_mapping(self.table.headers, self.vocabulary))
        self.recheck()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(
            QLabel(
                self.tr("1. Which field is each column? (headers found on row %1)").replace(
                    "%1", str(self.table.header_row)
                )
            )
        )
        top_layout.addWidget(self.mapping_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("2. Every row, checked as the form checks it")))
        bottom_layout.addWidget(self.preview, 1)
        bottom_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 420])
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.report_button.clicked.connect(self.ask_save_report)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.reject)
        for table in (self.mapping_table, self.preview):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(True)

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        titles = import_report.field_titles()
        self.mapping_table.setColumnCount(3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Field")]
        )
        self.mapping_table.setRowCount(len(self.table.headers))
        self.combos: list[QComboBox] = []
        for index, header in enumerate(self.table.headers):
            samples = [
                excel_import.cell_text(cells[index])
                for _, cells in self.table.rows[:SAMPLES]
                if cells[index] != ""
            ]
            self.mapping_table.setItem(index, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            combo = named(QComboBox(), f"import_field_{index}")
            combo.addItem(self.tr("— ignore this column"), None)
            for field, title in titles.items():
                combo.addItem(title, field)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index)), 0))
            combo.currentIndexChanged.connect(lambda _=0, at=index: self._mapping_changed(at))
            self.combos.append(combo)
            self.mapping_table.setCellWidget(index, 2, combo)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.mapping_table.setColumnWidth(1, 420)

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, column: int, field: str | None) -> None:
        self.combos[column].setCurrentIndex(max(self.combos[column].findData(field), 0))

    def _mapping_changed(self, column: int) -> None:
        """A field belongs to one column: choosing it here frees it elsewhere."""
        field = self.combos[column].currentData()
        if field is not None:
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.recheck()

    # -- the rows -------------------------------------------------------------------
    def recheck(self) -> None:
        self.rows = excel_import.check_rows(
            self.table, self.mapping(), self.vocabulary, dt.date.today()
        )
        problems = import_report.problem_texts()
        self.preview.clear()
        self.preview.setColumnCount(5)
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Check"),
                self.tr("If on file"),
            ]
        )
        self.preview.setRowCount(len(self.rows))
        self.duplicate_choices: dict[int, QComboBox] = {}
        for line, row in enumerate(self.rows):
            status, colour = self.tr("Ready"), None
            if not row.ok:
                status = " ".join(problems.get(p.code, p.code) for p in row.problems)
                colour = PROBLEM_COLOUR
            elif row.duplicate_of is not None:
                status = self.tr("Same phone as row %1: skipped").replace(
                    "%1", str(row.duplicate_of)
                )
                colour = DUPLICATE_COLOUR
            elif row.existing_id is not None:
                status = self.tr("A customer file has this phone")
                colour = DUPLICATE_COLOUR
                choice = named(QComboBox(), f"import_duplicate_{row.number}")
                choice.addItem(self.tr("Skip"), Duplicate.SKIP)
                choice.addItem(self.tr("Update her file"), Duplicate.UPDATE)
                choice.currentIndexChanged.connect(self._update_summary)
                self.duplicate_choices[row.number] = choice
                self.preview.setCellWidget(line, 4, choice)
            for column, text in enumerate((str(row.number), row.data.name, row.data.phone, status)):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(colour)
                self.preview.setItem(line, column, item)
        self.preview.resizeColumnsToContents()
        self._update_summary()

    def decisions(self) -> dict[int, Duplicate]:
        # Qt hands item data back as plain str: make them Duplicate again.
        return {n: Duplicate(combo.currentData()) for n, combo in self.duplicate_choices.items()}

    def _counts(self) -> tuple[int, int, int, int]:
        choices = self.decisions()
        ready = sum(r.ok and r.duplicate_of is None and r.existing_id is None for r in self.rows)
        updates = sum(choice is Duplicate.UPDATE for choice in choices.values())
        bad = sum(not r.ok for r in self.rows)
        skipped = len(self.rows) - ready - updates - bad
        return ready, updates, bad, skipped

    def _update_summary(self) -> None:
        ready, updates, bad, skipped = self._counts()
        self.summary.setText(
            self.tr("%1 rows: %2 new, %3 updates, %4 with problems (not imported), %5 skipped.")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(ready))
            .replace("%3", str(updates))
            .replace("%4", str(bad))
            .replace("%5", str(skipped))
        )
        self.import_button.setText(self.tr("Import %n customer(s)", "", ready + updates))
        self.import_button.setEnabled(ready + updates > 0)

    # -- actions --------------------------------------------------------------------
    def ask_save_report(self) -> None:
        target = import_report.ask_report_target(self, self.path)
        if target is not None:
            self.save_report(target)

    def save_report(self, target: Path) -> None:
        by_field = {field: self.table.headers[i] for i, field in self.mapping().items()}
        lines = import_report.report_lines(self.rows, by_field)
        excel_import.write_report(target, import_report.report_header(), lines)

    def run_import(self) -> None:
        """Written on a worker thread with progress; Cancel keeps nothing."""
        rows, actor_id, decisions, source = (
            self.rows,
            self.actor_id,
            self.decisions(),
            self.path.name,
        )
        self.import_button.setEnabled(False)

        def work(report: Report) -> object:
            try:
                return customer_import.apply_import(rows, actor_id, decisions, report, source)
            except customer_import.ImportCancelled as stopped:
                return stopped

        def finished(answer: object) -> None:
            self.import_button.setEnabled(True)
            if isinstance(answer, customer_import.ImportCancelled):
                self.summary.setText(self.tr("Import cancelled; nothing was changed."))
                return
            assert isinstance(answer, customer_import.ImportResult)
            self.imported.emit(
                self.tr("Imported: %1 new, %2 updated, %3 skipped, %4 rows with problems.")
                .replace("%1", str(len(answer.created)))
                .replace("%2", str(len(answer.updated)))
                .replace("%3", str(len(answer.skipped)))
                .replace("%4", str(len(answer.refused)))
            )
            self.accept()

        run_with_progress(
            self, "import_progress", self.tr("Importing…"), self.tr("Cancel"), work, finished
        )
