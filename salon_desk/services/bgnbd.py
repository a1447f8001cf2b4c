"""The BG/NBD model of repeat visits (Fader, Hardie & Lee, "Counting Your Customers the
Easy Way", Marketing Science 24(2), 2005; issue 19), as pure functions on numpy arrays.

A customer visits at her own rate λ while she is "alive" (λ varies between customers as
Gamma(r, α)); after each visit she drops out for good with her own probability p (Beta(a,
b) between customers). From each customer's repeat visits x, the time of her last visit
t_x and her age T (from her first visit to the end of the history, all in the same unit)
the four parameters are fitted by maximum likelihood; then P(alive) and the visits to
expect in the next t follow in closed form. No Qt, no database: the callers give the
summaries.

Numerics: the log-likelihood is summed in log space (``gammaln``/``betaln``, the two
terms of a customer with repeat visits joined by ``logaddexp``), the parameters are
optimised as logarithms so they stay positive, and the expected visits use the Gaussian
hypergeometric function ``hyp2f1``, all as the paper's equations (6), (7) and (10) state.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import optimize, special

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Params:
    r: float
    alpha: float  # in the unit of t_x and T (the paper's weeks; days in the app)
    a: float
    b: float

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.r, self.alpha, self.a, self.b)


@dataclass(frozen=True)
class Fit:
    params: Params
    log_likelihood: float
    converged: bool
    customers: int
    repeat_customers: int  # with at least one repeat visit
    message: str = ""


def _arrays(x: ArrayLike, t_x: ArrayLike, big_t: ArrayLike) -> tuple[Floats, Floats, Floats]:
    return (
        np.asarray(x, dtype=np.float64),
        np.asarray(t_x, dtype=np.float64),
        np.asarray(big_t, dtype=np.float64),
    )


def log_likelihoods(params: Params, x: ArrayLike, t_x: ArrayLike, big_t: ArrayLike) -> Floats:
    """Each customer's log-likelihood (the paper's equation 6, in logs)."""
    r, alpha, a, b = params.as_tuple()
    x, t_x, big_t = _arrays(x, t_x, big_t)
    first = special.gammaln(r + x) - special.gammaln(r) + r * np.log(alpha)
    stayed = special.betaln(a, b + x) - special.betaln(a, b) - (r + x) * np.log(alpha + big_t)
    repeat = x > 0
    # (b + x - 1 > 0 wherever x > 0; elsewhere the term is not used, so any safe value)
    left = np.where(repeat, b + x - 1, 1.0)
    dropped = special.betaln(a + 1, left) - special.betaln(a, b) - (r + x) * np.log(alpha + t_x)
    return first + np.where(repeat, np.logaddexp(stayed, dropped), stayed)


def log_likelihood(params: Params, x: ArrayLike, t_x: ArrayLike, big_t: ArrayLike) -> float:
    return float(np.sum(log_likelihoods(params, x, t_x, big_t)))


START = Params(1.0, 1.0, 1.0, 1.0)
# Each parameter's logarithm stays within these: far enough for any real salon (a and b
# from 0.00005 to 160,000), near enough that a fit running to an edge stops there in a
# few steps instead of wandering (diagnose then names the edge).
LOG_BOUNDS = (-10.0, 12.0)


def fit(x: ArrayLike, t_x: ArrayLike, big_t: ArrayLike, start: Params | None = None) -> Fit:
    """Maximum likelihood over log(r), log(α), log(a), log(b): L-BFGS-B within LOG_BOUNDS;
    where it stalls (no success reported), Nelder–Mead from its answer — no gradient, it
    settles where the quasi-Newton steps cannot — and the better of the two kept. (Always
    running both cost 2½ times the likelihood's evaluations for the same digits: a chain
    fits each shop apart every day.)"""
    x, t_x, big_t = _arrays(x, t_x, big_t)
    # The same customers' summaries once, with how many share them: the likelihood is
    # then a weighted sum over far fewer rows (a salon's customers repeat a few patterns).
    rows = np.column_stack([x, t_x, big_t])
    unique, counts = np.unique(rows, axis=0, return_counts=True)
    ux, ut, u_big_t = unique[:, 0], unique[:, 1], unique[:, 2]
    weights = counts.astype(np.float64)
    if start is None:  # α is a time scale: start it at the customers' typical age
        start = Params(1.0, float(max(np.median(big_t), 1.0)) if big_t.size else 1.0, 1.0, 1.0)

    def negative(logs: Floats) -> float:
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            lls = log_likelihoods(Params(*np.exp(logs)), ux, ut, u_big_t)
            value = -float(np.sum(weights * lls))
        return value if np.isfinite(value) else 1e300

    bounds = [LOG_BOUNDS] * 4
    begin = np.clip(np.log(np.array(start.as_tuple())), *LOG_BOUNDS)
    quick = optimize.minimize(negative, begin, method="L-BFGS-B", bounds=bounds)
    best, converged = quick, bool(quick.success)
    if not converged:
        settled = optimize.minimize(
            negative,
            quick.x,
            method="Nelder-Mead",
            bounds=bounds,
            options={"maxiter": 800, "xatol": 1e-7, "fatol": 1e-7},
        )
        best, converged = (settled if settled.fun <= quick.fun else quick), bool(settled.success)
    params = Params(*(float(v) for v in np.exp(best.x)))
    return Fit(
        params=params,
        log_likelihood=-float(best.fun),
        converged=converged,
        customers=int(x.size),
        repeat_customers=int(np.count_nonzero(x > 0)),
        message=str(best.message),
    )


def p_alive(params: Params, x: ArrayLike, t_x: ArrayLike, big_t: ArrayLike) -> Floats:
    """P(still active | x, t_x, T) — the paper's equation (12): a customer with no repeat
    visit has never had a chance to drop out, so 1."""
    r, alpha, a, b = params.as_tuple()
    return 1.0 / (1.0 + _dropout_odds(r, alpha, a, b, *_arrays(x, t_x, big_t)))


def _dropout_odds(
    r: float, alpha: float, a: float, b: float, x: Floats, t_x: Floats, big_t: Floats
) -> Floats:
    """The odds that she has dropped out given (x, t_x, T) — the term P(alive) and the
    expected visits both divide by (plus one); 0 without a repeat visit."""
    repeat = x > 0
    left = np.where(repeat, b + x - 1, 1.0)  # (any safe value where not used)
    ratio = np.exp((r + x) * (np.log(alpha + big_t) - np.log(alpha + t_x)))
    return np.where(repeat, (a / left) * ratio, 0.0)


def _off_one(a: float) -> float:
    """The expectations divide by a - 1: at a = 1 exactly (a fit that never moved from
    its start) the value is the limit, which a step of a millionth reaches."""
    return a + 1e-6 if abs(a - 1.0) < 1e-9 else a


def expected_visits(
    params: Params, t: float, x: ArrayLike, t_x: ArrayLike, big_t: ArrayLike
) -> Floats:
    """Visits to expect in the next ``t`` from a customer with (x, t_x, T): the paper's
    equation (10)."""
    r, alpha, a, b = params.as_tuple()
    a = _off_one(a)
    x, t_x, big_t = _arrays(x, t_x, big_t)
    later = alpha + big_t + t
    hyper = special.hyp2f1(r + x, b + x, a + b + x - 1, t / later)
    head = (a + b + x - 1) / (a - 1)
    body = 1.0 - np.exp((r + x) * (np.log(alpha + big_t) - np.log(later))) * hyper
    return head * body / (1.0 + _dropout_odds(r, alpha, a, b, x, t_x, big_t))


def expected_repeat_visits(params: Params, t: ArrayLike) -> Floats:
    """Repeat visits a newly arrived customer makes in her first ``t`` — the paper's
    equation (7), the curve a shop's actual repeat visits are compared with."""
    r, alpha, a, b = params.as_tuple()
    a = _off_one(a)
    t = np.asarray(t, dtype=np.float64)
    hyper = special.hyp2f1(r, b, a + b - 1, t / (alpha + t))
    return (a + b - 1) / (a - 1) * (1.0 - (alpha / (alpha + t)) ** r * hyper)


