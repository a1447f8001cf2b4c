"""Each beautician's period (issue 18.5): visits she gave, customers she served, their
scores, what they paid at those visits, the share of the customers in her care who are
overdue today, the calls she closed and how they ended, the cards she sold and the
complaints about her services; and the visits and customers behind a figure.

The store manager sees everyone; a beautician asks only for herself (``only_staff_id``)
— the screen decides which, the figures are the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from salon_desk.services.clock import day_start
from salon_desk.services.frequency_rules import load_rules
from salon_desk.services.frequency_sql import Scope, classified_sql, customers_where
from salon_desk.services.report_months import indexed_by
from salon_desk.store.database import db
from salon_desk.store.models import FollowUp

OUTCOMES = FollowUp.OUTCOMES  # a call's outcomes, each a column of the report


@dataclass(frozen=True)
class StaffFigures:
    staff_id: int
    name: str
    visits: int
    customers: int  # different customers served
    scored: int  # visits with a score
    score_total: int
    takings_fen: int  # paid at her visits
    in_care: int  # customers she is responsible for (with a visit)
    overdue: int  # of them overdue today
    calls: dict[str, int] = field(default_factory=dict)  # closed calls by outcome
    cards_sold: int = 0
    cards_fen: int = 0
    complaints: int = 0  # about visits she gave

    @property
    def average(self) -> float | None:
        return self.score_total / self.scored if self.scored else None

    @property
    def overdue_share(self) -> float | None:
        return self.overdue / self.in_care if self.in_care else None

    @property
    def calls_done(self) -> int:
        return sum(self.calls.values())


@dataclass(frozen=True)
class StaffReport:
    first: dt.date
    last: dt.date
    today: dt.date
    staff: list[StaffFigures]


def _bounds(first: dt.date, last: dt.date) -> list[Any]:
    return [day_start(first), day_start(last + dt.timedelta(days=1))]


def _only(column: str, only_staff_id: int | None) -> tuple[str, list[Any]]:
    if only_staff_id is None:
        return "", []
    return f" AND {column} = {db.param}", [only_staff_id]


def _visits(first: dt.date, last: dt.date, only: int | None) -> dict[int, tuple[int, ...]]:
    p = db.param
    index = indexed_by("care_log_by_beautician")
    where, params = _only("beautician_id", only)
    rows = db.execute_sql(
        "SELECT beautician_id, COUNT(*), COUNT(DISTINCT customer_id), COUNT(satisfaction),"
        f" SUM(satisfaction), SUM(amount_fen) FROM care_log{index}"
        f" WHERE voided_at IS NULL AND beautician_id IS NOT NULL{where}"
        f" AND visited_at >= {p} AND visited_at < {p} GROUP BY beautician_id",
        [*params, *_bounds(first, last)],
    ).fetchall()
    return {int(row[0]): tuple(int(v or 0) for v in row[1:]) for row in rows}


def _in_care(today: dt.date, only: int | None) -> dict[int, tuple[int, int]]:
    sql, params = classified_sql(Scope(today, load_rules(), staff_id=only))
    rows = db.execute_sql(
        f"SELECT responsible_staff_id, COUNT(*), SUM(overdue) FROM ({sql}) c"
        " WHERE visits_ever > 0 AND responsible_staff_id IS NOT NULL"
        " GROUP BY responsible_staff_id",
        params,
    ).fetchall()
    return {int(staff): (int(count), int(late or 0)) for staff, count, late in rows}


def _calls(first: dt.date, last: dt.date, only: int | None) -> dict[int, dict[str, int]]:
    p = db.param
    where, params = _only("assignee_id", only)
    rows = db.execute_sql(
        "SELECT assignee_id, outcome, COUNT(*) FROM follow_up"
        f" WHERE status = 'done' AND completed_at >= {p} AND completed_at < {p}{where}"
        " GROUP BY assignee_id, outcome",
        [*_bounds(first, last), *params],
    ).fetchall()
    found: dict[int, dict[str, int]] = {}
    for staff, outcome, count in rows:
        outcomes = found.setdefault(int(staff), dict.fromkeys(FollowUp.OUTCOMES, 0))
        outcomes[outcome or "reached"] = outcomes.get(outcome or "reached", 0) + int(count)
    return found


def _cards(first: dt.date, last: dt.date, only: int | None) -> dict[int, tuple[int, int]]:
    p = db.param
    where, params = _only("sold_by_id", only)
    rows = db.execute_sql(
        "SELECT sold_by_id, COUNT(*), SUM(amount_paid_fen) FROM card"
        f" WHERE voided_at IS NULL AND NOT carried_over AND sold_by_id IS NOT NULL{where}"
        f" AND purchased_on >= {p} AND purchased_on <= {p} GROUP BY sold_by_id",
        [*params, first, last],
    ).fetchall()
    return {int(staff): (int(count), int(fen or 0)) for staff, count, fen in rows}


def _complaints(first: dt.date, last: dt.date, only: int | None) -> dict[int, int]:
    """Complaints received in the period about a visit she gave."""
    p = db.param
    where, params = _only("l.beautician_id", only)
    rows = db.execute_sql(
        "SELECT l.beautician_id, COUNT(*) FROM complaint k JOIN care_log l ON l.id = k.care_log_id"
        f" WHERE k.received_on >= {p} AND k.received_on <= {p}{where} GROUP BY l.beautician_id",
        [first, last, *params],
    ).fetchall()
    return {int(staff): int(count) for staff, count in rows if staff is not None}


def report(
    first: dt.date,
    last: dt.date,
    today: dt.date | None = None,
    only_staff_id: int | None = None,
) -> StaffReport:
    today = today or dt.date.today()
    visits = _visits(first, last, only_staff_id)
    in_care = _in_care(today, only_staff_id)
    calls = _calls(first, last, only_staff_id)
    cards = _cards(first, last, only_staff_id)
    complaints = _complaints(first, last, only_staff_id)
    where, params = _only("id", only_staff_id)
    staff = db.execute_sql(
        f"SELECT id, name, active FROM staff WHERE 1 = 1{where} ORDER BY name_sort, id", params
    ).fetchall()
    figures = []
    for staff_id, name, active in staff:
        seen = visits.get(staff_id, (0, 0, 0, 0, 0))
        care = in_care.get(staff_id, (0, 0))
        sold = cards.get(staff_id, (0, 0))
        anything = any(seen) or any(care) or staff_id in calls or any(sold)
        if not active and not anything:
            continue  # a former employee with nothing in the period
        figures.append(
            StaffFigures(
                int(staff_id),
                name,
                visits=seen[0],
                customers=seen[1],
                scored=seen[2],
                score_total=seen[3],
                takings_fen=seen[4],
                in_care=care[0],
                overdue=care[1],
                calls=calls.get(staff_id, dict.fromkeys(FollowUp.OUTCOMES, 0)),
                cards_sold=sold[0],
                cards_fen=sold[1],
                complaints=complaints.get(staff_id, 0),
            )
        )
    return StaffReport(first, last, today, figures)


def customers_behind(found: StaffReport, staff_id: int, kind: str) -> list[int]:
    """Her customers behind a figure: "served" in the period, or "overdue" today."""
    if kind == "overdue":
        scope = Scope(found.today, load_rules(), staff_id=staff_id)
        return sorted(customers_where(scope, overdue=True))
    p = db.param
    rows = db.execute_sql(
        "SELECT DISTINCT customer_id FROM care_log WHERE voided_at IS NULL"
        f" AND beautician_id = {p} AND visited_at >= {p} AND visited_at < {p}"
        " ORDER BY customer_id",
        [staff_id, *_bounds(found.first, found.last)],
    ).fetchall()
    return [int(customer_id) for (customer_id,) in rows]


def as_json_ready(found: StaffReport) -> dict[str, object]:
    return {
        "report": "staff",
        "from": found.first.isoformat(),
        "to": found.last.isoformat(),
        "today": found.today.isoformat(),
        "staff": [
            {
                "id": s.staff_id,
                "name": s.name,
                "visits": s.visits,
                "customers": s.customers,
                "scored_visits": s.scored,
                "average_score": None if s.average is None else round(s.average, 3),
                "takings_fen": s.takings_fen,
                "customers_in_care": s.in_care,
                "overdue_now": s.overdue,
                "overdue_share": None if s.overdue_share is None else round(s.overdue_share, 4),
                "calls_done": s.calls_done,
                "call_outcomes": s.calls,
                "cards_sold": s.cards_sold,
                "cards_fen": s.cards_fen,
                "complaints": s.complaints,
            }
            for s in found.staff
        ],
    }
