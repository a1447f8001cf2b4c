"""Her family and friends (issue 17.2), and who she comes in with.

A relation is written on one file and read from both: her daughter's file shows her as
a parent. Who she "comes with" is not written by anyone: it is read from the care log —
another customer seen at the same shop within ``TOGETHER_WITHIN`` of her, on at least
``TOGETHER_AT_LEAST`` visits. Among her and those she comes with, the one who brought
the others (referred most of them; else the one on file first) is the group's leader:
the seed's 伙伴型 customers come as a group, and the shop works through its leader.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit
from salon_desk.services.validation import (
    OLDEST_BIRTH_YEAR,
    FieldError,
    FieldsInvalid,
    clean_text,
)
from salon_desk.store.database import db, write_transaction
from salon_desk.store.models import CareLog, Customer, Relation

KINDS = Relation.KINDS
# Read from the other file, each relation is its opposite.
OPPOSITE = {"child": "parent", "parent": "child"}
TOGETHER_WITHIN = dt.timedelta(minutes=30)
TOGETHER_AT_LEAST = 2
RANGES_PER_QUERY = 100


class RelationInvalid(FieldsInvalid[FieldError]):
    pass


@dataclass(frozen=True)
class RelationInput:
    kind: str = "friend"
    other_id: int | None = None  # she is a customer: her file
    name: str = ""
    birthday: dt.date | None = None
    gender: str = ""
    note: str = ""


@dataclass(frozen=True)
class Person:
    """One relation as her file shows it."""

    relation_id: int
    kind: str  # as seen from her file
    name: str
    other_id: int | None
    birthday: dt.date | None
    gender: str
    note: str
    written_here: bool  # False: written on the other's file (edit it there)


@dataclass(frozen=True)
class Companion:
    customer_id: int
    name: str
    visits_together: int
    last_together: dt.datetime  # stored (UTC)
    leader: bool


def _check(customer_id: int, person: RelationInput) -> RelationInput:
    errors: dict[str, FieldError] = {}
    if person.kind not in KINDS:
        errors["kind"] = FieldError.CHOICE_UNKNOWN
    if person.other_id == customer_id:
        errors["other"] = FieldError.REFERRER_IS_SELF
    name = clean_text(person.name)
    if person.other_id is not None:
        found = Customer.select(Customer.name).where(Customer.id == person.other_id).scalar()
        if found is None:
            errors["other"] = FieldError.CHOICE_UNKNOWN
        name = found or name
    elif not name:
        errors["name"] = FieldError.NAME_REQUIRED
    if person.gender not in Customer.GENDERS:
        errors["gender"] = FieldError.CHOICE_UNKNOWN
    if person.other_id is None and person.birthday is not None:
        if person.birthday > dt.date.today():
            errors["birthday"] = FieldError.BIRTHDAY_IN_FUTURE
        elif person.birthday.year < OLDEST_BIRTH_YEAR:
            errors["birthday"] = FieldError.BIRTHDAY_TOO_OLD
    if errors:
        raise RelationInvalid(errors)
    linked = person.other_id is not None
    return RelationInput(
        person.kind,
        person.other_id,
        name,
        None if linked else person.birthday,
        "" if linked else person.gender,
        clean_text(person.note),
    )


def _snapshot(person: RelationInput) -> dict[str, str]:
    return {
        "kind": person.kind,
        "other_id": audit.as_text(person.other_id),
        "name": person.name,
        "birthday": audit.as_text(person.birthday),
        "gender": person.gender,
        "note": person.note,
    }


def _columns(person: RelationInput) -> dict[str, object]:
    return {
        "kind": person.kind,
        "other": person.other_id,
        "name": person.name,
        "birthday": person.birthday,
        "gender": person.gender,
        "note": person.note,
    }


def add_relation(customer_id: int, person: RelationInput, actor_id: int | None) -> int:
    person = _check(customer_id, person)
    with write_transaction():
        relation_id = int(Relation.insert(customer=customer_id, **_columns(person)).execute())
        audit.record_create(
            customer_id, _snapshot(person), actor_id, table="relation", record_id=relation_id
        )
        _note_the_other(person.other_id, actor_id, relation_id, "link")
    return relation_id


def update_relation(relation_id: int, person: RelationInput, actor_id: int | None) -> None:
    row = Relation.get_by_id(relation_id)
    person = _check(row.customer_id, person)
    before = RelationInput(row.kind, row.other_id, row.name, row.birthday, row.gender, row.note)
    with write_transaction():
        Relation.update(**_columns(person)).where(Relation.id == relation_id).execute()
        audit.record_update(
            row.customer_id,
            _snapshot(before),
            _snapshot(person),
            actor_id,
            table="relation",
            record_id=relation_id,
        )
        if person.other_id != before.other_id:
            _note_the_other(person.other_id, actor_id, relation_id, "link")
            _note_the_other(before.other_id, actor_id, relation_id, "unlink")


def remove_relation(relation_id: int, actor_id: int | None) -> None:
    row = Relation.get_by_id(relation_id)
    with write_transaction():
        Relation.delete().where(Relation.id == relation_id).execute()
        audit.record_action(
            row.customer_id, "delete", actor_id, table="relation", record_id=relation_id,
            note=row.name,
        )  # fmt: skip
        _note_the_other(row.other_id, actor_id, relation_id, "unlink")


def _note_the_other(
    other_id: int | None, actor_id: int | None, relation_id: int, action: str
) -> None:
    """The other file shows the relation too: its history says so, and its screens
    hear of the change."""
    if other_id is not None:
        audit.record_action(other_id, action, actor_id, table="relation", record_id=relation_id)


def relations_of(customer_id: int) -> list[Person]:
    """Written on her file, then written on others' files naming her; each as she sees
    it (a file naming her as its child shows that customer as her parent)."""
    other = Customer.alias()
    own = (
        Relation.select(
            Relation.id, Relation.kind, Relation.name, Relation.other, Relation.birthday,
            Relation.gender, Relation.note, other.name, other.birthday, other.gender,
        )
        .join(other, pw.JOIN.LEFT_OUTER, on=(Relation.other == other.id))
        .where(Relation.customer == customer_id)
        .order_by(Relation.id)
        .tuples()
    )  # fmt: skip
    people = [
        Person(
            relation_id, kind, linked_name or name, other_id,
            linked_birthday if other_id else birthday, linked_gender if other_id else gender,
            note, written_here=True,
        )
        for (relation_id, kind, name, other_id, birthday, gender, note,
             linked_name, linked_birthday, linked_gender) in own
    ]  # fmt: skip
    naming_her = (
        Relation.select(
            Relation.id, Relation.kind, Relation.note, Customer.id, Customer.name,
            Customer.birthday, Customer.gender,
        )
        .join(Customer, on=(Relation.customer == Customer.id))
        .where(Relation.other == customer_id)
        .order_by(Relation.id)
        .tuples()
    )  # fmt: skip
    people += [
        Person(
            relation_id, OPPOSITE.get(kind, kind), name, owner_id, birthday, gender, note,
            written_here=False,
        )
        for relation_id, kind, note, owner_id, name, birthday, gender in naming_her
    ]  # fmt: skip
    return people


def comes_with(customer_id: int) -> list[Companion]:
    """Who she comes in with, most often first, the group's leader marked."""
    mine = list(
        CareLog.select(CareLog.id, CareLog.visited_at, CareLog.shop)
        .where((CareLog.customer == customer_id) & CareLog.voided_at.is_null())
        .tuples()
    )
    shared: set[tuple[int, int]] = set()  # (another customer, her visit) seen together
    last: dict[int, dt.datetime] = {}
    for start in range(0, len(mine), RANGES_PER_QUERY):
        part = mine[start : start + RANGES_PER_QUERY]
        # One index range per visit of hers, ORed flat: peewee nests each "|" in
        # parentheses, and a hundred levels overflowed SQLite's parser.
        p = db.param
        ranges = " OR ".join([f"(visited_at BETWEEN {p} AND {p} AND shop_id = {p})"] * len(part))
        bounds = [
            value
            for _entry, at, shop in part
            for value in (at - TOGETHER_WITHIN, at + TOGETHER_WITHIN, shop)
        ]
        near = pw.SQL(f"({ranges})", bounds)
        others = (
            CareLog.select(CareLog.customer, CareLog.visited_at, CareLog.shop)
            .where(near & (CareLog.customer != customer_id) & CareLog.voided_at.is_null())
            .tuples()
        )
        for other_id, at, shop in others:
            for entry, when, where in part:
                if where == shop and abs(when - at) <= TOGETHER_WITHIN:
                    shared.add((other_id, entry))
                    last[other_id] = max(at, last.get(other_id, at))
    together = Counter(other_id for other_id, _entry in shared)
    companions = [c for c, count in together.items() if count >= TOGETHER_AT_LEAST]
    if not companions:
        return []
    names = dict(
        Customer.select(Customer.id, Customer.name).where(Customer.id.in_(companions)).tuples()
    )
    leader = _leader([customer_id, *companions])
    ranked = sorted(companions, key=lambda c: (-together[c], names.get(c, "")))
    return [Companion(c, names.get(c, ""), together[c], last[c], c == leader) for c in ranked]


def _leader(group: Iterable[int]) -> int:
    """The one who referred most of the others; else the one on file first."""
    members = list(group)
    referred = Counter(
        referrer
        for (referrer,) in Customer.select(Customer.referred_by)
        .where(Customer.id.in_(members) & Customer.referred_by.in_(members))
        .tuples()
    )
    if referred:
        top = max(referred.values())
        members = [m for m in members if referred.get(m, 0) == top]
    return min(members)  # ids grow with time: the first on file


def erase_for(customer_id: int) -> None:
    """Her personal data erased (in the caller's transaction): the family and friends
    written on her file go, and files naming her keep the link but not her name."""
    Relation.delete().where(Relation.customer == customer_id).execute()
    Relation.update(name="").where(Relation.other == customer_id).execute()


def friends_on_file(limit: int = 50) -> list[int]:
    """Customers whose file names a friend who is a customer too (the screenshots'
    example of "comes with")."""
    rows = (
        Relation.select(Relation.customer)
        .where((Relation.kind == "friend") & Relation.other.is_null(False))
        .order_by(Relation.id)
        .limit(limit)
        .tuples()
    )
    return [customer_id for (customer_id,) in rows]
