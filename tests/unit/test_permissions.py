"""Who may do what: refused in the services, whatever the screen shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salon_desk.services import (
    accounts,
    care_log,
    catalogues,
    customer_import,
    customers,
    excel_export,
)
from salon_desk.services.accounts import SignInProblem, SignInRefused
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.clock import to_stored
from salon_desk.services.customers import CustomerInput
from salon_desk.services.frequency_rules import FrequencyRules, save_rules
from salon_desk.services.permissions import Permission, PermissionDenied
from salon_desk.store.models import CareLog, Staff

BEIJING = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def her(manager_id: int) -> int:
    return customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)


def refused(permission: Permission):
    return pytest.raises(PermissionDenied, match=permission.value)


def test_a_beautician_may_not_export_import_archive_or_change_settings(
    her, beautician_id, manager_id, tmp_path: Path
) -> None:
    with refused(Permission.EXPORT):
        excel_export.export_workbook(
            tmp_path / "x.xlsx",
            None,
            excel_export.ExportTexts(),
            lambda f, v: v,
            actor_id=beautician_id,
        )
    assert not (tmp_path / "x.xlsx").exists()
    with refused(Permission.IMPORT):
        customer_import.apply_import([], beautician_id)
    with refused(Permission.ARCHIVE):
        customers.set_archived(her, True, beautician_id)
    with refused(Permission.SETTINGS):
        catalogues.save_service_item(
            catalogues.ServiceItemRow(0, "刮痧", "", 10_000, 30, True), beautician_id
        )
    with refused(Permission.SETTINGS):
        save_rules(FrequencyRules(window_days=90), beautician_id)
    with refused(Permission.RESET_PINS):
        accounts.set_pin(manager_id, "0000", beautician_id)
    assert customers.get_customer(her).archived_at is None
    customers.set_archived(her, True, manager_id)  # the manager may
    assert customers.get_customer(her).archived_at is not None


def test_someone_elses_entry_after_its_day_takes_a_manager(her, beautician_id, manager_id):
    front = catalogues.save_staff(catalogues.StaffMember(0, "林小雨", "front_desk", "", True), None)
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    data = CareEntryInput(
        customer_id=her, visited_at=now - dt.timedelta(hours=1), beautician_id=beautician_id,
        service_item_ids=(item,),
    )  # fmt: skip
    entry = care_log.log_care(data, beautician_id)
    fixed = CareEntryInput(**{**data.__dict__, "feedback": "今天改"})
    care_log.update_care_log(entry, fixed, data, front)  # the same day: anyone may fix it
    CareLog.update(created_at=to_stored(now - dt.timedelta(days=2))).where(
        CareLog.id == entry
    ).execute()
    later = CareEntryInput(**{**fixed.__dict__, "feedback": "两天后改"})
    with refused(Permission.CORRECT_OTHERS_LATE):
        care_log.update_care_log(entry, later, fixed, front)
    with refused(Permission.CORRECT_OTHERS_LATE):
        care_log.void_care_log(entry, "录错了", front)
    care_log.update_care_log(entry, later, fixed, beautician_id)  # her own entry: always
    care_log.void_care_log(entry, "录错了", manager_id)  # a manager: always


def test_pin_sign_in_and_the_lock(beautician_id, manager_id) -> None:
    accounts.sign_in(beautician_id, "")  # no PIN yet: her name is enough
    accounts.set_pin(beautician_id, " 2468 ", beautician_id)
    member = Staff.get_by_id(beautician_id)
    assert len(bytes(member.pin_salt)) == 16 and b"2468" not in bytes(member.pin_hash)
    accounts.sign_in(beautician_id, "2468")
    now = dt.datetime(2026, 11, 23, 2, 0)
    for _ in range(accounts.FAILURES_BEFORE_LOCK - 1):
        with pytest.raises(SignInRefused) as wrong:
            accounts.sign_in(beautician_id, "1111", now)
        assert wrong.value.problem is SignInProblem.PIN_WRONG
    with pytest.raises(SignInRefused) as locked:
        accounts.sign_in(beautician_id, "1111", now)
    assert locked.value.problem is SignInProblem.LOCKED
    with pytest.raises(SignInRefused) as still:
        accounts.sign_in(beautician_id, "2468", now + dt.timedelta(minutes=4))
    assert still.value.problem is SignInProblem.LOCKED  # even the right PIN waits
    accounts.sign_in(beautician_id, "2468", now + dt.timedelta(minutes=6))
    with pytest.raises(accounts.PinInvalid):
        accounts.set_pin(beautician_id, "12", beautician_id)
    accounts.set_pin(beautician_id, "9999", manager_id)  # a manager resets a forgotten PIN
    accounts.sign_in(beautician_id, "9999")


def test_a_manager_cannot_sign_in_without_a_pin(manager_id, beautician_id) -> None:
    assert accounts.needs_pin_to_sign_in(manager_id)
    assert not accounts.needs_pin_to_sign_in(beautician_id)
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(manager_id, "")
    assert refused.value.problem is SignInProblem.PIN_NEEDED
    with pytest.raises(accounts.PinInvalid) as short:
        accounts.set_pin(manager_id, "7531", manager_id)
    assert short.value.errors == {"pin": SignInProblem.MANAGER_PIN_TOO_SHORT}  # 13.14
    accounts.set_pin(manager_id, "753159", manager_id)
    accounts.sign_in(manager_id, "753159")


def test_each_further_lock_doubles_and_she_is_told_of_wrong_tries(
    manager_id, beautician_id
) -> None:
    """Issue 13.14 and 13.11: 5, 10, 20 … minutes up to a day; every wrong PIN and lock is
    in the shop's history; at her next sign-in she learns how many wrong PINs there were."""
    from salon_desk.services import audit

    accounts.set_pin(manager_id, "753159", manager_id)
    now = dt.datetime(2026, 11, 23, 2, 0)
    waits = []
    for _ in range(10):
        for _ in range(accounts.FAILURES_BEFORE_LOCK):
            try:
                accounts.sign_in(manager_id, "000000", now)
            except SignInRefused as refused:
                last = refused
        assert last.problem is SignInProblem.LOCKED and last.locked_until is not None
        waits.append(round((last.locked_until - now).total_seconds() / 60))
        now = last.locked_until + dt.timedelta(seconds=1)
    assert waits == [5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440]
    assert accounts.sign_in(manager_id, "753159", now) == 50
    assert accounts.sign_in(manager_id, "753159", now) == 0  # told once
    rows = audit.audit_log(manager_id, audit.AuditFilter(staff_id=manager_id))
    assert sum(r.action == "sign_in_failed" for r in rows) == 50
    assert sum(r.action == "sign_in_locked" for r in rows) == 10
    # A success starts the doubling afresh.
    for _ in range(accounts.FAILURES_BEFORE_LOCK):
        with pytest.raises(SignInRefused) as again:
            accounts.sign_in(manager_id, "000000", now)
    assert again.value.locked_until - now == dt.timedelta(minutes=5)


