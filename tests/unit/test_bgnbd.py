"""Issue 19.1–19.3: the BG/NBD model reproduces the paper on the CDNOW sample, recovers
known parameters from a simulated population, and says when a fit means nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from salon_desk.services import bgnbd
from salon_desk.services.bgnbd import Params

CDNOW = Path(__file__).resolve().parent.parent / "data" / "cdnow_customers_summary.csv"
PAPER = Params(r=0.243, alpha=4.414, a=0.793, b=2.426)


def _cdnow() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with CDNOW.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    assert len(rows) == 2357
    columns = ("frequency", "recency", "T")
    x, t_x, big_t = (np.array([float(row[c]) for row in rows]) for c in columns)
    return x, t_x, big_t


def test_the_paper_is_reproduced_on_the_cdnow_sample() -> None:
    x, t_x, big_t = _cdnow()
    result = bgnbd.fit(x, t_x, big_t)
    fitted = result.params
    assert (round(fitted.r, 3), round(fitted.alpha, 3), round(fitted.a, 3), round(fitted.b, 3)) == (
        0.243, 4.414, 0.793, 2.426,
    )  # fmt: skip
    assert round(result.log_likelihood, 1) == -9582.4
    assert result.customers == 2357 and result.repeat_customers == 946
    # The worked example: x = 2, t_x = 30.43, T = 38.86 weeks expects 1.226 purchases in
    # the next 39 weeks.
    [expected] = bgnbd.expected_visits(fitted, 39, [2], [30.43], [38.86])
    assert round(float(expected), 3) == 1.226
    # With the published (rounded) parameters the likelihood is the published one too.
    assert round(bgnbd.log_likelihood(PAPER, x, t_x, big_t), 1) == -9582.4


def test_p_alive_behaves_as_the_model_says() -> None:
    alive = bgnbd.p_alive(PAPER, [0, 2, 2, 10], [0, 30.43, 5.0, 38.0], [38.86] * 4)
    assert alive[0] == 1.0  # no repeat visit: no chance to drop out yet
    assert 0 < alive[2] < alive[1] < 1  # the same visits, the last long ago: less likely
    assert alive[3] > 0.9  # a frequent buyer seen last week
    # The population's curve starts at 0 and rises.
    curve = bgnbd.expected_repeat_visits(PAPER, [0.0, 13.0, 39.0, 78.0])
    assert curve[0] == pytest.approx(0.0) and list(curve) == sorted(curve)


def _simulate(params: Params, customers: int, horizon: float, seed: int) -> tuple:
    """Customers arriving at time 0, each with her own rate and dropout chance."""
    rng = np.random.default_rng(seed)
    rates = rng.gamma(params.r, 1 / params.alpha, customers)
    dropouts = rng.beta(params.a, params.b, customers)
    x, t_x = np.zeros(customers), np.zeros(customers)
    for n in range(customers):
        moment, visits = 0.0, 0
        while True:
            moment += rng.exponential(1 / rates[n])
            if moment > horizon:
                break
            visits += 1
            t_x[n] = moment
            if rng.random() < dropouts[n]:
                break
        x[n] = visits
    return x, t_x, np.full(customers, horizon)


def test_known_parameters_are_recovered_from_a_simulated_population() -> None:
    truth = Params(r=0.8, alpha=20.0, a=0.9, b=4.0)  # days: a visit every ~25 days
    x, t_x, big_t = _simulate(truth, 6000, horizon=540.0, seed=7)
    result = bgnbd.fit(x, t_x, big_t)
    for name, known in zip(("r", "alpha", "a", "b"), truth.as_tuple(), strict=True):
        assert getattr(result.params, name) == pytest.approx(known, rel=0.25), name
    verdict = bgnbd.diagnose(result, history_days=540.0, usual_gap_days=25.0)
    assert verdict.trusted and verdict.problems == ()


def test_a_short_history_is_not_trusted() -> None:
    """Four months of a salon where nobody has had time to leave: the fit runs to an
    edge (or says nothing) and the verdict says why, in codes the window words."""
    truth = Params(r=2.0, alpha=60.0, a=0.5, b=8.0)
    x, t_x, big_t = _simulate(truth, 400, horizon=120.0, seed=3)
    result = bgnbd.fit(x, t_x, big_t)
    verdict = bgnbd.diagnose(result, history_days=120.0, usual_gap_days=35.0)
    assert not verdict.trusted
    assert "short_history" in verdict.problems
    few = bgnbd.fit(x[:20], t_x[:20], big_t[:20])
    assert "few_returning" in bgnbd.diagnose(few, 120.0, 35.0).problems
    edge = bgnbd.Fit(Params(0.5, 10.0, 1e-5, 5e4), -100.0, True, 500, 200)
    assert bgnbd.diagnose(edge, 400.0, 30.0).problems == ("edge",)
    # A record that stopped: nobody at all for more than two usual gaps (30 days at least).
    good = bgnbd.Fit(Params(0.5, 10.0, 0.8, 3.0), -100.0, True, 500, 200)
    assert bgnbd.diagnose(good, 400.0, 20.0, quiet_days=40.0).trusted
    assert bgnbd.diagnose(good, 400.0, 20.0, quiet_days=41.0).problems == ("stale",)
    assert bgnbd.diagnose(good, 400.0, 10.0, quiet_days=30.0).trusted  # (30 days at least)


def test_the_expectations_hold_at_a_equal_to_one() -> None:
    """(a - 1) divides both: a fit that never moved from its start has a = 1 exactly."""
    at_one = Params(1.0, 30.0, 1.0, 2.0)
    near = Params(1.0, 30.0, 1.0 + 1e-4, 2.0)
    assert bgnbd.expected_repeat_visits(at_one, [90.0])[0] == pytest.approx(
        bgnbd.expected_repeat_visits(near, [90.0])[0], rel=1e-3
    )
    assert np.isfinite(bgnbd.expected_visits(at_one, 90.0, [2], [40.0], [100.0])).all()
