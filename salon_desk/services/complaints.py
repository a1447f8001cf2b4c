"""Complaints and feedback (顾客抱怨与处理): record, handle, close, and count by cause.

A complaint is "open" until closed (being handled still counts as open). Each gets the
year's next form number when recorded (2026-0007). The shop sets within how many days a
complaint must have its first reply (complaint_register.reply_days, 3 unless set); an
open one still unanswered after that should stand out wherever it is listed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections import Counter
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import FieldsInvalid, normalize_text
from salon_desk.store.database import db, is_sqlite, write_transaction
from salon_desk.store.models import CareLog, Complaint, Customer, ServiceItem, Staff

FORM_NUMBER_LOCK = 0x5A1_0C0D  # a server's PCs take turns numbering (advisory lock key)
CHANNELS = Complaint.CHANNELS
CATEGORIES = Complaint.CATEGORIES
CAUSES = Complaint.CAUSES
SERVICE_GAPS = Complaint.SERVICE_GAPS
STATUSES = Complaint.STATUSES


class ComplaintProblem(enum.StrEnum):
    RECEIVED_IN_FUTURE = "complaint_received_in_future"
    DESCRIPTION_REQUIRED = "complaint_description_required"
    CHOICE_UNKNOWN = "choice_unknown"
    CLOSED_ON_REQUIRED = "complaint_closed_on_required"
    CLOSED_BEFORE_RECEIVED = "complaint_closed_before_received"
    CLOSED_IN_FUTURE = "complaint_closed_in_future"
    REPLY_BEFORE_RECEIVED = "complaint_reply_before_received"
    REPLY_IN_FUTURE = "complaint_reply_in_future"
    VISIT_NOT_HERS = "complaint_visit_not_hers"


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
    # The register's further fields (issue 18.2), all optional.
    cause: str = ""
    service_gap: str = ""
    service_item_id: int | None = None
    care_log_id: int | None = None  # the visit it is about
    first_reply_on: dt.date | None = None


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
    form_number: str = ""
    cause: str = ""
    service_gap: str = ""
    service_item_id: int | None = None
    service_item_name: str = ""
    care_log_id: int | None = None
    first_reply_on: dt.date | None = None
    reply_due: dt.date | None = None  # the first reply's deadline (the shop's days)

    @property
    def is_open(self) -> bool:
        return self.status != "closed"

    def days_open(self, today: dt.date) -> int:
        return (today - self.received_on).days

    def stale(self, today: dt.date) -> bool:
        """Open, with no reply yet, past the shop's deadline for one."""
        return (
            self.is_open
            and self.first_reply_on is None
            and self.reply_due is not None
            and today > self.reply_due
        )

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
            self.cause,
            self.service_gap,
            self.service_item_id,
            self.care_log_id,
            self.first_reply_on,
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
    if data.cause not in Complaint.CAUSES:
        errors["cause"] = ComplaintProblem.CHOICE_UNKNOWN
    if data.service_gap not in Complaint.SERVICE_GAPS:
        errors["service_gap"] = ComplaintProblem.CHOICE_UNKNOWN
    if data.first_reply_on is not None:
        if data.first_reply_on > today:
            errors["first_reply_on"] = ComplaintProblem.REPLY_IN_FUTURE
        elif data.received_on is not None and data.first_reply_on < data.received_on:
            errors["first_reply_on"] = ComplaintProblem.REPLY_BEFORE_RECEIVED
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
        "cause": data.cause,
        "service_gap": data.service_gap,
        "service_item": data.service_item_id,
        "care_log": data.care_log_id,
        "first_reply_on": data.first_reply_on,
    }


def _texts(values: dict[str, object]) -> dict[str, str]:
    return {name: audit.as_text(value) for name, value in values.items()}


def _checked(customer_id: int, data: ComplaintInput, today: dt.date | None) -> None:
    errors = validate_complaint(data, today or dt.date.today())
    if data.care_log_id is not None and not (
        CareLog.select()
        .where((CareLog.id == data.care_log_id) & (CareLog.customer == customer_id))
        .exists()
    ):
        errors["care_log"] = ComplaintProblem.VISIT_NOT_HERS
    if errors:
        raise ComplaintInvalid(errors)


def next_form_number(received_on: dt.date) -> str:
    """The year's next number (inside the writing transaction, so two PCs never take
    the same one; the year is the day it was received)."""
    prefix = f"{received_on.year}-"
    if not is_sqlite():  # (SQLite's IMMEDIATE transaction already holds the whole file)
        db.execute_sql(f"SELECT pg_advisory_xact_lock({db.param})", (FORM_NUMBER_LOCK,))
    taken = (
        Complaint.select(pw.fn.MAX(Complaint.form_number))
        .where(Complaint.form_number.startswith(prefix))
        .scalar()
    )
    number = int(taken[len(prefix) :]) + 1 if taken else 1
    return f"{prefix}{number:04d}"


def record_complaint(
    customer_id: int, data: ComplaintInput, actor_id: int | None, today: dt.date | None = None
) -> int:
    _checked(customer_id, data, today)
    values = _values(data)
    with write_transaction():
        assert data.received_on is not None  # (validated)
        number = next_form_number(data.received_on)
        complaint_id = int(
            Complaint.insert(
                customer=customer_id, shop=this_pc_shop(), form_number=number, **values
            ).execute()
        )
        audit.record_create(
            customer_id, _texts(values), actor_id, table="complaint", record_id=complaint_id
        )
    return complaint_id


def update_complaint(
    complaint_id: int, data: ComplaintInput, actor_id: int | None, today: dt.date | None = None
) -> None:
    _checked(get_complaint(complaint_id).customer_id, data, today)
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
    from salon_desk.services.complaint_register import reply_days

    allowed = dt.timedelta(days=reply_days())
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
            Complaint.form_number,
            Complaint.cause,
            Complaint.service_gap,
            Complaint.service_item,
            pw.fn.COALESCE(ServiceItem.name, ""),
            Complaint.care_log,
            Complaint.first_reply_on,
        )
        .join(Customer, on=(Complaint.customer == Customer.id))
        .switch(Complaint)
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(Complaint.handled_by == Staff.id))
        .switch(Complaint)
        .join(ServiceItem, pw.JOIN.LEFT_OUTER, on=(Complaint.service_item == ServiceItem.id))
        .where(condition)
        .order_by(Complaint.received_on.desc(), Complaint.id.desc())
        .tuples()
    )
    found = [ComplaintRow(*row) for row in query]
    return [dataclasses.replace(row, reply_due=row.received_on + allowed) for row in found]


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
    received: tuple[dt.date, dt.date] | None = None,
    cause: str | None = None,
) -> list[ComplaintRow]:
    """Newest first. ``status="open"`` means not closed (open or being handled);
    ``shop_id``: those received at that shop (a chain's); ``received``: from and to."""
    condition: pw.Expression = Complaint.id > 0
    if received is not None:
        condition &= Complaint.received_on.between(*received)
    if cause is not None:
        condition &= Complaint.cause == cause
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


def counts_by_category_and_status(
    received: tuple[dt.date, dt.date] | None = None, shop_id: int | None = None
) -> Counter[tuple[str, str]]:
    query = Complaint.select(Complaint.category, Complaint.status, pw.fn.COUNT(Complaint.id))
    if received is not None:
        query = query.where(Complaint.received_on.between(*received))
    if shop_id is not None:
        query = query.where(Complaint.shop == shop_id)
    query = query.group_by(Complaint.category, Complaint.status).tuples()
    return Counter({(category, status): count for category, status, count in query})
