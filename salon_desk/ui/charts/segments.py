"""What a chart's bars stand for, apart from the chart widget: the page builds these
without importing pyqtgraph, which loads only when the charts tab is first shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    count: int
    colour: str
    # The customers behind it, or how to find them when it is clicked (a month's).
    customers: frozenset[int] | Callable[[], frozenset[int]]
    description: str  # says who these customers are, for the customer list

    @property
    def customer_ids(self) -> frozenset[int]:
        return self.customers if isinstance(self.customers, frozenset) else self.customers()


@dataclass(frozen=True)
class Hit:
    left: float
    right: float
    bottom: float
    top: float
    segment: Segment
