"""Reading the values other systems write: dates in any order (decided from the whole
column), amounts with currency signs, refunds and three decimals, times of day."""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

from salon_desk.services.validation import clean_text, normalize_text, parse_yuan

EXCEL_EPOCH = dt.date(1899, 12, 30)


def cell_text(value: Any) -> str:
    """A cell as text, the way a person reads it (13800138000, not 13800138000.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone stored as a number: 13800138000.0
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return clean_text(str(value))  # and as the form cleans it, field by field, later


class DateOrder(enum.StrEnum):
    YMD = "YMD"
    MDY = "MDY"
    DMY = "DMY"


_NUMERIC_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_CHINESE_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")  # 19900305


def _date_parts(value: Any) -> tuple[int, int, int] | dt.date | None:
    """A real date, or the three numbers of a text date in the order written."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and 1 <= value < 2_958_466:
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = unicodedata.normalize("NFKC", cell_text(value)).split(" ")[0]
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    match = (
        _CHINESE_DATE.fullmatch(text)
        or _NUMERIC_DATE.fullmatch(text)
        or _COMPACT_DATE.fullmatch(text)
    )
    if match is None:
        return None
    first, second, third = (int(part) for part in match.groups())
    return first, second, third


def detect_date_order(values: Sequence[Any]) -> DateOrder | None:
    """The order the column's text dates are written in, decided from all of them: a year
    first is YMD; a first number over 12 can only be a day (DMY), a second one over 12
    only a day (MDY). When both kinds occur the larger side wins (the others are refused
    as unreadable); None while nothing decides it (the user is asked)."""
    votes: Counter[DateOrder] = Counter()
    for value in values:
        parts = _date_parts(value)
        if not isinstance(parts, tuple):
            continue
        first, second, _year = parts
        if first > 31:
            votes[DateOrder.YMD] += 1
        elif first > 12:
            votes[DateOrder.DMY] += 1
        elif second > 12:
            votes[DateOrder.MDY] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def read_date(value: Any, order: DateOrder | None) -> dt.date:
    """Raises ValueError (unreadable) or LookupError (text date, order unknown)."""
    parts = _date_parts(value)
    if parts is None:
        raise ValueError(cell_text(value))
    if isinstance(parts, dt.date):
        return parts
    first, second, third = parts
    if first > 31 or order is DateOrder.YMD:
        year, month, day = first, second, third
    elif order is None:
        raise LookupError(cell_text(value))
    elif order is DateOrder.MDY:
        year, month, day = third, first, second
    else:
        year, month, day = third, second, first
    try:
        return dt.date(year, month, day)
    except ValueError as impossible:  # 13/05/2018 read as month 13
        raise ValueError(cell_text(value)) from impossible


def amount_fen(text: str) -> int | None:
    """An amount from another system in fen: currency signs, thousands separators,
    full-width digits, a minus (a refund line lowers the visit's total) and more than two
    decimals (tax systems keep three), rounded to the fen; None if it is not a number."""
    cleaned = normalize_text(text).replace(",", "").replace(" ", "")
    cleaned = cleaned.strip("¥￥$元").replace("$", "")
    negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
    cleaned = cleaned.strip("-()")
    if not cleaned:
        return 0
    whole = parse_yuan(cleaned)
    if whole is None:
        match = re.fullmatch(r"(\d+)\.(\d+)", cleaned)
        if match is None:
            return None
        whole = round(float(cleaned) * 100)
    return -whole if negative else whole


def read_time(value: Any) -> dt.time | None:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?", cell_text(value))
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return dt.time(int(match.group(1)), int(match.group(2)))
    return None
