"""Follow-up calls: assigning in bulk, one's own list, outcomes, retries, the overview."""

from __future__ import annotations

import datetime as dt

import pytest

from salon_desk.services import care_log, catalogues, customers, follow_ups
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.follow_up_lists import Due, my_calls, open_calls, overview
from salon_desk.services.follow_ups import HIGH, NORMAL, CallProblem, CallRequest
from salon_desk.store.models import ChangeRecord, FollowUp
from tests.unit.history import add_visits

TODAY = dt.date.today()


@pytest.fixture
def people(manager_id: int, beautician_id: int) -> dict[str, int]:
    found = {}
    for name, phone in (
        ("张慧敏", "13800135678"),
        ("王芳", "13755501111"),
        ("曾丽", "13912340000"),
    ):
        found[name] = customers.create_customer(
            CustomerInput(name=name, phone=phone, responsible_staff_id=beautician_id), manager_id
        )
    add_visits(found["张慧敏"], 1, 20, 40, 60, 80, 100, today=TODAY)  # key: six visits in 180 days
    add_visits(found["王芳"], 50, 90, today=TODAY)
    return found


def assign(ids, actor: int, **extra) -> follow_ups.AssignResult:
    request = CallRequest(customer_ids=ids, due_on=TODAY, reason="overdue", **extra)
    return follow_ups.assign_calls(request, actor, TODAY)


def test_bulk_assign_puts_key_customers_first(people, manager_id, beautician_id) -> None:
    result = assign(list(people.values()), manager_id)
    assert len(result.created) == 3 and result.skipped == []
    calls = {call.customer_name: call for call in open_calls()}
    assert calls["张慧敏"].priority == HIGH
    assert calls["王芳"].priority == NORMAL
    # No assignee chosen: each goes to her own beautician.
    assert {call.assignee_id for call in calls.values()} == {beautician_id}
    assert ChangeRecord.select().where(ChangeRecord.table == "follow_up").count() >= 3
    # Pressing again does not call anyone twice for the same reason.
    again = assign(list(people.values()), manager_id, assignee_id=manager_id)
    assert again.created == [] and len(again.skipped) == 3


def test_request_is_checked(people, manager_id) -> None:
    with pytest.raises(follow_ups.CallInvalid) as refused:
        follow_ups.assign_calls(
            CallRequest(customer_ids=[], due_on=TODAY - dt.timedelta(days=1), reason="x"),
            manager_id,
            TODAY,
        )
    assert refused.value.errors == {
        "customers": CallProblem.NO_CUSTOMERS,
        "due_on": CallProblem.DUE_IN_PAST,
        "reason": CallProblem.REASON_UNKNOWN,
    }


def test_my_calls_are_overdue_then_today_then_upcoming(people, manager_id, beautician_id) -> None:
    for name, due, priority in (
        ("王芳", TODAY + dt.timedelta(days=2), 1),
        ("曾丽", TODAY, 3),
        ("张慧敏", TODAY, 1),
    ):
        follow_ups.assign_calls(
            CallRequest([people[name]], beautician_id, due, "manual", priority), manager_id, TODAY
        )
    FollowUp.insert(
        customer=people["曾丽"], assignee=beautician_id, due_on=TODAY - dt.timedelta(days=3)
    ).execute()
    rows = my_calls(beautician_id, TODAY)
    assert [(row.customer_name, row.due(TODAY)) for row in rows] == [
        ("曾丽", Due.OVERDUE),
        ("张慧敏", Due.TODAY),
        ("曾丽", Due.TODAY),
        ("王芳", Due.UPCOMING),
    ]
    assert my_calls(manager_id, TODAY) == []


def test_no_answer_retries_and_a_closed_call_stays_closed(people, manager_id) -> None:
    [call_id] = assign([people["王芳"]], manager_id, assignee_id=manager_id).created
    retry_id = follow_ups.record_outcome(
        call_id, "no_answer", " 关机 ", manager_id, retry_in_days=3, today=TODAY
    )
    closed = FollowUp.get_by_id(call_id)
    assert (closed.status, closed.outcome, closed.outcome_note) == ("done", "no_answer", "关机")
    retry = FollowUp.get_by_id(retry_id)
    assert (retry.status, retry.due_on, retry.reason) == (
        "open",
        TODAY + dt.timedelta(3),
        "overdue",
    )
    with pytest.raises(follow_ups.CallInvalid) as refused:
        follow_ups.record_outcome(call_id, "reached", "", manager_id)
    assert refused.value.errors == {"call": CallProblem.NOT_OPEN}
    assert follow_ups.record_outcome(retry_id, "booked", "周五下午", manager_id) is None


