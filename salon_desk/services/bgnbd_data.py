"""Each customer's visit days, as the BG/NBD model counts them (issue 19.1): her valid
visits as the salon's local calendar days, several visits of one day counted once, up to a
day (history after it ignored); and from those days the model's summary — repeat visits x,
the day of the last one t_x and her age T, in days from her first visit.

A chain's million visits are read in customer order from the index of valid visits, and
each stored UTC moment becomes a local day through a table of the hours met so far (the
same hour of the same day always falls on the same local day), not a time-zone
conversion per visit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from salon_desk.services.bgnbd import Floats
from salon_desk.services.clock import day_start, from_stored
from salon_desk.store.database import db


def _local_days() -> Any:
    """A function from a stored moment (SQLite's text or a server's datetime) to its local
    day's ordinal: each UTC hour's local start is converted once — its day and the minutes
    left in that day — and a moment's minutes past the hour either stay in that day or
    pass into the next (offsets are whole minutes, so the seconds never change the day)."""
    known: dict[Any, tuple[int, int]] = {}

    def local_day(stored: Any) -> int:
        if isinstance(stored, str):
            key, minutes = stored[:13], int(stored[14:16])
        else:
            key, minutes = stored.replace(minute=0, second=0, microsecond=0), stored.minute
        start = known.get(key)
        if start is None:
            hour = dt.datetime.fromisoformat(f"{key}:00") if isinstance(key, str) else key
            local = from_stored(hour)
            start = known[key] = (local.toordinal(), 1440 - local.hour * 60 - local.minute)
        day, minutes_left = start
        return day + 1 if minutes >= minutes_left else day

    return local_day


IDS_PER_QUERY = 500


# A customer's shop for the model: her home shop (none on file: the first shop). Each
# customer is in one shop's fit (the screens' "a shop's customers" also counts those who
# visited it lately, in two shops at once). Unqualified: only the customer table has it.
HOME_SHOP_SQL = "COALESCE(home_shop_id, (SELECT MIN(id) FROM shop))"


def home_shops() -> dict[int, int]:
    """Each customer's shop for the model (HOME_SHOP_SQL), for parting a chain's visit
    days — read once — into each shop's fit."""
    rows = db.execute_sql(f"SELECT id, {HOME_SHOP_SQL} FROM customer")
    return {int(customer_id): int(shop_id) for customer_id, shop_id in rows}


def visit_days(
    until: dt.date, shop_id: int | None = None, only: list[int] | None = None
) -> dict[int, list[int]]:
    """Per customer (not archived or erased; of one home shop when asked — a file
    without one goes with the first shop —; of ``only`` when given), the distinct local
    days of her valid visits up to and including ``until``, in order, as ordinals."""
    if only is not None:
        found: dict[int, list[int]] = {}
        for start in range(0, len(only), IDS_PER_QUERY):
            found.update(_visit_days(until, shop_id, only[start : start + IDS_PER_QUERY]))
        return found
    return _visit_days(until, shop_id, None)


def _visit_days(
    until: dt.date, shop_id: int | None, among: list[int] | None
) -> dict[int, list[int]]:
    p = db.param
    where = f"l.voided_at IS NULL AND l.visited_at < {p}"
    params: list[Any] = [day_start(until + dt.timedelta(days=1))]
    if among is not None:
        where += f" AND l.customer_id IN ({', '.join([p] * len(among))})"
        params += among
    where += (
        " AND l.customer_id IN (SELECT id FROM customer"
        " WHERE archived_at IS NULL AND erased_at IS NULL"
    )
    if shop_id is not None:
        where += f" AND {HOME_SHOP_SQL} = {p}"
        params.append(shop_id)
    where += ")"
    rows = db.execute_sql(
        f"SELECT l.customer_id, l.visited_at FROM care_log l WHERE {where}"
        " ORDER BY l.customer_id, l.visited_at",
        params,
    )
    local_day = _local_days()
    days: dict[int, list[int]] = {}
    for customer_id, visited_at in rows:
        day = local_day(visited_at)
        hers = days.get(customer_id)
        if hers is None:
            days[customer_id] = [day]
        elif hers[-1] != day:  # (in time order: a second visit of a day is its last one)
            hers.append(day)
    return days


@dataclass(frozen=True)
class Summaries:
    """The model's input for the customers whose first visit is on or before ``as_of``."""

    as_of: dt.date
    customer_ids: list[int]
    x: Floats  # repeat visit days
    t_x: Floats  # days from her first visit to her last
    big_t: Floats  # days from her first visit to as_of
    last_day: list[int]  # ordinals, for days away
    usual_gaps: list[float | None]  # her median gap between visit days

    @property
    def history_days(self) -> float:
        return float(self.big_t.max()) if self.big_t.size else 0.0

    @property
    def quiet_days(self) -> float:
        """Days from the latest visit of anyone to ``as_of``."""
        return float(self.as_of.toordinal() - max(self.last_day)) if self.last_day else 0.0

    def shop_usual_gap(self) -> float | None:
        """The median of the customers' usual gaps: the shop's rhythm."""
        gaps = [gap for gap in self.usual_gaps if gap is not None]
        return float(statistics.median(gaps)) if gaps else None


def summaries(days_by_customer: dict[int, list[int]], as_of: dt.date) -> Summaries:
    """Each customer's days up to ``as_of`` as (x, t_x, T); those who came only later are
    left out."""
    end = as_of.toordinal()
    ids, xs, recency, ages, last, gaps = [], [], [], [], [], []
    for customer_id, days in days_by_customer.items():
        seen = [day for day in days if day <= end] if days[-1] > end else days
        if not seen:
            continue
        ids.append(customer_id)
        xs.append(len(seen) - 1)
        recency.append(seen[-1] - seen[0])
        ages.append(end - seen[0])
        last.append(seen[-1])
        steps = [later - earlier for earlier, later in itertools.pairwise(seen)]
        gaps.append(float(statistics.median(steps)) if steps else None)
    return Summaries(
        as_of,
        ids,
        np.array(xs, dtype=np.float64),
        np.array(recency, dtype=np.float64),
        np.array(ages, dtype=np.float64),
        last,
        gaps,
    )


def days_after(
    days_by_customer: dict[int, list[int]], after: dt.date, ids: Iterable[int]
) -> Floats:
    """How many visit days each of ``ids`` had after ``after`` (the holdout's actual)."""
    start = after.toordinal()
    return np.array(
        [
            sum(1 for day in days_by_customer.get(customer_id, ()) if day > start)
            for customer_id in ids
        ],
        dtype=np.float64,
    )
