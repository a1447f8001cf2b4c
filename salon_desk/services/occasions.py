"""Care occasions beyond birthdays (issue 17.6): the shop's holiday calendar, with the
lunar holidays' days computed for each year, and anniversaries (her first visit, her
first card), each a care list of customers who agreed to greetings; and the greeting
each occasion sends, written by the shop with blanks filled in per customer.

The calendar is a setting the manager edits (a holiday renamed, moved, retired, the
shop's own added); the built-in holidays keep a key, so their names follow the screen's
language until the shop writes its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass

import peewee as pw

from salon_desk.services import settings_store
from salon_desk.services.clock import day_start, from_stored
from salon_desk.services.service_status import sql_datetime
from salon_desk.store.models import Card, Customer, VisitFigures

HOLIDAYS_KEY = "holidays"
GREETINGS_KEY = "greetings"
CALENDARS = ("solar", "lunar", "weekday")  # a fixed day, a lunar day, the Nth weekday


@dataclass(frozen=True)
class Holiday:
    """``calendar`` "weekday": ``day`` is the weekday (0 Monday … 6 Sunday) and ``nth``
    which of the month's (Mother's Day: the second Sunday of May)."""

    key: str  # a built-in holiday's code, "" for the shop's own
    name: str  # the shop's words; "" keeps the built-in name in the screen's language
    calendar: str
    month: int
    day: int
    nth: int = 0
    retired: bool = False


BUILT_IN_HOLIDAYS = (
    Holiday("spring_festival", "", "lunar", 1, 1),  # 春节
    Holiday("lantern", "", "lunar", 1, 15),  # 元宵
    Holiday("womens_day", "", "solar", 3, 8),  # 三八妇女节
    Holiday("mothers_day", "", "weekday", 5, 6, nth=2),  # 母亲节
    Holiday("qixi", "", "lunar", 7, 7),  # 七夕
    Holiday("mid_autumn", "", "lunar", 8, 15),  # 中秋
    Holiday("double_ninth", "", "lunar", 9, 9),  # 重阳
    Holiday("christmas", "", "solar", 12, 25),  # 圣诞
)


class HolidayInvalid(ValueError):
    def __init__(self, code: str, row: int) -> None:
        super().__init__(code)
        self.code = code
        self.row = row


def holidays() -> list[Holiday]:
    stored = settings_store.read_setting(HOLIDAYS_KEY)
    if not isinstance(stored, list):
        return list(BUILT_IN_HOLIDAYS)
    try:
        return [Holiday(**item) for item in stored]
    except TypeError:
        return list(BUILT_IN_HOLIDAYS)


def day_of(holiday: Holiday, year: int) -> dt.date:
    """The holiday's day in a (solar) year; a lunar holiday's lunar date falls once in
    each solar year for the holidays of a year's lunar months 1–11 (12 may fall twice
    or not at all: the one in the solar year is taken, else the lunar year's)."""
    if holiday.calendar == "solar":
        return dt.date(year, holiday.month, holiday.day)
    if holiday.calendar == "weekday":
        first = dt.date(year, holiday.month, 1)
        ahead = (holiday.day - first.weekday()) % 7
        return first + dt.timedelta(days=ahead + 7 * (holiday.nth - 1))
    from salon_desk.services.lunar import day_in_lunar_year

    for lunar_year in (year, year - 1):
        day = day_in_lunar_year(lunar_year, holiday.month, holiday.day)
        if day.year == year:
            return day
    return day_in_lunar_year(year, holiday.month, holiday.day)


def check_holiday(holiday: Holiday, row: int) -> None:
    if not holiday.name.strip() and not holiday.key:
        raise HolidayInvalid("holiday_name_required", row)
    if holiday.calendar not in CALENDARS or not 1 <= holiday.month <= 12:
        raise HolidayInvalid("holiday_day", row)
    try:
        if holiday.calendar == "weekday":
            if not (0 <= holiday.day <= 6 and 1 <= holiday.nth <= 5):
                raise ValueError(holiday)
            years = range(2024, 2036)  # a fifth Sunday is not in every year's month
            if any(day_of(holiday, year).month != holiday.month for year in years):
                raise ValueError(holiday)
        elif holiday.calendar == "lunar":
            if not 1 <= holiday.day <= 30:
                raise ValueError(holiday)
        else:
            dt.date(2024, holiday.month, holiday.day)  # a leap year: 29 February exists
    except ValueError:
        raise HolidayInvalid("holiday_day", row) from None


