"""The user's words for the codes that services return (choices, errors, types).

Each text is a literal inside QCoreApplication.translate so lupdate finds it; the
functions are called at display time, so a language switch applies everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from salon_desk import i18n
from salon_desk.services import catalogues, value_tiers
from salon_desk.services.catalogues import TypeEntry
from salon_desk.services.clock import from_stored
from salon_desk.services.shops import ShopRow


def genders() -> dict[str, str]:
    return {
        "F": QCoreApplication.translate("Labels", "Female"),
        "M": QCoreApplication.translate("Labels", "Male"),
        "": QCoreApplication.translate("Labels", "Not stated"),
    }


def skin_types() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "Not assessed"),
        "dry": QCoreApplication.translate("Labels", "Dry"),
        "oily": QCoreApplication.translate("Labels", "Oily"),
        "combination": QCoreApplication.translate("Labels", "Combination"),
        "sensitive": QCoreApplication.translate("Labels", "Sensitive"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
    }


def referral_channels() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "Unknown"),
        "word_of_mouth": QCoreApplication.translate("Labels", "Word of mouth"),
        "old_customer": QCoreApplication.translate("Labels", "Referred by a customer"),
        "staff": QCoreApplication.translate("Labels", "Referred by staff"),
        "partner": QCoreApplication.translate("Labels", "Partner business"),
        "community": QCoreApplication.translate("Labels", "Community or group"),
        "walk_in": QCoreApplication.translate("Labels", "Walked in"),
        "online": QCoreApplication.translate("Labels", "Online"),
    }


def shop_name(row: ShopRow) -> str:
    """A single salon's own shop has no name until a second one opens."""
    return row.name or QCoreApplication.translate("Labels", "This shop")


def roles() -> dict[str, str]:
    return {
        "beautician": QCoreApplication.translate("Labels", "Beautician"),
        "front_desk": QCoreApplication.translate("Labels", "Front desk"),
        "manager": QCoreApplication.translate("Labels", "Store manager"),
        "owner": QCoreApplication.translate("Labels", "Owner"),
    }


def field_errors() -> dict[str, str]:
    return {
        **tier_errors(),
        "shop_name_required": QCoreApplication.translate(
            "Labels", "Give the shop a name: a chain tells its shops apart."
        ),
        "shop_name_taken": QCoreApplication.translate(
            "Labels", "Another shop already has this name."
        ),
        "owner_only": QCoreApplication.translate("Labels", "Only the owner may change this."),
        "name_required": QCoreApplication.translate("Labels", "Enter the customer's name."),
        "name_too_long": QCoreApplication.translate(
            "Labels", "The name is too long (40 characters at most)."
        ),
        "other_phone_invalid": QCoreApplication.translate(
            "Labels", "A phone number has 6 to 20 digits, e.g. 021-62345678 or +852 9123 4567."
        ),
        "phone_invalid": QCoreApplication.translate(
            "Labels",
            "A mobile number has 11 digits and starts with 1; international numbers start with +.",
        ),
        "birthday_in_future": QCoreApplication.translate(
            "Labels", "The birthday cannot be in the future."
        ),
        "birthday_too_old": QCoreApplication.translate("Labels", "Check the year of birth."),
        "referrer_is_self": QCoreApplication.translate(
            "Labels", "A customer cannot refer herself."
        ),
        "choice_unknown": QCoreApplication.translate("Labels", "Choose one of the listed values."),
        "name_taken": QCoreApplication.translate("Labels", "That name is already in use."),
        "price_negative": QCoreApplication.translate("Labels", "The price cannot be negative."),
        "role_unknown": QCoreApplication.translate("Labels", "Choose a role."),
        "kind_unknown": QCoreApplication.translate("Labels", "Unknown catalogue."),
        "number_invalid": QCoreApplication.translate("Labels", "Enter a number, e.g. 12 or 3.5."),
        "date_invalid": QCoreApplication.translate(
            "Labels", "Write the date as year-month-day, e.g. 2020-05-03."
        ),
        "text_too_long": QCoreApplication.translate("Labels", "Too long (200 characters at most)."),
        "label_required": QCoreApplication.translate("Labels", "Give the field a name."),
        "order_invalid": QCoreApplication.translate(
            "Labels", "The order is a whole number, e.g. 3."
        ),
        "choices_required": QCoreApplication.translate(
            "Labels", "List the choices, one per line or separated by commas."
        ),
        "kind_in_use": QCoreApplication.translate(
            "Labels", "Customers have values in this field, so its kind cannot change."
        ),
    }


