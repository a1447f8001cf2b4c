"""The complaints' counts for a period (issue 18.2): a summary line, tables by category
and status, by cause, by service gap and by channel, and a trend of each month's
complaints stacked by cause. A cause's row or a month's bar narrows the list below."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from salon_desk.services import complaints
from salon_desk.services.complaint_register import ComplaintCounts
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.charts.segments import Segment
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets.naming import named

if TYPE_CHECKING:
    from salon_desk.ui.charts.bar_chart import BarChart

CAUSE_COLOURS = {
    "process": "#1565c0",
    "staff": "#c62828",
    "product": "#6a1b9a",
    "expectation": "#ef6c00",
    "other": "#2e7d32",
    "": "#9e9e9e",
}


def _table(name: str) -> QTableWidget:
    table = named(QTableWidget(), name)
    table.setTabKeyNavigation(False)  # Tab moves on to the next field
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def _number(value: int | str) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ComplaintCountsView(QTabWidget):
    narrowed = Signal(object, str)  # (cause, month "2026-11" or None), what it says

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_count_views")
        self.by_category = _table("complaint_counts")
        self.by_cause = _table("complaint_causes")
        self.by_gap = _table("complaint_gaps")
        self.by_channel = _table("complaint_channels")
        self.addTab(self.by_category, self.tr("By category"))
        self.addTab(self.by_cause, self.tr("By cause"))
        self.addTab(self.by_gap, self.tr("By service gap"))
        self.addTab(self.by_channel, self.tr("By channel"))
        self.trend_holder = QWidget()
        self._trend_layout = QVBoxLayout(self.trend_holder)
        self.addTab(self.trend_holder, self.tr("Trend"))
        self._chart: BarChart | None = None
        self._causes: list[str] = []
        # A double-click, or Enter on the current row (the platform's activation).
        self.by_cause.activated.connect(lambda index: self._cause_chosen(index.row(), 0))

    def show_counts(self, found: ComplaintCounts, by_status: Counter[tuple[str, str]]) -> None:
        self._fill_categories(by_status)
        causes = register_texts.causes()
        self._causes = [c for c in complaints.CAUSES if c] + [""]
        self._fill_shares(self.by_cause, self.tr("Cause"), causes, self._causes, found.by_cause)
        gaps = register_texts.service_gaps()
        order = [g for g in complaints.SERVICE_GAPS if g] + [""]
        self._fill_shares(self.by_gap, self.tr("Service gap"), gaps, order, found.by_gap)
        channels = texts.complaint_channels()
        self._fill_shares(
            self.by_channel, self.tr("Channel"), channels, list(channels), found.by_channel
        )
        self._draw_trend(found)

    def _fill_categories(self, counts: Counter[tuple[str, str]]) -> None:
        categories = complaint_categories()
        statuses = texts.complaint_statuses()
        table = self.by_category
        table.clear()
        table.setRowCount(len(complaints.CATEGORIES) + 1)
        table.setColumnCount(len(complaints.STATUSES) + 1)
        table.setHorizontalHeaderLabels([*statuses.values(), self.tr("Total")])
        table.setVerticalHeaderLabels(
            [*(categories[c] for c in complaints.CATEGORIES), self.tr("Total")]
        )
        for row, category in enumerate([*complaints.CATEGORIES, None]):
            for column, status in enumerate([*complaints.STATUSES, None]):
                value = sum(
                    n
                    for (cat, st), n in counts.items()
                    if category in (None, cat) and status in (None, st)
                )
                table.setItem(row, column, _number(value))
        table.resizeRowsToContents()

    def _fill_shares(
        self,
        table: QTableWidget,
        heading: str,
        names: dict[str, str],
        order: list[str],
        counted: Counter[str],
    ) -> None:
        total = sum(counted.values())
        table.clear()
        table.setColumnCount(3)
        table.setRowCount(len(order))
        table.setHorizontalHeaderLabels([heading, self.tr("Complaints"), self.tr("Share")])
        table.verticalHeader().hide()
        for row, code in enumerate(order):
            table.setItem(row, 0, QTableWidgetItem(names.get(code, code)))
            table.setItem(row, 1, _number(counted.get(code, 0)))
            share = f"{counted.get(code, 0) / total:.0%}" if total else ""
            table.setItem(row, 2, _number(share))
        table.resizeColumnToContents(0)
        table.resizeRowsToContents()

    def _cause_chosen(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._causes):
            cause = self._causes[row]
            self.narrowed.emit((cause, None), register_texts.causes()[cause])

    def _draw_trend(self, found: ComplaintCounts) -> None:
        from salon_desk.ui.charts.bar_chart import BarChart  # (pyqtgraph: when first drawn)

        chart = self._chart
        if chart is None:
            chart = self._chart = BarChart()
            chart.segment_clicked.connect(self._segment_chosen)
            self._trend_layout.addWidget(chart)
        causes = register_texts.causes()
        columns = [
            [
                Segment(
                    month_counts.get(cause, 0),
                    colour,
                    frozenset(),  # (the list below narrows instead: see _segment_chosen)
                    f"{month}|{cause}",
                )
                for cause, colour in CAUSE_COLOURS.items()
            ]
            for month, month_counts in found.by_month
        ]
        legend = [(causes[cause], colour) for cause, colour in CAUSE_COLOURS.items()]
        chart.draw_columns(
            self.tr("Complaints per month, by cause"),
            [month for month, _ in found.by_month],
            columns,
            legend,
        )

    def _segment_chosen(self, segment: Segment) -> None:
        month, cause = segment.description.split("|", 1)
        shown = f"{month} · {register_texts.causes()[cause]}"
        self.narrowed.emit((cause, month), shown)

    def chart(self) -> BarChart | None:
        return self._chart
