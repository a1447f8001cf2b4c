"""Words for the care occasions (issue 17.6): the built-in holidays, each occasion's
name on a contact list, and the greeting a shop starts from."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from salon_desk.services import occasions, shops
from salon_desk.services.occasions import Holiday
from salon_desk.services.reminders import Suggestion


def builtin_holiday_names() -> dict[str, str]:
    return {
        "spring_festival": QCoreApplication.translate("OccasionTexts", "Spring Festival"),
        "lantern": QCoreApplication.translate("OccasionTexts", "Lantern Festival"),
        "womens_day": QCoreApplication.translate("OccasionTexts", "Women's Day"),
        "mothers_day": QCoreApplication.translate("OccasionTexts", "Mother's Day"),
        "qixi": QCoreApplication.translate("OccasionTexts", "Qixi Festival"),
        "mid_autumn": QCoreApplication.translate("OccasionTexts", "Mid-Autumn Festival"),
        "double_ninth": QCoreApplication.translate("OccasionTexts", "Double Ninth Festival"),
        "christmas": QCoreApplication.translate("OccasionTexts", "Christmas"),
    }


def holiday_name(holiday: Holiday) -> str:
    return holiday.name or builtin_holiday_names().get(holiday.key, holiday.key)


def holiday_names() -> dict[str, str]:
    """Every holiday of the shop's calendar by its key (or, the shop's own, its name)."""
    return {h.key or h.name: holiday_name(h) for h in occasions.holidays()}


def default_greetings() -> dict[str, str]:
    """What a greeting says until the shop writes its own; {blanks} filled per customer."""
    return {
        "birthday": QCoreApplication.translate(
            "OccasionTexts", "Happy birthday, {name}! Everyone at {shop} wishes you a lovely year."
        ),
        "family_birthday": QCoreApplication.translate(
            "OccasionTexts", "{name}, happy birthday to {relative} from all of us at {shop}!"
        ),
        "holiday": QCoreApplication.translate(
            "OccasionTexts", "{name}, {shop} wishes you a happy {occasion}!"
        ),
        "anniversary": QCoreApplication.translate(
            "OccasionTexts", "{name}, thank you for {years} year(s) with {shop}!"
        ),
        "event": QCoreApplication.translate(
            "OccasionTexts", "{name}, you are warmly invited to {occasion} on {date}. — {shop}"
        ),
    }


def greeting_key(s: Suggestion) -> str:
    """Which greeting a row sends: a holiday each its own, the other occasions by kind."""
    return f"holiday:{s.occasion}" if s.reason == "holiday" else s.reason


def template_for(key: str) -> str:
    written = occasions.greetings().get(key, "")
    return written or default_greetings().get(key.split(":", 1)[0], "")


def occasion_name(s: Suggestion, holidays: Mapping[str, str]) -> str:
    """``holidays``: holiday_names(), read once for a list, not once per row."""
    if s.reason == "holiday":
        return holidays.get(s.occasion, s.occasion)
    if s.reason == "anniversary":
        if s.occasion == "first_card":
            return QCoreApplication.translate("OccasionTexts", "Anniversary of her first card")
        return QCoreApplication.translate("OccasionTexts", "Anniversary of her first visit")
    if s.reason == "event":
        return s.occasion  # the event's own name
    if s.reason == "family_birthday":
        return QCoreApplication.translate("OccasionTexts", "Family birthday")
    return QCoreApplication.translate("OccasionTexts", "Birthday")


def shop_name() -> str:
    named = shops.this_pc_shop_name()
    return named or QCoreApplication.translate("OccasionTexts", "our salon")


def greeting(s: Suggestion, template: str, shop: str, holidays: Mapping[str, str]) -> str:
    return occasions.fill(
        template,
        {
            "name": s.name,
            "occasion": occasion_name(s, holidays),
            "date": s.on.isoformat() if s.on else "",
            "years": s.years if s.years is not None else "",
            "age": s.age if s.age is not None else "",
            "relative": s.relative,
            "shop": shop,
        },
    )
