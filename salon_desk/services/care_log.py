"""Care log entries (护理日志): log a session, correct it, void it. Entries are never deleted.

Every write runs in one transaction that re-reads the card it uses after taking it (an
IMMEDIATE transaction on SQLite, the card's row locked on a server), so two front-desk
PCs cannot both spend the last session of the same card.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salon_desk.services import audit, follow_ups, value_tiers
from salon_desk.services.cards import CardProblem, card_status, use_refusal
from salon_desk.services.clock import from_stored, to_stored
from salon_desk.services.permissions import Permission, require
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import FieldsInvalid, clean_text, normalize_text
from salon_desk.store import visit_figures
from salon_desk.store.database import lock_row, write_transaction
from salon_desk.store.models import (
    Card,
    CareLog,
    CareLogItem,
    Customer,
    ServiceItem,
    Staff,
    utc_now,
)

# A form left open shows a "now" a little behind the clock; this much is not "future".
CLOCK_SLACK = dt.timedelta(minutes=2)


class EntryProblem(enum.StrEnum):
    CUSTOMER_REQUIRED = "customer_required"
    VISIT_TIME_REQUIRED = "visit_time_required"
    VISIT_IN_FUTURE = "visit_in_future"
    BEAUTICIAN_REQUIRED = "beautician_required"
    SERVICES_REQUIRED = "services_required"
    SATISFACTION_RANGE = "satisfaction_range"
    EXPECTATION_UNKNOWN = "expectation_unknown"
    AMOUNT_NEGATIVE = "amount_negative"
    REASON_REQUIRED = "reason_required"
    CUSTOMER_FIXED = "customer_fixed"


@dataclass
class CareEntryInput:
    """What the beautician types. ``visited_at`` is aware (or naive meaning local time)."""

    customer_id: int | None = None
    visited_at: dt.datetime | None = None
    beautician_id: int | None = None
    service_item_ids: tuple[int, ...] = ()
    products_used: str = ""
    skin_condition: str = ""
    feedback: str = ""
    satisfaction: int | None = None
    amount_fen: int = 0
    card_id: int | None = None
    card_amount_fen: int = 0  # stored-value cards only; a session card pays one session
    suggestion: str = ""
    # Satisfaction's parts and her expectation (18.1), all optional.
    reception_score: int | None = None
    treatment_score: int | None = None
    result_score: int | None = None
    expectation: str = ""  # EXPECTATIONS


class EntryInvalid(FieldsInvalid[EntryProblem | CardProblem]):
    """Card refusals come as CardProblem under "card" or "card_amount"."""


class EntryChanged(Exception):
    """Someone else corrected or voided this entry after it was opened here."""


class EntryVoided(Exception):
    """A voided entry stays as it was; log a new one instead."""


_TEXT_FIELDS = ("products_used", "skin_condition", "feedback", "suggestion")
SCORE_PARTS = ("reception_score", "treatment_score", "result_score")
EXPECTATIONS = ("", "better", "as_expected", "worse")


def clean_entry(data: CareEntryInput) -> CareEntryInput:
    # Notes keep their Chinese punctuation as typed (NFKC would turn ，into ,): strip only.
    texts: dict[str, Any] = {name: clean_text(getattr(data, name)) for name in _TEXT_FIELDS}
    unique_items = tuple(dict.fromkeys(data.service_item_ids))
    return dataclasses.replace(data, service_item_ids=unique_items, **texts)


def validate_entry(
    data: CareEntryInput, now: dt.datetime | None = None
) -> dict[str, EntryProblem | CardProblem]:
    """The rules that need no database; card rules are checked inside the write."""
    now = now or dt.datetime.now(dt.UTC)
    errors: dict[str, EntryProblem | CardProblem] = {}
    if data.customer_id is None:
        errors["customer"] = EntryProblem.CUSTOMER_REQUIRED
    if data.visited_at is None:
        errors["visited_at"] = EntryProblem.VISIT_TIME_REQUIRED
    elif data.visited_at.astimezone(dt.UTC) > now.astimezone(dt.UTC) + CLOCK_SLACK:
        errors["visited_at"] = EntryProblem.VISIT_IN_FUTURE
    if data.beautician_id is None:
        errors["beautician"] = EntryProblem.BEAUTICIAN_REQUIRED
    if not data.service_item_ids:
        errors["services"] = EntryProblem.SERVICES_REQUIRED
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        errors["satisfaction"] = EntryProblem.SATISFACTION_RANGE
    for part in SCORE_PARTS:
        score = getattr(data, part)
        if score is not None and not 1 <= score <= 5:
            errors[part] = EntryProblem.SATISFACTION_RANGE
    if data.expectation not in EXPECTATIONS:
        errors["expectation"] = EntryProblem.EXPECTATION_UNKNOWN
    if data.amount_fen < 0:
        errors["amount"] = EntryProblem.AMOUNT_NEGATIVE
    if data.card_amount_fen < 0:
        errors["card_amount"] = EntryProblem.AMOUNT_NEGATIVE
    return errors


def _card_values(
    data: CareEntryInput, excluding_entry: int | None, shop_id: int
) -> dict[str, object]:
    """The card columns of an entry at ``shop_id``, after checking the card may pay."""
    if data.card_id is None:
        return {"card": None, "card_sessions_used": 0, "card_amount_fen": 0}
    lock_row(Card, data.card_id)  # another PC spending it now waits, then reads what is left
    card = card_status(data.card_id, excluding_entry)
    assert data.visited_at is not None and data.customer_id is not None
    if card is None:
        raise EntryInvalid({"card": CardProblem.NOT_HERS})
    # The visit's own calendar day decides expiry: aware in its zone, naive as local.
    day = data.visited_at.date()
    problem = use_refusal(
        card,
        customer_id=data.customer_id,
        day=day,
        amount_fen=data.card_amount_fen,
        shop_id=shop_id,
    )
    if problem is not None:
        field = "card_amount" if problem is CardProblem.BALANCE_SHORT else "card"
        raise EntryInvalid({field: problem})
    session = card.kind == "session"
    return {
        "card": card.id,
        "card_sessions_used": 1 if session else 0,
        "card_amount_fen": 0 if session else data.card_amount_fen,
    }


def _row_values(
    data: CareEntryInput, excluding_entry: int | None, shop_id: int
) -> dict[str, object]:
    assert data.visited_at is not None
    values: dict[str, object] = {
        "customer": data.customer_id,
        "visited_at": to_stored(data.visited_at),
        "beautician": data.beautician_id,
        "satisfaction": data.satisfaction,
        **{part: getattr(data, part) for part in SCORE_PARTS},
        "expectation": data.expectation,
        "amount_fen": data.amount_fen,
        **{name: getattr(data, name) for name in _TEXT_FIELDS},
    }
    values.update(_card_values(data, excluding_entry, shop_id))
    return values


def _checked(data: CareEntryInput, now: dt.datetime | None) -> CareEntryInput:
    data = clean_entry(data)
    errors = validate_entry(data, now)
    if errors:
        raise EntryInvalid(errors)
    return data


def log_care(data: CareEntryInput, actor_id: int | None, now: dt.datetime | None = None) -> int:
    data = _checked(data, now)
    with write_transaction():
        shop_id = this_pc_shop()  # the visit happened where this PC is
        values = _row_values(data, None, shop_id)
        entry_id = int(CareLog.insert(created_by=actor_id, shop=shop_id, **values).execute())
        _write_items(entry_id, data.service_item_ids)
        assert data.customer_id is not None
        audit.record_create(
            data.customer_id, snapshot(data), actor_id, table="care_log", record_id=entry_id
        )
        visit_figures.refresh([data.customer_id])
        value_tiers.refresh([data.customer_id])  # her spend, her card's balance (17.4)
        follow_ups.close_overdue_calls_after_visit(data.customer_id, actor_id)
        if data.satisfaction is not None:  # a low score: the manager calls today (18.1)
            follow_ups.recovery_call_after(data.customer_id, data.satisfaction, actor_id)
    return entry_id


def _may_correct(entry_id: int, actor_id: int | None, now: dt.datetime | None) -> None:
    """Anyone may fix her own entries, and anyone's on the day they were written;
    after that, someone else's entry takes a manager."""
    written_by, written_at = (
        CareLog.select(CareLog.created_by, CareLog.created_at)
        .where(CareLog.id == entry_id)
        .tuples()
        .get()
    )
    if actor_id is None or actor_id == written_by:
        return
    today = (now or dt.datetime.now().astimezone()).astimezone().date()
    if from_stored(written_at).date() < today:
        require(actor_id, Permission.CORRECT_OTHERS_LATE)


