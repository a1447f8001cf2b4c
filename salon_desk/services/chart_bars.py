"""A chart's bar: how many, and how to find who (services/charts.py, chart_value.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Bar:
    key: str  # group code, type id, "none", "2026-03", value group
    count: int
    ids: frozenset[int] | None = None  # the customers behind it, when known at once
    # Otherwise asked for on a click: a bar keeps how to find its customers, not them
    # (a chain's bars would hold 100,000 ids each).
    who: Callable[[], frozenset[int]] | None = field(default=None, compare=False, repr=False)
    # Part of the count worth marking: the overdue customers of a frequency group.
    marked: int = 0
    who_marked: Callable[[], frozenset[int]] | None = field(default=None, compare=False, repr=False)

    @property
    def customer_ids(self) -> frozenset[int]:
        if self.ids is not None:
            return self.ids
        return self.who() if self.who is not None else frozenset()

    @property
    def marked_ids(self) -> frozenset[int]:
        return self.who_marked() if self.who_marked is not None else frozenset()