def test_erase_personal_data_keeps_what_happened(her, manager_id, beautician_id) -> None:
    from salon_desk.services.service_status import service_status
    from salon_desk.store.models import ChangeRecord, Complaint, CustomerSearchKey, FollowUp

    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    care_log.log_care(
        CareEntryInput(
            customer_id=her, visited_at=now - dt.timedelta(hours=1), beautician_id=beautician_id,
            service_item_ids=(item,), feedback="她说最近失眠", amount_fen=29_800,
        ),
        beautician_id,
    )  # fmt: skip
    Complaint.create(customer=her, received_on=now.date(), description="前台说了她的病情")
    FollowUp.create(customer=her, assignee=manager_id, due_on=now.date(), note="问问手术恢复")
    before = service_status(her)
    with refused(Permission.ARCHIVE):
        customers.erase_personal_data(her, beautician_id)
    customers.erase_personal_data(her, manager_id)
    erased = customers.get_customer(her)
    assert (erased.data.name, erased.data.phone, erased.data.notes) == (f"#{her}", "", "")
    assert erased.archived_at is not None
    assert CustomerSearchKey.select().where(CustomerSearchKey.customer == her).count() == 0
    entry = CareLog.get(CareLog.customer == her)
    assert (entry.feedback, entry.amount_fen) == ("", 29_800)
    after = service_status(her)
    assert (after.visits, after.spend_12_months_fen) == (before.visits, before.spend_12_months_fen)
    assert Complaint.get().description == "" and FollowUp.get().status == "cancelled"
    history = ChangeRecord.select().where(ChangeRecord.customer == her)
    assert all(not r.old_value and not r.new_value for r in history if r.action != "erase")
    assert "13755501111" not in {r.new_value for r in history}
    [erase] = [r for r in history if r.action == "erase"]
    assert erase.staff_id == manager_id


