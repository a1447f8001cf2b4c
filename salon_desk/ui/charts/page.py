"""The charts tab: the customer base by frequency, type, month and value; every bar
leads to the customers behind it."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

if TYPE_CHECKING:
    from salon_desk.ui.charts.bar_chart import BarChart

from salon_desk.services import catalogues, charts
from salon_desk.services.changes import Changes
from salon_desk.services.chart_value import ValueGroup
from salon_desk.services.charts import Bar, ChartFilter, Figures
from salon_desk.ui import labels
from salon_desk.ui.charts import palette, shops_chart
from salon_desk.ui.charts.segments import Segment
from salon_desk.ui.events import AppEvents
from salon_desk.ui.follow_ups.texts import groups as group_names
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.stale import show_stale
from salon_desk.ui.widgets.tasks import run_task

CHARTS = (
    "groups",
    "psychology",
    "personality",
    "trait",
    "psychology_by_group",
    "personality_by_group",
    "trait_by_group",
    "visits_by_month",
    "new_by_month",
    "spend",
    "value_groups",
    "stages",
    "shops_by_group",  # a chain's only
)


# The part of the figures (services/charts.PARTS) each chart is drawn from.
PART_OF = {
    "groups": charts.PART_CELLS,
    "psychology": charts.PART_CELLS,
    "personality": charts.PART_CELLS,
    "trait": charts.PART_CELLS,
    "psychology_by_group": charts.PART_CELLS,
    "personality_by_group": charts.PART_CELLS,
    "trait_by_group": charts.PART_CELLS,
    "visits_by_month": charts.PART_MONTHS,
    "new_by_month": charts.PART_MONTHS,
    "spend": charts.PART_VALUE,
    "value_groups": charts.PART_VALUE,
    "stages": charts.PART_STAGES,
    "shops_by_group": charts.PART_SHOPS,
}


def _figures_and_chart_library(today: dt.date, chosen: ChartFilter, part: str) -> Figures:
    """On the worker thread: the part the chart shown needs (the others are counted when
    their chart is first shown); pyqtgraph and numpy (0.3 s to import, nothing Qt made
    at import) load here while it is counted, not on the UI thread at the first draw."""
    importlib.import_module("pyqtgraph")
    return charts.figures(today, chosen, frozenset({part}))


# A bar's customers are looked up when its segment is clicked, never while drawing.
def _customers_of(bar: Bar) -> frozenset[int]:
    return bar.customer_ids


def _overdue_of(bar: Bar) -> frozenset[int]:
    return bar.marked_ids


def _not_overdue_of(bar: Bar) -> frozenset[int]:
    return bar.customer_ids - bar.marked_ids


class ChartsPage(LazyPage):
    status_message = Signal(str)
    show_customers = Signal(object, str)  # frozenset of ids, what they are

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts_page")
        self.figures: Figures | None = None  # the parts counted so far, for one filter
        self._today = dt.date.today()
        self._filter = ChartFilter()
        self._asked: set[str] = set()  # parts asked of a worker for these figures
        self.shop_id: int | None = None  # a chain's one shop; None: everyone on file
        self._generation = 0
        self.window_filter = named(QComboBox(), "charts_window")
        self.window_filter.addItem(self.tr("The shop's rule"), None)
        for days, text in (
            (90, self.tr("Last 90 days")),
            (180, self.tr("Last 180 days")),
            (365, self.tr("Last 12 months")),
            (730, self.tr("Last 24 months")),
        ):
            self.window_filter.addItem(text, days)
        self.staff_filter = named(QComboBox(), "charts_staff")
        self.export_button = named(QPushButton(self.tr("Export PNG…")), "charts_export")
        self.chooser = named(QListWidget(), "charts_list")
        for text in self._titles().values():
            self.chooser.addItem(text)
        self.chooser.setRowHidden(CHARTS.index("shops_by_group"), True)  # until a chain's
        self.chooser.setMaximumWidth(230)
        self.chooser.setSpacing(3)
        self._chart: BarChart | None = None  # pyqtgraph (~0.4 s) loads when first drawn
        self.caption = named(QLabel(), "charts_caption")
        self.caption.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.window_filter)
        filters.addWidget(QLabel(self.tr("Responsible")))
        filters.addWidget(self.staff_filter)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self._chart_layout = right_layout
        right_layout.addWidget(self.caption)
        splitter = QSplitter()
        splitter.addWidget(self.chooser)
        splitter.addWidget(right)
        splitter.setSizes([220, 1100])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._fill_staff()
        self.chooser.setCurrentRow(0)
        self.chooser.currentRowChanged.connect(lambda _: self.draw())
        self.window_filter.currentIndexChanged.connect(self.reload)
        self.staff_filter.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self.ask_export)
        events.changed.connect(self._changed)

    def _changed(self, changed: Changes) -> None:
        """The charts count files and visits (calls and complaints are not charted): the
        figures are sums over everyone, so they are counted again, off the UI thread."""
        if changed.everything or changed.catalogues:
            self._fill_staff()
        if changed.everything or changed.catalogues or changed.files or changed.visits:
            self.mark_stale()

    @property
    def chart(self) -> BarChart:
        if self._chart is None:
            from salon_desk.ui.charts.bar_chart import BarChart

            self._chart = BarChart()
            self._chart.segment_clicked.connect(self._segment_clicked)
            self._chart_layout.insertWidget(0, self._chart, 1)
        return self._chart

    def _titles(self) -> dict[str, str]:
        return {
            "groups": self.tr("Visit frequency groups"),
            "psychology": self.tr("Consumption psychology"),
            "personality": self.tr("Personality"),
            "trait": self.tr("Customer traits"),
            "psychology_by_group": self.tr("Psychology × frequency group"),
            "personality_by_group": self.tr("Personality × frequency group"),
            "trait_by_group": self.tr("Traits × frequency group"),
            "visits_by_month": self.tr("Visits per month"),
            "new_by_month": self.tr("New customers per month"),
            "spend": self.tr("Spend per customer (yuan)"),
            "value_groups": self.tr("Value groups"),
            "stages": self.tr("Lifecycle stages"),
            "shops_by_group": self.tr("Shops side by side"),
        }

    def _fill_staff(self) -> None:
        chosen = self.staff_filter.currentData()
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Everyone"), None)
        for member in catalogues.list_staff(include_inactive=True):
            self.staff_filter.addItem(member.name, member.id)
        self.staff_filter.setCurrentIndex(max(self.staff_filter.findData(chosen), 0))
        self.staff_filter.blockSignals(False)

    def current_chart(self) -> str:
        return CHARTS[max(self.chooser.currentRow(), 0)]

    def choose(self, code: str) -> None:
        self.chooser.setCurrentRow(CHARTS.index(code))

    def focus_start(self) -> None:
        self.chooser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shop(self, shop_id: int) -> None:
        """A chain's charts count one shop's customers (0: the whole chain)."""
        self.shop_id = shop_id or None
        self.mark_stale()

    def reload(self) -> None:
        """The figures counted afresh: the shown chart's part first, on a worker."""
        self._generation += 1
        self._today = dt.date.today()
        self._filter = ChartFilter(
            self.window_filter.currentData(), self.staff_filter.currentData(), self.shop_id
        )
        self.figures = None  # the chart drawn stays on screen, greyed, until then
        self._asked = set()
        self._count(PART_OF[self.current_chart()])

    def _count(self, part: str) -> None:
        if part in self._asked:
            return  # on its way (a chart chosen and left and chosen again meanwhile)
        self._asked.add(part)
        generation, today, chosen = self._generation, self._today, self._filter
        self.caption.setText(self.tr("Counting…"))
        if self._chart is not None:
            show_stale(self._chart, True)
        run_task(
            lambda: _figures_and_chart_library(today, chosen, part),
            lambda found: self._show_figures(found, generation),
        )

    def _show_figures(self, found: Figures, generation: int) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.figures = found if self.figures is None else charts.with_part(self.figures, found)
        shops_row = CHARTS.index("shops_by_group")
        self.chooser.setRowHidden(shops_row, not found.chain)
        if self.chooser.currentRow() == shops_row and not found.chain:
            self.chooser.setCurrentRow(0)
        self.draw()
        show_stale(self.chart, False)

    # -- drawing ----------------------------------------------------------------
    def draw(self) -> None:
        if self.figures is None:
            return
        code = self.current_chart()
        if PART_OF[code] not in self.figures.counted:
            self._count(PART_OF[code])  # first shown since the figures were counted
            return
        title = self._titles()[code]
        found = self.figures
        self.caption.setText("")
        if code == "groups":
            self._draw_groups(title, found)
        elif code in ("psychology", "personality", "trait"):
            self._draw_types(title, self._titles()[code], getattr(found, code))
            self._say_several(found, getattr(found, code))
        elif code in ("psychology_by_group", "personality_by_group", "trait_by_group"):
            kind = code.removesuffix("_by_group")
            catalogue = self._titles()[kind]
            self._draw_types_by_group(title, catalogue, getattr(found, kind), getattr(found, code))
            self._say_several(found, getattr(found, kind))
        elif code in ("visits_by_month", "new_by_month"):
            self._draw_months(title, code, getattr(found, code))
        elif code == "spend":
            self._draw_spend(title, found)
        elif code == "stages":
            self._draw_stages(title, found)
        elif code == "shops_by_group":
            names, columns = shops_chart.shop_columns(found)
            legend = [(group_names()[key], colour) for key, colour in palette.GROUP_COLOURS.items()]
            self.chart.draw_columns(title, names, columns, legend=legend)
            self.caption.setText(shops_chart.caption(found))
        else:
            self._draw_value_groups(title, found)

    def _type_names(self) -> dict[str, str]:
        names = {str(k): labels.type_name(v) for k, v in labels.types_by_id().items()}
        names[charts.UNCLASSIFIED] = self.tr("Not yet classified")
        return names

    def _draw_groups(self, title: str, found: Figures) -> None:
        names = group_names()
        columns = [
            [
                Segment(
                    bar.marked,
                    palette.OVERDUE_COLOURS[bar.key],
                    functools.partial(_overdue_of, bar),
                    self.tr("%1, overdue").replace("%1", names[bar.key]),
                ),
                Segment(
                    bar.count - bar.marked,
                    palette.GROUP_COLOURS[bar.key],
                    functools.partial(_not_overdue_of, bar),
                    self.tr("%1, not overdue").replace("%1", names[bar.key]),
                ),
            ]
            for bar in found.groups
        ]
        self.chart.draw_columns(
            title,
            [names[bar.key] for bar in found.groups],
            columns,
            legend=[(self.tr("Darker: overdue against her own rhythm"), "#424242")],
        )
        overdue = sum(bar.marked for bar in found.groups)
        total = sum(bar.count for bar in found.groups)
        self.caption.setText(
            self.tr("Visits counted over the last %1 days. %2 of %3 customers are overdue.")
            .replace("%1", str(found.window_days))
            .replace("%2", str(overdue))
            .replace("%3", str(total))
        )

    def _draw_types(self, title: str, catalogue: str, bars: list[Bar]) -> None:
        """``catalogue`` names the list in the drill-down banner: "性格: 尚未分类"."""
        names = self._type_names()
        colours = palette.type_colours([bar.key for bar in bars])
        self.chart.draw_columns(
            title,
            [names.get(bar.key, bar.key) for bar in bars],
            [
                [
                    Segment(
                        bar.count,
                        colours[bar.key],
                        functools.partial(_customers_of, bar),
                        f"{catalogue}: {names.get(bar.key, '')}",
                    )
                ]
                for bar in bars
            ],
        )
        unclassified = next((bar.count for bar in bars if bar.key == charts.UNCLASSIFIED), 0)
        self.caption.setText(
            self.tr("%1 customers are not yet classified.").replace("%1", str(unclassified))
        )

    def _say_several(self, found: Figures, bars: list[Bar]) -> None:
        """When some customers hold several types, the bars add up to more customers
        than there are: the caption says so (17.3)."""
        customers = sum(bar.count for bar in found.groups)
        counted = sum(bar.count for bar in bars)
        if counted <= customers:
            return
        several = (
            self.tr("A customer with several types is counted in each: %1 customers, %2 counted.")
            .replace("%1", str(customers))
            .replace("%2", str(counted))
        )
        self.caption.setText(" ".join(filter(None, (self.caption.text(), several))))

    def _draw_types_by_group(
        self, title: str, catalogue: str, types: list[Bar], cells: dict[str, list[Bar]]
    ) -> None:
        names = self._type_names()
        groups = group_names()
        columns = [
            [
                Segment(
                    bar.count,
                    palette.GROUP_COLOURS[bar.key],
                    functools.partial(_customers_of, bar),
                    f"{catalogue}: {names.get(kind.key, '')} · {groups[bar.key]}",
                )
                for bar in cells[kind.key]
            ]
            for kind in types
        ]
        self.chart.draw_columns(
            title,
            [names.get(kind.key, kind.key) for kind in types],
            columns,
            legend=[(groups[key], colour) for key, colour in palette.GROUP_COLOURS.items()],
        )

    def _draw_months(self, title: str, code: str, bars: list[Bar]) -> None:
        colour = palette.MONTH_COLOUR if code == "visits_by_month" else palette.NEW_COLOUR
        visits = code == "visits_by_month"
        columns = [
            [
                Segment(
                    bar.count,
                    colour,
                    functools.partial(_customers_of, bar),
                    (
                        self.tr("customers who came in %1") if visits else self.tr("new in %1")
                    ).replace("%1", bar.key),
                )
            ]
            for bar in bars
        ]
        self.chart.draw_columns(
            title,
            [bar.key for bar in bars],
            columns,
            label_every=3,
        )
        if visits:
            self.caption.setText(self.tr("Click a month to list the customers who came in it."))
        else:
            self.caption.setText(self.tr("A customer is new in the month of her first visit."))

    def _value_names(self) -> dict[str, str]:
        return {
            "high": self.tr("High value (top 20%)"),
            "middle": self.tr("Middle value (next 30%)"),
            "low": self.tr("Low value"),
            "none": self.tr("No spend"),
        }

    def _value_segment(self, bar: Bar, name: str) -> Segment:
        return Segment(
            bar.count, palette.VALUE_COLOURS[bar.key], functools.partial(_customers_of, bar), name
        )

    def _draw_spend(self, title: str, found: Figures) -> None:
        names = self._value_names()
        regions = []
        start = 0
        for bar in found.value_groups:
            if bar.key == ValueGroup.NONE:
                continue
            segment = self._value_segment(bar, names[bar.key])
            regions.append((start, start + bar.count, segment))
            start += bar.count
        share = round(found.top_share * 100)
        note = self.tr("Top 20% of customers: %1% of revenue").replace("%1", str(share))
        self.chart.draw_spend_curve(title, found.spend_sorted_fen, regions, note)
        nobody = next(b.count for b in found.value_groups if b.key == ValueGroup.NONE)
        self.caption.setText(
            self.tr("Paid in the last %1 days (visits and cards), largest first; %2 paid nothing.")
            .replace("%1", str(found.value_days))
            .replace("%2", str(nobody))
        )

    def _draw_stages(self, title: str, found: Figures) -> None:
        names = labels.stages()
        self.chart.draw_columns(
            title,
            [names[bar.key] for bar in found.stages],
            [
                [
                    Segment(
                        bar.count,
                        palette.STAGE_COLOURS[bar.key],
                        functools.partial(_customers_of, bar),
                        names[bar.key],
                    )
                ]
                for bar in found.stages
            ],
        )
        self.caption.setText(
            self.tr("Every customer on file by where she is with the shop (%1 in all).").replace(
                "%1", str(sum(bar.count for bar in found.stages))
            )
        )

    def _draw_value_groups(self, title: str, found: Figures) -> None:
        names = self._value_names()
        self.chart.draw_columns(
            title,
            [names[bar.key] for bar in found.value_groups],
            [[self._value_segment(bar, names[bar.key])] for bar in found.value_groups],
        )
        share = round(found.top_share * 100)
        self.caption.setText(
            self.tr("The top 20% of paying customers brought %1% of revenue over the last %2 days.")
            .replace("%1", str(share))
            .replace("%2", str(found.value_days))
        )

    # -- actions ----------------------------------------------------------------
    def _segment_clicked(self, segment: Segment) -> None:
        """Who is behind a bar is asked of the database on the worker (a group of a
        chain's 100,000 customers: about 0.3 s)."""
        run_task(
            lambda: segment.customer_ids,
            lambda customer_ids: self._show_segment(segment, customer_ids),
        )

    def _show_segment(self, segment: Segment, customer_ids: frozenset[int]) -> None:
        if not isValid(self):
            return
        description = (
            self.tr("%1 (%2)")
            .replace("%1", segment.description)
            .replace("%2", str(len(customer_ids)))
        )
        self.show_customers.emit(customer_ids, description)

    def ask_export(self) -> None:
        name = f"{self.current_chart()}-{dt.date.today().isoformat()}.png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(Path.home() / name), self.tr("PNG image (*.png)")
        )
        if path:
            self.export_png(Path(path))

    def export_png(self, path: Path) -> bool:
        saved = self.chart.grab().save(str(path), "PNG")
        if saved:
            self.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))
        else:
            self.status_message.emit(self.tr("Could not save %1").replace("%1", str(path)))
        return bool(saved)
