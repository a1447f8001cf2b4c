"""Retention and loss (issue 18.3) on the reports page: each month's customers on the
books, who came (new, returning), who lapsed and who is lost, retention and churn, the
revenue at risk and lost; a trend of the lapsed; why customers declined on calls. A
double-click on a month's figure lists its customers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from salon_desk.services import retention_report
from salon_desk.services.report_workbook import Sheet
from salon_desk.services.retention_report import MonthFigures, RetentionReport
from salon_desk.ui import labels
from salon_desk.ui.charts.segments import Segment
from salon_desk.ui.follow_ups import texts as call_texts
from salon_desk.ui.reports.view import (
    FigureTable,
    ReportView,
    count_column,
    money_column,
    share_column,
)
from salon_desk.ui.widgets.rows_model import Column

if TYPE_CHECKING:
    from salon_desk.ui.charts.bar_chart import BarChart

LOST_COLOUR, AT_RISK_COLOUR = "#b71c1c", "#ffa000"
# The month table's columns that stand for customers, in order after the month.
KIND_COLUMNS = ("on_books", "active", "new", "returning", "lapsed", "lost")


class RetentionView(ReportView):
    code = "retention"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_views")
        self.report: RetentionReport | None = None
        self.lost_after_days = retention_report.DEFAULT_LOST_AFTER_DAYS
        self.months = FigureTable[MonthFigures]("retention_months", self._columns(), self._drill)
        self.declines = FigureTable[tuple[str, int]](
            "retention_declines",
            [
                Column(self.tr("Why she declined"), lambda r: r[0], width=200),
                count_column(self.tr("Calls"), lambda r: r[1]),
            ],
        )
        self.addTab(self.months.view, self.tr("By month"))
        self.trend_holder = QWidget()
        self._trend_layout = QVBoxLayout(self.trend_holder)
        self.addTab(self.trend_holder, self.tr("Lapsed per month"))
        self.addTab(self.declines.view, self.tr("Declined calls"))
        self._chart: BarChart | None = None

    def title(self) -> str:
        return self.tr("Retention and loss")

    def _columns(self) -> list[Column[MonthFigures]]:
        def month(f: MonthFigures) -> str:
            return f.key or self.tr("The whole period")

        return [
            Column(self.tr("Month"), month, width=100),
            count_column(self.tr("On the books"), lambda f: f.on_books, width=90),
            count_column(self.tr("Came"), lambda f: f.active),
            count_column(self.tr("New"), lambda f: f.new),
            count_column(self.tr("Returning"), lambda f: f.returning),
            count_column(self.tr("Lapsed"), lambda f: f.lapsed),
            count_column(self.tr("Lost"), lambda f: f.lost),
            share_column(self.tr("Retention"), lambda f: f.retention),
            share_column(self.tr("Churn"), lambda f: f.churn),
            money_column(self.tr("Revenue at risk"), lambda f: f.at_risk_fen, width=110),
            money_column(self.tr("Revenue lost"), lambda f: f.lost_fen, width=110),
        ]

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        lost_after = self.lost_after_days
        return lambda: retention_report.report(first, last, lost_after_days=lost_after)

    def show_figures(self, found: Any) -> str:
        assert isinstance(found, RetentionReport)
        self.report = found
        self.months.model.set_rows([*found.months, found.overall])
        reasons = call_texts.decline_reasons()
        self.declines.model.set_rows(
            [(reasons.get(code, code), count) for code, count in found.declines.items()]
        )
        self._draw_trend(found)
        whole = found.overall
        return (
            self.tr(
                "%1 on the books at the start; %2 came, %3 of them new. %4 lapsed"
                " (%5 lost: not back within %6 days). Revenue at risk %7, lost %8."
            )
            .replace("%1", str(whole.on_books))
            .replace("%2", str(whole.active))
            .replace("%3", str(whole.new))
            .replace("%4", str(whole.lapsed))
            .replace("%5", str(whole.lost))
            .replace("%6", str(found.lost_after_days))
            .replace("%7", labels.money(whole.at_risk_fen))
            .replace("%8", labels.money(whole.lost_fen))
        )

    def sheets(self) -> list[Sheet]:
        return [self.months.sheet(self.tr("By month")), self.declines.sheet(self.tr("Declined"))]

    def _draw_trend(self, found: RetentionReport) -> None:
        from salon_desk.ui.charts.bar_chart import BarChart  # (pyqtgraph: when first drawn)

        chart = self._chart
        if chart is None:
            chart = self._chart = BarChart()
            chart.segment_clicked.connect(self._segment_chosen)
            self._trend_layout.addWidget(chart)
        columns = [
            [
                Segment(month.lost, LOST_COLOUR, frozenset(), f"{month.key}|lost"),
                Segment(
                    month.lapsed - month.lost, AT_RISK_COLOUR, frozenset(), f"{month.key}|at_risk"
                ),
            ]
            for month in found.months
        ]
        legend = [
            (self.tr("Lost"), LOST_COLOUR),
            (self.tr("Lapsed, may come back"), AT_RISK_COLOUR),
        ]
        chart.draw_columns(
            self.tr("Customers who lapsed each month"),
            [m.key for m in found.months],
            columns,
            legend,
        )

    def _segment_chosen(self, segment: Segment) -> None:
        month, part = segment.description.split("|")
        kind = "lost" if part == "lost" else "lapsed"
        shown = self.tr("Lost") if part == "lost" else self.tr("Lapsed")
        self._ask(kind, month, f"{month} · {shown}")

    def _drill(self, row: MonthFigures, column: int) -> None:
        """A customers' column of a month (or of the whole period) lists them."""
        if not 1 <= column <= len(KIND_COLUMNS):
            column = KIND_COLUMNS.index("lapsed") + 1
        kind = KIND_COLUMNS[column - 1]
        header = self.months.model.columns[column].header
        month = row.key or self.tr("The whole period")
        self._ask(kind, row.key or None, f"{month} · {header}")

    def _ask(self, kind: str, month: str | None, what: str) -> None:
        if self.report is None:
            return
        found = self.report
        self.ask_behind(lambda: retention_report.customers_behind(found, kind, month), what)
