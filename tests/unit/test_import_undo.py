"""One import is one batch, and the manager can undo the last one whole (issue 14.6):
what it brought goes, files it changed get their old values back, and any later work on
what it brought refuses the undo and is listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import (
    balance_import,
    care_log,
    customer_import,
    customers,
    excel_import,
    import_batches,
    visit_import,
    visit_writes,
)
from salon_desk.services.customer_import import Duplicate
from salon_desk.services.customers import CustomerInput
from salon_desk.services.excel_import import Vocabulary
from salon_desk.services.visit_import import VisitOptions
from salon_desk.store import database as store_database
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import (
    Card,
    CareLog,
    CareLogItem,
    ChangeRecord,
    Customer,
    CustomerSearchKey,
    ImportBatch,
    ServiceItem,
    Staff,
)

TODAY = dt.date(2018, 7, 30)
RECEIPTS = """Receipt,Date,Description,Client,Phone,Staff,Amount
1,03/15/2018,Women's hair cut,KERT01,,JJ,82
1,03/15/2018,Blow dry,KERT01,,JJ,20
2,04/13/2018,Colour,COOM01,,SINEAD,120
3,05/20/2018,Women's hair cut,,13912345678,JJ,82
"""

# The import command speaks through Qt's translations: one QApplication for the session.
pytestmark = pytest.mark.usefixtures("qapp")


def _import_visits(path: Path, actor_id: int | None) -> visit_writes.VisitResult:
    table = excel_import.read_table(path)
    mapping = visit_import.suggest_visit_mapping(table.headers)
    plan = visit_import.plan_visits(table, mapping, VisitOptions(), TODAY)
    return visit_writes.apply_visits(plan, actor_id, path.name)


@pytest.fixture
def receipts(tmp_path: Path) -> Path:
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    return path


def _everything() -> tuple[int, ...]:
    return tuple(
        model.select().count()
        for model in (Customer, CustomerSearchKey, CareLog, CareLogItem, Card, Staff, ServiceItem)
    )


def test_undo_takes_a_visit_import_back_out_whole(database, manager_id, receipts) -> None:
    on_file = customers.create_customer(CustomerInput(name="林小红", phone="13912345678"), None)
    before = _everything()
    result = _import_visits(receipts, manager_id)
    assert (result.visits, result.customers_created) == (3, 2)
    batch = import_batches.last_batch()
    assert batch is not None and batch.id == result.batch_id and batch.source == "receipts.csv"
    assert batch.counts == {
        "customers": 2, "visits": 3, "cards": 0, "staff": 2, "service_items": 3, "updated": 0
    }  # fmt: skip
    assert import_batches.blockers(batch.id) == []

    import_batches.undo_last(manager_id, batch.id)

    assert _everything() == before  # her own visit went; her file stays
    assert Customer.get_by_id(on_file).name == "林小红"
    assert import_batches.last_batch() is None  # nothing left to undo
    undone = ChangeRecord.get(ChangeRecord.action == "undo_import")
    assert (undone.table, undone.record_id, undone.staff_id) == (
        "import_batch",
        batch.id,
        manager_id,
    )
    assert ImportBatch.get_by_id(batch.id).undone_by_id == manager_id
    again = _import_visits(receipts, manager_id)  # and the file can come in again
    assert again.visits == 3 and again.already_on_file == 0


def test_later_work_on_what_it_brought_refuses_the_undo(
    database, manager_id, beautician_id, receipts
) -> None:
    result = _import_visits(receipts, manager_id)
    kert = Customer.get(Customer.legacy_code == "KERT01").id
    entry = care_log.log_care(
        care_log.CareEntryInput(
            customer_id=kert,
            visited_at=dt.datetime(2018, 7, 1, 15, 0),
            beautician_id=beautician_id,
            service_item_ids=(ServiceItem.get(ServiceItem.name == "Colour").id,),
            amount_fen=12_000,
        ),
        beautician_id,
        now=dt.datetime(2018, 7, 1, 16, 0),
    )
    count = _everything()
    with pytest.raises(import_batches.UndoRefused) as refused:
        import_batches.undo_last(manager_id, result.batch_id)
    whats = {(b.customer_name, b.what) for b in refused.value.blockers}
    # Her new visit is listed by the history and, as a use of an imported item, by reference.
    assert ("KERT01", "care_log.create") in whats and ("KERT01", "uses.care_log") in whats
    assert any(b.staff_name == "陈美玲" for b in refused.value.blockers)
    assert _everything() == count  # nothing went
    care_log.void_care_log(entry, "logged on the wrong file", manager_id)
    with pytest.raises(import_batches.UndoRefused):  # a void is still work on her file
        import_batches.undo_last(manager_id, result.batch_id)


def test_a_customer_import_gives_updated_files_their_old_values_back(
    database, manager_id, tmp_path
) -> None:
    on_file = customers.create_customer(
        CustomerInput(name="王芳", phone="13755501111", notes="likes tea"), manager_id
    )
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "姓名,手机,备注,推荐人手机\n王芳,13755501111,prefers coffee,13600000222\n"
        "张敏,13600000222,,\n",
        encoding="utf-8",
    )
    table = excel_import.read_table(sheet)
    vocabulary = Vocabulary()
    mapping = excel_import.suggest_mapping(table.headers, vocabulary)
    rows = excel_import.check_rows(table, mapping, vocabulary, TODAY)
    updated_row = next(row.number for row in rows if row.existing_id == on_file)
    result = customer_import.apply_import(rows, manager_id, {updated_row: Duplicate.UPDATE})
    assert result.updated == [on_file] and len(result.created) == 1
    changed = customers.get_customer(on_file).data
    assert changed.notes == "prefers coffee" and changed.referred_by_id == result.created[0]
    batch = import_batches.last_batch()
    assert batch is not None and batch.counts["updated"] == 1

    import_batches.undo_last(manager_id, batch.id)

    restored = customers.get_customer(on_file).data
    assert (restored.notes, restored.referred_by_id) == ("likes tea", None)
    assert [c.name for c in Customer.select()] == ["王芳"]


def test_only_the_last_import_is_undone_and_balances_count_as_one(
    database, manager_id, receipts, tmp_path
) -> None:
    first = _import_visits(receipts, manager_id)
    sheet = tmp_path / "balances.csv"
    sheet.write_text("编号,卡名,剩余次数\nKERT01,补水护理 10 次,4\n", encoding="utf-8")
    table = excel_import.read_table(sheet)
    plan = balance_import.plan_balances(
        table, balance_import.suggest_balance_mapping(table.headers), TODAY
    )
    assert balance_import.apply_balances(plan, manager_id, sheet.name) == 1
    last = import_batches.last_batch()
    assert last is not None and last.kind == "balances" and last.counts["cards"] == 1
    with pytest.raises(import_batches.NothingToUndo):
        import_batches.undo_last(manager_id, first.batch_id)  # not the last one
    import_batches.undo_last(manager_id, last.id)
    assert Card.select().count() == 0 and CareLog.select().count() == 3
    following = import_batches.last_batch()
    assert following is not None and following.id == first.batch_id  # next in line


def test_a_cancelled_import_leaves_no_batch(database, manager_id, tmp_path, monkeypatch):
    monkeypatch.setattr(customer_import, "PROGRESS_EVERY", 1)
    sheet = tmp_path / "list.csv"
    sheet.write_text("姓名,手机\n王芳,13755501111\n张敏,13600000222\n", encoding="utf-8")
    table = excel_import.read_table(sheet)
    mapping = excel_import.suggest_mapping(table.headers, Vocabulary())
    rows = excel_import.check_rows(table, mapping, Vocabulary(), TODAY)
    with pytest.raises(customer_import.ImportCancelled):
        customer_import.apply_import(rows, manager_id, progress=lambda done, total: done < 2)
    assert ImportBatch.select().count() == 0 and Customer.select().count() == 0


def test_the_command_line_undoes_the_last_import(db_path, receipts, capsys) -> None:
    close_db()
    assert app.main(["import", "--kind", "visits", "--db", str(db_path), str(receipts)]) == 0
    capsys.readouterr()
    assert app.main(["undo-import", "--db", str(db_path), "--dry-run", "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "receipts.csv" in said and "3 visits" in said and "3 customers" in said
    assert app.main(["undo-import", "--db", str(db_path), "--lang", "en"]) == 0
    assert "undone" in capsys.readouterr().out
    assert app.main(["undo-import", "--db", str(db_path), "--lang", "en"]) == 1
    assert "no import" in capsys.readouterr().out.lower()
    open_db(db_path)
    assert CareLog.select().count() == 0 and Customer.select().count() == 0


def test_a_failure_midway_takes_out_what_was_written(
    database, manager_id, receipts, monkeypatch
) -> None:
    from salon_desk.services import import_writes

    monkeypatch.setattr(visit_writes, "VISITS_PER_TRANSACTION", 1)
    real, calls = import_writes.insert_entries, []

    def fail_on_the_third(*args: object, **kwargs: object) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writes, "insert_entries", fail_on_the_third)
    before = _everything()
    with pytest.raises(OSError):
        _import_visits(receipts, manager_id)
    assert len(calls) == 3  # two transactions had committed
    assert _everything() == before and ImportBatch.select().count() == 0


def test_an_import_cut_short_is_offered_for_undo(database, manager_id, receipts) -> None:
    """The program or the PC stopped between two transactions: no finish, no discard."""
    result = _import_visits(receipts, manager_id)
    ImportBatch.update(finished_at=None, counts="{}").execute()  # as the crash left it
    batch = import_batches.last_batch()
    assert batch is not None and not batch.finished
    assert batch.counts["visits"] == result.visits  # counted from the rows themselves
    import_batches.undo_last(manager_id, batch.id)
    assert CareLog.select().count() == 0


def test_an_undo_cut_short_is_finished_by_undoing_again(
    database, manager_id, receipts, monkeypatch
) -> None:
    """A big undo goes a few thousand rows per transaction; stopped halfway (here: after
    two of them), the batch is still the last import, nothing blocks it, and a second
    undo takes out the rest."""
    monkeypatch.setattr(import_batches, "ROWS_PER_STEP", 1)
    monkeypatch.setattr(store_database, "PAUSE_FOR_OTHER_WRITERS", 0)
    before = _everything()
    result = _import_visits(receipts, manager_id)

    def power_cut_after_two(removed: int) -> None:
        if removed == 2:
            raise KeyboardInterrupt  # as abrupt as it gets in-process

    with pytest.raises(KeyboardInterrupt):
        import_batches.undo_last(manager_id, result.batch_id, power_cut_after_two)
    assert CareLog.select().count() == 1  # two of three entries went
    batch = import_batches.last_batch()
    assert batch is not None and batch.id == result.batch_id
    assert import_batches.blockers(batch.id) == []
    import_batches.undo_last(manager_id, batch.id)
    assert _everything() == before


def test_the_same_file_twice_adds_nothing_however_it_is_split(
    database, manager_id, receipts, monkeypatch
) -> None:
    monkeypatch.setattr(visit_writes, "VISITS_PER_TRANSACTION", 1)
    monkeypatch.setattr(store_database, "PAUSE_FOR_OTHER_WRITERS", 0)
    receipts.write_text(
        RECEIPTS + "4,06/01/2018,Colour,KERT01,,JJ,120\n5,07/01/2018,Blow dry,KERT01,,JJ,20\n",
        encoding="utf-8",
    )
    first = _import_visits(receipts, manager_id)
    again = _import_visits(receipts, manager_id)  # KERT01 recurs in later transactions
    assert first.visits == 5
    assert (again.visits, again.already_on_file) == (0, first.visits)
    assert CareLog.select().count() == first.visits


def test_customers_of_one_name_and_no_phone_each_get_their_own_file(
    database, manager_id, tmp_path
) -> None:
    """Files are made in bulk; two 王芳 with no phone or code must still come back each to
    her own row (her notes on her own file)."""
    sheet = tmp_path / "list.csv"
    sheet.write_text("姓名,备注\n王芳,first\n王芳,second\n张敏,third\n", encoding="utf-8")
    table = excel_import.read_table(sheet)
    mapping = excel_import.suggest_mapping(table.headers, Vocabulary())
    rows = excel_import.check_rows(table, mapping, Vocabulary(), TODAY)
    result = customer_import.apply_import(rows, manager_id)
    notes = [customers.get_customer(made).data.notes for made in result.created]
    assert notes == ["first", "second", "third"]
    assert ImportBatch.select().count() == 1 and Customer.select().count() == 3
