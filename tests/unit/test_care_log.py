"""Care log entries: rules, corrections with history, voiding, and the filtered list."""

import datetime as dt

import pytest

from salon_desk.services import audit, care_log, catalogues, customers
from salon_desk.services.care_log import CareEntryInput, EntryProblem
from salon_desk.services.care_log_list import EntryFilter, count_entries, fetch_entries
from salon_desk.services.customer_brief import customer_brief
from salon_desk.services.customers import CustomerInput
from salon_desk.store.models import CareLog, FollowUp

BEIJING = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=BEIJING)


@pytest.fixture
def items(manager_id: int) -> dict[str, int]:
    return {
        name: catalogues.save_service_item(
            catalogues.ServiceItemRow(0, name, "", price, 60, True), manager_id
        )
        for name, price in (("深层补水", 29_800), ("肩颈按摩", 19_800))
    }


@pytest.fixture
def people(manager_id: int) -> dict[str, int]:
    return {
        name: customers.create_customer(CustomerInput(name=name, phone=phone), manager_id)
        for name, phone in (("张慧敏", "13800135678"), ("王芳", "13755501111"))
    }


def entry(customer: int, staff: int, item_ids: tuple[int, ...], at: dt.datetime, **extra):
    return CareEntryInput(
        customer_id=customer,
        visited_at=at,
        beautician_id=staff,
        service_item_ids=item_ids,
        **extra,
    )


def test_rules_without_a_database() -> None:
    errors = care_log.validate_entry(
        CareEntryInput(visited_at=NOW + dt.timedelta(minutes=5), satisfaction=6, amount_fen=-1),
        now=NOW,
    )
    assert errors == {
        "customer": EntryProblem.CUSTOMER_REQUIRED,
        "visited_at": EntryProblem.VISIT_IN_FUTURE,
        "beautician": EntryProblem.BEAUTICIAN_REQUIRED,
        "services": EntryProblem.SERVICES_REQUIRED,
        "satisfaction": EntryProblem.SATISFACTION_RANGE,
        "amount": EntryProblem.AMOUNT_NEGATIVE,
    }
    one_minute_ahead = entry(1, 1, (1,), NOW + dt.timedelta(minutes=1))
    assert care_log.validate_entry(one_minute_ahead, now=NOW) == {}


def test_log_stores_utc_and_reads_back_local(
    people: dict[str, int], items: dict[str, int], beautician_id: int
) -> None:
    at = dt.datetime(2026, 11, 22, 23, 30, tzinfo=BEIJING)
    entry_id = care_log.log_care(
        entry(
            people["张慧敏"],
            beautician_id,
            (items["深层补水"], items["肩颈按摩"], items["深层补水"]),
            at,
            products_used=" 玻尿酸精华 ",
            satisfaction=5,
            amount_fen=49_600,
        ),
        beautician_id,
        now=NOW,
    )
    stored = CareLog.get_by_id(entry_id)
    assert stored.visited_at == dt.datetime(2026, 11, 22, 15, 30)
    assert stored.created_by_id == beautician_id
    saved = care_log.get_entry(entry_id)
    assert saved.data.visited_at == at
    assert saved.service_names == ("深层补水", "肩颈按摩")
    assert saved.data.products_used == "玻尿酸精华"
    assert saved.beautician_name == "陈美玲"


def test_a_correction_is_kept_in_the_history(
    people: dict[str, int], items: dict[str, int], beautician_id: int, manager_id: int
) -> None:
    at = dt.datetime(2026, 11, 20, 15, 0, tzinfo=BEIJING)
    entry_id = care_log.log_care(
        entry(people["王芳"], beautician_id, (items["深层补水"],), at, feedback="很舒服"),
        beautician_id,
        now=NOW,
    )
    opened = care_log.get_entry(entry_id).data
    corrected = CareEntryInput(**{**opened.__dict__, "feedback": "很舒服，下次想试按摩"})
    corrected.service_item_ids = (items["深层补水"], items["肩颈按摩"])
    care_log.update_care_log(entry_id, corrected, opened, manager_id, now=NOW)

    rows = audit.record_history("care_log", entry_id)
    changed = {(r.action, r.field, r.old_value, r.new_value, r.staff_name) for r in rows}
    assert ("update", "feedback", "很舒服", "很舒服，下次想试按摩", "周店长") in changed
    assert (
        "update",
        "service_item_ids",
        str(items["深层补水"]),
        f"{items['深层补水']},{items['肩颈按摩']}",
        "周店长",
    ) in changed
    assert care_log.get_entry(entry_id).service_names == ("深层补水", "肩颈按摩")

    # An editor holding the old version must not overwrite the correction.
    with pytest.raises(care_log.EntryChanged):
        care_log.update_care_log(entry_id, opened, opened, beautician_id, now=NOW)


