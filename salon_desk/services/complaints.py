"""Complaints and feedback (顾客抱怨与处理): record, handle, close, and count by cause.

A complaint is "open" until closed (being handled still counts as open); one open longer
than ``STALE_AFTER_DAYS`` should stand out wherever it is listed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import FieldsInvalid, normalize_text
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Complaint, Customer, Staff

STALE_AFTER_DAYS = 3
CHANNELS = Complaint.CHANNELS
CATEGORIES = Complaint.CATEGORIES
STATUSES = Complaint.STATUSES


class ComplaintProblem(enum.StrEnum):
    RECEIVED_IN_FUTURE = "complaint_received_in_future"
    DESCRIPTION_REQUIRED = "complaint_description_required"
    CHOICE_UNKNOWN = "choice_unknown"
    CLOSED_ON_REQUIRED = "complaint_closed_on_required"
    CLOSED_BEFORE_RECEIVED = "complaint_closed_before_received"
    CLOSED_IN_FUTURE = "complaint_closed_in_future"


class ComplaintInvalid(FieldsInvalid[ComplaintProblem]):
    pass


@dataclass
class ComplaintInput:
    received_on: dt.date | None = None
    channel: str = "in_person"
    category: str = "service"
    description: str = ""
    handling: str = ""
    result: str = ""
    handled_by_id: int | None = None
    status: str = "open"
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    customer_id: int
    customer_name: str
    received_on: dt.date
    channel: str
    category: str
    description: str
    handling: str
    result: str
    handled_by_id: int | None
    handled_by_name: str
    status: str
    closed_on: dt.date | None

    @property
    def is_open(self) -> bool:
        return self.status != "closed"

    def days_open(self, today: dt.date) -> int:
        return (today - self.received_on).days

    def stale(self, today: dt.date) -> bool:
        return self.is_open and self.days_open(today) > STALE_AFTER_DAYS

    def as_input(self) -> ComplaintInput:
        return ComplaintInput(
            self.received_on,
            self.channel,
            self.category,
            self.description,
            self.handling,
            self.result,
            self.handled_by_id,
            self.status,
            self.closed_on,
        )


def validate_complaint(data: ComplaintInput, today: dt.date) -> dict[str, ComplaintProblem]:
    errors: dict[str, ComplaintProblem] = {}
    if data.received_on is None or data.received_on > today:
        errors["received_on"] = ComplaintProblem.RECEIVED_IN_FUTURE
    if not normalize_text(data.description):
        errors["description"] = ComplaintProblem.DESCRIPTION_REQUIRED
    if data.channel not in Complaint.CHANNELS:
        errors["channel"] = ComplaintProblem.CHOICE_UNKNOWN
    if data.category not in Complaint.CATEGORIES:
        errors["category"] = ComplaintProblem.CHOICE_UNKNOWN
    if data.status not in Complaint.STATUSES:
        errors["status"] = ComplaintProblem.CHOICE_UNKNOWN
    elif data.status == "closed":
        if data.closed_on is None:
            errors["closed_on"] = ComplaintProblem.CLOSED_ON_REQUIRED
        elif data.closed_on > today:
            errors["closed_on"] = ComplaintProblem.CLOSED_IN_FUTURE
        elif data.received_on is not None and data.closed_on < data.received_on:
            errors["closed_on"] = ComplaintProblem.CLOSED_BEFORE_RECEIVED
    return errors


def _values(data: ComplaintInput) -> dict[str, object]:
    return {
        "received_on": data.received_on,
        "channel": data.channel,
        "category": data.category,
        "description": normalize_text(data.description),
        "handling": normalize_text(data.handling),
        "result": normalize_text(data.result),
        "handled_by": data.handled_by_id,
        "status": data.status,
        "closed_on": data.closed_on if data.status == "closed" else None,
    }


def _texts(values: dict[str, object]) -> dict[str, str]:
    return {name: audit.as_text(value) for name, value in values.items()}


def record_complaint(
    customer_id: int, data: ComplaintInput, actor_id: int | None, today: dt.date | None = None
) -> int:
    errors = validate_complaint(data, today or dt.date.today())
    if errors:
        raise ComplaintInvalid(errors)
    values = _values(data)
    with write_transaction():
        complaint_id = int(
            Complaint.insert(customer=customer_id, shop=this_pc_shop(), **values).execute()
        )
        audit.record_create(
            customer_id, _texts(values), actor_id, table="complaint", record_id=complaint_id
        )
    return complaint_id


def update_complaint(
    complaint_id: int, data: ComplaintInput, actor_id: int | None, today: dt.date | None = None
) -> None:
    errors = validate_complaint(data, today or dt.date.today())
    if errors:
        raise ComplaintInvalid(errors)
    values = _values(data)
    with write_transaction():
        current = get_complaint(complaint_id)
        before = _texts(_values(current.as_input()))
        Complaint.update(**values).where(Complaint.id == complaint_id).execute()
        audit.record_update(
            current.customer_id,
            before,
            _texts(values),
            actor_id,
            table="complaint",
            record_id=complaint_id,
        )


def _complaints(condition: pw.Expression) -> list[ComplaintRow]:
    query = (
        Complaint.select(
            Complaint.id,
            Complaint.customer,
            Customer.name,
            Complaint.received_on,
            Complaint.channel,
            Complaint.category,
            Complaint.description,
            Complaint.handling,
            Complaint.result,
            Complaint.handled_by,
            pw.fn.COALESCE(Staff.name, ""),
            Complaint.status,
            Complaint.closed_on,
        )
        .join(Customer, on=(Complaint.customer == Customer.id))
        .switch(Complaint)
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(Complaint.handled_by == Staff.id))
        .where(condition)
        .order_by(Complaint.received_on.desc(), Complaint.id.desc())
        .tuples()
    )
    return [ComplaintRow(*row) for row in query]


def get_complaint(complaint_id: int) -> ComplaintRow:
    found = _complaints(Complaint.id == complaint_id)
    if not found:
        raise Complaint.DoesNotExist(complaint_id)
    return found[0]


def list_complaints(
    status: str | None = None,
    category: str | None = None,
    customer_id: int | None = None,
    shop_id: int | None = None,
) -> list[ComplaintRow]:
    """Newest first. ``status="open"`` means not closed (open or being handled);
    ``shop_id``: those received at that shop (a chain's)."""
    condition: pw.Expression = Complaint.id > 0
    if shop_id is not None:
        condition &= Complaint.shop == shop_id
    if status == "open":
        condition &= Complaint.status != "closed"
    elif status is not None:
        condition &= Complaint.status == status
    if category is not None:
        condition &= Complaint.category == category
    if customer_id is not None:
        condition &= Complaint.customer == customer_id
    return _complaints(condition)


def counts_by_category_and_status() -> Counter[tuple[str, str]]:
    query = (
        Complaint.select(Complaint.category, Complaint.status, pw.fn.COUNT(Complaint.id))
        .group_by(Complaint.category, Complaint.status)
        .tuples()
    )
    return Counter({(category, status): count for category, status, count in query})