def field_names() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("Labels", "Name"),
        "gender": QCoreApplication.translate("Labels", "Gender"),
        "phone": QCoreApplication.translate("Labels", "Mobile phone"),
        "other_phone": QCoreApplication.translate("Labels", "Other phone"),
        "legacy_code": QCoreApplication.translate("Labels", "Code in the old system"),
        "birthday": QCoreApplication.translate("Labels", "Birthday"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "occupation": QCoreApplication.translate("Labels", "Occupation"),
        "interests": QCoreApplication.translate("Labels", "Interests and hobbies"),
        "skin_type": QCoreApplication.translate("Labels", "Skin type"),
        "skin_concerns": QCoreApplication.translate("Labels", "Skin concerns"),
        "allergies": QCoreApplication.translate("Labels", "Allergies and contraindications"),
        "referral_channel": QCoreApplication.translate("Labels", "Referral channel"),
        "referred_by_id": QCoreApplication.translate("Labels", "Referred by"),
        "referred_by_staff_id": QCoreApplication.translate("Labels", "Brought by staff member"),
        "wechat": QCoreApplication.translate("Labels", "WeChat"),
        "enquiry": QCoreApplication.translate("Labels", "What she asked about"),
        "referral_note": QCoreApplication.translate("Labels", "Referral details"),
        "marketing_consent": QCoreApplication.translate("Labels", "Marketing consent"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "psychology_type_id": QCoreApplication.translate("Labels", "Consumption psychology"),
        "personality_type_id": QCoreApplication.translate("Labels", "Personality"),
        "traits": QCoreApplication.translate("Labels", "Customer traits"),
        "more_type_ids": QCoreApplication.translate("Labels", "Further types and traits"),
        "responsible_staff_id": QCoreApplication.translate("Labels", "Responsible staff"),
    }


def actions() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "archive": QCoreApplication.translate("Labels", "Archived"),
        "restore": QCoreApplication.translate("Labels", "Restored"),
        "void": QCoreApplication.translate("Labels", "Voided"),
        "erase": QCoreApplication.translate("Labels", "Erased"),
        "retry": QCoreApplication.translate("Labels", "Call again"),
        "cancel": QCoreApplication.translate("Labels", "Cancelled"),
        "pin_set": QCoreApplication.translate("Labels", "PIN set"),
        "restore_backup": QCoreApplication.translate("Labels", "Restored from a backup"),
        "sign_in_failed": QCoreApplication.translate("Labels", "Wrong PIN"),
        "sign_in_locked": QCoreApplication.translate("Labels", "Locked after wrong PINs"),
        "export": QCoreApplication.translate("Labels", "Exported to Excel"),
        "import": QCoreApplication.translate("Labels", "Imported from a spreadsheet"),
        "undo_import": QCoreApplication.translate("Labels", "Import undone"),
        "delete": QCoreApplication.translate("Labels", "Removed"),
        "link": QCoreApplication.translate("Labels", "Named on another file"),
        "unlink": QCoreApplication.translate("Labels", "No longer named on another file"),
    }


