"""Issue 15.2: the one-box search finds any part of a name and any digits of a phone
through index ranges, and the list's pages read by key are the pages read by offset."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import care_log, catalogues, customers, import_batches, import_writes
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customer_search import CustomerQuery, SortKey, fetch_page
from salon_desk.services.customers import CustomerInput
from salon_desk.services.search_keys import LETTER, key_rows, sort_key
from salon_desk.store import migrations
from salon_desk.store.database import close_db, db, open_db, write_transaction
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CustomerSearchKey, SchemaInfo

SURNAMES = "王李张刘陈曾"
NOW = dt.datetime(2026, 11, 29, 15, 0).astimezone()


def _names(text: str) -> list[str]:
    return [row.name for row in fetch_page(CustomerQuery(text=text), 0, 50)]


def test_any_part_of_a_name_or_phone_finds_her(manager_id: int) -> None:
    for name, phone, other in (
        ("陳麗華", "13812345678", ""),
        ("Anna Lee", "", "021-6234 5678"),
        ("王芳", "13900001111", ""),
    ):
        customers.create_customer(
            CustomerInput(name=name, phone=phone, other_phone=other), manager_id
        )
    assert _names("丽华") == ["陳麗華"]  # the middle and end, in the other script
    assert _names("華") == ["陳麗華"]
    assert _names("陈丽") == ["陳麗華"]
    assert _names("nna") == ["Anna Lee"]  # any part of a Latin name, any case
    assert _names("LEE") == ["Anna Lee"]
    assert _names("chenli") == ["陳麗華"]  # her pinyin from the start
    assert _names("wf") == ["王芳"]  # initials
    assert _names("2345") == ["Anna Lee", "陳麗華"]  # both numbers hold 2345 (pinyin order)
    assert _names("0000") == ["王芳"]  # digits in the middle
    assert _names("13") == ["陳麗華", "王芳"]
    assert _names("62") == []  # two digits: a phone's start only, and no phone starts 62
    assert _names("忘") == []
    assert _names("·") == [] and _names("+") == []  # nothing to search by finds nobody


def test_one_character_finds_in_name_order_whom_any_search_finds(manager_id: int) -> None:
    """A one-character search in name order reads the letter keys (search_keys.LETTER);
    the same search in any other order reads every key: both find the same customers."""
    for name, code in (
        ("陳麗華", ""),
        ("曾丽", "Z0012"),  # 曾 is ceng and zeng: found by c and z
        ("Anna Lee", ""),  # any part of a Latin name: a, n, l, e
        ("Zoë Wang", "B7"),
        ("王芳", "a12"),
        ("李静", "0099"),  # a code starting with a digit is not a letter
    ):
        customers.create_customer(CustomerInput(name=name, legacy_code=code), manager_id)
    for character in "aAbceglnwz丽麗华王7":
        by_name = fetch_page(CustomerQuery(text=character), 0, 50)
        any_order = fetch_page(CustomerQuery(text=character, sort=SortKey.CREATED), 0, 50)
        assert {row.id for row in by_name} == {row.id for row in any_order}, character
        assert [row.name for row in by_name] == sorted(
            (row.name for row in by_name), key=lambda name: sort_key(name)
        ), character
    assert {row.name for row in fetch_page(CustomerQuery(text="z"), 0, 50)} == {
        "曾丽",
        "Zoë Wang",
    }
    assert {row.name for row in fetch_page(CustomerQuery(text="麗"), 0, 50)} == {"陳麗華", "曾丽"}
    assert {row.name for row in fetch_page(CustomerQuery(text="b"), 0, 50)} == {"Zoë Wang"}
    # A changed code, and an erased file, leave no letter behind.
    [zeng] = [row for row in fetch_page(CustomerQuery(text="曾"), 0, 5)]
    saved = customers.get_customer(zeng.id)
    changed = CustomerInput(**{**saved.data.__dict__, "legacy_code": "Q1"})
    customers.update_customer(zeng.id, changed, saved.version, manager_id)
    assert [row.name for row in fetch_page(CustomerQuery(text="q"), 0, 5)] == ["曾丽"]
    customers.erase_personal_data(zeng.id, manager_id)
    assert fetch_page(CustomerQuery(text="q"), 0, 5) == []


def test_the_letter_keys_step_makes_the_keys_a_new_file_gets(database, manager_id: int) -> None:
    """Schema 13's SQL, on either engine, against search_keys.customer_keys."""
    people = {
        customers.create_customer(CustomerInput(name=name, legacy_code=code), manager_id): (
            name,
            code,
        )
        for name, code in (("陳麗華", ""), ("曾丽", "Z0012"), ("Zoë Wang", "b7"), ("李静", "0099"))
    }

    def letters() -> set[tuple[int, str]]:
        return set(
            CustomerSearchKey.select(CustomerSearchKey.customer, CustomerSearchKey.key)
            .where(CustomerSearchKey.kind == LETTER)
            .tuples()
        )

    made_by_the_service = letters()
    assert made_by_the_service == {
        (customer_id, row["key"])
        for customer_id, (name, code) in people.items()
        for row in key_rows(customer_id, name, "", "", code.upper())
        if row["kind"] == LETTER
    }
    with write_transaction():
        migrations.key_first_characters_in_name_order()  # deletes and makes them again
    assert letters() == made_by_the_service


