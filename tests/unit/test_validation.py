import datetime as dt

import pytest

from salon_desk.services.validation import (
    FieldError,
    age_on,
    last4,
    normalize_phone,
    parse_yuan,
    phone_is_valid,
    validate_customer_fields,
    yuan_text,
)

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),  # full-width digits
        ("+86 138 0013 8000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("+852 9123 4567", "+85291234567"),
        ("", ""),
    ],
)
def test_normalize_phone(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    ("phone", "valid"),
    [
        ("13800138000", True),
        ("19912345678", True),
        ("", True),
        ("+85291234567", True),
        ("12800138000", False),  # 12x is not a mobile prefix
        ("1380013800", False),  # 10 digits
        ("138001380001", False),  # 12 digits
        ("23800138000", False),
        ("+12", False),
        ("abc", False),
    ],
)
def test_phone_is_valid(phone: str, valid: bool) -> None:
    assert phone_is_valid(phone) is valid


def test_last4() -> None:
    assert last4("13800135678") == "5678"
    assert last4("+85291234567") == "4567"
    assert last4("12") == ""


def _validate(**overrides: object) -> dict[str, FieldError]:
    fields: dict = {"name": "张慧敏", "phone": "13800138000", "birthday": None, "today": TODAY}
    fields.update(overrides)
    return validate_customer_fields(**fields)


def test_a_complete_file_has_no_errors() -> None:
    assert _validate() == {}


def test_name_is_required() -> None:
    assert _validate(name="   ") == {"name": FieldError.NAME_REQUIRED}


def test_name_length_is_capped() -> None:
    assert _validate(name="王" * 41) == {"name": FieldError.NAME_TOO_LONG}


def test_bad_phone_is_reported() -> None:
    assert _validate(phone="12345") == {"phone": FieldError.PHONE_INVALID}


def test_birthday_today_is_fine_tomorrow_is_not() -> None:
    assert _validate(birthday=TODAY) == {}
    assert _validate(birthday=TODAY + dt.timedelta(days=1)) == {
        "birthday": FieldError.BIRTHDAY_IN_FUTURE
    }


def test_customer_cannot_refer_herself() -> None:
    assert _validate(customer_id=7, referred_by_id=7) == {
        "referred_by": FieldError.REFERRER_IS_SELF
    }


def test_age_counts_birthdays_passed() -> None:
    assert age_on(dt.date(1990, 11, 22), TODAY) == 36
    assert age_on(dt.date(1990, 11, 23), TODAY) == 35
    assert age_on(None, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("", 0),
        ("298", 29_800),
        ("298.5", 29_850),
        ("¥1,280.05", 128_005),
        ("１２８元", 12_800),
        ("￥ 99.90", 9_990),
        ("12.345", None),  # refused, not rounded
        ("-5", None),
        ("abc", None),
    ],
)
def test_amounts_typed_in_yuan(typed: str, fen: int | None) -> None:
    assert parse_yuan(typed) == fen
    if fen is not None:
        assert parse_yuan(yuan_text(fen)) == fen
