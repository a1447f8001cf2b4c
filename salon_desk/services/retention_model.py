"""The retention model as the shop keeps it (issue 19.5): fitted on the whole history up
to a day, stored with its date and diagnostics, and — only when trusted — each customer's
P(alive) and the visits to expect of her in the next 90 days, kept so that lists sort by
them; a chain fits each shop's own customers apart. Counted again on a worker once a day
(``ensure_fresh``) and on demand (``refit``); a customer's figures are removed by her next
visit and made again by the next count.

This module imports the model (scipy) only inside the counting functions: the window's
start and a care-log write never load it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salon_desk.services import shops
from salon_desk.store import bulk, changes
from salon_desk.store.database import db, is_sqlite, write_transaction
from salon_desk.store.models import Customer, CustomerRetention, RetentionFit, VisitFigures

HORIZON_DAYS = 90  # "visits to expect in the next 90 days"
TURN_LOCK = 0x5A1_0B6D  # a server's PCs store the model's figures one at a time
ROWS_PER_INSERT = 5_000
IDS_PER_QUERY = 500


@dataclass(frozen=True)
class HerRetention:
    p_alive: float | None  # None: she has not come back yet
    expected_90: float
    as_of: dt.date


def _model_figures(params: Any, data: Any) -> tuple[Any, Any]:
    """Each customer's P(alive) — NaN for one who has not come back, whom the model holds
    certainly alive however long away — and visits expected in HORIZON_DAYS (computed
    before the write, which then holds the lock only to store them)."""
    import numpy as np

    from salon_desk.services import bgnbd

    alive = np.where(data.x > 0, bgnbd.p_alive(params, data.x, data.t_x, data.big_t), np.nan)
    expected = bgnbd.expected_visits(params, HORIZON_DAYS, data.x, data.t_x, data.big_t)
    return alive, expected


def _last_visit_days(among: list[int] | None = None) -> dict[int, int]:
    """Each customer's last visit day (an ordinal) as stored now (of ``among`` only)."""
    query = VisitFigures.select(VisitFigures.customer, VisitFigures.last_visit_day)
    if among is None:
        return dict(query.tuples())
    found: dict[int, int] = {}
    for start in range(0, len(among), IDS_PER_QUERY):
        chunk = among[start : start + IDS_PER_QUERY]
        found.update(query.where(VisitFigures.customer.in_(chunk)).tuples())
    return found


