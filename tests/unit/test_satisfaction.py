"""Issue 18.1: satisfaction's parts, the same-day recovery call for a low score, the
care list, and the report recounted from the rows."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import care_log, catalogues, customers, reminders, satisfaction_report
from salon_desk.services.care_log import CareEntryInput, EntryInvalid
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import FollowUp, SchemaInfo

NOW = dt.datetime.now().astimezone().replace(second=0, microsecond=0)


@pytest.fixture
def shop(manager_id: int, beautician_id: int) -> dict[str, int]:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    massage = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "肩颈按摩", "", 8_000, 30, True), manager_id
    )
    return {
        "facial": facial,
        "massage": massage,
        "manager": manager_id,
        "beautician": beautician_id,
    }


def _entry(shop: dict[str, int], customer: int, score: int | None, days_ago: int = 1, **more):
    return care_log.log_care(
        CareEntryInput(
            customer, NOW - dt.timedelta(days=days_ago), shop["beautician"], (shop["facial"],),
            satisfaction=score, **more,
        ),
        shop["beautician"],
    )  # fmt: skip


def test_the_parts_are_kept_and_checked(shop: dict[str, int]) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), shop["manager"])
    entry = _entry(shop, her, 4, reception_score=5, treatment_score=4, result_score=3,
                   expectation="better")  # fmt: skip
    data = care_log.get_entry(entry).data
    assert (data.reception_score, data.treatment_score, data.result_score, data.expectation) == (
        5, 4, 3, "better",
    )  # fmt: skip
    with pytest.raises(EntryInvalid) as refused:
        _entry(shop, her, 4, result_score=6, expectation="so-so")
    assert set(refused.value.errors) == {"result_score", "expectation"}


def test_a_low_score_makes_a_same_day_call_for_the_store_manager(shop: dict[str, int]) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), shop["manager"])
    _entry(shop, her, 4)
    assert FollowUp.select().count() == 0
    _entry(shop, her, 2, feedback="等太久了")
    [call] = FollowUp.select()
    assert (call.reason, call.assignee_id, call.due_on, call.priority) == (
        "recovery", shop["manager"], dt.date.today(), 1,
    )  # fmt: skip
    _entry(shop, her, 1, days_ago=0)  # one open already: not twice
    assert FollowUp.select().count() == 1
    # The care list shows her with her score and words while the call is open.
    [listed] = reminders.low_satisfaction(dt.date.today(), 30)
    assert (listed.customer_id, listed.score, listed.has_open_call) == (her, 1, True)


def test_the_report_matches_a_recount(shop: dict[str, int], db_path: Path) -> None:
    people = [
        customers.create_customer(CustomerInput(name=n), shop["manager"])
        for n in ("王芳", "李娜", "赵敏")
    ]
    scores = [5, 4, 4, 3, 5, 2, None, 5]
    for n, score in enumerate(scores):
        _entry(shop, people[n % 3], score, days_ago=n * 9, expectation="better" if n % 2 else "")
    care_log.log_care(
        CareEntryInput(people[0], NOW - dt.timedelta(days=2), shop["manager"],
                       (shop["massage"], shop["facial"]), satisfaction=1),
        shop["manager"],
    )  # fmt: skip
    first, last = dt.date.today() - dt.timedelta(days=70), dt.date.today()
    found = satisfaction_report.report(first, last)
    raw = sqlite3.connect(db_path)
    rows = raw.execute(
        "SELECT l.id, l.beautician_id, l.satisfaction, l.expectation FROM care_log l"
        " WHERE l.voided_at IS NULL AND l.satisfaction IS NOT NULL"
    ).fetchall()
    assert found.overall.entries == len(rows) == 8
    assert found.overall.average == pytest.approx(sum(r[2] for r in rows) / len(rows))
    assert found.overall.spread == tuple(Counter(r[2] for r in rows)[n] for n in range(1, 6))
    assert found.overall.expectations["better"] == sum(r[3] == "better" for r in rows)
    by_staff = {f.key: f for f in found.by_beautician}
    for staff_id, count in Counter(r[1] for r in rows).items():
        assert by_staff[str(staff_id)].entries == count
    by_item = {f.name: f.entries for f in found.by_item}
    assert by_item == {"补水": 8, "肩颈按摩": 1}  # a visit of two items is in both
    assert sum(f.entries for f in found.by_month) == 8
    # The drill-down gives the entries behind a figure.
    massage = satisfaction_report.entries_behind(first, last, item_id=shop["massage"])
    assert len(massage) == 1
    assert len(satisfaction_report.entries_behind(first, last, score=5)) == found.overall.spread[4]
    raw.close()
    # The same figures from the command line.
    close_db()
    args = ["report", "satisfaction", "--db", str(db_path), "--from", first.isoformat(),
            "--to", last.isoformat(), "--json"]  # fmt: skip
    assert app.main(args) == 0
    open_db(db_path)


def test_the_report_command_prints_json(shop, db_path: Path, capsys) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), shop["manager"])
    _entry(shop, her, 5)
    close_db()
    assert app.main(["report", "satisfaction", "--db", str(db_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["report"] == "satisfaction"
    assert printed["overall"]["entries"] == 1 and printed["overall"]["average"] == 5
    open_db(db_path)


def test_a_schema_23_file_gains_satisfaction_parts(shop: dict[str, int], db_path: Path) -> None:
    close_db()
    from tests.unit.old_schema import without_columns

    without_columns(
        db_path,
        "care_log",
        ["reception_score", "treatment_score", "result_score", "expectation"],
        23,
    )
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    her = customers.create_customer(CustomerInput(name="王芳"), shop["manager"])
    entry = _entry(shop, her, 4, result_score=4)
    assert care_log.get_entry(entry).data.result_score == 4


def test_the_report_on_either_engine(shop: dict[str, int]) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), shop["manager"])
    for days_ago, score in ((1, 5), (2, 3), (40, 1)):
        _entry(shop, her, score, days_ago=days_ago, result_score=score)
    found = satisfaction_report.report(dt.date.today() - dt.timedelta(days=45), dt.date.today())
    assert (found.overall.entries, found.overall.spread) == (3, (1, 0, 1, 0, 1))
    assert found.overall.parts["result_score"] == pytest.approx(3.0)
    assert sum(f.entries for f in found.by_month) == 3 and len(found.by_month) in (2, 3)
    [staff] = found.by_beautician
    assert (staff.key, staff.entries) == (str(shop["beautician"]), 3)
    month = found.by_month[-1].key
    assert len(satisfaction_report.entries_behind(found.first, found.last, month=month)) == (
        found.by_month[-1].entries
    )
