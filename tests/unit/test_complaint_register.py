"""Issue 18.2: the complaint register — form numbers, classifications, the visit it is
about, the shop's first-reply deadline, the sign-off steps, and the period's counts
recounted from the rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from salon_desk.services import (
    care_log,
    catalogues,
    complaint_register,
    complaints,
    customers,
)
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.complaint_register import SignOffInvalid, SignOffProblem
from salon_desk.services.complaints import ComplaintInput, ComplaintProblem
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import Complaint, ComplaintSignOff, SchemaInfo

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def her(manager_id: int) -> int:
    return customers.create_customer(CustomerInput(name="张慧敏"), manager_id)


def _complaint(her: int, actor: int, days_ago: int, **more: object) -> int:
    data = ComplaintInput(
        received_on=TODAY - dt.timedelta(days=days_ago), description="等太久了", **more
    )  # type: ignore[arg-type]
    return complaints.record_complaint(her, data, actor, TODAY)


def test_each_complaint_gets_the_years_next_number(her: int, manager_id: int) -> None:
    first = _complaint(her, manager_id, 3)
    second = _complaint(her, manager_id, 1)
    last_year = _complaint(her, manager_id, 400)
    numbers = [complaints.get_complaint(c).form_number for c in (first, second, last_year)]
    assert numbers == ["2026-0001", "2026-0002", "2025-0001"]


def test_the_register_fields_are_kept_and_checked(
    her: int, manager_id: int, beautician_id: int
) -> None:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    visit = care_log.log_care(
        CareEntryInput(her, dt.datetime(2026, 11, 20, 15, 0), beautician_id, (facial,)),
        beautician_id,
    )
    other = customers.create_customer(CustomerInput(name="李娜"), manager_id)
    complaint_id = _complaint(
        her, manager_id, 2, channel="online_review", category="quality", cause="staff",
        service_gap="behaviour", service_item_id=facial, care_log_id=visit,
        first_reply_on=TODAY - dt.timedelta(days=1),
    )  # fmt: skip
    row = complaints.get_complaint(complaint_id)
    assert (row.channel, row.category, row.cause, row.service_gap) == (
        "online_review", "quality", "staff", "behaviour",
    )  # fmt: skip
    assert (row.service_item_name, row.care_log_id, row.first_reply_on) == (
        "补水", visit, TODAY - dt.timedelta(days=1),
    )  # fmt: skip
    wrong = ComplaintInput(
        received_on=TODAY, description="x", cause="weather", service_gap="moon",
        first_reply_on=TODAY - dt.timedelta(days=1), care_log_id=visit,
    )  # fmt: skip
    with pytest.raises(complaints.ComplaintInvalid) as refused:
        complaints.record_complaint(other, wrong, manager_id, TODAY)
    assert refused.value.errors == {
        "cause": ComplaintProblem.CHOICE_UNKNOWN,
        "service_gap": ComplaintProblem.CHOICE_UNKNOWN,
        "first_reply_on": ComplaintProblem.REPLY_BEFORE_RECEIVED,
        "care_log": ComplaintProblem.VISIT_NOT_HERS,  # her visit, not the other's
    }


def test_the_shops_reply_deadline_marks_the_late(her: int, manager_id: int) -> None:
    waiting = _complaint(her, manager_id, 2)
    assert not complaints.get_complaint(waiting).stale(TODAY)  # 3 days unless set
    complaint_register.save_reply_days(1, manager_id)
    assert complaints.get_complaint(waiting).stale(TODAY)
    answered = complaints.get_complaint(waiting).as_input()
    answered.first_reply_on = TODAY
    complaints.update_complaint(waiting, answered, manager_id, TODAY)
    assert not complaints.get_complaint(waiting).stale(TODAY)  # she has heard back


def test_sign_off_goes_in_order_and_the_manager_signs_last(
    her: int, manager_id: int, beautician_id: int
) -> None:
    complaint_id = _complaint(her, manager_id, 2)
    day = TODAY - dt.timedelta(days=1)
    with pytest.raises(SignOffInvalid) as refused:
        complaint_register.sign(complaint_id, "quality", beautician_id, day, "", manager_id, TODAY)
    assert refused.value.errors == {"step": SignOffProblem.EARLIER_STEP_MISSING}
    complaint_register.sign(complaint_id, "front_desk", beautician_id, day, "已登记", None, TODAY)
    complaint_register.sign(complaint_id, "quality", beautician_id, TODAY, "手法无误", None, TODAY)
    with pytest.raises(SignOffInvalid) as refused:
        complaint_register.sign(complaint_id, "manager", beautician_id, TODAY, "", None, TODAY)
    assert refused.value.errors == {"signer": SignOffProblem.NOT_A_MANAGER}
    with pytest.raises(SignOffInvalid) as refused:
        complaint_register.sign(
            complaint_id, "manager", manager_id, TODAY - dt.timedelta(days=9), "", None, TODAY
        )
    assert refused.value.errors == {"signed_on": SignOffProblem.SIGNED_BEFORE_RECEIVED}
    complaint_register.sign(
        complaint_id, "manager", manager_id, TODAY, "致歉并赠送护理", None, TODAY
    )
    complaint_register.sign(complaint_id, "quality", beautician_id, TODAY, "复查无误", None, TODAY)
    signed = complaint_register.sign_offs(complaint_id)
    assert [signed[s].signer_name for s in complaint_register.STEPS] == [
        "陈美玲",
        "陈美玲",
        "周店长",
    ]
    assert signed["quality"].opinion == "复查无误"  # signed again: replaced, not twice
    assert ComplaintSignOff.select().count() == 3
    # Erasing her personal data blanks what the signers wrote about her.
    customers.erase_personal_data(her, manager_id)
    assert {row.opinion for row in ComplaintSignOff.select()} == {""}


def test_the_periods_counts_match_a_recount(her: int, manager_id: int) -> None:
    complaint_register.save_reply_days(2, manager_id)
    rows = [
        (40, "phone", "service", "process", "procedure", 1),
        (35, "visit", "quality", "staff", "behaviour", 5),
        (20, "online_review", "quality", "staff", "", None),
        (10, "in_person", "suggestion", "", "", 0),
        (3, "media_legal", "industry_review", "expectation", "perception", None),
        (1, "message", "price", "product", "promotion", None),
        (200, "phone", "service", "process", "", 1),  # before the period
    ]
    for days_ago, channel, category, cause, gap, reply_after in rows:
        received = TODAY - dt.timedelta(days=days_ago)
        reply = None if reply_after is None else received + dt.timedelta(days=reply_after)
        _complaint(
            her, manager_id, days_ago, channel=channel, category=category, cause=cause,
            service_gap=gap, first_reply_on=reply,
        )  # fmt: skip
    first, last = TODAY - dt.timedelta(days=60), TODAY
    found = complaint_register.counts(first, last, TODAY)
    inside = list(Complaint.select().where(Complaint.received_on.between(first, last)))
    assert found.total == len(inside) == 6
    assert found.by_cause == Counter(c.cause for c in inside)
    assert found.by_category == Counter(c.category for c in inside)
    assert found.by_channel == Counter(c.channel for c in inside)
    assert found.by_gap == Counter(c.service_gap for c in inside)
    assert sum(sum(month.values()) for _, month in found.by_month) == 6
    replied = [c for c in inside if c.first_reply_on is not None]
    assert found.replied == len(replied) == 3
    assert found.replied_late == 1  # five days after, against two allowed
    assert found.average_reply_days == pytest.approx(2.0)
    assert found.waiting_late == 2  # 20 and 3 days ago, no reply; 1 day ago still in time
    assert {
        row.cause for row in complaints.list_complaints(received=(first, last), cause="staff")
    } == {"staff"}


def test_a_schema_27_file_numbers_its_complaints(her: int, manager_id: int, db_path: Path) -> None:
    for days_ago in (5, 400, 2):
        _complaint(her, manager_id, days_ago)
    close_db()
    from tests.unit.old_schema import without_columns

    without_columns(
        db_path,
        "complaint",
        ["form_number", "cause", "service_gap", "service_item_id", "care_log_id", "first_reply_on"],
        27,
    )
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    numbers = [
        number
        for (number,) in Complaint.select(Complaint.form_number).order_by(Complaint.id).tuples()
    ]
    assert numbers == ["2026-0001", "2025-0001", "2026-0002"]
    assert complaint_register.sign_offs(Complaint.select().first().id) == {}
