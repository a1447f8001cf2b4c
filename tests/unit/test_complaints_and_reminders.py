"""Complaints (record, close, count) and the care lists that become calls."""

from __future__ import annotations

import datetime as dt

import pytest

from salon_desk.services import complaints, customers, follow_ups, frequency, reminders
from salon_desk.services.complaints import ComplaintInput, ComplaintProblem
from salon_desk.services.customers import CustomerInput
from salon_desk.services.follow_ups import CallRequest
from salon_desk.store import visit_figures
from salon_desk.store.models import Card, CareLog, ChangeRecord, Complaint, FollowUp
from tests.unit.history import add_visits

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def her(manager_id: int) -> int:
    return customers.create_customer(
        CustomerInput(
            name="张慧敏",
            phone="13800135678",
            birthday=dt.date(1990, 11, 25),
            marketing_consent=True,
        ),
        manager_id,
    )


def test_record_and_close_a_complaint(her, manager_id) -> None:
    data = ComplaintInput(
        received_on=TODAY - dt.timedelta(days=5),
        channel="phone",
        category="attitude",
        description=" 前台态度冷淡 ",
    )
    complaint_id = complaints.record_complaint(her, data, manager_id, TODAY)
    row = complaints.get_complaint(complaint_id)
    assert (row.customer_name, row.description, row.status) == ("张慧敏", "前台态度冷淡", "open")
    assert row.stale(TODAY) and row.days_open(TODAY) == 5
    assert not row.stale(TODAY - dt.timedelta(days=2))  # three days open: not yet

    closing = row.as_input()
    closing.status, closing.handling, closing.handled_by_id = "closed", "店长致歉", manager_id
    with pytest.raises(complaints.ComplaintInvalid) as refused:
        complaints.update_complaint(complaint_id, closing, manager_id, TODAY)
    assert refused.value.errors == {"closed_on": ComplaintProblem.CLOSED_ON_REQUIRED}
    closing.closed_on = TODAY
    complaints.update_complaint(complaint_id, closing, manager_id, TODAY)
    row = complaints.get_complaint(complaint_id)
    assert (row.status, row.closed_on, row.handled_by_name) == ("closed", TODAY, "周店长")
    assert not row.stale(TODAY)
    changed = {r.field for r in ChangeRecord.select().where(ChangeRecord.table == "complaint")}
    assert {"status", "handling", "closed_on"} <= changed


def test_complaint_checks_and_counts(her, manager_id) -> None:
    errors = complaints.validate_complaint(
        ComplaintInput(
            received_on=TODAY + dt.timedelta(days=1),
            category="weather",
            status="closed",
            closed_on=TODAY - dt.timedelta(days=1),
        ),
        TODAY,
    )
    assert errors == {
        "received_on": ComplaintProblem.RECEIVED_IN_FUTURE,
        "description": ComplaintProblem.DESCRIPTION_REQUIRED,
        "category": ComplaintProblem.CHOICE_UNKNOWN,
        "closed_on": ComplaintProblem.CLOSED_BEFORE_RECEIVED,
    }
    for category, status in (("price", "open"), ("price", "closed"), ("service", "handling")):
        Complaint.create(
            customer=her, received_on=TODAY, category=category, status=status, description="x"
        )
    counts = complaints.counts_by_category_and_status()
    assert counts[("price", "open")] == 1 and counts[("service", "handling")] == 1
    assert len(complaints.list_complaints(status="open")) == 2  # handling is still open
    assert len(complaints.list_complaints(category="price")) == 2


