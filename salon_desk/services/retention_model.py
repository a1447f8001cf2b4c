"""The retention model as the shop keeps it (issue 19.5): fitted on the whole history up
to a day, stored with its date and diagnostics, and — only when trusted — each customer's
P(alive) and the visits to expect of her in the next 90 days, kept so that lists sort by
them. Counted again on a worker once a day (``ensure_fresh``) and on demand (``refit``);
a customer's figures are removed by her next visit and made again by the next count.

This module imports the model (scipy) only inside the counting functions: the window's
start and a care-log write never load it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from salon_desk.store import bulk, changes
from salon_desk.store.database import db, is_sqlite, write_transaction
from salon_desk.store.models import Customer, CustomerRetention, RetentionFit, VisitFigures

HORIZON_DAYS = 90  # "visits to expect in the next 90 days"
TURN_LOCK = 0x5A1_0B6D  # a server's PCs store the model's figures one at a time
ROWS_PER_INSERT = 5_000


@dataclass(frozen=True)
class HerRetention:
    p_alive: float
    expected_90: float
    as_of: dt.date


def _model_figures(params: Any, data: Any) -> tuple[Any, Any]:
    """Each customer's P(alive) and visits expected in HORIZON_DAYS (computed before the
    write, which then holds the lock only to store them)."""
    from salon_desk.services import bgnbd

    alive = bgnbd.p_alive(params, data.x, data.t_x, data.big_t)
    expected = bgnbd.expected_visits(params, HORIZON_DAYS, data.x, data.t_x, data.big_t)
    return alive, expected


def _keep(fit: RetentionFit, today: dt.date, data: Any, figures: tuple[Any, Any]) -> None:
    """Store the figures of the customers whose last visit is still the one read (inside
    the write: one who came while the model counted keeps none until the next count)."""
    alive, expected = figures
    last_now = dict(
        VisitFigures.select(VisitFigures.customer, VisitFigures.last_visit_day).tuples()
    )
    rows = [
        {"customer": customer_id, "p_alive": float(p), "expected_90": float(e),
         "as_of": today, "fit": fit.id}
        for customer_id, last, p, e in zip(data.customer_ids, data.last_day, alive, expected,
                                           strict=True)
        if last_now.get(customer_id) == last
    ]  # fmt: skip
    for start in range(0, len(rows), ROWS_PER_INSERT):
        bulk.insert_rows(CustomerRetention, rows[start : start + ROWS_PER_INSERT])


def _take_turn() -> None:
    """Inside the write: on a server, wait for another PC storing the model's figures
    (each deletes and inserts the same rows); SQLite's IMMEDIATE transaction already
    holds the whole file."""
    if not is_sqlite():
        db.execute_sql(f"SELECT pg_advisory_xact_lock({db.param})", (TURN_LOCK,))


def latest(shop_id: int | None = None) -> RetentionFit | None:
    """The latest fit of the whole file (or of one shop)."""
    query = RetentionFit.select().where(
        RetentionFit.shop.is_null() if shop_id is None else RetentionFit.shop == shop_id
    )
    return query.order_by(RetentionFit.as_of.desc(), RetentionFit.id.desc()).first()


def refit(today: dt.date | None = None, unless_fitted: bool = False) -> RetentionFit:
    """Fit the whole file's history to ``today``, store it, and keep every customer's
    figures by it when it is trusted (remove them all when not). ``unless_fitted``: if
    another PC stored today's fit while this one counted, keep that one."""
    from salon_desk.services import bgnbd, bgnbd_data

    today = today or dt.date.today()
    days = bgnbd_data.visit_days(today)
    data = bgnbd_data.summaries(days, today)
    result = bgnbd.fit(data.x, data.t_x, data.big_t)
    verdict = bgnbd.diagnose(result, data.history_days, data.shop_usual_gap())
    params = result.params
    figures = _model_figures(params, data) if verdict.trusted else None
    with write_transaction():
        _take_turn()
        done = latest() if unless_fitted else None
        if done is not None and done.as_of == today:
            return done
        fit = RetentionFit.create(
            as_of=today,
            r=params.r,
            alpha=params.alpha,
            a=params.a,
            b=params.b,
            log_likelihood=result.log_likelihood,
            customers=result.customers,
            returning=result.repeat_customers,
            history_days=data.history_days,
            usual_gap_days=data.shop_usual_gap(),
            trusted=verdict.trusted,
            problems=",".join(verdict.problems),
        )
        CustomerRetention.delete().execute()
        if figures is not None:
            _keep(fit, today, data, figures)
        changes.note(changes.Changes(catalogues=True))  # every list shows them afresh
    return fit


def _unmade() -> list[int]:
    """Customers on file with visits but no figures: a visit since the count."""
    rows = (
        VisitFigures.select(VisitFigures.customer)
        .join(Customer, on=(Customer.id == VisitFigures.customer))
        .where(
            Customer.archived_at.is_null()
            & Customer.erased_at.is_null()
            & VisitFigures.customer.not_in(CustomerRetention.select(CustomerRetention.customer))
        )
        .tuples()
    )
    return [int(customer_id) for (customer_id,) in rows]


def ensure_fresh(today: dt.date | None = None) -> bool:
    """Once a day the whole fit again; in between, only the customers whose figures a
    visit removed, by the day's fit (a few customers: milliseconds, not a refit). True
    when anything was counted."""
    from salon_desk.services import bgnbd, bgnbd_data

    today = today or dt.date.today()
    fit = latest()
    if fit is None or fit.as_of != today:
        refit(today, unless_fitted=True)
        return True
    if not fit.trusted:
        return False
    unmade = _unmade()
    if not unmade:
        return False
    days = bgnbd_data.visit_days(today, only=unmade)
    data = bgnbd_data.summaries(days, today)
    figures = _model_figures(bgnbd.Params(fit.r, fit.alpha, fit.a, fit.b), data)
    with write_transaction():
        _take_turn()
        forget(data.customer_ids)
        _keep(fit, today, data, figures)
        changes.note_visits(data.customer_ids)  # (their rows on screen are read again)
    return True


def forget(customer_ids: list[int]) -> None:
    CustomerRetention.delete().where(CustomerRetention.customer.in_(customer_ids)).execute()


def of_customer(customer_id: int) -> HerRetention | None:
    """Her figures by the latest trusted fit, if made since her last visit."""
    row = CustomerRetention.get_or_none(CustomerRetention.customer == customer_id)
    return None if row is None else HerRetention(row.p_alive, row.expected_90, row.as_of)
