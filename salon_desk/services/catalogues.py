"""Staff, service items and the two customer-type catalogues."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit
from salon_desk.services.permissions import Permission, allowed, require
from salon_desk.services.search_keys import sort_key
from salon_desk.services.shops import is_chain, this_pc_shop
from salon_desk.services.validation import clean_text
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Customer, CustomerType, ServiceItem, Staff


class CatalogueError(ValueError):
    """A catalogue edit that breaks a rule; ``code`` says which."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    phone: str
    active: bool


@dataclass(frozen=True)
class ServiceItemRow:
    id: int
    name: str
    category: str
    price_fen: int
    duration_minutes: int
    active: bool


@dataclass(frozen=True)
class TypeEntry:
    id: int
    kind: str
    code: str
    name: str  # empty for an unedited built-in: the UI shows its translated name
    strategy: str
    sort_order: int
    retired: bool


def list_staff(include_inactive: bool = False) -> list[StaffMember]:
    query = Staff.select(Staff.id, Staff.name, Staff.role, Staff.phone, Staff.active)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 (peewee expression)
    ordered = query.order_by(Staff.name_sort, Staff.name)
    return [StaffMember(*row) for row in ordered.tuples()]


def save_staff(member: StaffMember, actor_id: int | None) -> int:
    require(actor_id, Permission.SETTINGS)
    name = clean_text(member.name)
    if not name:
        raise CatalogueError("name_required")
    if member.role not in Staff.ROLES:
        raise CatalogueError("role_unknown")
    was = Staff.select(Staff.role).where(Staff.id == member.id).scalar() if member.id else None
    if "owner" in (member.role, was) and is_chain():
        require(actor_id, Permission.SHOPS)  # in a chain only the owner makes an owner
    works_in = Staff.select(Staff.shop).where(Staff.id == member.id).scalar() if member.id else None
    values = {
        "name": name,
        "role": member.role,
        "phone": clean_text(member.phone),
        "active": member.active,
        # Where she works (the shop she was added in); the owner works in every shop.
        "shop": None if member.role == "owner" else works_in or this_pc_shop(),
    }
    target_shop = values["shop"]
    return save_catalogue_row(
        Staff,
        "staff",
        member.id,
        values,
        actor_id,
        lambda: _own_shop_only(actor_id, target_shop if isinstance(target_shop, int) else None),
    )


def list_service_items(include_inactive: bool = False) -> list[ServiceItemRow]:
    query = ServiceItem.select(
        ServiceItem.id,
        ServiceItem.name,
        ServiceItem.category,
        ServiceItem.price_fen,
        ServiceItem.duration_minutes,
        ServiceItem.active,
    )
    if not include_inactive:
        query = query.where(ServiceItem.active == True)  # noqa: E712
    ordered = query.order_by(ServiceItem.name_sort, ServiceItem.name)
    return [ServiceItemRow(*row) for row in ordered.tuples()]


def save_service_item(item: ServiceItemRow, actor_id: int | None) -> int:
    require(actor_id, Permission.SETTINGS)
    name = clean_text(item.name)
    if not name:
        raise CatalogueError("name_required")
    if item.price_fen < 0:
        raise CatalogueError("price_negative")
    clash = ServiceItem.select().where((ServiceItem.name == name) & (ServiceItem.id != item.id))
    if clash.exists():
        raise CatalogueError("name_taken")
    values = {
        "name": name,
        "category": clean_text(item.category),
        "price_fen": item.price_fen,
        "duration_minutes": item.duration_minutes,
        "active": item.active,
    }
    return save_catalogue_row(
        ServiceItem, "service_item", item.id, values, actor_id, lambda: chain_wide(actor_id)
    )


def list_types(kind: str, include_retired: bool = False) -> list[TypeEntry]:
    query = CustomerType.select(
        CustomerType.id,
        CustomerType.kind,
        CustomerType.code,
        CustomerType.name,
        CustomerType.strategy,
        CustomerType.sort_order,
        CustomerType.retired,
    ).where(CustomerType.kind == kind)
    if not include_retired:
        query = query.where(CustomerType.retired == False)  # noqa: E712
    return [TypeEntry(*row) for row in query.order_by(CustomerType.sort_order).tuples()]


