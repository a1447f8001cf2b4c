"""Every write says what it changed (issue 15.8): the screens update those customers only.

Each service below is called inside a kept journal, as the window's UI thread or a
background job keeps one, and the journal must name exactly what changed."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from salon_desk.services import (
    audit,
    cards,
    care_log,
    catalogues,
    complaints,
    customers,
    follow_ups,
)
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.changes import EVERYTHING, NOTHING, Changes, journal_kept, note, take
from salon_desk.services.customers import CustomerInput
from salon_desk.services.follow_ups import CallRequest

TODAY = dt.date.today()


@pytest.fixture
def her(manager_id: int) -> int:
    return customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)


def _item() -> int:
    return catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "面部护理", "护理", 28_000, 60, True), None
    )


def test_each_write_names_the_customer_under_what_of_hers_changed(
    her: int, manager_id: int, beautician_id: int
) -> None:
    with journal_kept() as created:
        other = customers.create_customer(CustomerInput(name="曾丽"), manager_id)
    assert created.changes == Changes(files=frozenset({other}))

    item = _item()
    with journal_kept() as logged:
        entry = care_log.log_care(
            CareEntryInput(
                customer_id=her,
                visited_at=dt.datetime.now().astimezone(),
                beautician_id=beautician_id,
                service_item_ids=(item,),
            ),
            manager_id,
        )
    assert logged.changes == Changes(visits=frozenset({her}))

    with journal_kept() as voided:
        care_log.void_care_log(entry, "记错了", manager_id)
    assert voided.changes == Changes(visits=frozenset({her}))

    with journal_kept() as sold:
        cards.sell_card(
            her,
            cards.CardInput(
                service_item_id=item,
                sessions_bought=10,
                amount_paid_fen=200_000,
                purchased_on=TODAY,
            ),
            manager_id,
        )
    assert sold.changes == Changes(files=frozenset({her}))

    with journal_kept() as called:
        follow_ups.assign_calls(
            CallRequest(customer_ids=[her, other], due_on=TODAY, reason="manual"),
            manager_id,
            TODAY,
        )
    assert called.changes == Changes(calls=frozenset({her, other}))

    with journal_kept() as complained:
        complaints.record_complaint(
            her, complaints.ComplaintInput(received_on=TODAY, description="等太久"), manager_id
        )
    assert complained.changes == Changes(complaints=frozenset({her}))

    with journal_kept() as archived:
        customers.set_archived(other, True, manager_id)
    assert archived.changes == Changes(files=frozenset({other}))

    with journal_kept() as staffed:
        catalogues.save_staff(catalogues.StaffMember(0, "李静", "beautician", "", True), None)
    assert staffed.changes == Changes(catalogues=True)


def test_a_journal_is_kept_only_where_asked_and_given_once() -> None:
    def elsewhere() -> None:  # a thread that keeps no journal: nothing is kept
        note(Changes(files=frozenset({1})))
        taken.append(take())

    taken: list[Changes] = []
    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert taken == [NOTHING]
    with journal_kept() as outer:
        note(Changes(files=frozenset({1})))
        with journal_kept() as inner:  # a job's own, apart from the thread's
            note(Changes(visits=frozenset({2})))
        note(Changes(calls=frozenset({3})))
    assert inner.changes == Changes(visits=frozenset({2}))
    assert outer.changes == Changes(files=frozenset({1}), calls=frozenset({3}))
    assert outer.take() == Changes(files=frozenset({1}), calls=frozenset({3}))
    assert outer.take() == NOTHING and not NOTHING
    assert outer.changes.customers == frozenset()


def test_what_the_history_records_means_to_the_screens() -> None:
    assert audit.changed("import_batch", "import", [None]) == EVERYTHING
    assert audit.changed("database", "restore_backup", [None]) == EVERYTHING
    assert audit.changed("database", "export", [None]) == NOTHING  # nothing changed
    assert audit.changed("staff", "sign_in_failed", [None]) == NOTHING
    assert audit.changed("shop_setting", "update", [None]) == Changes(catalogues=True)
    both = audit.changed("card", "void", [4]) | audit.changed("follow_up", "create", [5])
    assert both.customers == {4, 5} and both.files == {4} and both.calls == {5}
