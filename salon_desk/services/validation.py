"""Customer-file validation: plain functions, no database, no Qt.

Errors are codes; the UI turns them into sentences in the user's language.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass
from typing import Generic, TypeVar

Problem = TypeVar("Problem", bound=enum.StrEnum)


class FieldsInvalid(Exception, Generic[Problem]):
    """A save refused field by field: ``errors`` maps each field to its problem code."""

    def __init__(self, errors: dict[str, Problem]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class FieldError(enum.StrEnum):
    NAME_REQUIRED = "name_required"
    NAME_TOO_LONG = "name_too_long"
    PHONE_INVALID = "phone_invalid"
    BIRTHDAY_IN_FUTURE = "birthday_in_future"
    BIRTHDAY_TOO_OLD = "birthday_too_old"
    REFERRER_IS_SELF = "referrer_is_self"
    CHOICE_UNKNOWN = "choice_unknown"
    AMOUNT_INVALID = "amount_invalid"
    OTHER_PHONE_INVALID = "other_phone_invalid"
    NUMBER_INVALID = "number_invalid"
    DATE_INVALID = "date_invalid"
    TEXT_TOO_LONG = "text_too_long"


MAX_NAME_LENGTH = 40
OLDEST_BIRTH_YEAR = 1900
_MAINLAND_MOBILE = re.compile(r"1[3-9]\d{9}")
_INTERNATIONAL = re.compile(r"\+\d{6,15}")
_PHONE_SEPARATORS = re.compile(r"[\s\-()（）.]")
_YUAN = re.compile(r"(\d+)(?:\.(\d{1,2}))?")


# C0 control characters but tab, newline and carriage return, and DEL: pasted from other
# programs they are invisible, and Excel files cannot hold them (one made every export fail).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """What every text is on its way in: control characters removed, space trimmed."""
    return CONTROL_CHARACTERS.sub("", value).strip()


def normalize_text(value: str) -> str:
    """Full-width letters and digits to half-width, control characters removed,
    surrounding space trimmed."""
    return clean_text(unicodedata.normalize("NFKC", value))


def normalize_phone(raw: str) -> str:
    """Strip separators and full-width digits; keep a leading +; turn 0086/86 into +86."""
    # Again after the separators go: NFKC may split a character into a space and a mark.
    phone = normalize_text(_PHONE_SEPARATORS.sub("", normalize_text(raw)))
    if phone.startswith("0086"):
        phone = "+86" + phone[4:]
    if phone.startswith("+86") and _MAINLAND_MOBILE.fullmatch(phone[3:]):
        return phone[3:]
    if phone.startswith("86") and len(phone) == 13 and _MAINLAND_MOBILE.fullmatch(phone[2:]):
        return phone[2:]
    return phone


def phone_is_valid(phone: str) -> bool:
    """An empty phone is allowed; otherwise a mainland mobile or a +international number."""
    return phone == "" or bool(_MAINLAND_MOBILE.fullmatch(phone) or _INTERNATIONAL.fullmatch(phone))


_OTHER_PHONE = re.compile(r"\+?[\d\s\-()（）]+")


def other_phone_is_valid(phone: str) -> bool:
    """A second mobile or a landline, kept as typed (021-62345678, +852 9123 4567): digits
    with the usual separators, 6 to 20 digits in all."""
    digits = sum(ch.isdigit() for ch in phone)
    return phone == "" or bool(_OTHER_PHONE.fullmatch(phone) and 6 <= digits <= 20)


def last4(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else ""


@dataclass(frozen=True)
class Choices:
    genders: tuple[str, ...]
    skin_types: tuple[str, ...]
    referral_channels: tuple[str, ...]


def validate_customer_fields(
    *,
    name: str,
    phone: str,
    birthday: dt.date | None,
    today: dt.date,
    other_phone: str = "",
    gender: str = "",
    skin_type: str = "",
    referral_channel: str = "",
    choices: Choices | None = None,
    customer_id: int | None = None,
    referred_by_id: int | None = None,
) -> dict[str, FieldError]:
    """Return the errors by field name; an empty dict means the file may be saved.

    ``phone`` must already be normalized by :func:`normalize_phone`.
    """
    errors: dict[str, FieldError] = {}
    if not name.strip():
        errors["name"] = FieldError.NAME_REQUIRED
    elif len(name) > MAX_NAME_LENGTH:
        errors["name"] = FieldError.NAME_TOO_LONG
    if not phone_is_valid(phone):
        errors["phone"] = FieldError.PHONE_INVALID
    if not other_phone_is_valid(other_phone):
        errors["other_phone"] = FieldError.OTHER_PHONE_INVALID
    if birthday is not None:
        if birthday > today:
            errors["birthday"] = FieldError.BIRTHDAY_IN_FUTURE
        elif birthday.year < OLDEST_BIRTH_YEAR:
            errors["birthday"] = FieldError.BIRTHDAY_TOO_OLD
    if customer_id is not None and referred_by_id == customer_id:
        errors["referred_by"] = FieldError.REFERRER_IS_SELF
    if choices is not None:
        for field, value, allowed in (
            ("gender", gender, choices.genders),
            ("skin_type", skin_type, choices.skin_types),
            ("referral_channel", referral_channel, choices.referral_channels),
        ):
            if value not in allowed:
                errors[field] = FieldError.CHOICE_UNKNOWN
    return errors


def age_on(birthday: dt.date | None, today: dt.date) -> int | None:
    if birthday is None:
        return None
    before_birthday = (today.month, today.day) < (birthday.month, birthday.day)
    return today.year - birthday.year - int(before_birthday)


def parse_yuan(text: str) -> int | None:
    """An amount typed in yuan ("128", "¥1,280.5", "１２８元") as fen; None if it is not one.

    Empty text is 0: most entries paid nothing extra. More than two decimals is refused
    rather than rounded, so nobody loses a fen without noticing.
    """
    cleaned = normalize_text(text).replace(",", "").replace(" ", "")
    cleaned = cleaned.removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not cleaned:
        return 0
    match = _YUAN.fullmatch(cleaned)
    if match is None:
        return None
    cents = (match.group(2) or "").ljust(2, "0")
    return int(match.group(1)) * 100 + int(cents)


def yuan_text(fen: int) -> str:
    """Fen as the plain number a person would type back ("128", "99.50")."""
    whole, cents = divmod(fen, 100)
    return str(whole) if cents == 0 else f"{whole}.{cents:02d}"
