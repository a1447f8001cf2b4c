"""The months of a report's period (issue 18): their first days, and which of them a
stored moment falls in, as SQL — each report counts per month in one pass; and the
index a report's query names on SQLite."""

from __future__ import annotations

import datetime as dt
from typing import Any

from salon_desk.services.clock import day_start
from salon_desk.store.database import db, is_sqlite


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of each month from ``first``'s to ``last``'s."""
    months = []
    day = first.replace(day=1)
    while day <= last:
        months.append(day)
        day = next_month(day)
    return months


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def month_key(day: dt.date) -> str:
    return day.strftime("%Y-%m")


def month_index_sql(column: str, starts: list[dt.date]) -> tuple[str, list[Any]]:
    """0 for a moment before the second month's start, 1 before the third's … the last
    month's index after (the caller limits ``column`` to the period)."""
    bounds = [day_start(month) for month in starts[1:]]
    if not bounds:
        return "0", []
    p = db.param
    place = " ".join(f"WHEN {column} < {p} THEN {n}" for n in range(len(bounds)))
    return f"CASE {place} ELSE {len(bounds)} END", list(bounds)


def indexed_by(index: str) -> str:
    """SQLite's planner, without statistics, takes the visits' time index and looks up
    every row; told which index covers the query, it reads the index alone. (Only an
    index that is there: INDEXED BY a missing one is an error, not a slower read — a
    file the upgrade has not reached.)"""
    if not is_sqlite():
        return ""
    there = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
    ).fetchone()
    return f" INDEXED BY {index}" if there else ""
