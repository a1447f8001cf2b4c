"""Hand-built visit histories: care log rows at noon, so no time zone moves their day."""

from __future__ import annotations

import datetime as dt

from salon_desk.services.clock import to_stored
from salon_desk.store import visit_figures
from salon_desk.store.models import CareLog


def add_visits(
    customer_id: int, *days_back: int, today: dt.date, amount_fen: int = 0, **extra: object
) -> None:
    for back in days_back:
        day = today - dt.timedelta(days=back)
        CareLog.create(
            customer=customer_id,
            visited_at=to_stored(dt.datetime.combine(day, dt.time(12))),
            amount_fen=amount_fen,
            **extra,
        )
    visit_figures.refresh([customer_id])  # as every write of the care log does