def save_type(entry: TypeEntry, actor_id: int | None) -> int:
    require(actor_id, Permission.SETTINGS)
    if entry.kind not in CustomerType.KINDS:
        raise CatalogueError("kind_unknown")
    values: dict[str, object] = {
        "name": clean_text(entry.name),
        "strategy": clean_text(entry.strategy),
        "retired": entry.retired,
    }
    if entry.id == 0:
        if not values["name"]:
            raise CatalogueError("name_required")
        highest = (
            CustomerType.select(pw.fn.MAX(CustomerType.sort_order))
            .where(CustomerType.kind == entry.kind)
            .scalar()
        )
        count = CustomerType.select().where(CustomerType.kind == entry.kind).count()
        values.update(kind=entry.kind, code=f"custom-{count + 1}", sort_order=(highest or 0) + 1)
    return save_catalogue_row(
        CustomerType, "customer_type", entry.id, values, actor_id, lambda: chain_wide(actor_id)
    )


def chain_wide(actor_id: int | None) -> None:
    """In a chain the catalogues (service items, types) are every shop's: the owner's."""
    if is_chain():
        require(actor_id, Permission.SHOPS)


def _own_shop_only(actor_id: int | None, shop_id: int | None) -> None:
    """In a chain a store manager adds and changes her own shop's staff only."""
    if not is_chain() or allowed(actor_id, Permission.SHOPS):
        return
    own = Staff.select(Staff.shop).where(Staff.id == actor_id).scalar() if actor_id else None
    if shop_id is None or shop_id != own:
        require(actor_id, Permission.SHOPS)  # refused, with the owner's right named


def save_catalogue_row(
    model: type[pw.Model],
    table: str,
    record_id: int,
    values: dict[str, object],
    actor_id: int | None,
    may_change: Callable[[], None] | None = None,
) -> int:
    """Insert when ``record_id`` is 0, else update; record the change either way. An
    unchanged row is not written (a settings table saves every row it shows);
    ``may_change`` raises PermissionDenied when this change is not the actor's to make."""
    after = {key: audit.as_text(value) for key, value in values.items()}
    # Derived from the name, so not a change of its own in the history.
    derived = (
        {"name_sort": sort_key(str(values["name"]))}
        if "name" in values and "name_sort" in model._meta.fields
        else {}
    )
    with write_transaction():
        if record_id != 0:
            row = model.get_by_id(record_id)
            # The row's own values (a foreign key as its id, as ``values`` gives it).
            before = {key: audit.as_text(row.__data__.get(key)) for key in values}
            if before == after:
                return record_id
        if may_change is not None:
            may_change()
        if record_id == 0:
            new_id = int(model.insert(**values, **derived).execute())
            audit.record_update(None, {}, after, actor_id, table=table, record_id=new_id)
            return new_id
        model.update(**values, **derived).where(model.id == record_id).execute()
        audit.record_update(None, before, after, actor_id, table=table, record_id=record_id)
        return record_id


def fill_missing_sort_keys() -> int:
    """Staff and service items written before schema v5, by the seed or by the demo get
    their pinyin order once, at start; pypinyin is imported only when one is missing."""
    filled = 0
    for model in (Staff, ServiceItem):
        missing = list(model.select(model.id, model.name).where(model.name_sort == "").tuples())
        if not missing:
            continue
        with write_transaction():
            for record_id, name in missing:
                model.update(name_sort=sort_key(name)).where(model.id == record_id).execute()
        filled += len(missing)
    return filled


def referral_counts() -> dict[int, int]:
    """How many customers each staff member brought (issue 17.7), by staff id."""
    rows = (
        Customer.select(Customer.referred_by_staff, pw.fn.COUNT(Customer.id))
        .where(Customer.referred_by_staff.is_null(False) & Customer.erased_at.is_null())
        .group_by(Customer.referred_by_staff)
        .tuples()
    )
    return {staff_id: int(count) for staff_id, count in rows}
