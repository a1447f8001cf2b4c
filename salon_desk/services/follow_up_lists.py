"""Who is calling whom: one staff member's calls, every open call, the manager's overview."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

import peewee as pw

from salon_desk.services.clock import day_start
from salon_desk.store.models import Customer, FollowUp, Staff


class Due(enum.IntEnum):
    """Where an open call stands today; the order is the order staff work them in."""

    OVERDUE = 0
    TODAY = 1
    UPCOMING = 2


@dataclass(frozen=True)
class CallRow:
    id: int
    customer_id: int
    customer_name: str
    phone: str
    assignee_id: int
    assignee_name: str
    reason: str
    due_on: dt.date
    priority: int
    note: str
    status: str
    outcome: str
    outcome_note: str
    completed_at: dt.datetime | None  # UTC

    def due(self, today: dt.date) -> Due:
        if self.due_on < today:
            return Due.OVERDUE
        return Due.TODAY if self.due_on == today else Due.UPCOMING


@dataclass(frozen=True)
class AssigneeLoad:
    staff_id: int
    name: str
    open: int
    overdue: int
    due_today: int
    done_this_week: int


def _calls(condition: pw.Expression) -> list[CallRow]:
    assignee = Staff.alias()
    query = (
        FollowUp.select(
            FollowUp.id,
            FollowUp.customer,
            Customer.name,
            Customer.phone,
            FollowUp.assignee,
            assignee.name,
            FollowUp.reason,
            FollowUp.due_on,
            FollowUp.priority,
            FollowUp.note,
            FollowUp.status,
            FollowUp.outcome,
            FollowUp.outcome_note,
            FollowUp.completed_at,
        )
        .join(Customer, on=(FollowUp.customer == Customer.id))
        .switch(FollowUp)
        .join(assignee, on=(FollowUp.assignee == assignee.id))
        .where(condition & Customer.archived_at.is_null())
        .order_by(FollowUp.due_on, FollowUp.priority, FollowUp.id)
        .tuples()
    )
    return [CallRow(*row) for row in query]


def open_calls(assignee_id: int | None = None, shop_id: int | None = None) -> list[CallRow]:
    """Open calls by due date; each staff member works overdue first, then by priority;
    ``shop_id``: the calls that shop makes (a chain's)."""
    condition = FollowUp.status == "open"
    if assignee_id is not None:
        condition &= FollowUp.assignee == assignee_id
    if shop_id is not None:
        condition &= FollowUp.shop == shop_id
    return _calls(condition)


def my_calls(staff_id: int, today: dt.date) -> list[CallRow]:
    """Her open calls: overdue, due today, upcoming; high priority first within each."""
    rows = open_calls(staff_id)
    return sorted(rows, key=lambda row: (row.due(today), row.priority, row.due_on, row.id))


def customer_calls(customer_id: int) -> list[CallRow]:
    return _calls(FollowUp.customer == customer_id)[::-1]


def week_start(today: dt.date) -> dt.date:
    return today - dt.timedelta(days=today.weekday())


def overview(today: dt.date, shop_id: int | None = None) -> list[AssigneeLoad]:
    """Per staff member with any open call or any call done this week (of ``shop_id``'s
    calls only, in a chain)."""
    since = day_start(week_start(today))
    is_open = FollowUp.status == "open"
    counts = (
        FollowUp.select(
            FollowUp.assignee,
            Staff.name,
            pw.fn.SUM(pw.Case(None, [(is_open, 1)], 0)),
            pw.fn.SUM(pw.Case(None, [(is_open & (FollowUp.due_on < today), 1)], 0)),
            pw.fn.SUM(pw.Case(None, [(is_open & (FollowUp.due_on == today), 1)], 0)),
            pw.fn.SUM(
                pw.Case(
                    None, [((FollowUp.status == "done") & (FollowUp.completed_at >= since), 1)], 0
                )
            ),
        )
        .join(Staff, on=(FollowUp.assignee == Staff.id))
        .where(True if shop_id is None else FollowUp.shop == shop_id)
        .group_by(FollowUp.assignee, Staff.name)
        .tuples()
    )
    loads = [
        AssigneeLoad(staff_id, name, int(o or 0), int(late or 0), int(now or 0), int(done or 0))
        for staff_id, name, o, late, now, done in counts
    ]
    return sorted(
        (load for load in loads if load.open or load.done_this_week),
        key=lambda load: (-load.overdue, -load.open, load.name),
    )
