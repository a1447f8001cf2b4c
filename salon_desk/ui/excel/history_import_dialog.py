"""Import a visit history or opening card balances: the columns found, the choices the
file leaves open (date order, walk-in clients, taxes), every refused row in words, then
one import. Checking happens before anything is written; the write is one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import balance_import, excel_import, visit_import, visit_writes
from salon_desk.services.customer_import import ImportCancelled
from salon_desk.services.import_values import DateOrder
from salon_desk.services.visit_import import Taxes, VisitOptions
from salon_desk.ui import labels
from salon_desk.ui.excel import history_report, import_report
from salon_desk.ui.excel.unknown_names import SERVICE, STAFF, UnknownNames
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tasks import Report, run_task, run_with_progress

VISITS, BALANCES = "visits", "balances"


def field_words() -> dict[str, str]:
    return {
        "code": QCoreApplication.translate("HistoryImportFields", "Code in the old system"),
        "phone": QCoreApplication.translate("HistoryImportFields", "Phone"),
        "name": QCoreApplication.translate("HistoryImportFields", "Name"),
        "date": QCoreApplication.translate("HistoryImportFields", "Date"),
        "time": QCoreApplication.translate("HistoryImportFields", "Time"),
        "service": QCoreApplication.translate("HistoryImportFields", "Service item"),
        "staff": QCoreApplication.translate("HistoryImportFields", "Staff"),
        "amount": QCoreApplication.translate("HistoryImportFields", "Amount"),
        "quantity": QCoreApplication.translate("HistoryImportFields", "Quantity"),
        "receipt": QCoreApplication.translate("HistoryImportFields", "Receipt"),
        "tax": QCoreApplication.translate("HistoryImportFields", "Tax"),
        "products": QCoreApplication.translate("HistoryImportFields", "Products"),
        "notes": QCoreApplication.translate("HistoryImportFields", "Notes"),
        "satisfaction": QCoreApplication.translate("HistoryImportFields", "Satisfaction"),
        "card": QCoreApplication.translate("HistoryImportFields", "Card"),
        "kind": QCoreApplication.translate("HistoryImportFields", "Card kind"),
        "sessions": QCoreApplication.translate("HistoryImportFields", "Sessions left"),
        "balance": QCoreApplication.translate("HistoryImportFields", "Balance"),
        "expires": QCoreApplication.translate("HistoryImportFields", "Expires"),
        "opened": QCoreApplication.translate("HistoryImportFields", "Opened"),
    }


class HistoryImportDialog(QDialog):
    imported = Signal(str)  # a sentence for the status bar

    def __init__(
        self, path: Path, kind: str, actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_import_dialog")
        title = (
            self.tr("Import a visit history")
            if kind == VISITS
            else self.tr("Import opening card balances")
        )
        self.setWindowTitle(f"{title} — {path.name}")
        self.resize(900, 700)
        self.path, self.kind, self.actor_id = path, kind, actor_id
        # Read and checked on a worker thread: a chain's history is a million rows.
        self.table: excel_import.Table | None = None
        self.mapping: dict[int, str] = {}
        self.plan: visit_import.VisitPlan | balance_import.BalancePlan | None = None
        self.planning = 0  # the newest check asked for; older answers are dropped
        self.writing = False
        self.busy = named(QProgressBar(), "history_busy")
        self.busy.setRange(0, 0)  # how long is unknown: it moves, so nothing looks frozen
        self.columns = named(QLabel(), "history_columns")
        self.columns.setWordWrap(True)
        self.date_order = named(QComboBox(), "history_date_order")
        self.date_order.addItem(self.tr("As the file shows"), None)
        for order, example in (
            (DateOrder.YMD, "2018-03-15"),
            (DateOrder.MDY, "03/15/2018"),
            (DateOrder.DMY, "15/03/2018"),
        ):
            self.date_order.addItem(f"{order.value} ({example})", order)
        self.date_examples = named(QLabel(), "history_date_examples")
        self.skip_clients = named(QLineEdit(), "history_skip_clients")
        self.skip_clients.setPlaceholderText(self.tr("e.g. WALK_IN, 散客"))
        self.taxes = named(QComboBox(), "history_taxes")
        self.taxes.addItem(self.tr("The amount includes them"), Taxes.INCLUDED)
        self.taxes.addItem(self.tr("Add the tax columns to the amount"), Taxes.ADDED)
        self.taxes.addItem(self.tr("Leave taxes out"), Taxes.IGNORED)
        self.by_name = named(
            QCheckBox(self.tr("Find her by name when a row has no code or phone")),
            "history_by_name",
        )
        self.unknown = UnknownNames()
        self.new_staff_role = named(QComboBox(), "history_new_staff_role")
        for role, word in labels.roles().items():
            self.new_staff_role.addItem(word, role)
        self.summary = named(QLabel(), "history_summary")
        self.summary.setWordWrap(True)
        self.problems = named(QTableWidget(0, 5), "history_problems")
        self.problems.setHorizontalHeaderLabels(import_report.report_header())
        self.problems.setTabKeyNavigation(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.report_button = named(QPushButton(self.tr("Save report…")), "history_save_report")
        self.import_button = named(QPushButton(self.tr("Import")), "history_import")
        self.close_button = named(QPushButton(self.tr("Close")), "history_close")
        self._build()
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.import_button.setEnabled(False)
        self.report_button.setEnabled(False)
        self.recheck()

    def _build(self) -> None:
        options = QFormLayout()
        options.addRow(self.tr("Columns found"), self.columns)
        if self.kind == VISITS:
            options.addRow(self.tr("Dates are written"), self.date_order)
            options.addRow(self.tr("Read as"), self.date_examples)
            options.addRow(self.tr("Walk-in clients to leave out"), self.skip_clients)
            options.addRow(self.tr("Taxes"), self.taxes)
            options.addRow("", self.by_name)
            options.addRow(self.tr("New staff are created as"), self.new_staff_role)
            self.date_order.currentIndexChanged.connect(self.recheck)
            self.unknown.changed.connect(self.recheck)
            self.new_staff_role.currentIndexChanged.connect(self.recheck)
            self.skip_clients.editingFinished.connect(self.recheck)
            self.taxes.currentIndexChanged.connect(self.recheck)
            self.by_name.toggled.connect(self.recheck)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.unknown, 1)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.run_import)
        self.report_button.clicked.connect(self.ask_save_report)
        self.close_button.clicked.connect(self.reject)
        self.problems.verticalHeader().hide()

    def _show_columns(self) -> None:
        assert self.table is not None
        words = field_words()
        self.columns.setText(
            " · ".join(
                f"{self.table.headers[i]} → {words.get(name, name)}"
                for i, name in self.mapping.items()
            )
            or self.tr("none recognised")
        )

    def options(self) -> VisitOptions:
        skipped = frozenset(
            part.strip() for part in self.skip_clients.text().replace("，", ",").split(",")
            if part.strip()
        )  # fmt: skip
        return VisitOptions(
            date_order=self.date_order.currentData(),
            skip_clients=skipped,
            taxes=self.taxes.currentData(),
            match_names=self.by_name.isChecked(),
            staff_choices=self.unknown.choices(STAFF),
            service_choices=self.unknown.choices(SERVICE),
            new_staff_role=self.new_staff_role.currentData(),
        )

    def columns_by_field(self) -> dict[str, str]:
        headers = self.table.headers if self.table else []
        return {name: headers[i] for i, name in self.mapping.items()}

    def report(self, with_names: bool) -> tuple[str, list[list[object]]]:
        """The summary and the report lines of the current plan."""
        if isinstance(self.plan, visit_import.VisitPlan):
            return history_report.visit_summary(self.plan), history_report.visit_lines(
                self.plan, self.options(), self.columns_by_field(), with_names
            )
        if isinstance(self.plan, balance_import.BalancePlan):
            return history_report.balance_summary(self.plan), history_report.balance_lines(
                self.plan, self.columns_by_field()
            )
        return "", []

    def recheck(self) -> None:
        """Plan again (nothing written), off the window's thread, and show the answer;
        the file is read first, once."""
        self.planning += 1
        asked, options, table = self.planning, self.options(), self.table
        path, kind = self.path, self.kind
        self.busy.show()
        self.import_button.setEnabled(False)

        def work() -> object:
            try:
                read = table or excel_import.read_table(path)
            except excel_import.UnreadableFile as unreadable:
                return unreadable
            if kind == VISITS:
                mapping = visit_import.suggest_visit_mapping(read.headers)
                return read, mapping, visit_import.plan_visits(read, mapping, options)
            mapping = balance_import.suggest_balance_mapping(read.headers)
            return read, mapping, balance_import.plan_balances(read, mapping)

        run_task(work, lambda answer: self._planned(asked, answer))

    def _planned(self, asked: int, answer: object) -> None:
        if asked != self.planning:
            return  # the user changed a choice meanwhile; a newer check is on its way
        self.busy.hide()
        if isinstance(answer, excel_import.UnreadableFile):
            self.summary.setText(
                self.tr("Could not read %1 as a spreadsheet: %2")
                .replace("%1", self.path.name)
                .replace("%2", history_report.unreadable_reason(answer, self.path.name))
            )
            return
        assert isinstance(answer, tuple)
        first_time = self.table is None
        self.table, self.mapping, self.plan = answer
        if first_time:
            self._show_columns()
        if isinstance(self.plan, visit_import.VisitPlan):
            self.unknown.show_names(self.plan.unknown_staff, self.plan.unknown_services)
            self.date_examples.setText(
                "   ".join(
                    f"{written} → {labels.long_date(day)}"
                    for written, day in self.plan.date_examples
                )
            )
            ready = bool(self.plan.visits)
        else:
            self.unknown.hide()
            ready = bool(self.plan.cards)
        summary, lines = self.report(with_names=False)
        self.summary.setText(summary)
        self.problems.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, value in enumerate(line):
                item = QTableWidgetItem(str(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.problems.setItem(row, column, item)
        self.problems.resizeColumnsToContents()
        self.import_button.setEnabled(ready)
        self.report_button.setEnabled(True)

    def ask_save_report(self) -> None:
        target = import_report.ask_report_target(self, self.path)
        if target is not None:
            self.save_report(target)

    def save_report(self, target: Path) -> None:
        summary, lines = self.report(with_names=True)
        try:
            excel_import.write_report(
                target,
                import_report.report_header(),
                lines,
                [summary],
                history_report.summary_title(),
            )
        except OSError as exc:
            prompts.inform(
                self,
                self.tr("Save import report"),
                self.tr("The report could not be saved: %1").replace("%1", str(exc)),
            )

    def run_import(self) -> None:
        """Written on a worker thread, a few thousand visits per transaction, with
        progress; Cancel takes out what was written so far (nothing is kept)."""
        plan, actor_id, source = self.plan, self.actor_id, self.path.name
        if plan is None or self.writing:
            return
        self.writing = True
        self.import_button.setEnabled(False)

        def work(report: Report) -> object:
            try:
                if isinstance(plan, visit_import.VisitPlan):
                    return visit_writes.apply_visits(plan, actor_id, source, report)
                assert isinstance(plan, balance_import.BalancePlan)
                return balance_import.apply_balances(plan, actor_id, source)
            except ImportCancelled as stopped:
                return stopped

        def finished(answer: object) -> None:
            self.writing = False
            if isinstance(answer, ImportCancelled):
                self.summary.setText(self.tr("Import cancelled; nothing was kept."))
                self.import_button.setEnabled(True)
                return
            if isinstance(answer, visit_writes.VisitResult):
                message = (
                    self.tr("Imported %1 visits; %2 new customer files; %3 were already on file.")
                    .replace("%1", str(answer.visits))
                    .replace("%2", str(answer.customers_created))
                    .replace("%3", str(answer.already_on_file))
                )
                if answer.without_their_card:
                    message += " " + self.tr(
                        "%1 visits named a card she did not have or had used up: they came "
                        "in without it."
                    ).replace("%1", str(answer.without_their_card))
            else:
                message = self.tr("Carried over %1 cards.").replace("%1", str(answer))
            self.imported.emit(message)
            self.accept()

        run_with_progress(
            self, "history_progress", self.tr("Importing…"), self.tr("Cancel"), work, finished
        )

    def reject(self) -> None:
        if not self.writing:  # an import under way ends by itself or by its Cancel
            super().reject()
