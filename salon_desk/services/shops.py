"""The chain's shops, and the shop this PC stands in (issue 16.1, 16.2).

Every database has at least one shop; a single salon has only its own, with no name, and
sees no shop anywhere. What happens at a PC — a visit logged, a card sold, a call
assigned, a complaint received, a file made — records this PC's shop (``this_pc_shop``),
chosen once per PC and database (the app remembers it in the PC's preferences).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from salon_desk.services import audit
from salon_desk.services.permissions import Permission, require
from salon_desk.services.validation import FieldsInvalid, normalize_text
from salon_desk.store.database import is_sqlite, write_transaction
from salon_desk.store.models import Shop, Staff, utc_now


class ShopProblem(enum.StrEnum):
    NAME_REQUIRED = "shop_name_required"
    NAME_TAKEN = "shop_name_taken"


class ShopInvalid(FieldsInvalid[ShopProblem]):
    pass


@dataclass(frozen=True)
class ShopRow:
    id: int  # 0: a new shop
    name: str
    address: str = ""
    phone: str = ""
    closed: bool = False


def list_shops(include_closed: bool = False) -> list[ShopRow]:
    query = Shop.select(Shop.id, Shop.name, Shop.address, Shop.phone, Shop.closed_at)
    if not include_closed:
        query = query.where(Shop.closed_at.is_null())
    return [
        ShopRow(shop_id, name, address, phone, closed is not None)
        for shop_id, name, address, phone, closed in query.order_by(Shop.id).tuples()
    ]


def is_chain() -> bool:
    """More than one open shop: only then does any screen speak of shops."""
    return Shop.select().where(Shop.closed_at.is_null()).limit(2).count() > 1


def shops_in_use() -> bool:
    """Whether any screen speaks of shops: a chain, or a server (where a chain starts);
    a single salon on its own file sees no shop anywhere."""
    return not is_sqlite() or is_chain()


_chosen: int | None = None  # this PC's shop, set by the app at start


def use_shop(shop_id: int | None) -> None:
    """This process stands in ``shop_id`` from now on (None: the first open shop)."""
    global _chosen
    _chosen = shop_id


def this_pc_shop() -> int:
    """The shop this PC is in: the one chosen, while it is open in this database;
    otherwise the first open shop (a single salon's own)."""
    if _chosen is not None and (
        Shop.select().where((Shop.id == _chosen) & Shop.closed_at.is_null()).exists()
    ):
        return _chosen
    first = Shop.select(Shop.id).where(Shop.closed_at.is_null()).order_by(Shop.id).scalar()
    if first is None:  # every shop closed: the records still need one
        first = Shop.select(Shop.id).order_by(Shop.id).scalar()
    return int(first)


def this_pc_shop_name() -> str:
    """Its name ("" for a single salon that never named itself)."""
    return str(Shop.select(Shop.name).where(Shop.id == this_pc_shop()).scalar() or "")


def validate_shop(row: ShopRow) -> dict[str, ShopProblem]:
    name = normalize_text(row.name)
    others = Shop.select().where(Shop.id != row.id)
    if not name and others.exists():
        return {"name": ShopProblem.NAME_REQUIRED}  # a chain tells its shops apart
    if others.where(Shop.name == name).exists():
        return {"name": ShopProblem.NAME_TAKEN}
    return {}


def _own_shop(actor_id: int | None) -> int | None:
    return Staff.select(Staff.shop).where(Staff.id == actor_id).scalar() if actor_id else None


def save_shop(row: ShopRow, actor_id: int | None) -> int:
    """Add, change or close a shop: the owner's work, and the manager's in a salon that is
    not a chain yet (she opens its second shop); in a chain a store manager may change
    her own shop's name, address and phone. Recorded in the change history."""
    require(actor_id, Permission.SETTINGS)
    if is_chain():
        existing = Shop.get_or_none(Shop.id == row.id)
        closing = existing is not None and row.closed != (existing.closed_at is not None)
        if existing is None or closing or _own_shop(actor_id) != row.id:
            require(actor_id, Permission.SHOPS)
    errors = validate_shop(row)
    if errors:
        raise ShopInvalid(errors)
    values = {
        "name": normalize_text(row.name),
        "address": normalize_text(row.address),
        "phone": normalize_text(row.phone),
    }
    with write_transaction():
        if row.id == 0:
            shop_id = int(Shop.insert(**values).execute())
            audit.record_create(None, values, actor_id, table="shop", record_id=shop_id)
            return shop_id
        before = Shop.get_by_id(row.id)
        old = {key: getattr(before, key) for key in values}
        Shop.update(**values).where(Shop.id == row.id).execute()
        audit.record_update(None, old, values, actor_id, "shop", row.id)
        if row.closed != (before.closed_at is not None):
            closed_at = utc_now() if row.closed else None
            Shop.update(closed_at=closed_at).where(Shop.id == row.id).execute()
            audit.record_update(
                None,
                {"closed": str(before.closed_at is not None)},
                {"closed": str(row.closed)},
                actor_id,
                "shop",
                row.id,
            )
        return row.id