def save_holidays(chosen: list[Holiday], actor_id: int | None) -> None:
    for row, holiday in enumerate(chosen):
        check_holiday(holiday, row)
    settings_store.write_setting(HOLIDAYS_KEY, [asdict(h) for h in chosen], actor_id)


def holidays_between(first: dt.date, last: dt.date) -> list[tuple[Holiday, dt.date]]:
    """The holidays in use falling from ``first`` to ``last``, soonest first."""
    found = []
    for holiday in holidays():
        if holiday.retired:
            continue
        for year in range(first.year, last.year + 1):
            try:
                day = day_of(holiday, year)
            except ValueError:  # 29 February in another year; beyond the lunar tables
                continue
            if first <= day <= last:
                found.append((holiday, day))
    return sorted(found, key=lambda pair: pair[1])


# -- anniversaries ---------------------------------------------------------------------
@dataclass(frozen=True)
class Anniversary:
    customer_id: int
    kind: str  # "first_visit" or "first_card"
    since: dt.date  # the day it began
    on: dt.date  # this year's day
    years: int


def next_yearly(since: dt.date, today: dt.date) -> dt.date:
    """The next return of a day of the year (a birthday, an anniversary) from today on;
    29 February falls on the 28th in other years."""
    for year in (today.year, today.year + 1):
        try:
            day = since.replace(year=year)
        except ValueError:
            day = dt.date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("unreachable: next year's day is always ahead")


def anniversaries_within(today: dt.date, days: int, ids: set[int]) -> list[Anniversary]:
    """Among ``ids``, a year or more since her first visit or her first card, the day
    falling from today to ``days`` ahead."""
    if not ids:
        return []
    first_visits = (
        VisitFigures.select(VisitFigures.customer, VisitFigures.first_visit_at)
        .where(VisitFigures.customer.in_(list(ids)))
        .tuples()
    )
    first_cards = (
        Card.select(Card.customer, pw.fn.MIN(Card.purchased_on))
        .where(Card.voided_at.is_null() & Card.customer.in_(list(ids)))
        .group_by(Card.customer)
        .tuples()
    )
    began: list[tuple[str, int, dt.date]] = []  # the day of her first visit, first card
    for customer_id, moment in first_visits:
        first = sql_datetime(moment)  # (a stored moment, never empty for a kept figure)
        if first is not None:
            began.append(("first_visit", customer_id, from_stored(first).date()))
    began += [("first_card", customer_id, _day(day)) for customer_id, day in first_cards]
    found = []
    for kind, customer_id, since in began:
        day = next_yearly(since, today)
        years = day.year - since.year
        if years >= 1 and (day - today).days <= days:
            found.append(Anniversary(customer_id, kind, since, day, years))
    return found


def _day(value: object) -> dt.date:
    """A date column's MIN(): SQLite gives it back as text."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def active_since(today: dt.date) -> pw.Expression:
    """Customers who came in the last 12 months: the holiday list's (a greeting to
    someone gone for years reads as spam)."""
    since = day_start(today - dt.timedelta(days=365))
    recent = VisitFigures.select(VisitFigures.customer).where(VisitFigures.last_visit_at >= since)
    return Customer.id.in_(recent)


# -- greetings -------------------------------------------------------------------------
_BLANK = re.compile(r"\{(\w+)\}")


def greetings() -> dict[str, str]:
    """The shop's greeting per occasion ("birthday", "family_birthday", "anniversary",
    "holiday:<key or name>", "event"); none written: the screen offers its default."""
    stored = settings_store.read_setting(GREETINGS_KEY)
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def save_greeting(occasion: str, text: str, actor_id: int | None) -> None:
    chosen = greetings()
    chosen[occasion] = text.strip()
    settings_store.write_setting(GREETINGS_KEY, chosen, actor_id)


def fill(template: str, values: Mapping[str, object]) -> str:
    """The greeting with its blanks ({name}, {date} …) filled; an unknown blank stays
    as written, so a typo shows in the text instead of failing."""
    return _BLANK.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)
