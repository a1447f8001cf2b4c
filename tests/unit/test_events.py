"""Issue 17.6: member events — invitations to those who agreed, answers and attendance
on the event and on her file, the call list of guests who have not answered."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import audit, customers, events, reminders
from salon_desk.services.customers import CustomerInput
from salon_desk.services.events import EventInput, EventInvalid, EventProblem
from salon_desk.services.permissions import PermissionDenied
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import ChangeRecord, SchemaInfo

TODAY = dt.date.today()


def _customer(name: str, manager_id: int, consent: bool = True) -> int:
    return customers.create_customer(
        CustomerInput(name=name, marketing_consent=consent), manager_id
    )


def test_an_event_needs_a_name_and_a_day(manager_id: int, beautician_id: int) -> None:
    with pytest.raises(EventInvalid) as refused:
        events.save_event(0, EventInput(" ", None), manager_id)
    assert refused.value.errors == {
        "name": EventProblem.NAME_REQUIRED,
        "held_on": EventProblem.DAY_REQUIRED,
    }
    with pytest.raises(PermissionDenied):
        events.save_event(0, EventInput("答谢会", TODAY), beautician_id)
    assert events.list_events() == []


def test_invitations_answers_and_attendance(manager_id: int) -> None:
    party = events.save_event(
        0, EventInput("年终答谢会", TODAY + dt.timedelta(days=10), "三楼"), manager_id
    )
    yes, quiet, declined = (_customer(n, manager_id) for n in ("王芳", "李娜", "赵敏"))
    no_consent = _customer("孙倩", manager_id, consent=False)
    archived = _customer("陈静", manager_id)
    customers.set_archived(archived, True, manager_id)
    found = events.invite(party, [yes, quiet, declined, no_consent, archived], manager_id)
    assert (sorted(found.added), found.already, found.no_consent) == (
        sorted([yes, quiet, declined]), 0, 2,
    )  # fmt: skip
    again = events.invite(party, [yes], manager_id)
    assert (again.added, again.already) == ([], 1)
    events.set_answer(party, yes, manager_id, rsvp="yes")
    events.set_answer(party, declined, manager_id, rsvp="no")
    # Guests who have not answered become calls (reason "event").
    waiting = reminders.event_invitations(TODAY, 30)
    assert [(s.customer_id, s.occasion, s.reason) for s in waiting] == [
        (quiet, "年终答谢会", "event")
    ]
    assert reminders.event_invitations(TODAY, 5) == []  # not within five days
    events.set_answer(party, yes, manager_id, attended=True)
    [row] = events.list_events()
    assert (row.name, row.invited, row.coming, row.attended) == ("年终答谢会", 3, 1, 1)
    # On her file: the event, her answer, that she came; her history says who noted it.
    assert [(e.name, e.rsvp, e.attended) for e in events.events_of(yes)] == [
        ("年终答谢会", "yes", True)
    ]
    rows = audit.history_where([ChangeRecord.customer == yes], 50)
    assert {(r.table, r.field, r.new_value) for r in rows} >= {
        ("event_guest", "event", str(party)),
        ("event_guest", "rsvp", "yes"),
        ("event_guest", "attended", "1"),
    }
    with pytest.raises(EventInvalid):
        events.set_answer(party, quiet, manager_id, rsvp="perhaps")


def test_a_schema_22_file_gains_events(manager_id: int, db_path: Path) -> None:
    close_db()
    with sqlite3.connect(db_path) as old:
        old.execute("DROP TABLE event_guest")
        old.execute("DROP TABLE event")
        old.execute("UPDATE schema_info SET version = 22")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert events.save_event(0, EventInput("新品发布", TODAY), manager_id) > 0