def relation_kinds() -> dict[str, str]:
    """Who a family member or friend is to her (issue 17.2)."""
    return {
        "child": QCoreApplication.translate("Labels", "Child"),
        "parent": QCoreApplication.translate("Labels", "Parent"),
        "spouse": QCoreApplication.translate("Labels", "Spouse"),
        "sibling": QCoreApplication.translate("Labels", "Sister or brother"),
        "friend": QCoreApplication.translate("Labels", "Friend"),
        "colleague": QCoreApplication.translate("Labels", "Colleague"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def rsvp_words() -> dict[str, str]:
    """A guest's answer to an event's invitation (17.6)."""
    return {
        "": QCoreApplication.translate("Labels", "not answered"),
        "yes": QCoreApplication.translate("Labels", "coming"),
        "maybe": QCoreApplication.translate("Labels", "maybe"),
        "no": QCoreApplication.translate("Labels", "not coming"),
    }


def stages() -> dict[str, str]:
    """The lifecycle stages (issue 17.5), the salon documents' words in each language."""
    return {
        "potential": QCoreApplication.translate("Labels", "Potential (on file, no visit)"),
        "aware": QCoreApplication.translate("Labels", "Aware (enquired)"),
        "new": QCoreApplication.translate("Labels", "New (first visit)"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "regular": QCoreApplication.translate("Labels", "Regular"),
        "advocate": QCoreApplication.translate("Labels", "Advocate (brings others)"),
    }


def builtin_type_names() -> dict[str, str]:
    return {
        "vanity": QCoreApplication.translate("Labels", "Vanity"),
        "belonging": QCoreApplication.translate("Labels", "Belonging"),
        "fear": QCoreApplication.translate("Labels", "Fear"),
        "keeping_up": QCoreApplication.translate("Labels", "Keeping-up"),
        "impulsive": QCoreApplication.translate("Labels", "Impulsive"),
        "passive": QCoreApplication.translate("Labels", "Passive"),
        "novelty": QCoreApplication.translate("Labels", "Novelty-seeking"),
        "comparing": QCoreApplication.translate("Labels", "Comparing"),
        "trial": QCoreApplication.translate("Labels", "Trial"),
        "companion": QCoreApplication.translate("Labels", "Companion"),
        "loner": QCoreApplication.translate("Labels", "Loner"),
        "indecisive": QCoreApplication.translate("Labels", "Indecisive"),
        "anxious": QCoreApplication.translate("Labels", "Loss-averse"),
        "bargaining": QCoreApplication.translate("Labels", "Bargaining"),
        "proud": QCoreApplication.translate("Labels", "Proud"),
        "irritable": QCoreApplication.translate("Labels", "Irritable"),
        "aloof": QCoreApplication.translate("Labels", "Cold"),
        "rational": QCoreApplication.translate("Labels", "Rational"),
        "frank": QCoreApplication.translate("Labels", "Straightforward"),
        "easygoing": QCoreApplication.translate("Labels", "Easy-going"),
        "composite": QCoreApplication.translate("Labels", "Mixed"),
    }


def builtin_type_strategies() -> dict[str, str]:
    return {
        "vanity": QCoreApplication.translate(
            "Labels",
            "Wants to feel special and admired: praise her and make her feel distinct from other customers.",
        ),
        "belonging": QCoreApplication.translate(
            "Labels",
            "Trusts the shop and her beautician and takes advice: repay the trust with even better service.",
        ),
        "fear": QCoreApplication.translate(
            "Labels",
            "Afraid of being cheated, often before a first purchase: build a friendship first, sell later.",
        ),
        "keeping_up": QCoreApplication.translate(
            "Labels", "Buys what her peers have: show what customers like her chose."
        ),
        "impulsive": QCoreApplication.translate(
            "Labels", "Buys on discounts and crowds: invite her to promotions and events."
        ),
        "passive": QCoreApplication.translate(
            "Labels",
            "Hesitant and afraid to choose wrong: be patient, give real cases, never rush her.",
        ),
        "novelty": QCoreApplication.translate(
            "Labels",
            "Wants what is new and stylish, cares about brand and packaging: match the brand's story to her.",
        ),
        "comparing": QCoreApplication.translate(
            "Labels",
            "Compares effects and prices across shops: find her gaps in knowledge and fill them with expertise.",
        ),
        "trial": QCoreApplication.translate(
            "Labels",
            "Buys rarely and wants to try first: explain professionally, confirm results after each session.",
        ),
        "companion": QCoreApplication.translate(
            "Labels",
            "Comes with friends and asks their opinion: find the leader of the group and win her.",
        ),
        "loner": QCoreApplication.translate(
            "Labels", "Independent, dislikes interference: serve attentively, show cases and data."
        ),
        **builtin_trait_strategies(),
    }


def builtin_trait_strategies() -> dict[str, str]:
    """The photo-studio list's ten traits (17.3), each with how to serve her."""
    return {
        "indecisive": QCoreApplication.translate(
            "Labels",
            "Cannot make up her mind: narrow the choice to two, recommend one clearly and help her decide.",
        ),
        "anxious": QCoreApplication.translate(
            "Labels",
            "Worries about losing out: explain the guarantee and what each session brings, and confirm progress often.",
        ),
        "bargaining": QCoreApplication.translate(
            "Labels",
            "Always asks for a better price: stress value over price, offer a small gift instead of a discount.",
        ),
        "proud": QCoreApplication.translate(
            "Labels",
            "Proud of what she knows: listen, praise her taste and let her feel the choice is hers.",
        ),
        "irritable": QCoreApplication.translate(
            "Labels", "Quick to anger: stay calm, never argue, act at once on what she asks."
        ),
        "aloof": QCoreApplication.translate(
            "Labels",
            "Cool and distant: keep it short and professional, let results speak, warm up slowly.",
        ),
        "rational": QCoreApplication.translate(
            "Labels", "Decides by facts: give data, ingredients and real before-and-after cases."
        ),
        "frank": QCoreApplication.translate(
            "Labels", "Says what she thinks: be direct and honest, give a clear answer and price."
        ),
        "easygoing": QCoreApplication.translate(
            "Labels", "Goes with her mood: make each visit pleasant, suggest rather than sell."
        ),
        "composite": QCoreApplication.translate(
            "Labels",
            "Shows several traits: read her mood on the day and follow the strategy of the trait she shows.",
        ),
    }


def tier_errors() -> dict[str, str]:
    """Why the value tiers cannot be saved (services/value_tiers.check_rules)."""
    return {
        "tier_basis_unknown": QCoreApplication.translate("Labels", "Choose how tiers are earned."),
        "tier_count": QCoreApplication.translate("Labels", "Keep one to six tiers."),
        "tier_share": QCoreApplication.translate(
            "Labels", "A share of the spenders is between 1 and 100 (%)."
        ),
        "tier_amount": QCoreApplication.translate("Labels", "An amount is 0 or more."),
        "tier_order": QCoreApplication.translate(
            "Labels", "Each tier must be harder to reach than the one below it."
        ),
        "tier_figure": QCoreApplication.translate("Labels", "Write a number, e.g. 20 or 3000."),
        "tier_name_required": QCoreApplication.translate("Labels", "Give the tier a name."),
        "holiday_name_required": QCoreApplication.translate("Labels", "Give the holiday a name."),
        "event_name_required": QCoreApplication.translate("Labels", "Give the event a name."),
        "event_day_required": QCoreApplication.translate("Labels", "Choose the event's day."),
        "holiday_day": QCoreApplication.translate(
            "Labels", "There is no such day (a month has at most 31 days, a lunar month 30)."
        ),
    }


def own_or_builtin(key: str, shown: str, builtin: dict[str, str]) -> tuple[str, str]:
    """(key, name) to store for a built-in entry as a settings table shows it: an
    unchanged built-in name is stored empty (so it follows the screen's language);
    a renamed one drops its key (the shop's own words from now on)."""
    if key and shown == builtin.get(key):
        return key, ""
    return "", shown


def builtin_tier_names() -> dict[str, str]:
    return {
        "high": QCoreApplication.translate("Labels", "High value"),
        "middle": QCoreApplication.translate("Labels", "Middle value"),
        "low": QCoreApplication.translate("Labels", "Low value"),
    }


def tier_names() -> list[str]:
    """The shop's value tiers (17.4), highest first, as the screen names them."""
    builtin = builtin_tier_names()
    return [t.name or builtin.get(t.key, t.key) for t in value_tiers.load_rules().tiers]


def tier_name(tier: int | None) -> str:
    names = tier_names()
    return names[tier] if tier is not None and 0 <= tier < len(names) else ""


def type_catalogues() -> dict[str, str]:
    """The three type catalogues by kind, in the order the file shows them."""
    return {
        "psychology": QCoreApplication.translate("Labels", "Consumption psychology"),
        "personality": QCoreApplication.translate("Labels", "Personality"),
        "trait": QCoreApplication.translate("Labels", "Customer traits"),
    }


def types_by_id() -> dict[int, TypeEntry]:
    """Every type catalogue, retired entries too: old files still show their type."""
    return {
        entry.id: entry
        for kind in ("psychology", "personality", "trait")
        for entry in catalogues.list_types(kind, include_retired=True)
    }


def type_name(entry: TypeEntry) -> str:
    return entry.name or builtin_type_names().get(entry.code, entry.code)


def type_strategy(entry: TypeEntry) -> str:
    return entry.strategy or builtin_type_strategies().get(entry.code, "")


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")


def long_date(day: dt.date) -> str:
    """A day written out in the window's language (15 March 2018, 2018年3月15日): no
    doubt which number is the month."""
    if i18n.active_language().startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    english = QLocale(QLocale.Language.English)
    return english.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def local_datetime(utc: dt.datetime | None) -> str:
    """A UTC moment from the database, shown in the computer's local time."""
    if utc is None:
        return ""
    return from_stored(utc).strftime("%Y-%m-%d %H:%M")


def local_date(utc: dt.datetime | None) -> str:
    if utc is None:
        return ""
    return from_stored(utc).date().isoformat()


def money(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


def chance(p_alive: float) -> str:
    """A probability as a person reads it: "72%", and "<1%" rather than a "0%" that
    would sound certain."""
    return "<1%" if 0 < p_alive < 0.005 else f"{round(p_alive * 100)}%"