# When a fit means nothing (issue 19.3). On a short history the likelihood is flat in the
# dropout direction: a → 0 and b → ∞ fit as well as anything, and every customer gets
# P(alive) = 1. The model is trusted only away from those edges, with enough customers
# who came back, over a history several usual gaps long.
MIN_RETURNING = 30
MIN_HISTORY_GAPS = 4  # the history spans at least this many of the shop's usual gaps
# No visit at all in the last STALE_GAPS usual gaps (at least STALE_MIN_DAYS): the file's
# record has stopped (an old import, a closed season), not every customer left at once.
STALE_GAPS, STALE_MIN_DAYS = 2, 30
EDGE_A = 0.01  # a or b below this: dropout all or nothing, no middle
EDGE_B = 1_000.0  # b above this: dropout never happens
EDGE_R_ALPHA = 1e6  # r or α beyond this: the visit rate is not pinned down


@dataclass(frozen=True)
class Verdict:
    trusted: bool
    problems: tuple[str, ...]  # not_converged, edge, few_returning, short_history, stale
    history_days: float
    returning: int


def diagnose(
    result: Fit, history_days: float, usual_gap_days: float | None, quiet_days: float = 0.0
) -> Verdict:
    """Whether the fitted model can be shown; if not, why (the window says it plainly).
    ``quiet_days``: days from the latest visit on record to the history's end."""
    params = result.params
    problems = []
    if not result.converged or not np.isfinite(result.log_likelihood):
        problems.append("not_converged")
    if (
        min(params.a, params.b) < EDGE_A
        or params.b > EDGE_B
        or max(params.r, params.alpha) > EDGE_R_ALPHA
        or min(params.r, params.alpha) < 1 / EDGE_R_ALPHA
    ):
        problems.append("edge")
    if result.repeat_customers < MIN_RETURNING:
        problems.append("few_returning")
    if usual_gap_days is None or history_days < MIN_HISTORY_GAPS * usual_gap_days:
        problems.append("short_history")
    if usual_gap_days is not None and quiet_days > max(STALE_GAPS * usual_gap_days, STALE_MIN_DAYS):
        problems.append("stale")
    return Verdict(not problems, tuple(problems), history_days, result.repeat_customers)
