"""What a beautician must know about a customer before writing today's care note."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import customer_types, value_tiers
from salon_desk.services.cards import CardStatus, card_statuses
from salon_desk.services.care_log_list import EntryRow, recent_entries
from salon_desk.store.models import Complaint, Customer, FollowUp, Staff


@dataclass(frozen=True)
class OpenFollowUp:
    due_on: dt.date
    reason: str  # FollowUp.REASONS code
    assignee_name: str
    note: str


@dataclass(frozen=True)
class OpenComplaint:
    received_on: dt.date
    category: str  # Complaint.CATEGORIES code
    description: str


@dataclass(frozen=True)
class CustomerBrief:
    id: int
    name: str
    phone: str
    skin_type: str
    skin_concerns: str
    allergies: str
    notes: str
    psychology_type_id: int | None
    personality_type_id: int | None
    types: dict[str, list[int]]  # every type of hers by catalogue, her first first (17.3)
    value_tier: int | None  # the shop's value tier, 0 the highest (17.4)
    recent: list[EntryRow]
    cards: list[CardStatus]
    follow_ups: list[OpenFollowUp]
    complaints: list[OpenComplaint]


def customer_brief(customer_id: int, recent_count: int = 5) -> CustomerBrief:
    row = Customer.get_by_id(customer_id)
    follow_ups = [
        OpenFollowUp(due, reason, assignee, note)
        for due, reason, assignee, note in FollowUp.select(
            FollowUp.due_on, FollowUp.reason, pw.fn.COALESCE(Staff.name, ""), FollowUp.note
        )
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(FollowUp.assignee == Staff.id))
        .where((FollowUp.customer == customer_id) & (FollowUp.status == "open"))
        .order_by(FollowUp.due_on)
        .tuples()
    ]
    complaints = [
        OpenComplaint(received, category, description)
        for received, category, description in Complaint.select(
            Complaint.received_on, Complaint.category, Complaint.description
        )
        .where((Complaint.customer == customer_id) & (Complaint.status != "closed"))
        .order_by(Complaint.received_on)
        .tuples()
    ]
    return CustomerBrief(
        id=row.id,
        name=row.name,
        phone=row.phone,
        skin_type=row.skin_type,
        skin_concerns=row.skin_concerns,
        allergies=row.allergies,
        notes=row.notes,
        psychology_type_id=row.psychology_type_id,
        personality_type_id=row.personality_type_id,
        types=customer_types.all_types_of(customer_id),
        value_tier=value_tiers.tier_of(customer_id),
        recent=recent_entries(customer_id, recent_count),
        cards=card_statuses(customer_id),
        follow_ups=follow_ups,
        complaints=complaints,
    )