def test_a_refusal_that_reaches_the_window_says_so_in_words(monkeypatch) -> None:
    import sys

    from salon_desk import app

    shown: list[str] = []
    monkeypatch.setattr(app, "show_fatal", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()
    refusal = PermissionDenied(Permission.EXPORT, "beautician")
    sys.excepthook(PermissionDenied, refusal, None)
    assert shown == ["Only the store manager may do this. Nothing was changed."]


def test_a_deactivated_account_has_no_rights(her, manager_id, beautician_id, tmp_path) -> None:
    """Issue 13.12: a manager deactivated while her window stays open on another PC."""
    second_manager = catalogues.save_staff(
        catalogues.StaffMember(0, "李店长", "manager", "", True), manager_id
    )
    catalogues.save_staff(
        catalogues.StaffMember(second_manager, "李店长", "manager", "", False), manager_id
    )
    with refused(Permission.EXPORT):
        excel_export.export_workbook(
            tmp_path / "x.xlsx", None, excel_export.ExportTexts(), lambda f, v: v,
            actor_id=second_manager,
        )  # fmt: skip
    assert not (tmp_path / "x.xlsx").exists()
    with refused(Permission.WRITE):
        customers.create_customer(CustomerInput(name="新人"), second_manager)
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "刮痧", "", 10_000, 30, True), manager_id
    )
    Staff.update(active=False).where(Staff.id == beautician_id).execute()
    with refused(Permission.WRITE):
        care_log.log_care(
            CareEntryInput(
                customer_id=her,
                visited_at=dt.datetime.now(BEIJING) - dt.timedelta(hours=1),
                beautician_id=manager_id,
                service_item_ids=(item,),
                feedback="她说很舒服",
            ),
            beautician_id,
        )
    assert CareLog.select().count() == 0


def test_a_colleagues_calls_are_the_managers_to_move_or_cancel(
    her, manager_id, beautician_id
) -> None:
    """Issue 13.13."""
    from salon_desk.services import follow_ups
    from salon_desk.store.models import FollowUp

    colleague = catalogues.save_staff(
        catalogues.StaffMember(0, "王芳", "beautician", "", True), manager_id
    )
    theirs = FollowUp.create(
        customer=her, assignee=colleague, due_on=dt.date.today(), reason="manual"
    )
    mine = FollowUp.create(
        customer=her, assignee=beautician_id, due_on=dt.date.today(), reason="manual"
    )
    with refused(Permission.OTHERS_CALLS):
        follow_ups.reassign([theirs.id], beautician_id, beautician_id)
    with refused(Permission.OTHERS_CALLS):
        follow_ups.cancel_calls([theirs.id, mine.id], beautician_id)
    assert FollowUp.get_by_id(theirs.id).assignee_id == colleague
    assert FollowUp.get_by_id(mine.id).status == "open"  # nothing of a refused batch
    assert follow_ups.reassign([mine.id], colleague, beautician_id) == 1  # her own
    assert follow_ups.cancel_calls([theirs.id], manager_id) == 1  # the manager's
