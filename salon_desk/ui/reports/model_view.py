"""The retention model explained (issue 19.6) on the reports page: what P(alive) means in
one sentence, whether the shop's history can carry the model (and if not, why, plainly),
the repeat visits it expects against those made, and its check on the last months — the
visits expected against those made per number of repeat visits, and how well it and the
overdue rule pick out the customers who did not come back. History to the period's last
day; the check's holdout is the 120 days before it. Below, the fits in use (each shop's
in a chain) and "Fit again now"."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from salon_desk.services.report_workbook import Sheet
from salon_desk.ui.reports.view import FigureTable, ReportView, count_column
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column
from salon_desk.ui.widgets.tasks import run_task

if TYPE_CHECKING:
    from salon_desk.services.bgnbd import Verdict
    from salon_desk.services.retention_check import Bucket, Check
    from salon_desk.services.retention_model import FitInUse
    from salon_desk.ui.charts.bar_chart import BarChart

log = logging.getLogger(__name__)
EXPECTED_COLOUR, ACTUAL_COLOUR = "#1565c0", "#ef6c00"
Figure = tuple[str, str]  # (what, the figure)


def _number(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class ModelView(ReportView):
    code = "retention_model"
    refitted = Signal()  # the fits in use were made again: every list shows them afresh

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("model_views")
        self.found: Check | None = None
        self.shop_id: int | None = None  # a chain's one shop: its own customers checked
        self.explained = named(
            QLabel(
                self.tr(
                    "P(alive) is the chance that a customer is still one of ours and will"
                    " come again, judged from how often she has come and how long she has"
                    " been away — a customer who came every two weeks and has been away"
                    " two months is less likely back than one who comes twice a year."
                )
            ),
            "model_explained",
        )
        self.explained.setWordWrap(True)
        self.curve_holder = QWidget()
        curve_layout = QVBoxLayout(self.curve_holder)
        curve_layout.addWidget(self.explained)
        self._curve_layout = curve_layout
        self._chart: BarChart | None = None
        self.check_table: FigureTable[Bucket] = FigureTable(
            "model_check",
            [
                Column(
                    self.tr("Repeat visits before the check"), lambda b: b.repeat_visits, width=180
                ),
                count_column(self.tr("Customers"), lambda b: b.customers),
                Column(
                    self.tr("Visits made"),
                    lambda b: _number(b.actual),
                    numeric=True,
                    sort_key=lambda b: b.actual,
                    export=lambda b: b.actual,
                ),
                Column(
                    self.tr("Visits expected"),
                    lambda b: _number(b.predicted),
                    numeric=True,
                    sort_key=lambda b: b.predicted,
                    export=lambda b: b.predicted,
                ),
            ],
            self._drill,
        )
        self.figures: FigureTable[Figure] = FigureTable(
            "model_figures",
            [
                Column(self.tr("Figure"), lambda f: f[0], width=320),
                Column(self.tr("Value"), lambda f: f[1], width=160),
            ],
        )
        self.in_use: FigureTable[FitInUse] = FigureTable(
            "model_in_use",
            [
                Column(self.tr("Shop"), lambda f: f.shop_name, width=120),
                Column(self.tr("Fitted on"), lambda f: f.as_of.isoformat(), width=100),
                count_column(self.tr("Customers"), lambda f: f.customers),
                count_column(self.tr("Came back"), lambda f: f.verdict.returning),
                Column(
                    self.tr("In use?"),
                    lambda f: self.verdict_words(f.verdict, f.customers),
                    width=520,
                ),
            ],
        )
        self.refit_button = named(QPushButton(self.tr("Fit again now")), "model_refit")
        self.refit_button.clicked.connect(self.refit)
        self.every_day = self.tr(
            "The model is fitted again on each shop's whole history every day;"
            " the figures on the lists come from these fits."
        )
        self.refit_state = named(QLabel(self.every_day), "model_refit_state")
        self.refit_state.setWordWrap(True)
        in_use_holder = QWidget()
        in_use_layout = QVBoxLayout(in_use_holder)
        row = QHBoxLayout()
        row.addWidget(self.refit_state, 1)
        row.addWidget(self.refit_button)
        in_use_layout.addLayout(row)
        in_use_layout.addWidget(self.in_use.view, 1)
        self.addTab(self.curve_holder, self.tr("Expected and made"))
        self.addTab(self.check_table.view, self.tr("Check on the last months"))
        self.addTab(self.figures.view, self.tr("The fit"))
        self.addTab(in_use_holder, self.tr("In use"))

    def title(self) -> str:
        return self.tr("Retention model")

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        from salon_desk.services import retention_check, retention_model  # (scipy: now)

        shop_id = self.shop_id
        return lambda: (retention_check.check(last, shop_id=shop_id), retention_model.fits_in_use())

    def show_figures(self, found: Any) -> str:
        check, fits = found
        self.found = check
        self.check_table.model.set_rows(check.buckets)
        self.figures.model.set_rows(self._figures(check))
        self._show_in_use(fits)
        self._draw_curve(check)
        return self.verdict_words(check.verdict, check.customers)

    def _show_in_use(self, fits: list[FitInUse]) -> None:
        self.in_use.model.set_rows(fits)
        self.in_use.view.setColumnHidden(0, not any(fit.shop_name for fit in fits))
        not_yet = self.tr("Not fitted yet: press “Fit again now”.")
        if not fits:
            self.refit_state.setText(not_yet)
        elif self.refit_state.text() == not_yet:  # (fitted since, by the window's count)
            self.refit_state.setText(self.every_day)

    def refit(self) -> None:
        """Fit every shop's history again now, on a worker."""
        from salon_desk.services import retention_model

        self.refit_button.setEnabled(False)
        self.refit_state.setText(self.tr("Fitting each shop's whole history…"))

        def fit() -> bool:
            try:
                retention_model.refit()
            except Exception:  # (the fits in use stay; the log keeps what went wrong)
                log.exception("retention model: fitting again failed")
                return False
            return True

        def done(fitted: bool) -> None:
            if isValid(self):
                self.refit_button.setEnabled(True)
                self.refit_state.setText(
                    self.tr("Fitted again just now.")
                    if fitted
                    else self.tr("Could not fit again; the fits below stay in use.")
                )
                self.refitted.emit()

        run_task(fit, done)

    def verdict_words(self, verdict: Verdict, customers: int) -> str:
        if verdict.trusted:
            return (
                self.tr(
                    "The model fits this shop's history (%1 customers, %2 came back): its"
                    " figures can be used."
                )
                .replace("%1", str(customers))
                .replace("%2", str(verdict.returning))
            )
        if "stale" in verdict.problems:
            return self.tr(
                "No visits have been recorded lately: the model waits for the shop's current"
                " visits. Until then, the overdue rule stays in use."
            )
        if "short_history" in verdict.problems or "few_returning" in verdict.problems:
            return (
                self.tr(
                    "Not enough history yet: %1 months, %2 returning customers."
                    " Until there is, the overdue rule stays in use."
                )
                .replace("%1", f"{verdict.history_days / 30.4:.1f}")
                .replace("%2", str(verdict.returning))
            )
        return self.tr(
            "The model does not fit this shop's history: it cannot tell who stops coming."
            " The overdue rule stays in use."
        )

    def _figures(self, found: Check) -> list[Figure]:
        params = found.fit.params

        def auc(value: float | None) -> str:
            return "—" if value is None else f"{value:.2f}"

        return [
            (self.tr("History up to"), found.as_of.isoformat()),
            (self.tr("Fitted on the days before"), found.split.isoformat()),
            (self.tr("Customers"), str(found.customers)),
            (self.tr("Customers who came back"), str(found.fit.repeat_customers)),
            (self.tr("Not back in the last %1 days").replace("%1", str(found.holdout_days)),
             str(found.not_back)),
            ("r", _number(params.r, 4)),
            (self.tr("α (days)"), _number(params.alpha, 2)),
            ("a", _number(params.a, 4)),
            ("b", _number(params.b, 4)),
            (self.tr("Log-likelihood"), _number(found.fit.log_likelihood, 1)),
            (self.tr("Picking out those not back: by P(alive)"), auc(found.auc_p_alive)),
            (self.tr("… by the visits expected of her"), auc(found.auc_expected_visits)),
            (self.tr("… by the overdue rule (days away / allowed)"),
             auc(found.auc_overdue_rule)),
            (self.tr("… by overdue yes/no"), auc(found.auc_overdue_flag)),
            (self.tr("(0.5 is a coin toss, 1 picks them all)"), ""),
        ]  # fmt: skip

    def _draw_curve(self, found: Check) -> None:
        from salon_desk.ui.charts.bar_chart import BarChart  # (pyqtgraph: when first drawn)

        chart = self._chart
        if chart is None:
            chart = self._chart = BarChart()
            self._curve_layout.addWidget(chart, 1)
        days = [float(p.days) for p in found.curve]
        chart.draw_lines(
            self.tr("Repeat visits after a customer's first visit"),
            [
                (
                    self.tr("Expected by the model"),
                    EXPECTED_COLOUR,
                    days,
                    [p.expected for p in found.curve],
                ),
                (
                    self.tr("Made (customers that old)"),
                    ACTUAL_COLOUR,
                    days,
                    [p.actual for p in found.curve],
                ),
            ],
            self.tr("Days after her first visit"),
        )

    def sheets(self) -> list[Sheet]:
        return [
            self.check_table.sheet(self.tr("Check on the last months")),
            self.figures.sheet(self.tr("The fit")),
            self.in_use.sheet(self.tr("In use")),
        ]

    def _drill(self, row: Bucket, _column: int) -> None:
        if self.found is not None:
            ids = self.found.ids_by_bucket.get(row.repeat_visits, [])
            shown = self.tr("%1 repeat visits before the check").replace("%1", row.repeat_visits)
            self.ask_behind(lambda: ids, shown)
