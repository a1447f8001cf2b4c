"""Issue 17.3: several types per catalogue, the trait catalogue, and what they count."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import catalogues, charts, customer_types, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.services.permissions import PermissionDenied
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import ChangeRecord, CustomerType, SchemaInfo, TypeMark


def _ids(kind: str) -> list[int]:
    return [entry.id for entry in catalogues.list_types(kind)]


def test_her_types_are_stored_first_on_her_row_and_the_rest_as_marks(manager_id: int) -> None:
    vanity, belonging, fear, _ = _ids("psychology")
    traits = _ids("trait")
    assert len(traits) == 10
    her = customers.create_customer(
        CustomerInput(
            name="张慧敏",
            psychology_type_id=vanity,
            more_type_ids=(fear, traits[6], traits[0], vanity),  # her first again: dropped
        ),
        manager_id,
    )
    saved = customers.get_customer(her)
    assert saved.data.psychology_type_id == vanity
    assert saved.data.more_type_ids == tuple(sorted((fear, traits[6], traits[0])))
    assert customer_types.all_types_of(her) == {
        "psychology": [vanity, fear],
        "personality": [],
        "trait": [traits[0], traits[6]],
    }
    # A change of her types is one line of her history, old and new lists.
    changed = dataclasses.replace(saved.data, more_type_ids=(belonging, traits[6]))
    customers.update_customer(her, changed, saved.version, manager_id)
    (line,) = ChangeRecord.select().where(
        (ChangeRecord.customer == her) & (ChangeRecord.field == "more_type_ids")
        & (ChangeRecord.action == "update")
    )  # fmt: skip
    assert line.old_value == ",".join(map(str, sorted((fear, traits[6], traits[0]))))
    assert line.new_value == ",".join(map(str, sorted((belonging, traits[6]))))
    assert TypeMark.select().where(TypeMark.customer == her).count() == 2


def test_a_further_type_without_a_first_becomes_her_first(manager_id: int) -> None:
    impulsive, passive, *_ = _ids("personality")
    her = customers.create_customer(
        CustomerInput(name="李娜", more_type_ids=(passive, impulsive, 999_999)), manager_id
    )
    data = customers.get_customer(her).data
    # The lower id first, the other stays further; an id of no catalogue is dropped.
    assert (data.personality_type_id, data.more_type_ids) == (impulsive, (passive,))


def test_which_catalogues_are_multiple_choice_is_a_setting_for_managers(
    manager_id: int, beautician_id: int
) -> None:
    assert customer_types.multiple_choice() == {"trait"}  # the default
    customer_types.set_multiple_choice({"trait", "personality", "nonsense"}, manager_id)
    assert customer_types.multiple_choice() == {"trait", "personality"}
    with pytest.raises(PermissionDenied):
        customer_types.set_multiple_choice(set(), beautician_id)


def test_a_chart_counts_her_in_each_of_her_types_and_finds_her_from_each(
    manager_id: int,
) -> None:
    traits = _ids("trait")
    vanity, belonging, *_ = _ids("psychology")
    both = customers.create_customer(
        CustomerInput(name="王芳", psychology_type_id=vanity, more_type_ids=(belonging, traits[1])),
        manager_id,
    )
    one = customers.create_customer(
        CustomerInput(name="赵敏", psychology_type_id=belonging, more_type_ids=(traits[1],)),
        manager_id,
    )
    none = customers.create_customer(CustomerInput(name="孙倩"), manager_id)
    found = charts.figures(dt.date.today())
    psychology = {bar.key: bar for bar in found.psychology}
    assert (psychology[str(vanity)].count, psychology[str(belonging)].count) == (1, 2)
    assert psychology[str(belonging)].customer_ids == {both, one}
    assert psychology[charts.UNCLASSIFIED].customer_ids == {none}
    trait = {bar.key: bar for bar in found.trait}
    assert trait[str(traits[1])].customer_ids == {both, one}
    assert trait[charts.UNCLASSIFIED].customer_ids == {none}
    assert sum(bar.count for bar in found.groups) == 3  # each customer once
    assert sum(bar.count for bars in found.trait_by_group.values() for bar in bars) == 3


def test_a_schema_18_file_gains_the_traits(manager_id: int, db_path: Path) -> None:
    close_db()
    with sqlite3.connect(db_path) as old:
        old.execute("DROP TABLE type_mark")
        old.execute("DELETE FROM customer_type WHERE kind = 'trait'")
        old.execute("UPDATE schema_info SET version = 18")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert CustomerType.select().where(CustomerType.kind == "trait").count() == 10
    her = customers.create_customer(
        CustomerInput(name="王芳", more_type_ids=(_ids("trait")[9],)), manager_id
    )
    assert customers.get_customer(her).data.more_type_ids == (_ids("trait")[9],)