def update_care_log(
    entry_id: int,
    data: CareEntryInput,
    opened: CareEntryInput,
    actor_id: int | None,
    now: dt.datetime | None = None,
) -> None:
    """Save a correction. ``opened`` is the entry as the editor loaded it: if the stored
    entry no longer matches, someone else changed it and nothing is overwritten."""
    data = _checked(data, now)
    with write_transaction():
        current = get_entry(entry_id)
        _may_correct(entry_id, actor_id, now)
        if current.voided_at is not None:
            raise EntryVoided(entry_id)
        before = snapshot(current.data)
        if before != snapshot(opened):
            raise EntryChanged(entry_id)
        if data.customer_id != current.data.customer_id:
            raise EntryInvalid({"customer": EntryProblem.CUSTOMER_FIXED})
        shop_id = CareLog.select(CareLog.shop).where(CareLog.id == entry_id).scalar()
        values = _row_values(data, entry_id, shop_id or this_pc_shop())  # where it happened
        CareLog.update(**values).where(CareLog.id == entry_id).execute()
        _write_items(entry_id, data.service_item_ids)
        assert current.data.customer_id is not None  # every stored entry has her
        visit_figures.refresh([current.data.customer_id])
        value_tiers.refresh([current.data.customer_id])  # her spend, her card's balance (17.4)
        audit.record_update(
            current.data.customer_id,
            before,
            snapshot(data),
            actor_id,
            table="care_log",
            record_id=entry_id,
        )


