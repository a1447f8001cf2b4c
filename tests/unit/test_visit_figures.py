"""Issue 15.1: each customer's kept visit figures are what her care log gives, after any
sequence of writes (log, correct, void, import, undo of the import, erase), and the
migration and ``check --deep`` build and check them."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon_desk import app
from salon_desk.services import care_log, catalogues, customers, import_batches, import_writes
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.clock import to_stored
from salon_desk.services.customers import CustomerInput
from salon_desk.store import migrations, visit_figures
from salon_desk.store.database import close_db, db, open_db, write_transaction
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CareLog, SchemaInfo, VisitFigures

pytestmark = pytest.mark.usefixtures("qapp")  # the command line's import of the app

NOW = dt.datetime(2026, 11, 29, 18, 0).astimezone()
PEOPLE = 4


def _when(days_back: int, hour: int) -> dt.datetime:
    return min(NOW, (NOW - dt.timedelta(days=days_back)).replace(hour=hour, minute=0))


log_step = st.tuples(
    st.just("log"),
    st.integers(0, PEOPLE - 1),
    st.integers(0, 400),
    st.integers(0, 23),  # late evening visits cross the UTC day
    st.none() | st.integers(1, 5),
)
correct_step = st.tuples(
    st.just("correct"), st.integers(0, 50), st.integers(0, 400), st.none() | st.integers(1, 5)
)
void_step = st.tuples(st.just("void"), st.integers(0, 50))
import_step = st.tuples(
    st.just("import"),
    st.lists(
        st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, 900), st.integers(0, 23)),
        max_size=6,
    ),
)
simple_step = st.sampled_from([("undo_import",), ("erase",)])
steps = st.lists(
    st.one_of(log_step, log_step, correct_step, void_step, import_step, simple_step),
    max_size=12,
)


@pytest.fixture
def salon(manager_id: int) -> tuple[int, list[int], int]:
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 20_000, 60, True), manager_id
    )
    people = [
        customers.create_customer(CustomerInput(name=f"顾客{n}", phone=""), manager_id)
        for n in range(PEOPLE)
    ]
    return manager_id, people, item


def _entry(people: list[int], manager: int, item: int, who: int, when: dt.datetime, score):
    return CareEntryInput(
        customer_id=people[who],
        visited_at=when,
        beautician_id=manager,
        service_item_ids=(item,),
        satisfaction=score,
        amount_fen=10_000,
    )


def _run(step: tuple, salon: tuple[int, list[int], int]) -> None:
    manager, people, item = salon
    entries = [row_id for (row_id,) in CareLog.select(CareLog.id).order_by(CareLog.id).tuples()]
    kind = step[0]
    if kind == "log":
        _, who, back, hour, score = step
        entry = _entry(people, manager, item, who, _when(back, hour), score)
        care_log.log_care(entry, manager, NOW)
    elif kind in ("correct", "void") and entries:
        entry_id = entries[step[1] % len(entries)]
        entry = care_log.get_entry(entry_id)
        if entry.voided_at is not None:
            return
        if kind == "void":
            care_log.void_care_log(entry_id, "录错了", manager)
        else:
            _, _, back, score = step
            changed = CareEntryInput(
                **{**entry.data.__dict__, "visited_at": _when(back, 10), "satisfaction": score}
            )
            care_log.update_care_log(entry_id, changed, entry.data, manager, NOW)
    elif kind == "import":
        moments = {(people[who], to_stored(_when(back, hour))) for who, back, hour in step[1]}
        batch = import_batches.start("visits", "old.xlsx", manager)
        with write_transaction():
            import_writes.insert_entries(
                [import_writes.NewEntry(who, at, manager, 5_000, [item]) for who, at in moments],
                manager,
                batch,
            )
            import_batches.finish(batch, manager, "")
    elif kind == "undo_import":
        batch = import_batches.last_batch()
        if batch is not None:
            with contextlib.suppress(import_batches.UndoRefused):
                import_batches.undo_last(manager, batch.id)
    elif kind == "erase":
        customers.erase_personal_data(people[-1], manager)


def _from_the_rows_by_hand() -> dict[int, tuple[int, dt.datetime, dt.datetime, int | None]]:
    """Count, first, last and last score by plain queries, apart from visit_figures."""
    found = {}
    for customer_id in {row.customer_id for row in CareLog.select(CareLog.customer)}:
        valid = CareLog.select().where(
            (CareLog.customer == customer_id) & CareLog.voided_at.is_null()
        )
        ordered = list(valid.order_by(CareLog.visited_at, CareLog.id))
        if ordered:
            found[customer_id] = (
                len(ordered),
                ordered[0].visited_at,
                ordered[-1].visited_at,
                ordered[-1].satisfaction,
            )
    return found


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps)
def test_kept_figures_follow_any_sequence_of_writes(salon, sequence) -> None:
    for step in sequence:
        _run(step, salon)
        assert visit_figures.differences() == []
    kept = visit_figures.stored()
    assert {
        customer_id: (f.visits, f.first_visit_at, f.last_visit_at, f.last_satisfaction)
        for customer_id, f in kept.items()
    } == _from_the_rows_by_hand()


def test_a_wrong_figure_is_found_and_repaired_by_check_deep(salon, db_path: Path, capsys) -> None:
    manager, people, item = salon
    for back in (60, 30, 2):
        care_log.log_care(_entry(people, manager, item, 0, _when(back, 11), 4), manager, NOW)
    VisitFigures.update(visits=7).where(VisitFigures.customer == people[0]).execute()
    close_db()

    assert app.main(["check", "--db", str(db_path), "--deep"]) == 1
    said = capsys.readouterr().out
    assert f"visit figures of customer {people[0]}: kept Figures(visits=7" in said
    assert "her care log gives Figures(visits=3" in said

    assert app.main(["check", "--db", str(db_path), "--deep", "--repair"]) == 0
    assert "rebuilt every customer's visit figures" in capsys.readouterr().out
    assert app.main(["check", "--db", str(db_path), "--deep"]) == 0
    open_db(db_path)
    assert visit_figures.stored()[people[0]].visits == 3


def test_entries_are_ranked_from_her_latest_and_a_wrong_rank_is_repaired(
    salon, db_path: Path, capsys
) -> None:
    """CareLog.recent_rank: 1 for her latest valid entry, counting back; a voided one has
    none. A backdated entry and a void renumber the others."""
    manager, people, item = salon
    made = {
        back: care_log.log_care(_entry(people, manager, item, 0, _when(back, 11), 4), manager, NOW)
        for back in (60, 30, 2, 45)  # the last one logged late, between two others
    }
    care_log.void_care_log(made[30], "记错了", manager)

    def ranks() -> dict[int, int | None]:
        return {back: CareLog.get_by_id(entry).recent_rank for back, entry in made.items()}

    assert ranks() == {2: 1, 45: 2, 60: 3, 30: None}
    CareLog.update(recent_rank=1).where(CareLog.id == made[60]).execute()
    close_db()

    assert app.main(["check", "--db", str(db_path), "--deep"]) == 1
    said = capsys.readouterr().out
    assert f"visit figures of customer {people[0]}: kept Ranks(" in said
    assert f"({made[60]}, 1)" in said and f"({made[60]}, 3)" in said
    assert app.main(["check", "--db", str(db_path), "--deep", "--repair"]) == 0
    open_db(db_path)
    assert ranks() == {2: 1, 45: 2, 60: 3, 30: None}


def test_the_ranks_step_ranks_every_entry_on_record(salon) -> None:
    """Schema 14's step, on either engine: every entry ranked from her latest."""
    manager, people, item = salon
    for who, back in ((0, 200), (0, 100), (0, 40), (1, 3), (1, 9)):
        care_log.log_care(_entry(people, manager, item, who, _when(back, 11), 5), manager, NOW)
    CareLog.update(recent_rank=None).execute()  # as entries were before schema 14
    assert len(visit_figures.misranked(10)) == 2
    with write_transaction():
        migrations.rank_visits_from_the_latest()
    assert visit_figures.misranked(10) == []
    latest_first = CareLog.select(CareLog.recent_rank).where(CareLog.customer == people[0])
    assert sorted(rank for (rank,) in latest_first.tuples()) == [1, 2, 3]


def test_the_migration_builds_figures_for_an_existing_database(salon, db_path: Path) -> None:
    manager, people, item = salon
    for who, back in ((0, 200), (0, 100), (0, 40), (1, 3)):
        care_log.log_care(_entry(people, manager, item, who, _when(back, 11), 5), manager, NOW)
    close_db()
    with sqlite3.connect(db_path) as old:  # as a v6 file was: no figures, no ranks
        old.execute("DROP TABLE visit_figures")
        old.execute("DROP INDEX care_log_recent_rank")
        old.execute("ALTER TABLE care_log DROP COLUMN recent_rank")
        old.execute("UPDATE schema_info SET version = 6")
    old.close()

    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    kept = visit_figures.stored()
    assert kept[people[0]].visits == 3
    assert kept[people[0]].usual_gap_days == 80.0  # gaps of 100 and 60 days
    assert kept[people[1]].visits == 1 and kept[people[1]].usual_gap_days is None
    assert people[2] not in kept  # no visit, no row
    assert visit_figures.misranked(10) == []  # schema 14 ranked the entries on record
    assert "care_log_recent_rank" in {index.name for index in db.get_indexes("care_log")}
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
