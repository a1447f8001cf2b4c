"""The Chinese lunar calendar (农历) for birthdays and holidays (issue 17.6), through
lunardate (its month lengths and leap months are tables from astronomy, 1900–2099).

A customer's birthday is stored as the day she was born (公历, what her ID card says);
one who celebrates by the lunar calendar has ``Customer.birthday_lunar`` set, and her
birthday each year is the same lunar month and day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lunardate import LunarDate

FIRST_YEAR, LAST_YEAR = 1900, 2099


@dataclass(frozen=True)
class LunarDay:
    year: int
    month: int
    day: int
    leap: bool = False  # a leap month (闰月), after the month of the same number

    def text(self) -> str:
        """As typed and shown: 1965-03-05, a leap month 1965-闰03-05."""
        return f"{self.year}-{'闰' if self.leap else ''}{self.month:02d}-{self.day:02d}"


def to_lunar(day: dt.date) -> LunarDay:
    """Raises ValueError outside 1900–2099."""
    found = LunarDate.from_solar_date(day.year, day.month, day.day)
    return LunarDay(found.year, found.month, found.day, bool(found.is_leap_month))


def from_lunar(found: LunarDay) -> dt.date:
    """The solar day of a lunar date; ValueError if that lunar date does not exist (day 30
    of a 29-day month, a leap month the year has not)."""
    return LunarDate(found.year, found.month, found.day, found.leap).to_solar_date()


_TYPED = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(闰|閏|L)?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$"
)


def parse_lunar(text: str) -> LunarDay | None:
    """A typed lunar date (1965-3-5, 1965年闰3月5日); None for empty, ValueError if it is
    not one or does not exist."""
    if not text.strip():
        return None
    match = _TYPED.match(text)
    if match is None:
        raise ValueError(text)
    year, leap, month, day = match.groups()
    typed = LunarDay(int(year), int(month), int(day), leap is not None)
    from_lunar(typed)  # raises if there is no such day
    return typed


def day_in_lunar_year(year: int, month: int, day: int) -> dt.date:
    """Lunar month and day in a lunar year: day 30 of a month that year has 29 days is
    kept on the 29th, as families do; a leap month's day falls in the month's own."""
    try:
        return LunarDate(year, month, day).to_solar_date()
    except ValueError:
        if day != 30:
            raise
        return LunarDate(year, month, 29).to_solar_date()


def next_lunar_anniversary(born: dt.date, today: dt.date) -> tuple[dt.date, int]:
    """The next day from ``today`` on that is her lunar birthday, and the lunar year's
    count since her birth (the age she turns then)."""
    birth = to_lunar(born)
    this_year = to_lunar(today).year
    for year in (this_year - 1, this_year, this_year + 1):
        day = day_in_lunar_year(year, birth.month, birth.day)
        if day >= today:
            return day, year - birth.year
    raise AssertionError("unreachable: next lunar year's birthday is always ahead")
