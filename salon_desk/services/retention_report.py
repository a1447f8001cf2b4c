"""Retention and loss (issue 18.3): per month of a period, the customers on the books at
its start, those who came (new and returning), those who lapsed — overdue against her
own rhythm during the month and not back since — the share of the month's customers
kept, what the lapsed spent in their last 12 months ("at risk") and what those who never
came back within a window spent ("lost"); and the customers behind any figure.

Counted from each customer's kept visit figures (visit_figures: visits, first and last
visit, usual gap), the frequency rules that say when she is overdue, and the care log's
time index for who came in a month — never a customer's whole history per row.

A customer lapses on her first overdue day: the day after her last visit's day plus the
days the rules allow her (``frequency_rules.overdue_after_days``). One who lapsed and
came back is not lapsed: her lapse moves with her last visit. So a past month's lapsed
are those who left then and are still away, which is what a manager asks of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from salon_desk.services.clock import day_start
from salon_desk.services.frequency_rules import FrequencyRules, load_rules
from salon_desk.services.report_months import (
    month_index_sql,
    month_key,
    month_starts,
    next_month,
)
from salon_desk.store.database import db, is_sqlite

DEFAULT_LOST_AFTER_DAYS = 90  # lapsed and not back this long after: lost
SPEND_DAYS = 365  # "her 12-month spend": paid in the year to her last visit
KINDS = ("on_books", "active", "new", "returning", "lapsed", "lost")


@dataclass(frozen=True)
class MonthFigures:
    key: str  # "2026-11", or "" for the whole period
    on_books: int  # came before the month and not lapsed at its start
    active: int  # visited in the month
    new: int  # her first visit in the month
    lapsed: int  # lapsed in the month and not back since
    lost: int  # of the lapsed: not back within the window after lapsing
    at_risk_fen: int  # the lapsed's 12-month spend
    lost_fen: int  # the lost's
    lapsed_of_books: int  # the lapsed who were on the books at the start: churn's count

    @property
    def returning(self) -> int:
        return self.active - self.new

    @property
    def churn(self) -> float | None:
        """The share of the customers on the books at the start who lapsed in it."""
        return self.lapsed_of_books / self.on_books if self.on_books else None

    @property
    def retention(self) -> float | None:
        churn = self.churn
        return None if churn is None else 1.0 - churn


@dataclass(frozen=True)
class RetentionReport:
    first: dt.date
    last: dt.date
    today: dt.date
    lost_after_days: int
    months: list[MonthFigures]
    overall: MonthFigures  # the period as one span (customers counted once)
    declines: dict[str, int] = field(default_factory=dict)  # why calls were declined


@dataclass(frozen=True)
class _Span:
    """One month of the period, cut to the period's first and last day."""

    key: str
    first: dt.date
    end: dt.date  # the day after its last


def _spans(first: dt.date, last: dt.date) -> list[_Span]:
    end = last + dt.timedelta(days=1)
    return [
        _Span(month_key(start), max(first, start), min(end, next_month(start)))
        for start in month_starts(first, last)
    ]


def _lapse_point(rules: FrequencyRules) -> tuple[str, list[Any]]:
    """Her last visit's day plus her allowed days, as a number (``x``): she is overdue on
    the days after it, so her first overdue day is floor(x) + 1 and "lapsed on or after
    day d" is x >= d - 1 (rules as frequency_rules.overdue_after_days)."""
    p = db.param
    sql = (
        f"f.last_visit_day + (CASE WHEN f.usual_gap_days IS NOT NULL AND f.visits >= {p}"
        f" THEN f.usual_gap_days ELSE {p} END) * {p}"
    )
    return sql, [rules.own_rhythm_min_visits, rules.shop_interval_days, rules.overdue_factor]


def _spend_since() -> tuple[str, str]:
    """The start of the year to her last visit: as a stored moment and as a day."""
    if is_sqlite():
        moment = f"datetime(f.last_visit_at, '-{SPEND_DAYS} days')"
        return moment, f"date({moment})"
    moment = f"(f.last_visit_at - INTERVAL '{SPEND_DAYS} days')"
    return moment, f"CAST({moment} AS DATE)"