def void_care_log(entry_id: int, reason: str, actor_id: int | None) -> None:
    """Mark a wrong entry void: it stays visible, stops counting, and gives back its card use."""
    reason = normalize_text(reason)
    if not reason:
        raise EntryInvalid({"reason": EntryProblem.REASON_REQUIRED})
    with write_transaction():
        entry = CareLog.get_by_id(entry_id)
        _may_correct(entry_id, actor_id, None)
        if entry.voided_at is not None:
            return
        CareLog.update(voided_at=utc_now(), void_reason=reason).where(
            CareLog.id == entry_id
        ).execute()
        visit_figures.refresh([entry.customer_id])
        value_tiers.refresh([entry.customer_id])  # her spend, her card's balance (17.4)
        audit.record_action(
            entry.customer_id, "void", actor_id, table="care_log", record_id=entry_id, note=reason
        )


def _write_items(entry_id: int, item_ids: tuple[int, ...]) -> None:
    CareLogItem.delete().where(CareLogItem.care_log == entry_id).execute()
    CareLogItem.insert_many(
        [{"care_log": entry_id, "service_item": item} for item in item_ids]
    ).execute()


def snapshot(data: CareEntryInput) -> dict[str, str]:
    """An entry's fields as text, for the change history and for spotting concurrent edits."""
    values = {f.name: audit.as_text(getattr(data, f.name)) for f in dataclasses.fields(data)}
    values["visited_at"] = (
        to_stored(data.visited_at).isoformat(timespec="minutes") if data.visited_at else ""
    )
    values["service_item_ids"] = ",".join(str(i) for i in sorted(data.service_item_ids))
    values.pop("customer_id")
    return values


@dataclass(frozen=True)
class CareEntry:
    id: int
    data: CareEntryInput  # visited_at in local time
    customer_name: str
    beautician_name: str
    service_names: tuple[str, ...]
    card_name: str
    card_kind: str
    card_sessions_used: int
    created_by_name: str
    created_at: dt.datetime  # UTC
    voided_at: dt.datetime | None  # UTC
    void_reason: str


def get_entry(entry_id: int) -> CareEntry:
    creator = Staff.alias()
    row = (
        CareLog.select(
            CareLog,
            Customer.name.alias("customer_name"),
            pw.fn.COALESCE(Staff.name, "").alias("beautician_name"),
            pw.fn.COALESCE(Card.name, "").alias("card_name"),
            pw.fn.COALESCE(Card.kind, "").alias("card_kind"),
            pw.fn.COALESCE(creator.name, "").alias("creator_name"),
        )
        .join(Customer, on=(CareLog.customer == Customer.id))
        .switch(CareLog)
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(CareLog.beautician == Staff.id))
        .switch(CareLog)
        .join(Card, pw.JOIN.LEFT_OUTER, on=(CareLog.card == Card.id))
        .switch(CareLog)
        .join(creator, pw.JOIN.LEFT_OUTER, on=(CareLog.created_by == creator.id))
        .where(CareLog.id == entry_id)
        .objects()
        .get()
    )
    items = list(
        CareLogItem.select(ServiceItem.id, ServiceItem.name)
        .join(ServiceItem, on=(CareLogItem.service_item == ServiceItem.id))
        .where(CareLogItem.care_log == entry_id)
        .order_by(CareLogItem.id)
        .tuples()
    )
    data = CareEntryInput(
        customer_id=row.customer_id,
        visited_at=from_stored(row.visited_at),
        beautician_id=row.beautician_id,
        service_item_ids=tuple(item_id for item_id, _ in items),
        products_used=row.products_used,
        skin_condition=row.skin_condition,
        feedback=row.feedback,
        satisfaction=row.satisfaction,
        amount_fen=row.amount_fen,
        card_id=row.card_id,
        card_amount_fen=row.card_amount_fen,
        suggestion=row.suggestion,
        reception_score=row.reception_score,
        treatment_score=row.treatment_score,
        result_score=row.result_score,
        expectation=row.expectation,
    )
    return CareEntry(
        id=row.id,
        data=data,
        customer_name=row.customer_name,
        beautician_name=row.beautician_name,
        service_names=tuple(name for _, name in items),
        card_name=row.card_name,
        card_kind=row.card_kind,
        card_sessions_used=row.card_sessions_used,
        created_by_name=row.creator_name,
        created_at=row.created_at,
        voided_at=row.voided_at,
        void_reason=row.void_reason,
    )
