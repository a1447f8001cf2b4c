"""Follow-up calls (回访): assign, work through one's own list, record what happened.

Priorities: 1 high, 2 normal, 3 low; a key customer's call is high unless the manager
says otherwise. A call closes with an outcome; "no answer" may open a retry N days on.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from salon_desk.services import audit
from salon_desk.services.clock import day_start
from salon_desk.services.frequency_rules import Group, group_for, load_rules
from salon_desk.services.frequency_window import window_start_moment
from salon_desk.services.permissions import Permission, require
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import FieldsInvalid, normalize_text
from salon_desk.store.database import write_transaction
from salon_desk.store.models import CareLog, Customer, FollowUp, Staff, utc_now

REASONS = FollowUp.REASONS
DECLINE_REASONS = FollowUp.DECLINE_REASONS
OUTCOMES = FollowUp.OUTCOMES  # what staff may record; RESOLVED_BY_VISIT is the program's
HIGH, NORMAL, LOW = 1, 2, 3
PRIORITIES = (HIGH, NORMAL, LOW)
# Outcome written when a logged visit answers an "overdue" call before anyone phoned.
RESOLVED_BY_VISIT = "visited"
MAX_RETRY_DAYS = 90


class CallProblem(enum.StrEnum):
    NO_CUSTOMERS = "call_no_customers"
    ASSIGNEE_REQUIRED = "call_assignee_required"
    DUE_IN_PAST = "call_due_in_past"
    REASON_UNKNOWN = "call_reason_unknown"
    PRIORITY_UNKNOWN = "call_priority_unknown"
    OUTCOME_UNKNOWN = "call_outcome_unknown"
    RETRY_OUT_OF_RANGE = "call_retry_out_of_range"
    NOT_OPEN = "call_not_open"
    DECLINE_REASON_REQUIRED = "call_decline_reason_required"


class CallInvalid(FieldsInvalid[CallProblem]):
    pass


@dataclass
class CallRequest:
    customer_ids: Sequence[int] = ()
    # None: each customer's own beautician, or whoever assigns when she has none (or left).
    assignee_id: int | None = None
    due_on: dt.date | None = None
    reason: str = "manual"
    priority: int | None = None  # None: high for key customers, normal otherwise
    note: str = ""


@dataclass(frozen=True)
class AssignResult:
    created: list[int] = field(default_factory=list)
    # Customers who already had an open call for the same reason: not called twice.
    skipped: list[int] = field(default_factory=list)
    # Marketing calls (birthday greetings) only reach customers who agreed to them.
    no_consent: list[int] = field(default_factory=list)


def validate_request(request: CallRequest, today: dt.date) -> dict[str, CallProblem]:
    errors: dict[str, CallProblem] = {}
    if not request.customer_ids:
        errors["customers"] = CallProblem.NO_CUSTOMERS
    if request.due_on is None or request.due_on < today:
        errors["due_on"] = CallProblem.DUE_IN_PAST
    if request.reason not in FollowUp.REASONS:
        errors["reason"] = CallProblem.REASON_UNKNOWN
    if request.priority is not None and request.priority not in PRIORITIES:
        errors["priority"] = CallProblem.PRIORITY_UNKNOWN
    return errors


def default_priorities(customer_ids: Sequence[int], today: dt.date) -> dict[int, int]:
    """High for the customers who are key by the shop's rules today, normal for the rest."""
    rules = load_rules()
    since = window_start_moment(today, rules)
    recent = pw.fn.SUM(pw.Case(None, [(CareLog.visited_at >= since, 1)], 0))
    query = (
        CareLog.select(CareLog.customer, pw.fn.COUNT(CareLog.id), recent)
        .where(CareLog.customer.in_(list(customer_ids)) & CareLog.voided_at.is_null())
        .group_by(CareLog.customer)
        .tuples()
    )
    key = {
        customer_id
        for customer_id, ever, in_window in query
        if group_for(ever, int(in_window or 0), rules) is Group.KEY
    }
    return {customer_id: HIGH if customer_id in key else NORMAL for customer_id in customer_ids}


# Greetings and invitations: only for those who agreed to them.
MARKETING_REASONS = frozenset({"birthday", "family_birthday", "holiday", "anniversary", "event"})


