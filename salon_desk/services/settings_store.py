"""The shop's settings: one JSON value per key; every change is in the change history.

In a chain (issue 16.1) each setting has the chain's value, set by the owner, and a shop
may have its own: a store manager's change is her shop's (ShopSetting), and a PC reads
its shop's value where there is one, the chain's otherwise.
"""

from __future__ import annotations

import json

from salon_desk.services import audit, shops
from salon_desk.services.permissions import Permission, allowed, require
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Setting, ShopSetting, Staff


def _own_shop_value(key: str) -> ShopSetting | None:
    if not shops.is_chain():
        return None
    return ShopSetting.get_or_none(
        (ShopSetting.shop == shops.this_pc_shop()) & (ShopSetting.key == key)
    )


def read_setting(key: str) -> object | None:
    """This PC's shop's value, else the chain's (a single salon: its own); None when
    never set."""
    row = _own_shop_value(key) or Setting.get_or_none(Setting.key == key)
    return None if row is None else json.loads(row.value)


def _shop_of_change(actor_id: int | None) -> int | None:
    """Whose value a change sets: in a chain a store manager's goes to her shop (this
    PC's, for one who works in every shop); the owner's and a single salon's to all."""
    if not shops.is_chain() or allowed(actor_id, Permission.SHOPS):
        return None
    own = Staff.select(Staff.shop).where(Staff.id == actor_id).scalar()
    return int(own or shops.this_pc_shop())


def _write_shop_setting(shop_id: int, key: str, text: str, actor_id: int | None) -> None:
    row = ShopSetting.get_or_none((ShopSetting.shop == shop_id) & (ShopSetting.key == key))
    if row is not None and row.value == text:
        return
    old = "" if row is None else row.value
    if row is None:
        row_id = ShopSetting.insert(shop=shop_id, key=key, value=text).execute()
    else:
        row_id = row.id
        ShopSetting.update(value=text).where(ShopSetting.id == row.id).execute()
    audit.record_update(None, {key: old}, {key: text}, actor_id, "shop_setting", row_id)


def write_setting(key: str, value: object, actor_id: int | None) -> None:
    """Only a manager changes settings; who changed what, from what, is recorded."""
    require(actor_id, Permission.SETTINGS)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    shop_id = _shop_of_change(actor_id)
    with write_transaction():
        if shop_id is not None:
            _write_shop_setting(shop_id, key, text, actor_id)
            return
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


def read_whole_number(key: str, default: int, limits: tuple[int, int]) -> int:
    """A whole-number setting (days, a percentage): the stored value within ``limits``,
    else ``default``."""
    stored = read_setting(key)
    low, high = limits
    if isinstance(stored, int) and not isinstance(stored, bool) and low <= stored <= high:
        return stored
    return default


def write_whole_number(key: str, value: int, limits: tuple[int, int], actor_id: int | None) -> None:
    """Store a whole-number setting; outside ``limits`` is refused (ValueError)."""
    require(actor_id, Permission.SETTINGS)
    low, high = limits
    if not low <= value <= high:
        raise ValueError(value)
    write_setting(key, value, actor_id)
