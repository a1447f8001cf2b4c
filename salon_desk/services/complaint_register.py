"""The complaint register's further duties (issue 18.2): the shop's deadline for a first
reply, the sign-off steps of the paper form (front desk → technical/quality → manager,
each with a name, a date and an opinion, in that order), and the counts a manager reads
for a period — by category, cause, service gap, channel and month, how many were answered
late, and the average days to a first reply.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from dataclasses import dataclass, field

from salon_desk.services import audit, settings_store
from salon_desk.services.permissions import MANAGING_ROLES
from salon_desk.services.report_months import month_key, month_starts
from salon_desk.services.validation import FieldsInvalid, normalize_text
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Complaint, ComplaintSignOff, Staff

REPLY_DAYS_KEY = "complaint_reply_days"
DEFAULT_REPLY_DAYS = 3  # the old fixed rule, until the shop sets its own
REPLY_DAYS_LIMITS = (0, 60)
STEPS = ComplaintSignOff.STEPS


def reply_days() -> int:
    """Within how many days of receiving it a complaint must have its first reply."""
    return settings_store.read_whole_number(REPLY_DAYS_KEY, DEFAULT_REPLY_DAYS, REPLY_DAYS_LIMITS)


def save_reply_days(days: int, actor_id: int | None) -> None:
    settings_store.write_whole_number(REPLY_DAYS_KEY, days, REPLY_DAYS_LIMITS, actor_id)


class SignOffProblem(enum.StrEnum):
    STEP_UNKNOWN = "sign_off_step_unknown"
    EARLIER_STEP_MISSING = "sign_off_earlier_step_missing"
    SIGNER_REQUIRED = "sign_off_signer_required"
    NOT_A_MANAGER = "sign_off_not_a_manager"
    SIGNED_IN_FUTURE = "sign_off_in_future"
    SIGNED_BEFORE_RECEIVED = "sign_off_before_received"


class SignOffInvalid(FieldsInvalid[SignOffProblem]):
    pass


@dataclass(frozen=True)
class SignOff:
    step: str
    signer_id: int | None
    signer_name: str
    signed_on: dt.date
    opinion: str


def sign_offs(complaint_id: int) -> dict[str, SignOff]:
    """The steps signed so far, by step."""
    query = ComplaintSignOff.select().where(ComplaintSignOff.complaint == complaint_id)
    return {
        row.step: SignOff(row.step, row.signer_id, row.signer_name, row.signed_on, row.opinion)
        for row in query
    }


def sign(
    complaint_id: int,
    step: str,
    signer_id: int | None,
    signed_on: dt.date,
    opinion: str,
    actor_id: int | None,
    today: dt.date | None = None,
) -> None:
    """Sign one step (again: the signature is replaced). The steps go in order; the
    manager's step is a manager's or the owner's."""
    today = today or dt.date.today()
    errors: dict[str, SignOffProblem] = {}
    if step not in STEPS:
        raise SignOffInvalid({"step": SignOffProblem.STEP_UNKNOWN})
    with write_transaction():
        complaint = Complaint.get_by_id(complaint_id)
        signed = sign_offs(complaint_id)
        earlier = STEPS[: STEPS.index(step)]
        if any(previous not in signed for previous in earlier):
            errors["step"] = SignOffProblem.EARLIER_STEP_MISSING
        signer = Staff.get_or_none(Staff.id == signer_id) if signer_id is not None else None
        if signer is None:
            errors["signer"] = SignOffProblem.SIGNER_REQUIRED
        elif step == "manager" and signer.role not in MANAGING_ROLES:
            errors["signer"] = SignOffProblem.NOT_A_MANAGER
        if signed_on > today:
            errors["signed_on"] = SignOffProblem.SIGNED_IN_FUTURE
        elif signed_on < complaint.received_on:
            errors["signed_on"] = SignOffProblem.SIGNED_BEFORE_RECEIVED
        if errors:
            raise SignOffInvalid(errors)
        assert signer is not None
        values = {
            "signer": signer.id,
            "signer_name": signer.name,
            "signed_on": signed_on,
            "opinion": normalize_text(opinion),
        }
        before = signed.get(step)
        if before is None:
            record_id = int(
                ComplaintSignOff.insert(complaint=complaint_id, step=step, **values).execute()
            )
        else:
            ComplaintSignOff.update(**values).where(
                (ComplaintSignOff.complaint == complaint_id) & (ComplaintSignOff.step == step)
            ).execute()
            record_id = int(
                ComplaintSignOff.get(
                    (ComplaintSignOff.complaint == complaint_id) & (ComplaintSignOff.step == step)
                ).id
            )
        old = (
            {}
            if before is None
            else {
                "signer": before.signer_name,
                "signed_on": audit.as_text(before.signed_on),
                "opinion": before.opinion,
            }
        )
        new = {
            "signer": signer.name,
            "signed_on": audit.as_text(signed_on),
            "opinion": str(values["opinion"]),
        }
        audit.record_update(
            complaint.customer_id, old, new, actor_id, "complaint_sign_off", record_id
        )