def _keep(
    fit: RetentionFit,
    today: dt.date,
    data: Any,
    figures: tuple[Any, Any],
    last_now: dict[int, int],
) -> None:
    """Store the figures of the customers whose last visit is still the one read
    (``last_now``, read inside the write: one who came while the model counted keeps none
    until the next count)."""
    alive, expected = figures
    rows = [
        {"customer": customer_id, "p_alive": None if p != p else float(p),  # (NaN: none)
         "expected_90": float(e),
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


def fitted_groups() -> list[int | None]:
    """Whose histories are fitted apart: in a chain each shop's own customers (her home
    shop; shops differ in how their customers come and go), in a single salon the whole
    file (None)."""
    if not shops.is_chain():
        return [None]
    return [row.id for row in shops.list_shops(include_closed=True)]


def current() -> list[RetentionFit]:
    """The latest fit of each group fitted now (a group never fitted has none)."""
    return [fit for fit in map(latest, fitted_groups()) if fit is not None]


def in_use(shop_id: int | None = None) -> bool:
    """Whether the model's figures may be shown: the shop's fit is trusted (a chain seen
    whole: any shop's)."""
    if shop_id is not None and shops.is_chain():
        fit = latest(shop_id)
        return fit is not None and bool(fit.trusted)
    return any(fit.trusted for fit in current())


@dataclass(frozen=True)
class FitInUse:
    """A group's latest fit as the manager sees it."""

    shop_name: str  # "" for the whole file of a single salon
    as_of: dt.date
    customers: int
    verdict: Any  # bgnbd.Verdict


def fits_in_use() -> list[FitInUse]:
    """The latest fit of each group fitted now, with the shop's name (loads the model)."""
    from salon_desk.services import bgnbd

    names = {row.id: row.name for row in shops.list_shops(include_closed=True)}
    return [
        FitInUse(
            names.get(fit.shop_id, "") if fit.shop_id is not None else "",
            fit.as_of,
            fit.customers,
            bgnbd.Verdict(
                bool(fit.trusted),
                tuple(code for code in fit.problems.split(",") if code),
                fit.history_days,
                fit.returning,
            ),
        )
        for fit in current()
    ]


@dataclass(frozen=True)
class _Counted:
    shop_id: int | None
    result: Any  # bgnbd.Fit
    verdict: Any  # bgnbd.Verdict
    data: Any  # bgnbd_data.Summaries
    figures: tuple[Any, Any] | None


def _visit_days_by_group(today: dt.date, groups: list[int | None]) -> dict[Any, Any]:
    """Each group's customers' visit days, the whole file read once (a chain's shops
    parted by each customer's home shop)."""
    from salon_desk.services import bgnbd_data

    every = bgnbd_data.visit_days(today)
    if groups == [None]:
        return {None: every}
    home = bgnbd_data.home_shops()
    parts: dict[Any, dict[int, list[int]]] = {group: {} for group in groups}
    for customer_id, days in every.items():
        parts.setdefault(home.get(customer_id), {})[customer_id] = days
    return parts


def _count(shop_id: int | None, days: dict[int, list[int]], today: dt.date) -> _Counted | None:
    """One group's fit and, when trusted, its customers' figures (None: no customers)."""
    from salon_desk.services import bgnbd, bgnbd_data

    data = bgnbd_data.summaries(days, today)
    if not data.customer_ids:
        return None
    result = bgnbd.fit(data.x, data.t_x, data.big_t)
    verdict = bgnbd.diagnose(result, data.history_days, data.shop_usual_gap(), data.quiet_days)
    figures = _model_figures(result.params, data) if verdict.trusted else None
    return _Counted(shop_id, result, verdict, data, figures)


def _store(today: dt.date, counted: _Counted, last_now: dict[int, int]) -> RetentionFit:
    params, data = counted.result.params, counted.data
    fit = RetentionFit.create(
        shop=counted.shop_id,
        as_of=today,
        r=params.r,
        alpha=params.alpha,
        a=params.a,
        b=params.b,
        log_likelihood=counted.result.log_likelihood,
        customers=counted.result.customers,
        returning=counted.result.repeat_customers,
        history_days=data.history_days,
        usual_gap_days=data.shop_usual_gap(),
        trusted=counted.verdict.trusted,
        problems=",".join(counted.verdict.problems),
    )
    if counted.figures is not None:
        _keep(fit, today, data, counted.figures, last_now)
    return fit


def refit(today: dt.date | None = None, unless_fitted: bool = False) -> list[RetentionFit]:
    """Fit each group's history (fitted_groups) to ``today``, store the fits, and keep
    every customer's figures by her group's fit where it is trusted (none where not).
    ``unless_fitted``: if another PC stored today's fits while this one counted, keep
    those."""
    today = today or dt.date.today()
    groups = fitted_groups()
    days = _visit_days_by_group(today, groups)
    counts = [found for group in groups if (found := _count(group, days[group], today))]
    with write_transaction():
        _take_turn()
        if unless_fitted:
            done = current()
            if done and all(fit.as_of == today for fit in done):
                return done
        CustomerRetention.delete().execute()
        last_now = _last_visit_days() if any(c.figures is not None for c in counts) else {}
        fits = [_store(today, counted, last_now) for counted in counts]
        changes.note(changes.Changes(catalogues=True))  # every list shows them afresh
    return fits


def _unmade(groups: list[int | None]) -> dict[int | None, list[int]]:
    """Customers on file with visits but no figures (a visit since the count), by the
    group (of ``groups``, fitted_groups) whose fit counts them."""
    from salon_desk.services.bgnbd_data import HOME_SHOP_SQL

    rows = (
        VisitFigures.select(VisitFigures.customer, pw.SQL(HOME_SHOP_SQL))
        .join(Customer, on=(Customer.id == VisitFigures.customer))
        .where(
            Customer.archived_at.is_null()
            & Customer.erased_at.is_null()
            & VisitFigures.customer.not_in(CustomerRetention.select(CustomerRetention.customer))
        )
        .tuples()
    )
    by_group: dict[int | None, list[int]] = {}
    for customer_id, home_shop in rows:
        group = None if groups == [None] else int(home_shop)
        by_group.setdefault(group, []).append(int(customer_id))
    return by_group


def ensure_fresh(today: dt.date | None = None) -> bool:
    """Once a day every group's fit again; in between, only the customers whose figures a
    visit removed, by their group's fit of the day (a few customers: milliseconds, not a
    refit). True when anything was counted."""
    from salon_desk.services import bgnbd, bgnbd_data

    today = today or dt.date.today()
    groups = fitted_groups()
    fits = {group: latest(group) for group in groups}
    # (All groups are stored together; a shop without customers has no fit at all.)
    if not any(fit is not None and fit.as_of == today for fit in fits.values()):
        refit(today, unless_fitted=True)
        return True
    if not any(fit is not None and fit.trusted for fit in fits.values()):
        return False  # (no figures to make: the half-hourly look costs one query per shop)
    counted = False
    for group, unmade in _unmade(groups).items():
        fit = fits.get(group)
        if fit is None or not fit.trusted:
            continue
        data = bgnbd_data.summaries(bgnbd_data.visit_days(today, only=unmade), today)
        figures = _model_figures(bgnbd.Params(fit.r, fit.alpha, fit.a, fit.b), data)
        with write_transaction():
            _take_turn()
            forget(data.customer_ids)
            _keep(fit, today, data, figures, _last_visit_days(data.customer_ids))
            changes.note_visits(data.customer_ids)  # (their rows on screen are read again)
        counted = True
    return counted


def forget(customer_ids: list[int]) -> None:
    CustomerRetention.delete().where(CustomerRetention.customer.in_(customer_ids)).execute()


def of_customer(customer_id: int) -> HerRetention | None:
    """Her figures by the latest trusted fit, if made since her last visit."""
    row = CustomerRetention.get_or_none(CustomerRetention.customer == customer_id)
    return None if row is None else HerRetention(row.p_alive, row.expected_90, row.as_of)