def test_a_changed_phone_is_found_by_its_new_digits_only(manager_id: int) -> None:
    her = customers.create_customer(CustomerInput(name="李静", phone="13800001111"), manager_id)
    saved = customers.get_customer(her)
    changed = CustomerInput(**{**saved.data.__dict__, "phone": "13999998888"})
    customers.update_customer(her, changed, saved.version, manager_id)
    assert _names("0000") == []
    assert _names("9999") == ["李静"]
    customers.erase_personal_data(her, manager_id)
    assert CustomerSearchKey.select().where(CustomerSearchKey.customer == her).count() == 0


@pytest.fixture
def crowd(manager_id: int) -> list[int]:
    """450 files (more than two pages), with ties, empty birthdays, staff and visits."""
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 20_000, 60, True), manager_id
    )
    people = [
        CustomerInput(
            name=SURNAMES[n % 6] + "丽" * (n % 3 + 1),  # many identical names: ties
            phone=f"139{n:08d}",
            gender="F" if n % 4 else "M",
            birthday=None if n % 5 == 0 else dt.date(1970 + n % 30, 1 + n % 12, 1 + n % 28),
            responsible_staff_id=manager_id if n % 3 == 0 else None,
        )
        for n in range(450)
    ]
    batch = import_batches.start("customers", "crowd.xlsx", manager_id)
    with write_transaction():
        made = import_writes.create_customers(people, manager_id, batch)
        import_batches.finish(batch, manager_id, "")
    for n, customer_id in enumerate(made[:60]):
        care_log.log_care(
            CareEntryInput(
                customer_id=customer_id,
                visited_at=NOW - dt.timedelta(days=n % 7),  # several on one day: ties
                beautician_id=manager_id,
                service_item_ids=(item,),
            ),
            manager_id,
            NOW,
        )
    return made


@pytest.mark.parametrize("sort", list(SortKey))
def test_pages_read_by_key_are_the_pages_read_by_offset(crowd, sort: SortKey) -> None:
    for descending in (False, True):
        for text in ("", "丽丽", "139", "丽", "w"):  # one character: read by its letter key
            query = CustomerQuery(text=text, sort=sort, descending=descending)
            whole = [row.id for row in fetch_page(query, 0, 1_000)]
            by_key, after = [], None
            while True:
                page = fetch_page(query, len(by_key), 100, after)
                if not page:
                    break
                by_key += [row.id for row in page]
                after = page[-1]
            assert by_key == whole, (sort, descending, text)
            assert len(set(whole)) == len(whole)
            offset_pages = [row.id for start in range(0, 500, 100)
                            for row in fetch_page(query, start, 100)]  # fmt: skip
            assert offset_pages == whole


def test_the_migration_adds_the_keys_of_files_already_on_record(
    manager_id: int, db_path: Path
) -> None:
    her = customers.create_customer(CustomerInput(name="陳麗華", phone="13812345678"), manager_id)
    close_db()
    with sqlite3.connect(db_path) as old:  # as a v7 file was: name keys only
        old.execute("DELETE FROM customer_search_key WHERE kind IN ('part', 'digits')")
        old.execute("DROP INDEX customer_search_key_key_kind_customer_id")
        old.execute("CREATE INDEX customer_search_key_key ON customer_search_key (key)")
        old.execute("UPDATE schema_info SET version = 7")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert _names("丽华") == ["陳麗華"] and _names("2345") == ["陳麗華"] and her
    # Schema 13 made her letter keys from the keys on record, as a new file gets them.
    made = {
        key
        for (key,) in CustomerSearchKey.select(CustomerSearchKey.key)
        .where((CustomerSearchKey.customer == her) & (CustomerSearchKey.kind == LETTER))
        .tuples()
    }
    assert made == {
        row["key"] for row in key_rows(her, "陳麗華", "13812345678", "") if row["kind"] == LETTER
    }
    assert _names("麗") == ["陳麗華"] and _names("c") == ["陳麗華"]
    indexes = {index.name for index in db.get_indexes("customer_search_key")}
    assert "customer_search_key_key_kind_customer_id" in indexes
    assert "customer_search_key_key" not in indexes


def test_care_log_pages_read_by_key_are_the_pages_read_by_offset(database: Path | str) -> None:
    from salon_desk.services import demo
    from salon_desk.services.care_log_list import EntryFilter, fetch_entries
    from salon_desk.store import visit_figures
    from salon_desk.store.models import CareLog, Staff

    demo.build_demo(customers=60, seed=3, today=dt.date(2026, 11, 20))
    # Entries at one moment (an import of a day's receipts): the id breaks the tie.
    first = CareLog.select(CareLog.visited_at).order_by(CareLog.id).scalar()
    with write_transaction():
        every_seventh = [n for (n,) in CareLog.select(CareLog.id).tuples() if n % 7 == 0]
        CareLog.update(visited_at=first).where(CareLog.id.in_(every_seventh)).execute()
        visit_figures.rebuild()  # a raw write: the kept figures follow by hand
    someone = Staff.select(Staff.id).where(Staff.role == "beautician").scalar()
    for entry_filter in (EntryFilter(), EntryFilter(beautician_id=someone)):
        whole = [row.id for row in fetch_entries(entry_filter, 0, 100_000)]
        by_key, after = [], None
        while page := fetch_entries(entry_filter, len(by_key), 150, after):
            by_key += [row.id for row in page]
            after = page[-1]
        assert len(whole) > 100 and by_key == whole
