"""The satisfaction report (issue 18.1) on the reports page: by beautician, by service
item and by month, a trend of the months' scores, and the visits behind a line or a bar
with what she said."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salon_desk.services import satisfaction_report
from salon_desk.services.care_log_list import EntryFilter, EntryRow, fetch_entries
from salon_desk.services.report_workbook import Sheet
from salon_desk.services.satisfaction_report import SatisfactionReport, ScoreFigure
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts as care_texts
from salon_desk.ui.charts.segments import Segment
from salon_desk.ui.reports.view import FigureTable, ReportView, count_column
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column

if TYPE_CHECKING:
    from salon_desk.ui.charts.bar_chart import BarChart

SCORE_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#7cb342", 5: "#2e7d32"}
DRILL_LIMIT = 500  # the entries behind a figure shown at once, newest first


def _average(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


class SatisfactionView(ReportView):
    code = "satisfaction"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_views")
        self.report: SatisfactionReport | None = None
        self.tables: dict[str, FigureTable[ScoreFigure]] = {}
        self.titles = {
            "by_beautician": self.tr("By beautician"),
            "by_item": self.tr("By service item"),
            "by_month": self.tr("By month"),
        }
        for code, title in self.titles.items():
            table = FigureTable(
                f"report_{code}", self._columns(), functools.partial(self._drill_row, code)
            )
            self.tables[code] = table
            self.addTab(table.view, title)
        self.trend_holder = QWidget()
        self._trend_layout = QVBoxLayout(self.trend_holder)
        self.addTab(self.trend_holder, self.tr("Trend"))
        self._chart: BarChart | None = None
        self.entries = FigureTable[EntryRow](
            "report_entries",
            [
                Column(
                    self.tr("Visited"), lambda e: labels.local_datetime(e.visited_at), width=120
                ),
                Column(self.tr("Customer"), lambda e: e.customer_name, width=80),
                Column(self.tr("Beautician"), lambda e: e.beautician_name, width=80),
                Column(self.tr("Service items"), lambda e: "、".join(e.services), width=140),
                Column(self.tr("Score"), lambda e: str(e.satisfaction or ""), numeric=True),
                Column(self.tr("What she said"), lambda e: e.feedback, width=300),
            ],
            lambda entry, _column: self.open_customer.emit(entry.customer_id),
        )
        self.behind = named(
            QLabel(self.tr("Double-click a line to see the visits behind it.")), "report_behind"
        )

    def lower_panel(self) -> QWidget:
        """The visits behind a figure, under the tabs (the page places it)."""
        lower = QWidget()
        layout = QVBoxLayout(lower)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.behind)
        layout.addWidget(self.entries.view, 1)
        return lower

    def title(self) -> str:
        return self.tr("Satisfaction")

    def _columns(self) -> list[Column[ScoreFigure]]:
        parts = care_texts.score_parts()
        kinds = care_texts.expectations()

        def spread(n: int) -> Column[ScoreFigure]:
            return count_column(str(n), lambda f: f.spread[n - 1], width=40)

        def part_average(part: str) -> Column[ScoreFigure]:
            return Column(
                parts[part],
                lambda f: _average(f.parts.get(part)),
                sort_key=lambda f: f.parts.get(part),
                numeric=True,
                export=lambda f: f.parts.get(part),
            )

        def told(kind: str) -> Column[ScoreFigure]:
            return count_column(kinds[kind], lambda f: f.expectations.get(kind, 0))

        columns: list[Column[ScoreFigure]] = [
            Column(self.tr("Name"), lambda f: f.name, width=110),
            count_column(self.tr("Scored visits"), lambda f: f.entries),
            Column(
                self.tr("Average"),
                lambda f: _average(f.average),
                sort_key=lambda f: f.average,
                numeric=True,
                export=lambda f: f.average,
            ),
        ]
        columns += [spread(n) for n in range(1, 6)]
        columns += [part_average(part) for part in satisfaction_report.PARTS]
        columns += [told(kind) for kind in satisfaction_report.EXPECTATIONS]
        return columns

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        return lambda: satisfaction_report.report(first, last)

    def show_figures(self, found: Any) -> str:
        assert isinstance(found, SatisfactionReport)
        self.report = found
        for code, table in self.tables.items():
            table.model.set_rows(getattr(found, code))
        overall = found.overall
        parts = care_texts.score_parts()
        kinds = care_texts.expectations()
        text = (
            self.tr("%1 scored visits, average %2.")
            .replace("%1", str(overall.entries))
            .replace("%2", _average(overall.average) or "—")
        )
        known = [f"{parts[p]} {_average(v)}" for p, v in overall.parts.items() if v is not None]
        told = [f"{kinds[k]} {n}" for k, n in overall.expectations.items() if n]
        self._draw_trend(found)
        self.entries.model.set_rows([])
        return " · ".join([text, *known, *told])

    def sheets(self) -> list[Sheet]:
        return [table.sheet(self.titles[code]) for code, table in self.tables.items()]

    def _draw_trend(self, found: SatisfactionReport) -> None:
        """The months' scores stacked 1 (bottom) to 5: a segment clicked lists its visits."""
        from salon_desk.ui.charts.bar_chart import BarChart  # (pyqtgraph: when first drawn)

        chart = self._chart
        if chart is None:
            chart = self._chart = BarChart()
            chart.segment_clicked.connect(self._drill_segment)
            self._trend_layout.addWidget(chart)
        columns = [
            [
                Segment(
                    month.spread[score - 1],
                    SCORE_COLOURS[score],
                    # (the entries behind it, found when clicked)
                    functools.partial(self._entry_ids, month=month.key, score=score),
                    f"{month.key} · {score}",
                )
                for score in range(1, 6)
            ]
            for month in found.by_month
        ]
        legend = [(str(score), colour) for score, colour in SCORE_COLOURS.items()]
        chart.draw_columns(
            self.tr("Scores per month"), [m.key for m in found.by_month], columns, legend
        )

    # -- the visits behind a figure -----------------------------------------------------
    def _entry_ids(self, **where: object) -> frozenset[int]:
        assert self.report is not None
        found = satisfaction_report.entries_behind(
            self.report.first,
            self.report.last,
            **where,  # type: ignore[arg-type]
        )
        return frozenset(found[:DRILL_LIMIT])

    def _drill_row(self, code: str, row: ScoreFigure, _column: int) -> None:
        if self.report is None:
            return
        where: dict[str, object] = {}
        if code == "by_beautician" and row.key:
            where["beautician_id"] = int(row.key)
        elif code == "by_item":
            where["item_id"] = int(row.key)
        elif code == "by_month":
            where["month"] = row.key
        self._show_entries(self._entry_ids(**where), row.name)

    def _drill_segment(self, segment: Segment) -> None:
        self._show_entries(segment.customer_ids, segment.description)

    def _show_entries(self, entry_ids: frozenset[int], what: str) -> None:
        rows = fetch_entries(EntryFilter(only_ids=entry_ids), 0, DRILL_LIMIT) if entry_ids else []
        self.entries.model.set_rows(rows)
        self.behind.setText(self.tr("%1: %n visit(s)", "", len(rows)).replace("%1", what))