def _classified(
    spans: list[_Span], today: dt.date, lost_after: int, rules: FrequencyRules, spend: bool
) -> tuple[str, list[Any]]:
    """Per customer with a visit (not archived or erased): which span her first visit and
    her lapse fall in (-1 before the period, len(spans) after it or not yet), whether
    she is lost, and — with ``spend`` — her 12-month spend when she lapsed in it."""
    p, n = db.param, len(spans)
    x, x_params = _lapse_point(rules)
    today_day = today.toordinal()
    lapse_cases = " ".join(f"WHEN {x} < {p} THEN {k - 1}" for k in range(n + 1))
    lapse_sql = f"CASE WHEN {x} >= {p} THEN {n} {lapse_cases} ELSE {n} END"
    lapse_params = [*x_params, today_day]
    for span in [*spans, _Span("", spans[-1].end, spans[-1].end)]:
        lapse_params += [*x_params, span.first.toordinal() - 1]
    first_cases = " ".join(f"WHEN f.first_visit_at < {p} THEN {k - 1}" for k in range(n + 1))
    first_sql = f"CASE {first_cases} ELSE {n} END"
    first_params = [day_start(span.first) for span in spans] + [day_start(spans[-1].end)]
    lost_sql = f"CASE WHEN {x} < {p} THEN 1 ELSE 0 END"
    lost_params = [*x_params, today_day - lost_after]
    spend_sql, spend_params = "0", []
    if spend:
        moment, day = _spend_since()
        spend_sql = (
            f"CASE WHEN {x} >= {p} AND {x} < {p} AND {x} < {p} THEN"
            " (SELECT COALESCE(SUM(l.amount_fen), 0) FROM care_log l"
            " WHERE l.customer_id = f.customer_id AND l.voided_at IS NULL"
            f" AND l.visited_at > {moment})"
            " + (SELECT COALESCE(SUM(k.amount_paid_fen), 0) FROM card k"
            " WHERE k.customer_id = f.customer_id AND k.voided_at IS NULL"
            f" AND k.purchased_on > {day})"
            " ELSE 0 END"
        )
        spend_params = [
            *x_params,
            spans[0].first.toordinal() - 1,
            *x_params,
            spans[-1].end.toordinal() - 1,
            *x_params,
            today_day,
        ]
    sql = f"""
SELECT f.customer_id AS customer_id, {first_sql} AS first_span, {lapse_sql} AS lapse_span,
  {lost_sql} AS lost, {spend_sql} AS spend
FROM visit_figures f JOIN customer c ON c.id = f.customer_id
WHERE c.archived_at IS NULL AND c.erased_at IS NULL"""
    return sql, [*first_params, *lapse_params, *lost_params, *spend_params]


def _came(spans: list[_Span], archived_only: bool) -> dict[int, int]:
    """How many customers visited in each span (every customer, or the archived and
    erased only, to take off: fewer rows than joining every visit to its customer)."""
    p = db.param
    # (the spans after the first begin on their months' first days: the months' CASE)
    which, params = month_index_sql("visited_at", [span.first for span in spans])
    where = f"voided_at IS NULL AND visited_at >= {p} AND visited_at < {p}"
    params += [day_start(spans[0].first), day_start(spans[-1].end)]
    if archived_only:
        where += (
            " AND customer_id IN (SELECT id FROM customer"
            " WHERE archived_at IS NOT NULL OR erased_at IS NOT NULL)"
        )
    rows = db.execute_sql(
        f"SELECT {which}, COUNT(DISTINCT customer_id) FROM care_log WHERE {where} GROUP BY 1",
        params,
    ).fetchall()
    return {int(k): int(count) for k, count in rows}


