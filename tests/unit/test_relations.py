"""Issue 17.2: family and friends on her file, read from both files; who she comes in
with, read from the care log, and the group's leader."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import care_log, catalogues, customers, relations
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.changes import journal_kept
from salon_desk.services.customers import CustomerInput
from salon_desk.services.relations import RelationInput, RelationInvalid
from salon_desk.services.validation import FieldError
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import ChangeRecord, Relation, SchemaInfo


def _customer(name: str, manager_id: int, **fields: object) -> int:
    return customers.create_customer(CustomerInput(name=name, **fields), manager_id)  # type: ignore[arg-type]


def test_a_relation_written_on_her_file_shows_on_both(manager_id: int) -> None:
    mother = _customer("张慧敏", manager_id)
    daughter = _customer("李晓雨", manager_id, birthday=dt.date(2001, 6, 1), gender="F")
    with journal_kept() as kept:
        relations.add_relation(mother, RelationInput("child", other_id=daughter), manager_id)
    relations.add_relation(
        mother,
        RelationInput("spouse", name=" 李先生 ", birthday=dt.date(1985, 2, 3), gender="M"),
        manager_id,
    )
    assert {mother, daughter} <= kept.changes.files  # both files' screens hear of it
    [child, spouse] = relations.relations_of(mother)
    assert (child.kind, child.name, child.other_id, child.birthday, child.written_here) == (
        "child", "李晓雨", daughter, dt.date(2001, 6, 1), True,
    )  # fmt: skip
    assert (spouse.kind, spouse.name, spouse.birthday, spouse.gender) == (
        "spouse", "李先生", dt.date(1985, 2, 3), "M",
    )  # fmt: skip
    [parent] = relations.relations_of(daughter)
    assert (parent.kind, parent.name, parent.other_id, parent.written_here) == (
        "parent", "张慧敏", mother, False,
    )  # fmt: skip
    # Her history says what was added; the daughter's that she was named.
    assert (
        ChangeRecord.select()
        .where((ChangeRecord.customer == mother) & (ChangeRecord.table == "relation"))
        .count()
        > 0
    )
    assert (
        ChangeRecord.get(
            (ChangeRecord.customer == daughter) & (ChangeRecord.table == "relation")
        ).action
        == "link"
    )


def test_a_relation_is_checked_changed_and_removed(manager_id: int) -> None:
    her = _customer("王芳", manager_id)
    with pytest.raises(RelationInvalid) as refused:
        relations.add_relation(her, RelationInput("cousin", name=""), manager_id)
    assert refused.value.errors == {
        "kind": FieldError.CHOICE_UNKNOWN,
        "name": FieldError.NAME_REQUIRED,
    }
    with pytest.raises(RelationInvalid):
        relations.add_relation(her, RelationInput("friend", other_id=her), manager_id)
    with pytest.raises(RelationInvalid) as refused:
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        relations.add_relation(
            her, RelationInput("child", name="小宝", birthday=tomorrow), manager_id
        )
    assert refused.value.errors == {"birthday": FieldError.BIRTHDAY_IN_FUTURE}
    friend = relations.add_relation(her, RelationInput("friend", name="陈静"), manager_id)
    relations.update_relation(
        friend, RelationInput("colleague", name="陈静", note="同事"), manager_id
    )
    [person] = relations.relations_of(her)
    assert (person.kind, person.note) == ("colleague", "同事")
    relations.remove_relation(friend, manager_id)
    assert relations.relations_of(her) == []
    actions = [
        row.action
        for row in ChangeRecord.select()
        .where(ChangeRecord.table == "relation")
        .order_by(ChangeRecord.id)
    ]
    assert actions[0] == "create" and actions[-1] == "delete" and "update" in actions


def test_erasing_her_data_takes_her_family_and_her_name_off_other_files(manager_id: int) -> None:
    her = _customer("张慧敏", manager_id)
    friend = _customer("陈静", manager_id)
    relations.add_relation(her, RelationInput("child", name="小雨"), manager_id)
    relations.add_relation(friend, RelationInput("friend", other_id=her), manager_id)
    customers.erase_personal_data(her, manager_id)
    assert Relation.select().where(Relation.customer == her).count() == 0
    assert Relation.get(Relation.customer == friend).name == ""
    [named] = relations.relations_of(friend)
    assert named.name == f"#{her}"  # her file, erased, is all that names her


def _visit(customer_id: int, at: dt.datetime, staff: int, item: int) -> None:
    care_log.log_care(
        CareEntryInput(
            customer_id=customer_id, visited_at=at, beautician_id=staff, service_item_ids=(item,)
        ),
        staff,
    )


def test_who_she_comes_with_and_the_groups_leader(manager_id: int) -> None:
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "肩颈按摩", "", 19_800, 60, True), manager_id
    )
    leader = _customer("刘姐", manager_id)
    her = _customer("王芳", manager_id, referred_by_id=leader)
    friend = _customer("陈静", manager_id, referred_by_id=leader)
    stranger = _customer("路人", manager_id)
    base = dt.datetime(2026, 10, 3, 14, 0).astimezone()
    for days in (0, 14, 28):
        at = base + dt.timedelta(days=days)
        _visit(her, at, manager_id, item)
        _visit(leader, at + dt.timedelta(minutes=10), manager_id, item)
        _visit(friend, at - dt.timedelta(minutes=20), manager_id, item)
    _visit(stranger, base + dt.timedelta(minutes=5), manager_id, item)  # once: chance
    _visit(stranger, base + dt.timedelta(days=14, hours=3), manager_id, item)  # not near
    found = relations.comes_with(her)
    assert [(c.name, c.visits_together, c.leader) for c in found] == [
        ("刘姐", 3, True),
        ("陈静", 3, False),
    ]
    assert [c.name for c in relations.comes_with(stranger)] == []
    assert [c.leader for c in relations.comes_with(leader)] == [False, False]  # she leads


def test_a_schema_15_file_gains_relations(manager_id: int, db_path: Path) -> None:
    close_db()
    with sqlite3.connect(db_path) as old:
        old.execute("DROP TABLE relation")
        old.execute("UPDATE schema_info SET version = 15")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    her = _customer("王芳", manager_id)
    relations.add_relation(her, RelationInput("friend", name="陈静"), manager_id)
    assert [p.name for p in relations.relations_of(her)] == ["陈静"]


def test_a_customer_with_many_visits_is_read_in_flat_ranges(manager_id: int) -> None:
    """Found by the screenshots: a hundred visits' ranges nested a hundred levels of
    parentheses, past SQLite's parser stack."""
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "肩颈按摩", "", 19_800, 60, True), manager_id
    )
    her = _customer("王芳", manager_id)
    friend = _customer("陈静", manager_id)
    base = dt.datetime(2024, 1, 1, 10).astimezone()
    for week in range(130):
        at = base + dt.timedelta(weeks=week)
        _visit(her, at, manager_id, item)
        if week % 40 == 0:
            _visit(friend, at + dt.timedelta(minutes=15), manager_id, item)
    [companion] = relations.comes_with(her)
    assert (companion.name, companion.visits_together) == ("陈静", 4)


