"""The frequency window: the last ``window_days`` local days, today included — the days
the groups count visits in, a shop's recent visitors come from, and key customers are
judged by. One definition for every screen that asks."""

from __future__ import annotations

import datetime as dt

from salon_desk.services.clock import day_start
from salon_desk.services.frequency_rules import FrequencyRules
from salon_desk.store.database import is_sqlite


def window_start(today: dt.date, rules: FrequencyRules) -> dt.date:
    """The first local day of the window."""
    return today - dt.timedelta(days=rules.window_days - 1)


def window_start_moment(today: dt.date, rules: FrequencyRules) -> dt.datetime:
    """The window's first moment as stored (naive UTC), for peewee's expressions."""
    return day_start(window_start(today, rules))


def window_start_stored(today: dt.date, rules: FrequencyRules) -> object:
    """The window's first moment as a hand-written query compares it with visited_at:
    SQLite compares the stored text (peewee writes datetimes as str(value))."""
    start = window_start_moment(today, rules)
    return str(start) if is_sqlite() else start
