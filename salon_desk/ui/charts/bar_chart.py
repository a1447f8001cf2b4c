"""A pyqtgraph bar chart whose every bar (or stacked segment) can be clicked.

The chart draws columns of segments stacked bottom-up, writes each segment's count on
it, and reports which segment was clicked, with the customers behind it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from salon_desk.ui.charts.segments import Hit, Segment

BAR_WIDTH = 0.7
LABEL_COLOUR = "#212121"
SMALL_SEGMENT = 0.04  # of the tallest column
HEADROOM = 1.12  # above the tallest column, for its count
HEADROOM_WITH_LEGEND = 1.25


class BarChart(pg.PlotWidget):
    segment_clicked = Signal(object)  # Segment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("bar_chart")
        self.hits: list[Hit] = []
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            axis = self.getAxis(side)
            axis.setTextPen(LABEL_COLOUR)
            axis.setPen("#9e9e9e")
        self.legend: pg.LegendItem | None = None
        self.scene().sigMouseClicked.connect(self._clicked)

    def clear_chart(self, title: str) -> None:
        self.clear()
        self.hits = []
        if self.legend is not None:
            self.legend.scene().removeItem(self.legend)
            self.legend = None
        self.setTitle(title, color=LABEL_COLOUR, size="13pt")

    def draw_columns(
        self,
        title: str,
        categories: Sequence[str],
        columns: Sequence[Sequence[Segment]],
        legend: Sequence[tuple[str, str]] = (),
        label_every: int = 1,
    ) -> None:
        """One column per category; segments stack from the bottom in the order given."""
        self.clear_chart(title)
        highest = 0
        tallest = max((sum(s.count for s in segments) for segments in columns), default=0)
        small = tallest * SMALL_SEGMENT  # too thin to write its count inside
        for index, segments in enumerate(columns):
            bottom = 0
            for segment in segments:
                if segment.count <= 0:
                    continue
                self.addItem(
                    pg.BarGraphItem(
                        x=[index],
                        height=[segment.count],
                        y0=[bottom],
                        width=BAR_WIDTH,
                        brush=segment.colour,
                        pen=pg.mkPen("w", width=1),
                    )
                )
                self.hits.append(
                    Hit(
                        index - BAR_WIDTH / 2,
                        index + BAR_WIDTH / 2,
                        bottom,
                        bottom + segment.count,
                        segment,
                    )
                )
                if len(segments) > 1 and segment.count >= small:
                    self._label(str(segment.count), index, bottom + segment.count / 2, middle=True)
                bottom += segment.count
            self._label(str(bottom), index, bottom, middle=False)
            highest = max(highest, bottom)
        ticks = [(index, text) for index, text in enumerate(categories) if index % label_every == 0]
        self.getAxis("bottom").setTicks([ticks, []])
        self.setXRange(-0.6, len(categories) - 0.4, padding=0)
        self.setYRange(
            0, max(highest, 1) * (HEADROOM_WITH_LEGEND if legend else HEADROOM), padding=0
        )
        self._legend(legend)

    def draw_spend_curve(
        self,
        title: str,
        spend_sorted: Sequence[int],
        regions: Sequence[tuple[int, int, Segment]],
        note: str,
    ) -> None:
        """Spend per customer, largest first, coloured by value group; ``regions`` are
        (first rank, last rank + 1, the group's segment)."""
        self.clear_chart(title)
        yuan = [fen / 100 for fen in spend_sorted]
        top = max(yuan, default=1.0)
        for start, end, segment in regions:
            if end <= start:
                continue
            self.addItem(
                pg.BarGraphItem(
                    x=list(range(start, end)),
                    height=yuan[start:end],
                    width=1.0,
                    brush=segment.colour,
                    pen=pg.mkPen(None),
                )
            )
            self.hits.append(Hit(start - 0.5, end - 0.5, 0, top, segment))
        text = pg.TextItem(note, color=LABEL_COLOUR, anchor=(1, 1))
        text.setFont(_font(11, bold=True))
        text.setPos(len(yuan), top * HEADROOM_WITH_LEGEND * 0.9)
        self.addItem(text)
        self.getAxis("bottom").setTicks(None)
        self.setXRange(-0.5, max(len(yuan), 1) - 0.5, padding=0.01)
        self.setYRange(0, top * HEADROOM_WITH_LEGEND, padding=0)
        self._legend([(segment.description, segment.colour) for _, _, segment in regions])

    def draw_lines(
        self,
        title: str,
        series: Sequence[tuple[str, str, Sequence[float], Sequence[float | None]]],
        x_caption: str,
    ) -> None:
        """Lines of (name, colour, xs, ys), a y of None leaving a gap; legend on top."""
        self.clear_chart(title)
        top = 0.0
        for _, colour, xs, ys in series:
            kept = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
            if not kept:
                continue
            self.addItem(
                pg.PlotDataItem(
                    [x for x, _ in kept],
                    [y for _, y in kept],
                    pen=pg.mkPen(colour, width=2.5),
                    symbol="o",
                    symbolSize=5,
                    symbolBrush=colour,
                    symbolPen=pg.mkPen(None),
                )
            )
            top = max(top, *(y for _, y in kept))
        self.getAxis("bottom").setTicks(None)
        self.getAxis("bottom").setLabel(x_caption, color=LABEL_COLOUR)
        self.setYRange(0, max(top, 1.0) * HEADROOM_WITH_LEGEND, padding=0)
        self.enableAutoRange(axis="x")
        self._legend([(name, colour) for name, colour, _, _ in series])

    def _label(self, text: str, x: float, y: float, middle: bool) -> None:
        label = pg.TextItem(
            text, color="w" if middle else LABEL_COLOUR, anchor=(0.5, 0.5 if middle else 1)
        )
        label.setFont(_font(9 if middle else 10, bold=not middle))
        label.setPos(x, y)
        self.addItem(label)

    def _legend(self, entries: Sequence[tuple[str, str]]) -> None:
        if not entries:
            return
        # One row along the top, in the headroom above the tallest bar, covering nothing.
        self.legend = pg.LegendItem(labelTextColor=LABEL_COLOUR, colCount=len(entries))
        self.legend.setParentItem(self.getPlotItem().vb)
        self.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 2))
        for text, colour in entries:
            sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=colour)
            self.legend.addItem(sample, text)

    def centre_of(self, segment_index: int) -> QPointF:
        """Where on the widget a segment's middle is drawn (for tests and tooltips)."""
        hit = self.hits[segment_index]
        view = QPointF((hit.left + hit.right) / 2, (hit.bottom + hit.top) / 2)
        scene = self.getPlotItem().vb.mapViewToScene(view)
        return QPointF(self.mapFromScene(scene))

    def segment_at(self, x: float, y: float) -> Segment | None:
        for hit in self.hits:
            if hit.left <= x <= hit.right and hit.bottom <= y <= hit.top:
                return hit.segment
        return None

    def _clicked(self, event: object) -> None:
        position = self.getPlotItem().vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        segment = self.segment_at(position.x(), position.y())
        if segment is not None:
            self.segment_clicked.emit(segment)


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
