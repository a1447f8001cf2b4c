"""What a chart's bars stand for, apart from the chart widget: the page builds these
without importing pyqtgraph, which loads only when the charts tab is first shown."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    count: int
    colour: str
    customer_ids: frozenset[int]
    description: str  # says who these customers are, for the customer list


@dataclass(frozen=True)
class Hit:
    left: float
    right: float
    bottom: float
    top: float
    segment: Segment
