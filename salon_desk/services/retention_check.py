"""Validate the model before trusting it (issue 19.4): split a shop's history at a day,
fit on the calibration part, and compare with what happened in the holdout after it —
the visits the model expected against the visits made, per number of repeat visits in
the calibration part; and how well P(alive) ranks the customers who did not come back
against today's overdue rule (the area under the ROC curve: 0.5 is a coin, 1 perfect).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from salon_desk.services import bgnbd, bgnbd_data
from salon_desk.services.bgnbd import Fit, Floats, Verdict
from salon_desk.services.frequency_rules import FrequencyRules, load_rules, overdue_after_days

DEFAULT_HOLDOUT_DAYS = 120
LAST_BUCKET = 7  # "7+" repeat visits
CURVE_STEP_DAYS = 30  # the repeat-visit curve's points, a month apart
CURVE_MIN_CUSTOMERS = 20  # a point of the actual curve needs this many customers that old


@dataclass(frozen=True)
class Bucket:
    repeat_visits: str  # "0" … "6", "7+"
    customers: int
    actual: float  # mean visit days in the holdout
    predicted: float  # mean the model expected


@dataclass(frozen=True)
class CurvePoint:
    """Days after a customer's first visit: the repeat visits the model expects by then of
    a newly arrived customer, and the mean of those the customers that old made."""

    days: int
    expected: float
    actual: float | None  # None where too few customers are that old
    customers: int


@dataclass(frozen=True)
class Check:
    as_of: dt.date
    split: dt.date
    holdout_days: int
    fit: Fit
    verdict: Verdict
    buckets: list[Bucket]
    customers: int
    not_back: int  # customers with no visit in the holdout
    auc_p_alive: float | None  # ranking those not back by 1 - P(alive)
    # by the visits the model expects of her in the holdout, fewest first: P(alive) is 1
    # for anyone without a repeat visit (she has had no chance to leave, in the model),
    # so it cannot rank one-visit customers; her expected visits can
    auc_expected_visits: float | None
    auc_overdue_rule: float | None  # by days away over the days the rule allows
    auc_overdue_flag: float | None  # by the rule's yes/no alone
    curve: list[CurvePoint]
    ids_by_bucket: dict[str, list[int]]  # the customers behind a bucket


def auc(scores: Floats, positive: np.ndarray) -> float | None:
    """The probability that a positive scores above a negative (ties count half): the
    Mann–Whitney statistic from average ranks."""
    positives = int(np.count_nonzero(positive))
    negatives = int(positive.size - positives)
    if not positives or not negatives:
        return None
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(scores.size, dtype=np.float64)
    ordered = scores[order]
    start = 0
    while start < ordered.size:  # average ranks over ties
        end = start
        while end + 1 < ordered.size and ordered[end + 1] == ordered[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    total = float(ranks[positive].sum())
    return (total - positives * (positives + 1) / 2) / (positives * negatives)


def _rule_ratios(data: bgnbd_data.Summaries, rules: FrequencyRules) -> Floats:
    """Days away at the split over the days her rule allows (above 1: overdue)."""
    split = data.as_of.toordinal()
    return np.array(
        [
            (split - last) / overdue_after_days(int(x) + 1, gap, rules)
            for last, x, gap in zip(data.last_day, data.x, data.usual_gaps, strict=True)
        ],
        dtype=np.float64,
    )


def check(
    as_of: dt.date,
    holdout_days: int = DEFAULT_HOLDOUT_DAYS,
    shop_id: int | None = None,
) -> Check:
    days = bgnbd_data.visit_days(as_of, shop_id)
    split = as_of - dt.timedelta(days=holdout_days)
    data = bgnbd_data.summaries(days, split)
    result = bgnbd.fit(data.x, data.t_x, data.big_t)
    verdict = bgnbd.diagnose(result, data.history_days, data.shop_usual_gap(), data.quiet_days)
    predicted = bgnbd.expected_visits(result.params, holdout_days, data.x, data.t_x, data.big_t)
    actual = bgnbd_data.days_after(days, split, data.customer_ids)
    buckets = []
    for low in range(LAST_BUCKET + 1):
        label = f"{low}+" if low == LAST_BUCKET else str(low)
        chosen = _in_bucket(data.x, label)
        if not np.any(chosen):
            continue
        buckets.append(
            Bucket(
                label,
                int(np.count_nonzero(chosen)),
                float(actual[chosen].mean()),
                float(predicted[chosen].mean()),
            )
        )
    ids = np.array(data.customer_ids)
    ids_by_bucket = {
        bucket.repeat_visits: sorted(int(i) for i in ids[_in_bucket(data.x, bucket.repeat_visits)])
        for bucket in buckets
    }
    gone = actual == 0
    alive = bgnbd.p_alive(result.params, data.x, data.t_x, data.big_t)
    ratios = _rule_ratios(data, load_rules())
    return Check(
        as_of=as_of,
        split=split,
        holdout_days=holdout_days,
        fit=result,
        verdict=verdict,
        buckets=buckets,
        customers=len(data.customer_ids),
        not_back=int(np.count_nonzero(gone)),
        auc_p_alive=auc(1.0 - alive, gone),
        auc_expected_visits=auc(-predicted, gone),
        auc_overdue_rule=auc(ratios, gone),
        auc_overdue_flag=auc((ratios > 1).astype(np.float64), gone),
        curve=_curve(result.params, days, data),
        ids_by_bucket=ids_by_bucket,
    )


def _in_bucket(x: Floats, label: str) -> np.ndarray:
    low = int(label.rstrip("+"))
    return x >= low if label.endswith("+") else x == low


def _curve(
    params: bgnbd.Params, days: dict[int, list[int]], data: bgnbd_data.Summaries
) -> list[CurvePoint]:
    """The model's expected repeat visits t days after a first visit, beside the mean the
    customers at least t days old had made by then (the fit's own history). Every repeat
    visit as (days after her first, her age), so each point is two comparisons over
    arrays, not a loop over customers."""
    end = data.as_of.toordinal()
    ages = data.big_t
    offsets, owners_age = [], []
    for customer_id, age in zip(data.customer_ids, ages, strict=True):
        hers = days[customer_id]
        for day in hers[1:]:
            if day > end:
                break
            offsets.append(day - hers[0])
            owners_age.append(age)
    repeat_at = np.array(offsets, dtype=np.float64)
    repeat_age = np.array(owners_age, dtype=np.float64)
    points = []
    for t in range(0, int(data.history_days) + 1, CURVE_STEP_DAYS):
        old_enough = int(np.count_nonzero(ages >= t))
        made = int(np.count_nonzero((repeat_at <= t) & (repeat_age >= t)))
        actual = made / old_enough if old_enough >= CURVE_MIN_CUSTOMERS else None
        [expected] = bgnbd.expected_repeat_visits(params, [float(t)])
        points.append(CurvePoint(t, float(expected), actual, old_enough))
    return points


def as_json_ready(found: Check) -> dict[str, object]:
    params = found.fit.params

    def rounded(value: float | None, digits: int = 4) -> float | None:
        """(JSON has no infinity: a degenerate fit's figure is null.)"""
        return None if value is None or not np.isfinite(value) else round(value, digits)

    return {
        "as_of": found.as_of.isoformat(),
        "split": found.split.isoformat(),
        "holdout_days": found.holdout_days,
        "customers": found.customers,
        "returning_customers": found.fit.repeat_customers,
        # α is a time scale: the paper's unit is the week.
        "r": rounded(params.r),
        "alpha_weeks": rounded(params.alpha / 7),
        "alpha_days": rounded(params.alpha),
        "a": rounded(params.a),
        "b": rounded(params.b),
        "log_likelihood": rounded(found.fit.log_likelihood, 2),
        "converged": found.fit.converged,
        "trusted": found.verdict.trusted,
        "problems": list(found.verdict.problems),
        "history_days": found.verdict.history_days,
        "not_back": found.not_back,
        "auc_p_alive": rounded(found.auc_p_alive),
        "auc_expected_visits": rounded(found.auc_expected_visits),
        "auc_overdue_rule": rounded(found.auc_overdue_rule),
        "auc_overdue_flag": rounded(found.auc_overdue_flag),
        "curve": [
            {
                "days": p.days,
                "expected": rounded(p.expected, 3),
                "actual": rounded(p.actual, 3),
                "customers": p.customers,
            }
            for p in found.curve
        ],
        "buckets": [
            {
                "repeat_visits": b.repeat_visits,
                "customers": b.customers,
                "actual": rounded(b.actual, 3),
                "predicted": rounded(b.predicted, 3),
            }
            for b in found.buckets
        ],
    }
