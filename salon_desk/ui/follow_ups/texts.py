"""Words for groups, calls, complaints and the reasons a customer is slipping away."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from salon_desk.services.follow_up_lists import Due
from salon_desk.services.frequency import FrequencyRow
from salon_desk.ui import labels


def groups() -> dict[str, str]:
    return {
        "key": QCoreApplication.translate("CallTexts", "Key"),
        "potential": QCoreApplication.translate("CallTexts", "Potential"),
        "follow_up": QCoreApplication.translate("CallTexts", "Follow-up"),
        "new": QCoreApplication.translate("CallTexts", "New"),
    }


def outcomes() -> dict[str, str]:
    return {
        "reached": QCoreApplication.translate("CallTexts", "Reached"),
        "no_answer": QCoreApplication.translate("CallTexts", "No answer"),
        "booked": QCoreApplication.translate("CallTexts", "Booked a visit"),
        "declined": QCoreApplication.translate("CallTexts", "Declined"),
        "wrong_number": QCoreApplication.translate("CallTexts", "Wrong number"),
        "visited": QCoreApplication.translate("CallTexts", "She came in"),
    }


def decline_reasons() -> dict[str, str]:
    """Why she declined on a call (18.3)."""
    return {
        "price": QCoreApplication.translate("CallTexts", "Price"),
        "moved": QCoreApplication.translate("CallTexts", "Moved away"),
        "result": QCoreApplication.translate("CallTexts", "Not happy with the result"),
        "staff": QCoreApplication.translate("CallTexts", "A staff member"),
        "competitor": QCoreApplication.translate("CallTexts", "Goes to another salon"),
        "time": QCoreApplication.translate("CallTexts", "No time"),
        "other": QCoreApplication.translate("CallTexts", "Other"),
    }


def priorities() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("CallTexts", "High"),
        2: QCoreApplication.translate("CallTexts", "Normal"),
        3: QCoreApplication.translate("CallTexts", "Low"),
    }


def due_states() -> dict[Due, str]:
    return {
        Due.OVERDUE: QCoreApplication.translate("CallTexts", "Overdue"),
        Due.TODAY: QCoreApplication.translate("CallTexts", "Today"),
        Due.UPCOMING: QCoreApplication.translate("CallTexts", "Upcoming"),
    }


def complaint_channels() -> dict[str, str]:
    return {
        "in_person": QCoreApplication.translate("CallTexts", "In person"),
        "phone": QCoreApplication.translate("CallTexts", "Phone"),
        "message": QCoreApplication.translate("CallTexts", "Letter or message"),
        "visit": QCoreApplication.translate("CallTexts", "During a visit"),
        "follow_up_visit": QCoreApplication.translate("CallTexts", "On our follow-up call"),
        "online_review": QCoreApplication.translate("CallTexts", "Online review"),
        "media_legal": QCoreApplication.translate("CallTexts", "Media or legal"),
    }


def complaint_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("CallTexts", "Open"),
        "handling": QCoreApplication.translate("CallTexts", "Being handled"),
        "closed": QCoreApplication.translate("CallTexts", "Closed"),
    }


def problems() -> dict[str, str]:
    return {
        "call_decline_reason_required": QCoreApplication.translate(
            "CallTexts", "Say why she declined."
        ),
        "call_no_customers": QCoreApplication.translate(
            "CallTexts", "Choose at least one customer."
        ),
        "call_assignee_required": QCoreApplication.translate(
            "CallTexts", "Choose who makes the call."
        ),
        "call_due_in_past": QCoreApplication.translate(
            "CallTexts", "The due date cannot be before today."
        ),
        "call_reason_unknown": QCoreApplication.translate("CallTexts", "Choose a reason."),
        "call_priority_unknown": QCoreApplication.translate("CallTexts", "Choose a priority."),
        "call_outcome_unknown": QCoreApplication.translate("CallTexts", "Choose what happened."),
        "call_retry_out_of_range": QCoreApplication.translate(
            "CallTexts", "Retry within 1 to 90 days."
        ),
        "call_not_open": QCoreApplication.translate(
            "CallTexts", "This call was already closed by someone else."
        ),
        "complaint_received_in_future": QCoreApplication.translate(
            "CallTexts", "The date received cannot be in the future."
        ),
        "complaint_description_required": QCoreApplication.translate(
            "CallTexts", "Write down what she said."
        ),
        "choice_unknown": QCoreApplication.translate("CallTexts", "Choose one from the list."),
        "complaint_closed_on_required": QCoreApplication.translate(
            "CallTexts", "A closed complaint needs the date it was closed."
        ),
        "complaint_closed_before_received": QCoreApplication.translate(
            "CallTexts", "It cannot close before it was received."
        ),
        "complaint_closed_in_future": QCoreApplication.translate(
            "CallTexts", "The closing date cannot be in the future."
        ),
        "rule_out_of_range": QCoreApplication.translate("CallTexts", "Out of range."),
        "rule_potential_not_below_key": QCoreApplication.translate(
            "CallTexts", "Must be lower than the key-customer threshold."
        ),
    }


def record_field_names() -> dict[str, str]:
    """Fields of calls and complaints, as the change history names them."""
    return {
        "assignee": QCoreApplication.translate("CallTexts", "Who calls"),
        "reason": QCoreApplication.translate("CallTexts", "Reason"),
        "decline_reason": QCoreApplication.translate("CallTexts", "Why she declined"),
        "due_on": QCoreApplication.translate("CallTexts", "Call by"),
        "priority": QCoreApplication.translate("CallTexts", "Priority"),
        "note": QCoreApplication.translate("CallTexts", "Note"),
        "status": QCoreApplication.translate("CallTexts", "Status"),
        "outcome": QCoreApplication.translate("CallTexts", "Outcome"),
        "outcome_note": QCoreApplication.translate("CallTexts", "What she said on the phone"),
        "received_on": QCoreApplication.translate("CallTexts", "Received on"),
        "channel": QCoreApplication.translate("CallTexts", "Channel"),
        "category": QCoreApplication.translate("CallTexts", "Category"),
        "description": QCoreApplication.translate("CallTexts", "What she said"),
        "handling": QCoreApplication.translate("CallTexts", "How it was handled"),
        "result": QCoreApplication.translate("CallTexts", "Result"),
        "handled_by": QCoreApplication.translate("CallTexts", "Handled by"),
        "closed_on": QCoreApplication.translate("CallTexts", "Closed on"),
        "cause": QCoreApplication.translate("CallTexts", "Cause"),
        "service_gap": QCoreApplication.translate("CallTexts", "Service gap"),
        "care_log": QCoreApplication.translate("CallTexts", "The visit"),
        "first_reply_on": QCoreApplication.translate("CallTexts", "First reply"),
        "signer": QCoreApplication.translate("CallTexts", "Signed by"),
        "signed_on": QCoreApplication.translate("CallTexts", "Signed on"),
        "opinion": QCoreApplication.translate("CallTexts", "Opinion"),
    }


def record_statuses() -> dict[str, str]:
    """Statuses of calls and complaints together (their codes do not clash in meaning)."""
    return {
        **complaint_statuses(),
        "done": QCoreApplication.translate("CallTexts", "Done"),
        "cancelled": QCoreApplication.translate("CallTexts", "Cancelled"),
    }


def short_date(day: dt.date) -> str:
    return day.isoformat()


def overdue_reason(row: FrequencyRow) -> str:
    """Why she looks like she is slipping away, in the words a manager would use."""
    if not row.overdue:
        return ""
    days = str(row.days_since_last)
    if row.own_rhythm and row.typical_days is not None:
        usual = str(round(row.typical_days))
        parts = [
            QCoreApplication.translate("CallTexts", "usually every %1 days, last visit %2 days ago")
            .replace("%1", usual)
            .replace("%2", days)
        ]
    else:
        parts = [
            QCoreApplication.translate("CallTexts", "last visit %1 days ago").replace("%1", days)
        ]
    if row.p_alive is not None:  # the retention model's, when the shop's fit is trusted
        parts[0] += QCoreApplication.translate("CallTexts", ": %1 chance she still comes").replace(
            "%1", labels.chance(row.p_alive)
        )
    signals = row.signals
    if signals.sessions_left:
        parts.append(
            QCoreApplication.translate("CallTexts", "sessions left on her cards: %1").replace(
                "%1", str(signals.sessions_left)
            )
        )
    if signals.balance_fen > 0:
        parts.append(
            QCoreApplication.translate("CallTexts", "¥%1 left on her stored-value card").replace(
                "%1", f"{signals.balance_fen / 100:,.2f}"
            )
        )
    if signals.card_finished:
        parts.append(QCoreApplication.translate("CallTexts", "her card is used up or expired"))
    if signals.complaint_open_since is not None:
        parts.append(
            QCoreApplication.translate("CallTexts", "complaint open since %1").replace(
                "%1", short_date(signals.complaint_open_since)
            )
        )
    if signals.last_satisfaction is not None:
        parts.append(
            QCoreApplication.translate("CallTexts", "rated her last visit %1/5").replace(
                "%1", str(signals.last_satisfaction)
            )
        )
    separator = QCoreApplication.translate("CallTexts", "; ")
    return separator.join(parts)
