"""Moments are stored as naive UTC; days are the salon's local days. Converting here only."""

from __future__ import annotations

import datetime as dt


def to_stored(moment: dt.datetime) -> dt.datetime:
    """An aware moment (or a naive one meaning local time) as the naive UTC we store."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def from_stored(stored: dt.datetime) -> dt.datetime:
    """A stored naive UTC moment in the computer's local time zone."""
    return stored.replace(tzinfo=dt.UTC).astimezone()


def day_start(day: dt.date) -> dt.datetime:
    """The stored (naive UTC) form of local midnight at the start of ``day``."""
    return to_stored(dt.datetime.combine(day, dt.time()))