def assign_calls(
    request: CallRequest, actor_id: int | None, today: dt.date | None = None
) -> AssignResult:
    today = today or dt.date.today()
    errors = validate_request(request, today)
    if errors:
        raise CallInvalid(errors)
    wanted = list(dict.fromkeys(request.customer_ids))
    note = normalize_text(request.note)
    with write_transaction():
        already = {
            customer_id
            for (customer_id,) in FollowUp.select(FollowUp.customer)
            .where(
                FollowUp.customer.in_(wanted)
                & (FollowUp.status == "open")
                & (FollowUp.reason == request.reason)
            )
            .tuples()
        }
        no_consent: set[int] = set()
        if request.reason in MARKETING_REASONS:
            no_consent = {
                customer_id
                for (customer_id,) in Customer.select(Customer.id)
                .where(Customer.id.in_(wanted) & ~Customer.marketing_consent)
                .tuples()
            }
        active = {staff_id for (staff_id,) in Staff.select(Staff.id).where(Staff.active).tuples()}
        own_staff = dict(
            Customer.select(Customer.id, Customer.responsible_staff)
            .where(Customer.id.in_(wanted))
            .tuples()
        )
        priorities = (
            default_priorities(wanted, today)
            if request.priority is None
            else dict.fromkeys(wanted, request.priority)
        )
        created = []
        shop_id = this_pc_shop()  # the shop that makes the calls
        for customer_id in wanted:
            if customer_id in already or customer_id in no_consent:
                continue
            own = own_staff.get(customer_id)
            assignee = request.assignee_id or (own if own in active else None) or actor_id
            if assignee is None:
                raise CallInvalid({"assignee": CallProblem.ASSIGNEE_REQUIRED})
            values = {
                "customer": customer_id,
                "assignee": assignee,
                "created_by": actor_id,
                "reason": request.reason,
                "due_on": request.due_on,
                "priority": priorities[customer_id],
                "note": note,
            }
            call_id = int(FollowUp.insert(shop=shop_id, **values).execute())
            audit.record_create(
                customer_id,
                {
                    k: audit.as_text(v)
                    for k, v in values.items()
                    if k not in ("customer", "created_by")
                },
                actor_id,
                table="follow_up",
                record_id=call_id,
            )
            created.append(call_id)
    return AssignResult(
        created=created,
        skipped=[c for c in wanted if c in already],
        no_consent=[c for c in wanted if c in no_consent and c not in already],
    )


def record_outcome(
    call_id: int,
    outcome: str,
    note: str,
    actor_id: int | None,
    retry_in_days: int | None = None,
    today: dt.date | None = None,
    decline_reason: str = "",
) -> int | None:
    """Close a call with what happened; return the id of the retry call if one was made.
    She declined: why is one of FollowUp.DECLINE_REASONS (18.3)."""
    today = today or dt.date.today()
    if outcome not in FollowUp.OUTCOMES:
        raise CallInvalid({"outcome": CallProblem.OUTCOME_UNKNOWN})
    if outcome != "declined":
        decline_reason = ""
    elif decline_reason not in FollowUp.DECLINE_REASONS:
        raise CallInvalid({"decline_reason": CallProblem.DECLINE_REASON_REQUIRED})
    if retry_in_days is not None and not 1 <= retry_in_days <= MAX_RETRY_DAYS:
        raise CallInvalid({"retry": CallProblem.RETRY_OUT_OF_RANGE})
    note = normalize_text(note)
    with write_transaction():
        call = FollowUp.get_by_id(call_id)
        if call.status != "open":
            raise CallInvalid({"call": CallProblem.NOT_OPEN})
        _close(call, outcome, note, actor_id, decline_reason)
        if retry_in_days is None or outcome != "no_answer":
            return None
        retry_id = int(
            FollowUp.insert(
                customer=call.customer_id,
                assignee=call.assignee_id,
                created_by=actor_id,
                reason=call.reason,
                due_on=today + dt.timedelta(days=retry_in_days),
                priority=call.priority,
                note=call.note,
                shop=call.shop_id,
            ).execute()
        )
        audit.record_action(
            call.customer_id, "retry", actor_id, table="follow_up", record_id=retry_id
        )
        return retry_id


def _close(
    call: FollowUp, outcome: str, note: str, actor_id: int | None, decline_reason: str = ""
) -> None:
    FollowUp.update(
        status="done",
        outcome=outcome,
        outcome_note=note,
        decline_reason=decline_reason,
        completed_at=utc_now(),
    ).where(FollowUp.id == call.id).execute()
    audit.record_update(
        call.customer_id,
        {"status": "open", "outcome": "", "outcome_note": "", "decline_reason": ""},
        {
            "status": "done",
            "outcome": outcome,
            "outcome_note": note,
            "decline_reason": decline_reason,
        },
        actor_id,
        table="follow_up",
        record_id=call.id,
    )


