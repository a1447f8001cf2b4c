"""Masked phone numbers for the roles the shop chooses; settings changes in the history."""

from __future__ import annotations

import pytest

from salon_desk.services import audit, backups, privacy
from salon_desk.services.permissions import PermissionDenied
from salon_desk.store.models import ChangeRecord


def test_mask_keeps_the_first_three_and_last_four_digits() -> None:
    assert privacy.mask_phone("13800135678") == "138****5678"
    assert privacy.mask_phone("+8613800135678") == "+86****5678"
    assert privacy.mask_phone("5678") == "****"
    assert privacy.mask_phone("") == ""


def test_the_shop_chooses_who_sees_numbers_masked(manager_id, beautician_id) -> None:
    assert not privacy.phones_hidden_for(beautician_id)
    privacy.set_masked_roles({"beautician", "manager", "nobody"}, manager_id)
    assert privacy.masked_roles() == {"beautician"}  # a manager always sees them
    assert privacy.phones_hidden_for(beautician_id)
    assert not privacy.phones_hidden_for(manager_id)
    assert not privacy.phones_hidden_for(None)  # the command line holds the file anyway
    with pytest.raises(PermissionDenied):
        privacy.set_masked_roles(set(), beautician_id)
    assert privacy.phones_hidden_for(beautician_id)


def test_every_settings_change_is_in_the_history(manager_id) -> None:
    backups.set_keep_count(5, manager_id)
    backups.set_keep_count(5, manager_id)  # unchanged: nothing to record
    backups.set_keep_count(12, manager_id)
    rows = audit.audit_log(manager_id, audit.AuditFilter(table="setting"))
    assert [(r.field, r.old_value, r.new_value, r.staff_name) for r in rows] == [
        ("backups_keep", "5", "12", "周店长"),
        ("backups_keep", "", "5", "周店长"),
    ]
    assert backups.keep_count() == 12
    assert ChangeRecord.select().where(ChangeRecord.table == "setting").count() == 2


def test_the_whole_history_unfiltered_newest_first(manager_id, beautician_id) -> None:
    backups.set_keep_count(7, manager_id)
    rows = audit.audit_log(manager_id, audit.AuditFilter())
    assert len(rows) == ChangeRecord.select().count() >= 3  # two staff created, one setting
    assert rows[0].field == "backups_keep"
    assert [r.changed_at for r in rows] == sorted((r.changed_at for r in rows), reverse=True)
    with pytest.raises(PermissionDenied):
        audit.audit_log(beautician_id, audit.AuditFilter())