def test_voiding_needs_a_reason_and_keeps_the_entry(
    people: dict[str, int], items: dict[str, int], beautician_id: int, manager_id: int
) -> None:
    at = dt.datetime(2026, 11, 20, 15, 0, tzinfo=BEIJING)
    entry_id = care_log.log_care(
        entry(people["王芳"], beautician_id, (items["深层补水"],), at), beautician_id, now=NOW
    )
    with pytest.raises(care_log.EntryInvalid):
        care_log.void_care_log(entry_id, "  ", manager_id)
    care_log.void_care_log(entry_id, "重复录入", manager_id)
    voided = care_log.get_entry(entry_id)
    assert voided.voided_at is not None and voided.void_reason == "重复录入"
    assert count_entries(EntryFilter()) == 1
    assert count_entries(EntryFilter(include_voided=False)) == 0
    with pytest.raises(care_log.EntryVoided):
        care_log.update_care_log(entry_id, voided.data, voided.data, manager_id, now=NOW)
    (void_row,) = [r for r in audit.record_history("care_log", entry_id) if r.action == "void"]
    assert (void_row.new_value, void_row.staff_name) == ("重复录入", "周店长")


def test_list_filters_and_newest_first(
    people: dict[str, int], items: dict[str, int], beautician_id: int, manager_id: int
) -> None:
    visits = [
        (people["张慧敏"], beautician_id, items["深层补水"], dt.datetime(2026, 11, 1, 0, 30)),
        (people["张慧敏"], manager_id, items["肩颈按摩"], dt.datetime(2026, 11, 10, 10, 0)),
        (people["王芳"], beautician_id, items["肩颈按摩"], dt.datetime(2026, 11, 20, 23, 50)),
    ]
    ids = [
        care_log.log_care(entry(c, s, (i,), at.replace(tzinfo=None)), s, now=NOW)
        for c, s, i, at in visits
    ]
    newest_first = fetch_entries(EntryFilter(), 0, 10)
    assert [row.id for row in newest_first] == ids[::-1]
    assert newest_first[0].services == ("肩颈按摩",)

    def found(**kwargs: object) -> list[int]:
        return [row.id for row in fetch_entries(EntryFilter(**kwargs), 0, 10)]  # type: ignore[arg-type]

    # Local days, both ends included, right up to midnight.
    assert found(date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 1)) == [ids[0]]
    assert found(date_from=dt.date(2026, 11, 10), date_to=dt.date(2026, 11, 20)) == ids[:0:-1]
    assert found(beautician_id=manager_id) == [ids[1]]
    assert found(service_item_id=items["肩颈按摩"]) == [ids[2], ids[1]]
    assert found(customer_text="5678") == [ids[1], ids[0]]
    assert found(customer_text="zhm") == [ids[1], ids[0]]
    assert count_entries(EntryFilter(customer_id=people["王芳"])) == 1


def test_brief_shows_what_to_know_before_writing(
    people: dict[str, int], items: dict[str, int], beautician_id: int, manager_id: int
) -> None:
    her = people["张慧敏"]
    customers.update_customer(
        her,
        CustomerInput(name="张慧敏", phone="13800135678", allergies="酒精过敏", skin_type="dry"),
        1,
        manager_id,
    )
    for day in range(1, 8):
        care_log.log_care(
            entry(
                her,
                beautician_id,
                (items["深层补水"],),
                dt.datetime(2026, 11, day, 10),
                skin_condition=f"第{day}次",
            ),
            beautician_id,
            now=NOW,
        )
    FollowUp.create(customer=her, assignee=beautician_id, due_on=dt.date(2026, 11, 25))
    brief = customer_brief(her)
    assert brief.allergies == "酒精过敏"
    assert [row.skin_condition for row in brief.recent] == [f"第{d}次" for d in range(7, 2, -1)]
    assert [(f.due_on, f.assignee_name) for f in brief.follow_ups] == [
        (dt.date(2026, 11, 25), "陈美玲")
    ]
