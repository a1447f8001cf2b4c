"""The user's words for care log and card codes (problems, reasons, categories).

Each text is a literal inside QCoreApplication.translate so lupdate finds it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from salon_desk.services.cards import CardStatus
from salon_desk.ui.labels import money


def problems() -> dict[str, str]:
    """Messages shown next to the field, for EntryProblem and CardProblem codes."""
    return {
        "customer_required": QCoreApplication.translate(
            "CareTexts", "Choose the customer: type her name, initials or phone digits."
        ),
        "customer_fixed": QCoreApplication.translate(
            "CareTexts", "An entry stays with its customer; void it and log it for her."
        ),
        "visit_time_required": QCoreApplication.translate(
            "CareTexts", "Enter the date and time of the treatment."
        ),
        "visit_in_future": QCoreApplication.translate(
            "CareTexts", "The treatment cannot be in the future."
        ),
        "beautician_required": QCoreApplication.translate("CareTexts", "Choose the beautician."),
        "services_required": QCoreApplication.translate(
            "CareTexts", "Tick at least one service item."
        ),
        "satisfaction_range": QCoreApplication.translate(
            "CareTexts", "Satisfaction is from 1 to 5."
        ),
        "amount_negative": QCoreApplication.translate(
            "CareTexts", "The amount cannot be negative."
        ),
        "amount_invalid": QCoreApplication.translate(
            "CareTexts", "Type an amount in yuan, such as 298 or 298.50."
        ),
        "reason_required": QCoreApplication.translate("CareTexts", "Say why."),
        "card_name_required": QCoreApplication.translate(
            "CareTexts", "Name the card or choose its service item."
        ),
        "card_sessions_required": QCoreApplication.translate(
            "CareTexts", "A session card has 1 to 999 sessions."
        ),
        "card_value_required": QCoreApplication.translate(
            "CareTexts", "Enter the value loaded on the card."
        ),
        "card_purchase_in_future": QCoreApplication.translate(
            "CareTexts", "Enter a purchase date that is not in the future."
        ),
        "card_expiry_before_purchase": QCoreApplication.translate(
            "CareTexts", "The card cannot expire before it was bought."
        ),
        "kind_unknown": QCoreApplication.translate("CareTexts", "Choose the kind of card."),
        "card_in_use": QCoreApplication.translate(
            "CareTexts", "This card has paid for visits; void those entries first."
        ),
        "card_not_hers": QCoreApplication.translate(
            "CareTexts", "This card belongs to another customer."
        ),
        "card_voided": QCoreApplication.translate("CareTexts", "This card was voided."),
        "card_not_yet_bought": QCoreApplication.translate(
            "CareTexts", "The card was bought after this visit."
        ),
        "card_expired": QCoreApplication.translate("CareTexts", "This card has expired."),
        "card_exhausted": QCoreApplication.translate(
            "CareTexts", "No sessions are left on this card."
        ),
        "card_balance_short": QCoreApplication.translate(
            "CareTexts", "The card's balance is less than this amount."
        ),
        "card_nothing_taken": QCoreApplication.translate(
            "CareTexts", "Enter how much to take from the card's balance."
        ),
        "card_other_shop": QCoreApplication.translate(
            "CareTexts", "This card was sold for use in another shop only."
        ),
    }


def follow_up_reasons() -> dict[str, str]:
    return {
        "overdue": QCoreApplication.translate("CareTexts", "Overdue visit"),
        "birthday": QCoreApplication.translate("CareTexts", "Birthday"),
        "after_treatment": QCoreApplication.translate("CareTexts", "Check after treatment"),
        "complaint": QCoreApplication.translate("CareTexts", "Complaint"),
        "complaint_sign_off": QCoreApplication.translate("CareTexts", "Complaint sign-off"),
        "card": QCoreApplication.translate("CareTexts", "Card nearly used or expiring"),
        "manual": QCoreApplication.translate("CareTexts", "Other"),
        "family_birthday": QCoreApplication.translate("CareTexts", "Family birthday"),
        "holiday": QCoreApplication.translate("CareTexts", "Holiday greeting"),
        "anniversary": QCoreApplication.translate("CareTexts", "Anniversary"),
        "event": QCoreApplication.translate("CareTexts", "Event invitation"),
        "recovery": QCoreApplication.translate("CareTexts", "Low satisfaction: call back"),
    }


def score_parts() -> dict[str, str]:
    """Satisfaction's parts as the salon's documents name them (18.1)."""
    return {
        "reception_score": QCoreApplication.translate("CareTexts", "Reception"),
        "treatment_score": QCoreApplication.translate("CareTexts", "Treatment"),
        "result_score": QCoreApplication.translate("CareTexts", "Result"),
    }


def expectations() -> dict[str, str]:
    """How the visit compared with what she expected (期望 vs 感受)."""
    return {
        "": QCoreApplication.translate("CareTexts", "Expectation: —"),
        "better": QCoreApplication.translate("CareTexts", "Better than expected"),
        "as_expected": QCoreApplication.translate("CareTexts", "As expected"),
        "worse": QCoreApplication.translate("CareTexts", "Worse than expected"),
    }


def complaint_categories() -> dict[str, str]:
    return {
        "service": QCoreApplication.translate("CareTexts", "Service"),
        "product": QCoreApplication.translate("CareTexts", "Product"),
        "price": QCoreApplication.translate("CareTexts", "Price"),
        "attitude": QCoreApplication.translate("CareTexts", "Attitude"),
        "quality": QCoreApplication.translate("CareTexts", "Quality problem"),
        "suggestion": QCoreApplication.translate("CareTexts", "Suggestion"),
        "industry_review": QCoreApplication.translate("CareTexts", "Industry review"),
        "other": QCoreApplication.translate("CareTexts", "Other"),
    }


def card_kinds() -> dict[str, str]:
    return {
        "session": QCoreApplication.translate("CareTexts", "Session card"),
        "stored_value": QCoreApplication.translate("CareTexts", "Stored-value card"),
    }


def record_kinds() -> dict[str, str]:
    """The change history's names for the tables a change can touch."""
    return {
        "customer": QCoreApplication.translate("CareTexts", "File"),
        "care_log": QCoreApplication.translate("CareTexts", "Care log entry"),
        "card": QCoreApplication.translate("CareTexts", "Card"),
        "follow_up": QCoreApplication.translate("CareTexts", "Follow-up call"),
        "complaint": QCoreApplication.translate("CareTexts", "Complaint"),
        "complaint_sign_off": QCoreApplication.translate("CareTexts", "Complaint sign-off"),
        "staff": QCoreApplication.translate("CareTexts", "Staff account"),
        "service_item": QCoreApplication.translate("CareTexts", "Service item"),
        "customer_type": QCoreApplication.translate("CareTexts", "Customer type"),
        "setting": QCoreApplication.translate("CareTexts", "Setting"),
        "database": QCoreApplication.translate("CareTexts", "Database"),
        "import_batch": QCoreApplication.translate("CareTexts", "Import"),
        "profile_field": QCoreApplication.translate("CareTexts", "Customer field"),
        "relation": QCoreApplication.translate("CareTexts", "Family or friend"),
        "event": QCoreApplication.translate("CareTexts", "Event"),
        "event_guest": QCoreApplication.translate("CareTexts", "Event invitation"),
    }


