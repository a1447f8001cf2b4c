"""Each customer's visit figures that do not depend on today (issue 15.1): how many valid
visits, the first and the last, her usual gap in days, the score at her last visit.

They are derived, never entered. Every write of her care log calls ``refresh`` for her in
the same transaction, so the frequency table, the charts and the customer list read one
row per customer instead of grouping a million entries; ``differences`` recomputes them
from the entries (``salon-desk check --deep`` and the tests), ``rebuild`` makes them all
(the migration that introduced them, the scale benchmark). What depends on today (days
away, visits and spend in the last N days) is not kept: it is asked of the care log's
indexes each time, so it is right on every day without a write.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from salon_desk.store import bulk, changes
from salon_desk.store.database import db, is_sqlite
from salon_desk.store.models import CustomerRetention, VisitFigures

IDS_PER_QUERY = 500
ROWS_PER_INSERT = 5_000


class Figures(NamedTuple):
    visits: int
    first_visit_at: dt.datetime  # naive UTC, as stored
    last_visit_at: dt.datetime
    # The salon's calendar day of her last visit (date.toordinal()): "days away" is then
    # a subtraction, with no time-zone work per customer.
    last_visit_day: int
    usual_gap_days: float | None  # median gap between her local visit days
    last_satisfaction: int | None  # of her latest entry (None if it had no score)


def usual_gap(gaps_in_days: Sequence[float]) -> float | None:
    """Her usual number of days between visits: the median, so one long trip abroad
    does not make a three-weekly regular look like a rare visitor."""
    return float(statistics.median(gaps_in_days)) if gaps_in_days else None


def _moment(value: Any) -> dt.datetime:
    # SQLite hands back the stored text, PostgreSQL a datetime.
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def _local_day(stored: dt.datetime) -> dt.date:
    """The salon's calendar day of a stored UTC moment (each moment with its own offset,
    so a summer-time evening visit stays on its day)."""
    return stored.replace(tzinfo=dt.UTC).astimezone().date()


def _figures(visits: list[tuple[Any, Any, Any]]) -> Figures:
    moments = [_moment(visited_at) for _, visited_at, _ in visits]
    days = [_local_day(moment) for moment in moments]
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(days)]
    return Figures(
        len(visits), moments[0], moments[-1], days[-1].toordinal(), usual_gap(gaps), visits[-1][2]
    )


_ENTRIES = (
    "SELECT customer_id, visited_at, satisfaction FROM care_log WHERE voided_at IS NULL{only}"
    " ORDER BY customer_id, visited_at, id"
)


def _entries(customer_ids: Sequence[int] | None) -> Iterator[tuple[Any, Any, Any]]:
    """Valid entries in customer and time order (the partial index care_log_valid_visits
    serves the order without a sort)."""
    if customer_ids is None:
        yield from db.execute_sql(_ENTRIES.format(only=""))
        return
    for start in range(0, len(customer_ids), IDS_PER_QUERY):
        only, params = _among(customer_ids[start : start + IDS_PER_QUERY])
        yield from db.execute_sql(_ENTRIES.format(only=only), params)


def compute(customer_ids: Iterable[int] | None = None) -> dict[int, Figures]:
    """Recomputed from the care log: every customer with a valid visit (of ``customer_ids``
    when given; one who has none gets no figures)."""
    ids = None if customer_ids is None else sorted(set(customer_ids))
    return {
        customer_id: _figures(list(visits))
        for customer_id, visits in itertools.groupby(_entries(ids), key=lambda row: row[0])
    }


def _write(figures: dict[int, Figures]) -> None:
    rows = [{"customer": customer_id, **kept._asdict()} for customer_id, kept in figures.items()]
    for start in range(0, len(rows), ROWS_PER_INSERT):
        bulk.insert_rows(VisitFigures, rows[start : start + ROWS_PER_INSERT])


def refresh(customer_ids: Iterable[int]) -> None:
    """Bring these customers' figures up to date; call inside the write's transaction."""
    ids = sorted(set(customer_ids))
    changes.note_visits(ids)
    for start in range(0, len(ids), IDS_PER_QUERY):
        part = ids[start : start + IDS_PER_QUERY]
        VisitFigures.delete().where(VisitFigures.customer.in_(part)).execute()
        # Her P(alive) was of her old visits: the next count makes it again (19.5).
        CustomerRetention.delete().where(CustomerRetention.customer.in_(part)).execute()
        renumber(part)
    _write(compute(ids))


def rebuild() -> None:
    """Every customer's figures and entry ranks from her entries (inside the caller's
    transaction)."""
    renumber()
    rebuild_figures()
    if db.table_exists(CustomerRetention._meta.table_name):  # (schema 29 on)
        CustomerRetention.delete().execute()  # of the visits before: counted again (19.5)


def rebuild_figures() -> None:
    """Every customer's figures alone (the migration to schema 7, before ranks existed)."""
    VisitFigures.delete().execute()
    _write(compute())