@dataclass(frozen=True)
class ComplaintCounts:
    first: dt.date
    last: dt.date
    total: int
    by_category: Counter[str] = field(default_factory=Counter)
    by_cause: Counter[str] = field(default_factory=Counter)  # "" not classified
    by_gap: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    by_month: list[tuple[str, Counter[str]]] = field(default_factory=list)  # cause counts
    still_open: int = 0
    replied: int = 0
    replied_late: int = 0  # first reply after the deadline
    waiting_late: int = 0  # open, no reply, past the deadline today
    reply_days_total: int = 0  # days to the first reply, added up

    @property
    def average_reply_days(self) -> float | None:
        return self.reply_days_total / self.replied if self.replied else None


def counts(
    first: dt.date, last: dt.date, today: dt.date | None = None, shop_id: int | None = None
) -> ComplaintCounts:
    """The period's complaints (by the day received), counted every way the register
    classifies them."""
    today = today or dt.date.today()
    allowed = reply_days()
    query = Complaint.select(
        Complaint.received_on,
        Complaint.category,
        Complaint.cause,
        Complaint.service_gap,
        Complaint.channel,
        Complaint.status,
        Complaint.first_reply_on,
    ).where(Complaint.received_on.between(first, last))
    if shop_id is not None:
        query = query.where(Complaint.shop == shop_id)
    months = {month_key(start): Counter[str]() for start in month_starts(first, last)}
    by: dict[str, Counter[str]] = {k: Counter() for k in ("category", "cause", "gap", "channel")}
    total = still_open = replied = late = waiting = days_total = 0
    for received, category, cause, gap, channel, status, reply in query.tuples():
        total += 1
        for name, value in (("category", category), ("cause", cause), ("gap", gap)):
            by[name][value] += 1
        by["channel"][channel] += 1
        months[month_key(received)][cause] += 1
        still_open += status != "closed"
        due = received + dt.timedelta(days=allowed)
        if reply is not None:
            replied += 1
            days_total += (reply - received).days
            late += reply > due
        elif status != "closed" and today > due:
            waiting += 1
    return ComplaintCounts(
        first,
        last,
        total,
        by["category"],
        by["cause"],
        by["gap"],
        by["channel"],
        list(months.items()),
        still_open,
        replied,
        late,
        waiting,
        days_total,
    )


def as_json_ready(found: ComplaintCounts) -> dict[str, object]:
    return {
        "report": "complaints",
        "from": found.first.isoformat(),
        "to": found.last.isoformat(),
        "total": found.total,
        "still_open": found.still_open,
        "replied": found.replied,
        "replied_late": found.replied_late,
        "waiting_late": found.waiting_late,
        "average_reply_days": None
        if found.average_reply_days is None
        else round(found.average_reply_days, 2),
        "by_category": dict(found.by_category),
        "by_cause": dict(found.by_cause),
        "by_service_gap": dict(found.by_gap),
        "by_channel": dict(found.by_channel),
        "by_month": {month: dict(causes) for month, causes in found.by_month},
    }
