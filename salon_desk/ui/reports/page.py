"""The manager's reports (issue 18): a date range, a report, its figures in tables and
a trend, and the entries behind any figure. The satisfaction report first (18.1); the
others of issue 18 join this page."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

if TYPE_CHECKING:
    from salon_desk.ui.charts.bar_chart import BarChart

from salon_desk.services import satisfaction_report
from salon_desk.services.care_log_list import EntryFilter, EntryRow, fetch_entries
from salon_desk.services.changes import Changes
from salon_desk.services.permissions import Permission, allowed
from salon_desk.services.satisfaction_report import SatisfactionReport, ScoreFigure
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts as care_texts
from salon_desk.ui.charts.segments import Segment
from salon_desk.ui.events import AppEvents
from salon_desk.ui.widgets.field_form import date_edit, edited_date
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import row_table, show_rows_model
from salon_desk.ui.widgets.tasks import run_task

SCORE_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#7cb342", 5: "#2e7d32"}
DRILL_LIMIT = 500  # the entries behind a figure shown at once, newest first


def _average(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


class ReportsPage(LazyPage):
    status_message = Signal(str)
    open_customer = Signal(int)

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.actor_id = actor_id
        self.report: SatisfactionReport | None = None
        self._generation = 0
        today = dt.date.today()
        self.span = named(QComboBox(), "report_span")
        for code, text in (
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("quarter", self.tr("The last three months")),
            ("year", self.tr("The last 12 months")),
            ("custom", self.tr("Custom")),
        ):
            self.span.addItem(text, code)
        self.first = date_edit("report_from", today.replace(day=1))
        self.last = date_edit("report_to", today)
        self.summary = named(QLabel(), "report_summary")
        self.summary.setWordWrap(True)
        self.refused = named(
            QLabel(self.tr("The reports are for the store manager.")), "report_refused"
        )
        self.views = named(QTabWidget(), "report_views")
        self.tables: dict[str, RowsTableModel[ScoreFigure]] = {}
        for code, title in (
            ("by_beautician", self.tr("By beautician")),
            ("by_item", self.tr("By service item")),
            ("by_month", self.tr("By month")),
        ):
            model: RowsTableModel[ScoreFigure] = RowsTableModel(self._columns())
            table = row_table(f"report_{code}")
            show_rows_model(table, model)
            table.doubleClicked.connect(functools.partial(self._drill_row, code))
            self.tables[code] = model
            self.views.addTab(table, title)
        self.trend_holder = QWidget()
        self._trend_layout = QVBoxLayout(self.trend_holder)
        self.views.addTab(self.trend_holder, self.tr("Trend"))
        self._chart: BarChart | None = None
        self.entries: RowsTableModel[EntryRow] = RowsTableModel(
            [
                Column(
                    self.tr("Visited"), lambda e: labels.local_datetime(e.visited_at), width=120
                ),
                Column(self.tr("Customer"), lambda e: e.customer_name, width=80),
                Column(self.tr("Beautician"), lambda e: e.beautician_name, width=80),
                Column(self.tr("Service items"), lambda e: "、".join(e.services), width=140),
                Column(self.tr("Score"), lambda e: str(e.satisfaction or ""), numeric=True),
                Column(self.tr("What she said"), lambda e: e.feedback, width=300),
            ]
        )
        self.entry_table = row_table("report_entries")
        show_rows_model(self.entry_table, self.entries)
        self.entry_table.doubleClicked.connect(self._open_entry_customer)
        self.behind = named(
            QLabel(self.tr("Double-click a line to see the visits behind it.")), "report_behind"
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Satisfaction")))
        top.addWidget(self.span)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.last)
        top.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.behind)
        lower_layout.addWidget(self.entry_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.views)
        split.addWidget(lower)
        split.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused)
        layout.addWidget(split, 1)
        self._split = split
        self.span.currentIndexChanged.connect(self._span_chosen)
        self.first.dateChanged.connect(self._dates_typed)
        self.last.dateChanged.connect(self._dates_typed)
        events.changed.connect(self._changed)
        self.set_actor(actor_id)

    def _columns(self) -> list[Column[ScoreFigure]]:
        parts = care_texts.score_parts()
        kinds = care_texts.expectations()

        def spread(n: int) -> Column[ScoreFigure]:
            return Column(str(n), lambda f: str(f.spread[n - 1]), numeric=True, width=40)

        def part_average(part: str) -> Column[ScoreFigure]:
            return Column(parts[part], lambda f: _average(f.parts.get(part)), numeric=True)

        def told(kind: str) -> Column[ScoreFigure]:
            return Column(kinds[kind], lambda f: str(f.expectations.get(kind, 0)), numeric=True)

        columns: list[Column[ScoreFigure]] = [
            Column(self.tr("Name"), lambda f: f.name, width=110),
            Column(self.tr("Scored visits"), lambda f: str(f.entries), numeric=True),
            Column(self.tr("Average"), lambda f: _average(f.average), numeric=True),
        ]
        columns += [spread(n) for n in range(1, 6)]
        columns += [part_average(part) for part in satisfaction_report.PARTS]
        columns += [told(kind) for kind in satisfaction_report.EXPECTATIONS]
        return columns

    # -- who may see it ---------------------------------------------------------------
    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        may = allowed(actor_id, Permission.REPORTS)
        self.refused.setVisible(not may)
        self._split.setVisible(may)
        self.summary.setVisible(may)
        self.mark_stale()

    def show_shop(self, shop_id: int) -> None:
        self.mark_stale()

    def focus_start(self) -> None:
        self.span.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _changed(self, changed: Changes) -> None:
        if changed.everything or changed.visits or changed.catalogues:
            self.mark_stale()

    # -- the range ----------------------------------------------------------------------
    def _span_chosen(self) -> None:
        today = dt.date.today()
        code = self.span.currentData()
        first, last = today.replace(day=1), today
        if code == "last_month":
            last = first - dt.timedelta(days=1)
            first = last.replace(day=1)
        elif code == "quarter":
            first = (first - dt.timedelta(days=62)).replace(day=1)
        elif code == "year":
            first = (first - dt.timedelta(days=335)).replace(day=1)
        elif code == "custom":
            return
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload()

    def _dates_typed(self) -> None:
        self.span.blockSignals(True)
        self.span.setCurrentIndex(self.span.findData("custom"))
        self.span.blockSignals(False)
        self.reload()

    # -- counting -----------------------------------------------------------------------
    def reload(self) -> None:
        if not allowed(self.actor_id, Permission.REPORTS):
            return
        first, last = edited_date(self.first), edited_date(self.last)
        if first > last:
            self.summary.setText(self.tr("The first day comes after the last."))
            return
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Counting…"))
        run_task(
            lambda: satisfaction_report.report(first, last),
            lambda found: self._show(found, generation),
        )

    def _show(self, found: SatisfactionReport, generation: int) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.report = found
        for code, model in self.tables.items():
            model.set_rows(getattr(found, code))
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
        self.summary.setText(" · ".join([text, *known, *told]))
        self._draw_trend(found)
        self.entries.set_rows([])

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

    def _drill_row(self, code: str, index: object) -> None:
        model = self.tables[code]
        row = model.row_at(index.row())  # type: ignore[attr-defined]
        if row is None or self.report is None:
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
        self.entries.set_rows(rows)
        self.behind.setText(self.tr("%1: %n visit(s)", "", len(rows)).replace("%1", what))

    def _open_entry_customer(self) -> None:
        index = self.entry_table.currentIndex()
        row = self.entries.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_customer.emit(row.customer_id)