# Her valid entries numbered from her latest (the order the figures read them in, turned).
_RANKED = """
SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY visited_at DESC, id DESC)
  AS recent_rank
FROM care_log WHERE voided_at IS NULL{only}"""


def _differs() -> str:
    # Null-safe "not equal": IS DISTINCT FROM is SQLite's only from 3.39.
    return "IS NOT" if is_sqlite() else "IS DISTINCT FROM"


def renumber(customer_ids: Sequence[int] | None = None) -> None:
    """CareLog.recent_rank of these customers' entries (everyone's when None): rewritten
    only where it changed (a new visit moves each of hers down one), None when voided."""
    only, params = ("", []) if customer_ids is None else _among(customer_ids)
    db.execute_sql(
        f"UPDATE care_log SET recent_rank = ranked.recent_rank FROM ({_RANKED.format(only=only)})"
        f" AS ranked WHERE care_log.id = ranked.id"
        f" AND care_log.recent_rank {_differs()} ranked.recent_rank",
        params,
    )
    db.execute_sql(
        "UPDATE care_log SET recent_rank = NULL"
        f" WHERE voided_at IS NOT NULL AND recent_rank IS NOT NULL{only}",
        params,
    )


def _among(customer_ids: Sequence[int]) -> tuple[str, list[Any]]:
    marks = ", ".join([db.param] * len(customer_ids))
    return f" AND customer_id IN ({marks})", list(customer_ids)


def misranked(limit: int) -> list[int]:
    """Customers with an entry whose recent_rank is not its place from her latest."""
    rows = db.execute_sql(
        f"SELECT DISTINCT c.customer_id FROM care_log c"
        f" LEFT JOIN ({_RANKED.format(only='')}) r ON r.id = c.id"
        f" WHERE c.recent_rank {_differs()} r.recent_rank ORDER BY 1 LIMIT {int(limit)}"
    ).fetchall()
    return [customer_id for (customer_id,) in rows]


def _entries_latest_first(customer_id: int) -> list[tuple[int, int | None, bool]]:
    """Her entries as (id, recent_rank as kept, valid), latest first, voided ones too."""
    return [
        (entry_id, rank, bool(valid))
        for entry_id, rank, valid in db.execute_sql(
            f"SELECT id, recent_rank, voided_at IS NULL FROM care_log"
            f" WHERE customer_id = {db.param} ORDER BY visited_at DESC, id DESC",
            [customer_id],
        ).fetchall()
    ]


def stored(customer_ids: Iterable[int] | None = None) -> dict[int, Figures]:
    query = VisitFigures.select(
        VisitFigures.customer,
        VisitFigures.visits,
        VisitFigures.first_visit_at,
        VisitFigures.last_visit_at,
        VisitFigures.last_visit_day,
        VisitFigures.usual_gap_days,
        VisitFigures.last_satisfaction,
    )
    if customer_ids is not None:
        query = query.where(VisitFigures.customer.in_(sorted(set(customer_ids))))
    return {row[0]: Figures(*row[1:]) for row in query.tuples()}


class Difference(NamedTuple):
    customer_id: int
    kept: Figures | Ranks | None
    recomputed: Figures | Ranks | None


def differences(limit: int = 100) -> list[Difference]:
    """Customers whose kept figures differ from what their entries give, then those whose
    entries' kept ranks are wrong (at most ``limit`` in all)."""
    recomputed = compute()
    kept = stored()
    found = []
    for customer_id in sorted(recomputed.keys() | kept.keys()):
        if kept.get(customer_id) != recomputed.get(customer_id):
            found.append(
                Difference(customer_id, kept.get(customer_id), recomputed.get(customer_id))
            )
            if len(found) >= limit:
                return found
    for customer_id in misranked(limit - len(found)):
        entries = _entries_latest_first(customer_id)
        valid = [entry_id for entry_id, _, is_valid in entries if is_valid]
        kept_ranks = tuple((entry_id, rank) for entry_id, rank, _ in entries)
        right = tuple((entry_id, valid.index(entry_id) + 1 if is_valid else None)
                      for entry_id, _, is_valid in entries)  # fmt: skip
        found.append(Difference(customer_id, Ranks(kept_ranks), Ranks(right)))
    return found


class Ranks(NamedTuple):
    """Her entries as (id, recent_rank), latest first: what a rank difference shows."""

    entries: tuple[tuple[int, int | None], ...]
