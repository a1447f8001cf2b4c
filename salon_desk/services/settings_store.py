"""The shop's settings: one JSON value per key; every change is in the change history."""

from __future__ import annotations

import json

from salon_desk.services import audit
from salon_desk.services.permissions import Permission, require
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Setting


def read_setting(key: str) -> object | None:
    """The saved value, or None when the shop never set it."""
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else json.loads(row.value)


def write_setting(key: str, value: object, actor_id: int | None) -> None:
    """Only a manager changes settings; who changed what, from what, is recorded."""
    require(actor_id, Permission.SETTINGS)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with write_transaction():
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            row = Setting.create(key=key, value=text)
            old = ""
        elif row.value == text:
            return
        else:
            old = row.value
            Setting.update(value=text).where(Setting.id == row.id).execute()
        audit.record_update(None, {key: old}, {key: text}, actor_id, "setting", row.id)