def test_family_birthdays_list_only_written_relatives_of_consenting_customers(
    manager_id: int,
) -> None:
    from salon_desk.services import reminders

    today = dt.date(2026, 11, 29)
    agrees = _customer("张慧敏", manager_id, marketing_consent=True)
    declines = _customer("王芳", manager_id)
    linked = _customer("李小雨", manager_id, birthday=dt.date(2010, 12, 5))
    relations.add_relation(
        agrees, RelationInput("child", name="小宝", birthday=dt.date(2018, 12, 3)), manager_id
    )
    relations.add_relation(
        declines, RelationInput("child", name="乐乐", birthday=dt.date(2019, 12, 1)), manager_id
    )
    relations.add_relation(agrees, RelationInput("child", other_id=linked), manager_id)
    relations.add_relation(  # a leap-day birthday falls on the 28th in other years
        agrees, RelationInput("spouse", name="李先生", birthday=dt.date(1984, 2, 29)), manager_id
    )
    found = reminders.family_birthdays_within(today, 30)
    assert [(s.customer_id, s.relative, s.relation, s.on, s.age) for s in found] == [
        (agrees, "小宝", "child", dt.date(2026, 12, 3), 8)
    ]
    assert [s.relative for s in reminders.family_birthdays_within(today, 100)] == [
        "小宝", "李先生",
    ]  # fmt: skip
