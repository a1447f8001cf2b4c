"""Where customers come from and whether they were worth having (issue 18.4): for each
referral channel (and each partner the shop names), the customers gained in a period —
her first visit in it — per month, their visits and spend since, and how many still came
6 and 12 months after their first visit; the customers and staff who brought the most;
and for each event of the period, who was invited, who came, and what they did after.

"Still came N months on": a visit on or after the day N months after her first. Counted
only for customers whose first visit is at least N months ago (the others could not have
yet). Customers archived or erased are left out, as every report does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from salon_desk.services.clock import day_start
from salon_desk.services.report_months import month_key, month_starts
from salon_desk.store.database import db

AFTER_EVENT_DAYS = 90  # an event's guests: visits and spend in the days after it
KEPT_MONTHS = (6, 12)
TOP_REFERRERS = 20


@dataclass(frozen=True)
class ChannelFigures:
    channel: str  # Customer.REFERRAL_CHANNELS ("" not recorded)
    partner: str  # the partner's name for the "partner" channel, else ""
    per_month: tuple[int, ...]  # gained in each month of the period
    visits: int  # the gained customers' visits since their first
    spend_fen: int  # what they paid since (at visits and for cards)
    kept: dict[int, tuple[int, int]]  # months → (still came, could have)

    @property
    def gained(self) -> int:
        return sum(self.per_month)

    def retention(self, months: int) -> float | None:
        kept, could = self.kept[months]
        return kept / could if could else None


@dataclass(frozen=True)
class Referrer:
    kind: str  # "customer" or "staff"
    referrer_id: int
    name: str
    brought: int  # customers gained in the period she (or he) brought
    spend_fen: int  # what they paid since


@dataclass(frozen=True)
class EventFigures:
    event_id: int
    name: str
    held_on: dt.date
    invited: int
    said_yes: int
    attended: int
    came_after: int  # guests who came visit within AFTER_EVENT_DAYS after it
    spend_after_fen: int  # what the guests who came paid in those days


@dataclass(frozen=True)
class ChannelReport:
    first: dt.date
    last: dt.date
    today: dt.date
    months: list[str]
    channels: list[ChannelFigures]
    referrers: list[Referrer]
    events: list[EventFigures]


@dataclass(frozen=True)
class _Gained:
    customer_id: int
    channel: str
    partner: str
    first_visit: dt.datetime
    last_visit: dt.datetime
    visits: int
    referred_by: int | None
    referred_by_staff: int | None


def _moment(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def _months_on(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    year, month = divmod(moment.month - 1 + months, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=moment.year + year, month=month + 1, day=day)
        except ValueError:
            day -= 1


def _gained_from() -> str:
    """The customers on file whose first visit is in the period (two parameters)."""
    p = db.param
    return (
        " FROM visit_figures f JOIN customer c ON c.id = f.customer_id"
        " WHERE c.archived_at IS NULL AND c.erased_at IS NULL"
        f" AND f.first_visit_at >= {p} AND f.first_visit_at < {p}"
    )


def _gained(first: dt.date, last: dt.date) -> list[_Gained]:
    rows = db.execute_sql(
        "SELECT c.id, c.referral_channel, c.referral_note, f.first_visit_at, f.last_visit_at,"
        f" f.visits, c.referred_by_id, c.referred_by_staff_id{_gained_from()}",
        [day_start(first), day_start(last + dt.timedelta(days=1))],
    ).fetchall()
    return [
        _Gained(
            int(row[0]),
            row[1] or "",
            (row[2] or "").strip() if row[1] == "partner" else "",
            _moment(row[3]),
            _moment(row[4]),
            int(row[5]),
            row[6],
            row[7],
        )
        for row in rows
    ]


def _gained_sql() -> str:
    return f"SELECT f.customer_id{_gained_from()}"


def _paid_since_first(first: dt.date, last: dt.date) -> dict[int, int]:
    """What each customer gained in the period paid from her first visit on."""
    bounds = [day_start(first), day_start(last + dt.timedelta(days=1))]
    paid: dict[int, int] = {}
    for sql in (
        "SELECT customer_id, SUM(amount_fen) FROM care_log WHERE voided_at IS NULL"
        f" AND customer_id IN ({_gained_sql()}) GROUP BY customer_id",
        "SELECT customer_id, SUM(amount_paid_fen) FROM card WHERE voided_at IS NULL"
        f" AND customer_id IN ({_gained_sql()}) GROUP BY customer_id",
    ):
        for customer_id, fen in db.execute_sql(sql, bounds).fetchall():
            paid[int(customer_id)] = paid.get(int(customer_id), 0) + int(fen or 0)
    return paid


def _still_came(person: _Gained, months: int, today: dt.date) -> bool | None:
    """None: her first visit is too recent to tell."""
    due = _months_on(person.first_visit, months)
    if due >= day_start(today + dt.timedelta(days=1)):
        return None
    return person.last_visit >= due


def _events(first: dt.date, last: dt.date) -> list[EventFigures]:
    p = db.param
    events = db.execute_sql(
        f"SELECT id, name, held_on FROM event WHERE cancelled_at IS NULL"
        f" AND held_on >= {p} AND held_on <= {p} ORDER BY held_on, id",
        [first, last],
    ).fetchall()
    found = []
    for event_id, name, held_on in events:
        held = held_on if isinstance(held_on, dt.date) else dt.date.fromisoformat(held_on)
        invited, said_yes, attended = db.execute_sql(
            "SELECT COUNT(*), SUM(CASE WHEN rsvp = 'yes' THEN 1 ELSE 0 END),"
            f" SUM(CASE WHEN attended THEN 1 ELSE 0 END) FROM event_guest WHERE event_id = {p}",
            [event_id],
        ).fetchone()
        came, spend = db.execute_sql(
            "SELECT COUNT(DISTINCT customer_id), SUM(amount_fen) FROM care_log"
            f" WHERE voided_at IS NULL AND visited_at >= {p} AND visited_at < {p}"
            " AND customer_id IN (SELECT customer_id FROM event_guest"
            f" WHERE event_id = {p} AND attended)",
            [
                day_start(held),
                day_start(held + dt.timedelta(days=AFTER_EVENT_DAYS + 1)),
                event_id,
            ],
        ).fetchone()
        found.append(
            EventFigures(
                int(event_id),
                name,
                held,
                int(invited or 0),
                int(said_yes or 0),
                int(attended or 0),
                int(came or 0),
                int(spend or 0),
            )
        )
    return found


def report(first: dt.date, last: dt.date, today: dt.date | None = None) -> ChannelReport:
    today = today or dt.date.today()
    starts = month_starts(first, last)
    keys = [month_key(start) for start in starts]
    gained = _gained(first, last)
    paid = _paid_since_first(first, last)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for person in gained:
        row = rows.setdefault(
            (person.channel, person.partner),
            {"months": [0] * len(keys), "visits": 0, "fen": 0, "kept": {}},
        )
        local = person.first_visit.replace(tzinfo=dt.UTC).astimezone()
        row["months"][keys.index(local.strftime("%Y-%m"))] += 1
        row["visits"] += person.visits
        row["fen"] += paid.get(person.customer_id, 0)
        for months in KEPT_MONTHS:
            kept, could = row["kept"].get(months, (0, 0))
            came = _still_came(person, months, today)
            if came is not None:
                kept, could = kept + int(came), could + 1
            row["kept"][months] = (kept, could)
    channels = [
        ChannelFigures(
            channel,
            partner,
            tuple(row["months"]),
            row["visits"],
            row["fen"],
            {months: row["kept"].get(months, (0, 0)) for months in KEPT_MONTHS},
        )
        for (channel, partner), row in sorted(
            rows.items(), key=lambda item: -sum(item[1]["months"])
        )
    ]
    return ChannelReport(
        first, last, today, keys, channels, _referrers(gained, paid), _events(first, last)
    )


def _referrers(gained: list[_Gained], paid: dict[int, int]) -> list[Referrer]:
    counted: dict[tuple[str, int], list[int]] = {}
    for person in gained:
        if person.referred_by is not None:
            counted.setdefault(("customer", int(person.referred_by)), []).append(person.customer_id)
        if person.referred_by_staff is not None:
            counted.setdefault(("staff", int(person.referred_by_staff)), []).append(
                person.customer_id
            )
    top = sorted(counted.items(), key=lambda item: (-len(item[1]), item[0]))[:TOP_REFERRERS]
    names = {
        kind: dict(
            db.execute_sql(
                f"SELECT id, name FROM {table} WHERE id IN ({ids})"  # ids: integers only
            ).fetchall()
        )
        for kind, table in (("customer", "customer"), ("staff", "staff"))
        if (ids := ",".join(str(i) for (k, i), _ in top if k == kind))
    }
    return [
        Referrer(
            kind,
            referrer_id,
            names.get(kind, {}).get(referrer_id, ""),
            len(brought),
            sum(paid.get(customer_id, 0) for customer_id in brought),
        )
        for (kind, referrer_id), brought in top
    ]


def customers_behind(
    found: ChannelReport,
    channel: str | None = None,
    partner: str = "",
    month: str | None = None,
    kept_months: int | None = None,
    referrer: tuple[str, int] | None = None,
) -> list[int]:
    """The customers gained in the period behind a figure: of a channel (and partner),
    in a month, those who still came ``kept_months`` on, or those a referrer brought."""
    chosen = []
    for person in _gained(found.first, found.last):
        if channel is not None and (person.channel, person.partner) != (channel, partner):
            continue
        local = person.first_visit.replace(tzinfo=dt.UTC).astimezone()
        if month is not None and local.strftime("%Y-%m") != month:
            continue
        if kept_months is not None and not _still_came(person, kept_months, found.today):
            continue
        if referrer is not None and referrer not in (
            ("customer", person.referred_by),
            ("staff", person.referred_by_staff),
        ):
            continue
        chosen.append(person.customer_id)
    return sorted(chosen)


def guests_behind(event_id: int, attended_only: bool = True) -> list[int]:
    p = db.param
    rows = db.execute_sql(
        f"SELECT customer_id FROM event_guest WHERE event_id = {p}"
        + (" AND attended" if attended_only else "")
        + " ORDER BY customer_id",
        [event_id],
    ).fetchall()
    return [int(customer_id) for (customer_id,) in rows]


def as_json_ready(found: ChannelReport) -> dict[str, object]:
    return {
        "report": "channels",
        "from": found.first.isoformat(),
        "to": found.last.isoformat(),
        "months": found.months,
        "channels": [
            {
                "channel": c.channel,
                "partner": c.partner,
                "gained": c.gained,
                "per_month": list(c.per_month),
                "visits": c.visits,
                "spend_fen": c.spend_fen,
                **{
                    f"retention_{m}_months": None
                    if c.retention(m) is None
                    else round(c.retention(m) or 0.0, 4)
                    for m in KEPT_MONTHS
                },
                **{f"kept_{m}_months": list(c.kept[m]) for m in KEPT_MONTHS},
            }
            for c in found.channels
        ],
        "referrers": [
            {
                "kind": r.kind,
                "id": r.referrer_id,
                "name": r.name,
                "brought": r.brought,
                "spend_fen": r.spend_fen,
            }
            for r in found.referrers
        ],
        "events": [
            {
                "id": e.event_id,
                "name": e.name,
                "held_on": e.held_on.isoformat(),
                "invited": e.invited,
                "said_yes": e.said_yes,
                "attended": e.attended,
                "came_after": e.came_after,
                "spend_after_fen": e.spend_after_fen,
            }
            for e in found.events
        ],
    }