def report(
    first: dt.date,
    last: dt.date,
    today: dt.date | None = None,
    lost_after_days: int = DEFAULT_LOST_AFTER_DAYS,
) -> RetentionReport:
    """The period's months and the whole period, counted as the module says."""
    from salon_desk.services import follow_ups

    today = today or dt.date.today()
    rules = load_rules()
    spans = _spans(first, last)
    sql, params = _classified(spans, today, lost_after_days, rules, spend=True)
    groups = db.execute_sql(
        "SELECT first_span, lapse_span, lost, COUNT(*), SUM(spend)"
        f" FROM ({sql}) x GROUP BY 1, 2, 3",
        params,
    ).fetchall()
    cells = [(int(a), int(b), int(c), int(count), int(fen or 0)) for a, b, c, count, fen in groups]
    came = _came(spans, archived_only=False)
    gone = _came(spans, archived_only=True)
    whole = _Span("", spans[0].first, spans[-1].end)
    whole_came = _came([whole], archived_only=False).get(0, 0)
    whole_came -= _came([whole], archived_only=True).get(0, 0)

    def figures(key: str, low: int, high: int, active: int) -> MonthFigures:
        """Spans low..high (inclusive) taken as one."""

        def total(test: Any, column: int = 3) -> int:
            return sum(cell[column] for cell in cells if test(*cell[:3]))

        def lapsed_in(f: int, lapse: int, lost: int) -> bool:
            return low <= lapse <= high

        return MonthFigures(
            key=key,
            on_books=total(lambda f, lapse, lost: f < low and lapse >= low),
            active=active,
            new=total(lambda f, lapse, lost: low <= f <= high),
            lapsed=total(lapsed_in),
            lost=total(lambda f, lapse, lost: lapsed_in(f, lapse, lost) and lost == 1),
            at_risk_fen=total(lapsed_in, 4),
            lost_fen=total(lambda f, lapse, lost: lapsed_in(f, lapse, lost) and lost == 1, 4),
            lapsed_of_books=total(lambda f, lapse, lost: f < low and low <= lapse <= high),
        )

    months = [
        figures(span.key, k, k, came.get(k, 0) - gone.get(k, 0)) for k, span in enumerate(spans)
    ]
    return RetentionReport(
        first,
        last,
        today,
        lost_after_days,
        months,
        figures("", 0, len(spans) - 1, whole_came),
        follow_ups.decline_reasons(first, last),
    )


def customers_behind(found: RetentionReport, kind: str, month: str | None = None) -> list[int]:
    """The customers behind one figure of ``found`` (``month`` None: the whole period),
    in the order of their ids."""
    assert kind in KINDS, kind
    spans = _spans(found.first, found.last)
    keys = [span.key for span in spans]
    low, high = (0, len(spans) - 1) if month is None else (keys.index(month),) * 2
    chosen = spans[low : high + 1]
    sql, params = _classified(spans, found.today, found.lost_after_days, load_rules(), False)
    p = db.param
    conditions = {
        "on_books": f"first_span < {p} AND lapse_span >= {p}",
        "new": f"first_span >= {p} AND first_span <= {p}",
        "lapsed": f"lapse_span >= {p} AND lapse_span <= {p}",
        "lost": f"lapse_span >= {p} AND lapse_span <= {p} AND lost = 1",
        "returning": f"first_span < {p}",
        "active": f"first_span <= {p}",
    }
    where = conditions[kind]
    where_params: list[Any] = [low, low] if kind == "on_books" else [low, high]
    if kind == "returning":
        where_params = [low]
    if kind == "active":
        where_params = [high]
    if kind in ("returning", "active"):
        where += (
            " AND customer_id IN (SELECT customer_id FROM care_log"
            f" WHERE voided_at IS NULL AND visited_at >= {p} AND visited_at < {p})"
        )
        where_params += [day_start(chosen[0].first), day_start(chosen[-1].end)]
    rows = db.execute_sql(
        f"SELECT customer_id FROM ({sql}) x WHERE {where} ORDER BY customer_id",
        [*params, *where_params],
    ).fetchall()
    return [int(customer_id) for (customer_id,) in rows]


def as_json_ready(found: RetentionReport) -> dict[str, object]:
    def figure(f: MonthFigures) -> dict[str, object]:
        return {
            "month": f.key,
            "on_books": f.on_books,
            "active": f.active,
            "new": f.new,
            "returning": f.returning,
            "lapsed": f.lapsed,
            "lost": f.lost,
            "retention": None if f.retention is None else round(f.retention, 4),
            "churn": None if f.churn is None else round(f.churn, 4),
            "revenue_at_risk_fen": f.at_risk_fen,
            "revenue_lost_fen": f.lost_fen,
        }

    return {
        "report": "retention",
        "from": found.first.isoformat(),
        "to": found.last.isoformat(),
        "today": found.today.isoformat(),
        "lost_after_days": found.lost_after_days,
        "overall": figure(found.overall),
        "months": [figure(f) for f in found.months],
        "declines": found.declines,
    }
