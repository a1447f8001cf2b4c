"""The words of exported workbooks and of the import report, in the user's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from salon_desk.services import catalogues
from salon_desk.services.cards import CardStatus
from salon_desk.services.excel_import import Vocabulary
from salon_desk.services.export_texts import ExportTexts
from salon_desk.services.frequency import FrequencyRow
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts as care_texts
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.follow_ups import texts as call_texts


def sheet_names() -> dict[str, str]:
    return {
        "customers": QCoreApplication.translate("ExcelTexts", "Customers"),
        "care_log": QCoreApplication.translate("ExcelTexts", "Care log"),
        "cards": QCoreApplication.translate("ExcelTexts", "Cards"),
        "follow_ups": QCoreApplication.translate("ExcelTexts", "Follow-up calls"),
        "complaints": QCoreApplication.translate("ExcelTexts", "Complaints"),
    }


def headers() -> dict[str, str]:
    fields = labels.field_names()
    return {
        "customer_no": QCoreApplication.translate("ExcelTexts", "Customer no."),
        "legacy_code": fields["legacy_code"],
        "name": fields["name"],
        "gender": fields["gender"],
        "phone": fields["phone"],
        "other_phone": fields["other_phone"],
        "birthday": fields["birthday"],
        "lunar_birthday": QCoreApplication.translate("ExcelTexts", "Lunar birthday"),
        "age": QCoreApplication.translate("ExcelTexts", "Age"),
        "address": fields["address"],
        "occupation": fields["occupation"],
        "interests": fields["interests"],
        "skin_type": fields["skin_type"],
        "skin_concerns": fields["skin_concerns"],
        "allergies": fields["allergies"],
        "psychology_type": fields["psychology_type_id"],
        "personality_type": fields["personality_type_id"],
        "traits": fields["traits"],
        "responsible_staff": fields["responsible_staff_id"],
        "referral_channel": fields["referral_channel"],
        "referred_by": fields["referred_by_id"],
        "referrer_phone": QCoreApplication.translate("ExcelTexts", "Referrer's phone"),
        "referred_by_staff": fields["referred_by_staff_id"],
        "referral_note": fields["referral_note"],
        "wechat": fields["wechat"],
        "enquiry": fields["enquiry"],
        "marketing_consent": fields["marketing_consent"],
        "notes": fields["notes"],
        "created_at": QCoreApplication.translate("ExcelTexts", "File created"),
        "visits": QCoreApplication.translate("ExcelTexts", "Visits"),
        "first_visit": QCoreApplication.translate("ExcelTexts", "First visit"),
        "last_visit": QCoreApplication.translate("ExcelTexts", "Last visit"),
        "last_note_at": QCoreApplication.translate("ExcelTexts", "Last care note on"),
        "last_note": QCoreApplication.translate("ExcelTexts", "Last care note"),
        "spend_12_months": QCoreApplication.translate("ExcelTexts", "Paid, last 12 months"),
        "sessions_left": QCoreApplication.translate("ExcelTexts", "Sessions left"),
        "balance": QCoreApplication.translate("ExcelTexts", "Balance"),
        "value_tier": QCoreApplication.translate("ExcelTexts", "Value tier"),
        "group": QCoreApplication.translate("ExcelTexts", "Frequency group"),
        "overdue": QCoreApplication.translate("ExcelTexts", "Overdue"),
        "overdue_reason": QCoreApplication.translate("ExcelTexts", "Why she may be slipping away"),
        "archived": QCoreApplication.translate("ExcelTexts", "Archived"),
        "visited_at": QCoreApplication.translate("ExcelTexts", "Visited"),
        "customer": QCoreApplication.translate("ExcelTexts", "Customer"),
        "beautician": QCoreApplication.translate("ExcelTexts", "Beautician"),
        "service_items": QCoreApplication.translate("ExcelTexts", "Service items"),
        "products_used": QCoreApplication.translate("ExcelTexts", "Products used"),
        "skin_condition": QCoreApplication.translate("ExcelTexts", "Skin condition"),
        "feedback": QCoreApplication.translate("ExcelTexts", "What she said"),
        "satisfaction": QCoreApplication.translate("ExcelTexts", "Satisfaction"),
        "amount": QCoreApplication.translate("ExcelTexts", "Amount paid"),
        "card": QCoreApplication.translate("ExcelTexts", "Card"),
        "card_sessions_used": QCoreApplication.translate("ExcelTexts", "Card sessions used"),
        "card_amount": QCoreApplication.translate("ExcelTexts", "Taken from card"),
        "suggestion": QCoreApplication.translate("ExcelTexts", "Next time"),
        "voided": QCoreApplication.translate("ExcelTexts", "Voided"),
        "void_reason": QCoreApplication.translate("ExcelTexts", "Why voided"),
        "card_kind": QCoreApplication.translate("ExcelTexts", "Kind"),
        "sessions_bought": QCoreApplication.translate("ExcelTexts", "Sessions bought"),
        "sessions_used": QCoreApplication.translate("ExcelTexts", "Sessions used"),
        "value_loaded": QCoreApplication.translate("ExcelTexts", "Value loaded"),
        "amount_paid": QCoreApplication.translate("ExcelTexts", "Amount paid"),
        "purchased_on": QCoreApplication.translate("ExcelTexts", "Bought on"),
        "expires_on": QCoreApplication.translate("ExcelTexts", "Expires on"),
        "card_state": QCoreApplication.translate("ExcelTexts", "State"),
        "due_on": QCoreApplication.translate("ExcelTexts", "Call by"),
        "reason": QCoreApplication.translate("ExcelTexts", "Reason"),
        "assignee": QCoreApplication.translate("ExcelTexts", "Who calls"),
        "priority": QCoreApplication.translate("ExcelTexts", "Priority"),
        "note": QCoreApplication.translate("ExcelTexts", "Note"),
        "status": QCoreApplication.translate("ExcelTexts", "Status"),
        "outcome": QCoreApplication.translate("ExcelTexts", "Outcome"),
        "outcome_note": QCoreApplication.translate("ExcelTexts", "What she said on the phone"),
        "completed_at": QCoreApplication.translate("ExcelTexts", "Closed"),
        "received_on": QCoreApplication.translate("ExcelTexts", "Received on"),
        "channel": QCoreApplication.translate("ExcelTexts", "Channel"),
        "category": QCoreApplication.translate("ExcelTexts", "Category"),
        "description": QCoreApplication.translate("ExcelTexts", "What she said"),
        "handling": QCoreApplication.translate("ExcelTexts", "How it was handled"),
        "result": QCoreApplication.translate("ExcelTexts", "Result"),
        "handled_by": QCoreApplication.translate("ExcelTexts", "Handled by"),
        "complaint_status": QCoreApplication.translate("ExcelTexts", "Status"),
        "closed_on": QCoreApplication.translate("ExcelTexts", "Closed on"),
        "form_number": QCoreApplication.translate("ExcelTexts", "Form number"),
        "cause": QCoreApplication.translate("ExcelTexts", "Cause"),
        "service_gap": QCoreApplication.translate("ExcelTexts", "Service gap"),
        "first_reply_on": QCoreApplication.translate("ExcelTexts", "First reply"),
    }


def export_texts() -> ExportTexts:
    return ExportTexts(
        sheet_names=sheet_names(),
        headers=headers(),
        yes=labels.yes_no(True),
        no=labels.yes_no(False),
    )


def labeller() -> Callable[[str, Any], Any]:
    """``labels(field, code)`` for the exporter: codes and ids into the words on screen."""
    types = {type_id: labels.type_name(entry) for type_id, entry in labels.types_by_id().items()}
    choices: dict[str, dict[Any, str]] = {
        "gender": labels.genders(),
        "skin_type": {k: v for k, v in labels.skin_types().items() if k},
        "referral_channel": {k: v for k, v in labels.referral_channels().items() if k},
        "type": types,
        "group": call_texts.groups(),
        "tier": dict(enumerate(labels.tier_names())),
        "reason": care_texts.follow_up_reasons(),
        "priority": call_texts.priorities(),
        "status": call_texts.record_statuses(),
        "outcome": call_texts.outcomes(),
        "channel": call_texts.complaint_channels(),
        "category": care_texts.complaint_categories(),
        "card_kind": care_texts.card_kinds(),
        "cause": {k: v for k, v in register_texts.causes().items() if k},
        "service_gap": {k: v for k, v in register_texts.service_gaps().items() if k},
    }

    def label(field: str, value: Any) -> Any:
        if field == "overdue_reason" and isinstance(value, FrequencyRow):
            return call_texts.overdue_reason(value)
        if field == "card_state" and isinstance(value, CardStatus):
            return care_texts.card_state(value, dt.date.today())
        if value is None or value == "":
            return None
        return choices.get(field, {}).get(value, value)

    return label


# Columns of our own export that read back into a profile (the rest are figures).
IMPORT_COLUMNS = (
    "legacy_code",
    "name",
    "gender",
    "phone",
    "other_phone",
    "wechat",
    "birthday",
    "lunar_birthday",
    "address",
    "occupation",
    "interests",
    "skin_type",
    "skin_concerns",
    "allergies",
    "psychology_type",
    "personality_type",
    "traits",
    "responsible_staff",
    "referral_channel",
    "referred_by",
    "referrer_phone",
    "referred_by_staff",
    "referral_note",
    "enquiry",
    "marketing_consent",
    "notes",
)


def import_vocabulary() -> Vocabulary:
    """Our own export's headers and the words on screen, so our files read back."""
    shown = headers()
    types = labels.types_by_id()
    return Vocabulary(
        headers={shown[column]: column for column in IMPORT_COLUMNS},
        choices={
            "gender": {v: k for k, v in labels.genders().items() if k},
            "skin_type": {v: k for k, v in labels.skin_types().items() if k},
            "referral_channel": {v: k for k, v in labels.referral_channels().items() if k},
            "psychology_type": {
                labels.type_name(e): e.id for e in types.values() if e.kind == "psychology"
            },
            "personality_type": {
                labels.type_name(e): e.id for e in types.values() if e.kind == "personality"
            },
            "traits": {labels.type_name(e): e.id for e in types.values() if e.kind == "trait"},
            "responsible_staff": {
                m.name: m.id for m in catalogues.list_staff(include_inactive=True)
            },
        },
        yes={labels.yes_no(True)},
        no={labels.yes_no(False)},
    )