def test_overview_and_reassign(people, manager_id, beautician_id) -> None:
    created = assign(list(people.values()), manager_id, assignee_id=beautician_id).created
    FollowUp.update(due_on=TODAY - dt.timedelta(days=1)).where(FollowUp.id == created[0]).execute()
    follow_ups.record_outcome(created[1], "reached", "", beautician_id)
    [load] = overview(TODAY)
    assert (load.name, load.open, load.overdue, load.due_today, load.done_this_week) == (
        "陈美玲",
        2,
        1,
        1,
        1,
    )
    assert follow_ups.reassign([created[0], created[1]], manager_id, manager_id) == 1
    loads = {load.name: load for load in overview(TODAY)}
    assert (loads["周店长"].open, loads["周店长"].overdue) == (1, 1)
    assert (loads["陈美玲"].open, loads["陈美玲"].done_this_week) == (1, 1)


def test_a_logged_visit_closes_her_overdue_calls_only(people, manager_id, beautician_id) -> None:
    her = people["王芳"]
    assign([her], manager_id)
    follow_ups.assign_calls(CallRequest([her], None, TODAY, "after_treatment"), manager_id, TODAY)
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "深层补水", "", 29_800, 60, True), manager_id
    )
    care_log.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime.now().replace(second=0, microsecond=0),
            beautician_id=beautician_id,
            service_item_ids=(item,),
        ),
        beautician_id,
    )
    calls = {call.reason: call for call in FollowUp.select().where(FollowUp.customer == her)}
    assert (calls["overdue"].status, calls["overdue"].outcome) == ("done", "visited")
    assert calls["after_treatment"].status == "open"


def test_cancel_and_a_beautician_who_left(people, manager_id, beautician_id) -> None:
    catalogues.save_staff(
        catalogues.StaffMember(beautician_id, "陈美玲", "beautician", "", False), None
    )
    [call_id] = assign([people["曾丽"]], manager_id).created
    assert FollowUp.get_by_id(call_id).assignee_id == manager_id  # not to someone who left
    follow_ups.record_outcome(call_id, "reached", "", manager_id)
    [other] = assign([people["王芳"]], manager_id).created
    assert follow_ups.cancel_calls([call_id, other], manager_id) == 1  # the closed one stays
    assert (FollowUp.get_by_id(call_id).status, FollowUp.get_by_id(other).status) == (
        "done",
        "cancelled",
    )
    assert open_calls() == []


def test_a_declined_call_says_why_and_the_reasons_are_counted(database, manager_id) -> None:
    """Issue 18.3: "declined" needs her reason; the reasons of a period are counted, on
    either engine, and from the command line."""
    import datetime as dt

    from salon_desk.services import customers, follow_ups
    from salon_desk.services.customers import CustomerInput
    from salon_desk.services.follow_ups import CallInvalid, CallProblem, CallRequest

    today = dt.date.today()
    people = [
        customers.create_customer(CustomerInput(name=n), manager_id)
        for n in ("王芳", "李娜", "赵敏")
    ]
    calls = follow_ups.assign_calls(
        CallRequest(people, manager_id, today, "overdue"), manager_id, today
    ).created
    with pytest.raises(CallInvalid) as refused:
        follow_ups.record_outcome(calls[0], "declined", "", manager_id)
    assert refused.value.errors == {"decline_reason": CallProblem.DECLINE_REASON_REQUIRED}
    follow_ups.record_outcome(calls[0], "declined", "太贵", manager_id, decline_reason="price")
    follow_ups.record_outcome(calls[1], "declined", "", manager_id, decline_reason="price")
    follow_ups.record_outcome(calls[2], "reached", "", manager_id, decline_reason="moved")
    counted = follow_ups.decline_reasons(today, today)
    assert counted["price"] == 2 and sum(counted.values()) == 2  # "reached" keeps no reason
    assert set(counted) == set(follow_ups.DECLINE_REASONS)


def test_the_declines_report_command(db_path, manager_id, capsys) -> None:
    import datetime as dt
    import json

    from salon_desk import app
    from salon_desk.services import customers, follow_ups
    from salon_desk.services.customers import CustomerInput
    from salon_desk.services.follow_ups import CallRequest
    from salon_desk.store.database import close_db, open_db

    today = dt.date.today()
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    [call] = follow_ups.assign_calls(
        CallRequest([her], manager_id, today, "overdue"), manager_id, today
    ).created
    follow_ups.record_outcome(call, "declined", "", manager_id, decline_reason="time")
    close_db()
    assert app.main(["report", "declines", "--db", str(db_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["report"] == "declines" and printed["reasons"]["time"] == 1
    open_db(db_path)