def decline_reasons(first: dt.date, last: dt.date) -> dict[str, int]:
    """How many calls closed in the period ended with her declining, by her reason
    (18.3): every reason, none left out."""
    counted = dict.fromkeys(FollowUp.DECLINE_REASONS, 0)
    rows = (
        FollowUp.select(FollowUp.decline_reason, pw.fn.COUNT(FollowUp.id))
        .where(
            (FollowUp.outcome == "declined")
            & (FollowUp.completed_at >= day_start(first))
            & (FollowUp.completed_at < day_start(last + dt.timedelta(days=1)))
        )
        .group_by(FollowUp.decline_reason)
        .tuples()
    )
    for reason, count in rows:
        counted[reason or "other"] = counted.get(reason or "other", 0) + int(count)
    return counted


LOW_SATISFACTION_KEY = "low_satisfaction_at"  # a score at or below it is low (18.1)
DEFAULT_LOW_SATISFACTION = 2


def low_satisfaction_at() -> int:
    from salon_desk.services import settings_store

    stored = settings_store.read_setting(LOW_SATISFACTION_KEY)
    return stored if isinstance(stored, int) and 1 <= stored <= 5 else DEFAULT_LOW_SATISFACTION


def store_manager(shop_id: int) -> int | None:
    """Who answers for the shop's service: its (first) store manager, else the owner."""
    for role in ("manager", "owner"):
        found = (
            Staff.select(Staff.id)
            .where(
                (Staff.role == role)
                & Staff.active
                & ((Staff.shop == shop_id) | Staff.shop.is_null())
            )
            .order_by(Staff.id)
            .scalar()
        )
        if found is not None:
            return int(found)
    return None


def recovery_call_after(
    customer_id: int, score: int, actor_id: int | None, today: dt.date | None = None
) -> int | None:
    """A score at or below the shop's line makes a high-priority call for the store
    manager due the same day (服务补救), unless one is open for her already; inside the
    visit's transaction. Returns the call's id when one was made."""
    if score > low_satisfaction_at():
        return None
    today = today or dt.date.today()
    manager = store_manager(this_pc_shop()) or actor_id
    request = CallRequest([customer_id], manager, today, "recovery", HIGH)
    made = assign_calls(request, actor_id, today).created
    return made[0] if made else None


def close_overdue_calls_after_visit(customer_id: int, actor_id: int | None) -> int:
    """A logged visit answers her open "overdue" calls. Call inside the visit's transaction."""
    calls = list(
        FollowUp.select().where(
            (FollowUp.customer == customer_id)
            & (FollowUp.status == "open")
            & (FollowUp.reason == "overdue")
        )
    )
    for call in calls:
        _close(call, RESOLVED_BY_VISIT, "", actor_id)
    return len(calls)


def _require_own_or_manager(calls: Sequence[Any], actor_id: int | None) -> None:
    """A colleague's calls are the manager's to move or drop; her own are hers."""
    if any(call.assignee_id != actor_id for call in calls):
        require(actor_id, Permission.OTHERS_CALLS)


def reassign(call_ids: Sequence[int], assignee_id: int, actor_id: int | None) -> int:
    """Hand open calls to someone else; closed ones are left as they were."""
    with write_transaction():
        calls = list(
            FollowUp.select().where(FollowUp.id.in_(list(call_ids)) & (FollowUp.status == "open"))
        )
        _require_own_or_manager(calls, actor_id)
        for call in calls:
            if call.assignee_id == assignee_id:
                continue
            FollowUp.update(assignee=assignee_id).where(FollowUp.id == call.id).execute()
            audit.record_update(
                call.customer_id,
                {"assignee": str(call.assignee_id)},
                {"assignee": str(assignee_id)},
                actor_id,
                table="follow_up",
                record_id=call.id,
            )
    return len(calls)


def cancel_calls(call_ids: Sequence[int], actor_id: int | None) -> int:
    """Drop calls nobody needs to make any more; ones already closed are left as they were."""
    with write_transaction():
        calls = list(
            FollowUp.select().where(FollowUp.id.in_(list(call_ids)) & (FollowUp.status == "open"))
        )
        _require_own_or_manager(calls, actor_id)
        for call in calls:
            FollowUp.update(status="cancelled", completed_at=utc_now()).where(
                FollowUp.id == call.id
            ).execute()
            audit.record_action(
                call.customer_id, "cancel", actor_id, table="follow_up", record_id=call.id
            )
    return len(calls)