@pytest.mark.parametrize(
    ("born", "days", "expected"),
    [
        (dt.date(1990, 11, 23), 7, dt.date(2026, 11, 23)),  # today
        (dt.date(1990, 11, 30), 7, dt.date(2026, 11, 30)),  # a week ahead
        (dt.date(1990, 12, 1), 7, None),
        (dt.date(1990, 12, 20), 30, dt.date(2026, 12, 20)),
        (dt.date(1990, 11, 22), 30, None),  # yesterday: next year's is far
        (dt.date(1996, 2, 29), 366, dt.date(2027, 2, 28)),
    ],
)
def test_birthdays_ahead(manager_id, born, days, expected) -> None:
    customers.create_customer(
        CustomerInput(name="曾丽", phone="13912340000", birthday=born, marketing_consent=True),
        manager_id,
    )
    found = reminders.birthdays_within(TODAY, days)
    assert [s.on for s in found] == ([expected] if expected else [])


def test_birthday_calls_created_once(her, manager_id) -> None:
    [found] = reminders.birthdays_within(TODAY, 7)
    assert (found.name, found.age, found.has_open_call) == ("张慧敏", 36, False)
    follow_ups.assign_calls(
        CallRequest([found.customer_id], manager_id, TODAY, "birthday"), manager_id, TODAY
    )
    assert reminders.birthdays_within(TODAY, 7)[0].has_open_call


def test_no_greeting_without_her_consent(her, manager_id) -> None:
    """A birthday greeting is marketing: not listed, and no call made, without consent."""
    no = customers.create_customer(
        CustomerInput(name="曾丽", phone="13912340000", birthday=dt.date(1991, 11, 24)),
        manager_id,
    )
    assert [s.name for s in reminders.birthdays_within(TODAY, 7)] == ["张慧敏"]
    result = follow_ups.assign_calls(
        CallRequest([her, no], manager_id, TODAY, "birthday"), manager_id, TODAY
    )
    assert (len(result.created), result.no_consent) == (1, [no])
    assert FollowUp.select().where(FollowUp.customer == no).count() == 0
    service = follow_ups.assign_calls(  # a call about her visits is not marketing
        CallRequest([no], manager_id, TODAY, "overdue"), manager_id, TODAY
    )
    assert (len(service.created), service.no_consent) == (1, [])


def test_cards_running_out(her, manager_id) -> None:
    last_one = Card.create(customer=her, name="补水 × 5", sessions_bought=5, purchased_on=TODAY)
    CareLog.create(
        customer=her, visited_at=dt.datetime(2026, 11, 20, 4), card=last_one, card_sessions_used=4
    )
    visit_figures.refresh([her])  # as every write of the care log does
    Card.create(
        customer=her,
        name="按摩 × 10",
        sessions_bought=10,
        purchased_on=TODAY,
        expires_on=TODAY + dt.timedelta(days=30),
    )
    Card.create(
        customer=her,
        name="美白 × 10",
        sessions_bought=10,
        purchased_on=TODAY,
        expires_on=TODAY + dt.timedelta(days=31),
    )
    Card.create(
        customer=her,
        name="旧卡",
        sessions_bought=10,
        purchased_on=dt.date(2024, 1, 1),
        expires_on=TODAY - dt.timedelta(days=1),
    )
    found = reminders.cards_running_out(TODAY)
    assert [(s.card_name, s.sessions_left) for s in found] == [("按摩 × 10", 10), ("补水 × 5", 1)]


def test_stale_complaints_and_overdue_without_a_call(her, manager_id) -> None:
    Complaint.create(customer=her, received_on=TODAY - dt.timedelta(days=4), description="x")
    Complaint.create(customer=her, received_on=TODAY - dt.timedelta(days=3), description="y")
    [stale] = reminders.stale_complaints(TODAY)
    assert (stale.days, stale.reason) == (4, "complaint")

    add_visits(her, 70, 91, 112, today=TODAY)
    rows = frequency.visit_statistics(TODAY)
    assert [s.days for s in reminders.overdue_without_call(rows)] == [70]
    follow_ups.assign_calls(CallRequest([her], manager_id, TODAY, "overdue"), manager_id, TODAY)
    assert reminders.overdue_without_call(frequency.visit_statistics(TODAY)) == []
