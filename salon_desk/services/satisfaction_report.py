"""The satisfaction report (issue 18.1): in a date range, the visits' scores by
beautician, by service item and by month — the count behind each figure, the average,
the spread over 1–5, the parts' averages and how visits met expectations — and the
entries behind any figure, for the drill-down. Counted in SQL (a chain's year is a
million visits); the screen asks for it on a worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from salon_desk.services.clock import day_start
from salon_desk.services.report_months import indexed_by, month_index_sql, month_starts
from salon_desk.store.database import db

PARTS = ("reception_score", "treatment_score", "result_score")
EXPECTATIONS = ("better", "as_expected", "worse")


@dataclass(frozen=True)
class ScoreFigure:
    key: str  # the beautician's or item's id, the month "2026-11", or "" for all
    name: str
    entries: int  # visits with a score: the count behind every figure
    average: float | None
    spread: tuple[int, int, int, int, int]  # how many scored 1, 2, 3, 4, 5
    parts: dict[str, float | None] = field(default_factory=dict)  # PARTS' averages
    expectations: dict[str, int] = field(default_factory=dict)  # EXPECTATIONS' counts


@dataclass(frozen=True)
class SatisfactionReport:
    first: dt.date
    last: dt.date
    overall: ScoreFigure
    by_beautician: list[ScoreFigure]
    by_item: list[ScoreFigure]
    by_month: list[ScoreFigure]


def _range(first: dt.date, last: dt.date) -> tuple[str, list[Any]]:
    p = db.param
    where = (
        f"l.voided_at IS NULL AND l.satisfaction IS NOT NULL"
        f" AND l.visited_at >= {p} AND l.visited_at < {p}"
    )
    return where, [day_start(first), day_start(last + dt.timedelta(days=1))]


def _aggregates() -> str:
    spread = ", ".join(
        f"SUM(CASE WHEN l.satisfaction = {n} THEN 1 ELSE 0 END)" for n in range(1, 6)
    )
    parts = ", ".join(f"SUM(l.{part}), COUNT(l.{part})" for part in PARTS)
    kinds = ", ".join(
        f"SUM(CASE WHEN l.expectation = '{kind}' THEN 1 ELSE 0 END)" for kind in EXPECTATIONS
    )
    return f"COUNT(*), SUM(l.satisfaction), {spread}, {parts}, {kinds}"


def _figure(key: str, name: str, row: tuple[Any, ...]) -> ScoreFigure:
    count, total, *rest = row
    spread = tuple(int(n or 0) for n in rest[:5])
    sums = rest[5:11]
    parts = {
        part: (float(sums[2 * i]) / int(sums[2 * i + 1]) if sums[2 * i + 1] else None)
        for i, part in enumerate(PARTS)
    }
    expectations = {kind: int(n or 0) for kind, n in zip(EXPECTATIONS, rest[11:14], strict=True)}
    average = float(total) / int(count) if count else None
    return ScoreFigure(key, name, int(count or 0), average, spread, parts, expectations)  # type: ignore[arg-type]


def _scored() -> str:
    return f"care_log l{indexed_by('care_log_scored')}"


def _added(rows: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    """Sums of groups' figures (every figure is a count or a sum)."""
    if not rows:
        return (0,) * 17
    return tuple(sum(int(value or 0) for value in column) for column in zip(*rows, strict=True))


def report(first: dt.date, last: dt.date) -> SatisfactionReport:
    """One pass over the period's scored visits by beautician and month (the overall,
    the beauticians' and the months' figures are its sums), one by service item."""
    where, params = _range(first, last)
    figures = _aggregates()
    starts = month_starts(first, last)
    which, bounds = month_index_sql("l.visited_at", starts)
    cells = db.execute_sql(
        f"SELECT l.beautician_id, {which}, {figures} FROM {_scored()} WHERE {where} GROUP BY 1, 2",
        [*bounds, *params],
    ).fetchall()
    names = dict(db.execute_sql("SELECT id, name FROM staff").fetchall())
    by_staff: dict[Any, list[tuple[Any, ...]]] = {}
    by_month: dict[int, list[tuple[Any, ...]]] = {}
    for staff_id, month, *counts in cells:
        by_staff.setdefault(staff_id, []).append(tuple(counts))
        by_month.setdefault(int(month), []).append(tuple(counts))
    items_index = indexed_by("care_log_item_of_visit")
    item_cells = db.execute_sql(
        f"SELECT li.service_item_id, {figures} FROM {_scored()}"
        f" JOIN care_log_item li{items_index} ON li.care_log_id = l.id WHERE {where}"
        " GROUP BY 1",
        params,
    ).fetchall()
    item_names = {
        item_id: (name, order)
        for item_id, name, order in db.execute_sql(
            "SELECT id, name, name_sort FROM service_item"
        ).fetchall()
    }
    items = sorted(
        ((k, *item_names.get(k, ("", "")), *rest) for k, *rest in item_cells),
        key=lambda row: row[2],
    )
    staff = sorted(
        (_figure(str(k or ""), names.get(k, "") or "", _added(v)) for k, v in by_staff.items()),
        key=lambda figure: figure.name,
    )
    return SatisfactionReport(
        first,
        last,
        _figure("", "", _added([tuple(row[2:]) for row in cells])),
        staff,
        [_figure(str(row[0]), row[1], row[3:]) for row in items],
        [
            _figure(month.strftime("%Y-%m"), month.strftime("%Y-%m"), _added(by_month.get(n, [])))
            for n, month in enumerate(starts)
        ],
    )


def entries_behind(
    first: dt.date,
    last: dt.date,
    beautician_id: int | None = None,
    item_id: int | None = None,
    month: str | None = None,
    score: int | None = None,
) -> list[int]:
    """The scored entries behind a figure (newest first): the drill-down."""
    where, params = _range(first, last)
    p = db.param
    if beautician_id is not None:
        where += f" AND l.beautician_id = {p}"
        params.append(beautician_id)
    if item_id is not None:
        where += f" AND l.id IN (SELECT care_log_id FROM care_log_item WHERE service_item_id = {p})"
        params.append(item_id)
    if month is not None:
        start = dt.date.fromisoformat(month + "-01")
        end = (start + dt.timedelta(days=32)).replace(day=1)
        where += f" AND l.visited_at >= {p} AND l.visited_at < {p}"
        params += [day_start(start), day_start(end)]
    if score is not None:
        where += f" AND l.satisfaction = {p}"
        params.append(score)
    rows = db.execute_sql(
        f"SELECT l.id FROM care_log l WHERE {where} ORDER BY l.visited_at DESC, l.id DESC", params
    ).fetchall()
    return [int(entry_id) for (entry_id,) in rows]


def as_json_ready(found: SatisfactionReport) -> dict[str, object]:
    def figure(f: ScoreFigure) -> dict[str, object]:
        return {
            "key": f.key,
            "name": f.name,
            "entries": f.entries,
            "average": None if f.average is None else round(f.average, 3),
            "spread": list(f.spread),
            "parts": {k: None if v is None else round(v, 3) for k, v in f.parts.items()},
            "expectations": f.expectations,
        }

    return {
        "report": "satisfaction",
        "from": found.first.isoformat(),
        "to": found.last.isoformat(),
        "overall": figure(found.overall),
        "by_beautician": [figure(f) for f in found.by_beautician],
        "by_item": [figure(f) for f in found.by_item],
        "by_month": [figure(f) for f in found.by_month],
    }