def entry_field_names() -> dict[str, str]:
    return {
        "visited_at": QCoreApplication.translate("CareTexts", "Date and time"),
        "beautician_id": QCoreApplication.translate("CareTexts", "Beautician"),
        "service_item_ids": QCoreApplication.translate("CareTexts", "Service items"),
        "products_used": QCoreApplication.translate("CareTexts", "Products used"),
        "skin_condition": QCoreApplication.translate("CareTexts", "Skin condition"),
        "feedback": QCoreApplication.translate("CareTexts", "What she said"),
        "satisfaction": QCoreApplication.translate("CareTexts", "Satisfaction"),
        **score_parts(),
        "expectation": QCoreApplication.translate("CareTexts", "Expectation"),
        "amount_fen": QCoreApplication.translate("CareTexts", "Amount paid"),
        "card_id": QCoreApplication.translate("CareTexts", "Card"),
        "card_amount_fen": QCoreApplication.translate("CareTexts", "Taken from card"),
        "suggestion": QCoreApplication.translate("CareTexts", "Next time"),
        "kind": QCoreApplication.translate("CareTexts", "Kind"),
        "service_item": QCoreApplication.translate("CareTexts", "Service item"),
        "sessions_bought": QCoreApplication.translate("CareTexts", "Sessions bought"),
        "amount_paid_fen": QCoreApplication.translate("CareTexts", "Amount paid"),
        "value_loaded_fen": QCoreApplication.translate("CareTexts", "Value loaded"),
        "purchased_on": QCoreApplication.translate("CareTexts", "Bought on"),
        "expires_on": QCoreApplication.translate("CareTexts", "Expires on"),
        "sold_by": QCoreApplication.translate("CareTexts", "Sold by"),
    }


def card_line(card: CardStatus) -> str:
    """The card with what is left on it: sessions or balance."""
    if card.kind == "session":
        return (
            QCoreApplication.translate("CareTexts", "%1 — %2 session(s) left")
            .replace("%1", card.name)
            .replace("%2", str(card.sessions_left))
        )
    return (
        QCoreApplication.translate("CareTexts", "%1 — balance %2")
        .replace("%1", card.name)
        .replace("%2", money(card.balance_fen))
    )


def card_state(card: CardStatus, day: dt.date) -> str:
    if card.voided:
        return QCoreApplication.translate("CareTexts", "voided")
    if card.expired(day):
        return QCoreApplication.translate("CareTexts", "expired")
    if card.used_up():
        return QCoreApplication.translate("CareTexts", "used up")
    return QCoreApplication.translate("CareTexts", "valid")


def card_taken(sessions: int, amount_fen: int) -> str:
    """What one entry took from a card: a session, or an amount of its balance."""
    if sessions:
        return QCoreApplication.translate("CareTexts", "1 session")
    return money(amount_fen)


def card_paid(card_name: str, sessions: int, amount_fen: int) -> str:
    """The card an entry used, with what it took: "补水 × 10 (1 session)"."""
    return (
        QCoreApplication.translate("CareTexts", "%1 (%2)")
        .replace("%1", card_name)
        .replace("%2", card_taken(sessions, amount_fen))
    )
