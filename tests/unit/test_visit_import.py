"""A salon's visit history comes in (issue 14, first part): lines of one customer and
day become one care-log entry; codes, US dates, walk-ins, unknown staff and services."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import excel_import, frequency, import_values, visit_import, visit_writes
from salon_desk.services.frequency_rules import Group
from salon_desk.services.import_values import DateOrder
from salon_desk.services.visit_import import VisitOptions, VisitProblem
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import CareLog, CareLogItem, Customer, ServiceItem, Staff

TORONTO = Path(__file__).resolve().parents[3] / "shared" / "data" / "toronto-salon"

RECEIPTS = """Receipt,Date,Description,Client,Staff,Quantity,Amount,GST,PST
1,03/15/2018,Women's hair cut,KERT01,JJ,1,82,4.1,6.56
1,03/15/2018,Blow dry,KERT01,JJ,1,20,1,1.6
2,03/15/2018,Conditioner,KERT01,JJ,1,-5,0,0
3,03/15/2018,Women's hair cut,WALK_IN,KELLY,1,55,2.75,4.4
4,04/13/2018,Women's hair cut,KERT01,NEWBIE,1,82,4.1,6.56
5,05/20/2018,Colour,KERT01,JJ,1,120,6,9.6
6,05/20/2018,Women's hair cut,COOM01,SINEAD,1,70,3.5,5.6
7,13/05/2018,Women's hair cut,COOM01,SINEAD,1,70,3.5,5.6
"""

# The import command speaks through Qt's translations: one QApplication for the session.
pytestmark = pytest.mark.usefixtures("qapp")


def _plan(path: Path, **options: object) -> visit_import.VisitPlan:
    table = excel_import.read_table(path)
    mapping = visit_import.suggest_visit_mapping(table.headers)
    chosen = VisitOptions(skip_clients=frozenset({"WALK_IN"}), **options)  # type: ignore[arg-type]
    return visit_import.plan_visits(table, mapping, chosen, dt.date(2018, 7, 30))


def test_receipt_lines_become_visits(database: Path | str, manager_id: int, tmp_path: Path) -> None:
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    plan = _plan(path)
    # 13/05/2018 does not fit MM/DD while every other date does: the order is still MDY and
    # that row is refused as unreadable, not silently read as 5 January of year 13.
    assert plan.date_order is DateOrder.MDY
    assert [(n, p) for n, _, p in plan.problems] == [(9, VisitProblem.DATE_UNREADABLE)]
    assert plan.skipped == {"WALK_IN": 1}
    assert plan.new_staff == ["JJ", "NEWBIE", "SINEAD"]
    result = visit_writes.apply_visits(plan, manager_id, "receipts.csv")
    assert (result.visits, result.customers_created) == (4, 2)
    kert = Customer.get(Customer.legacy_code == "KERT01")
    first = CareLog.select().where(CareLog.customer == kert.id).order_by(CareLog.visited_at).get()
    # Two receipts on 15 March: one entry, three lines, the refund line subtracted.
    assert first.amount_fen == (82 + 20 - 5) * 100
    names = [i.service_item.name for i in CareLogItem.select().where(CareLogItem.care_log == first)]
    assert names == ["Women's hair cut", "Blow dry", "Conditioner"]
    assert first.beautician.name == "JJ" and not first.beautician.active  # created inactive
    assert not ServiceItem.get(ServiceItem.name == "Colour").active
    assert Staff.get(Staff.name == "NEWBIE").role == "beautician"
    rows = {r.customer_id: r for r in frequency.visit_statistics(dt.date(2018, 7, 30))}
    assert rows[kert.id].visits_ever == 3 and rows[kert.id].group is Group.POTENTIAL
    again = visit_writes.apply_visits(_plan(path), manager_id)  # the same file once more
    assert (again.visits, again.already_on_file) == (0, 4)
    assert CareLog.select().count() == 4


def test_taxes_added_and_names_only_when_agreed(
    database: Path | str, manager_id: int, tmp_path
) -> None:
    path = tmp_path / "own.csv"
    path.write_text(
        "姓名,日期,项目,金额,税\n王芳,2018-03-15,补水护理,100,6\n张敏,2018年3月16日,刮痧,50,3\n",
        encoding="utf-8",
    )
    refused = _plan(path)
    assert Counter(p for _, _, p in refused.problems) == {VisitProblem.NAME_ONLY: 2}
    agreed = _plan(path, match_names=True, taxes=visit_import.Taxes.ADDED)
    assert agreed.problems == [] and [v.amount_fen for v in agreed.visits] == [10_600, 5_300]


def test_amounts_as_other_systems_write_them() -> None:
    assert import_values.amount_fen("¥1,280.5") == 128_050
    assert import_values.amount_fen("-50") == -5_000
    assert import_values.amount_fen("(12.00)") == -1_200
    assert import_values.amount_fen("1.536") == 154  # tax systems keep three decimals
    assert import_values.amount_fen("１２８") == 12_800
    assert import_values.amount_fen("abc") is None
    assert import_values.detect_date_order(["03/04/2018", "04/05/2018"]) is None  # ask


def test_the_command_line_imports_a_visit_history(db_path: Path, tmp_path, capsys) -> None:
    close_db()
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS.replace("13/05/2018", "05/13/2018"), encoding="utf-8")
    argv = ["import", "--kind", "visits", "--db", str(db_path), str(path)]
    assert app.main([*argv, "--skip-client", "WALK_IN", "--dry-run"]) == 0
    assert "5 visits of 2 customers (2 new)" in capsys.readouterr().out
    assert app.main(argv) == 0  # WALK_IN not named: an ordinary client of its own
    open_db(db_path)
    assert CareLog.select().count() == 6
    close_db()
    bad = tmp_path / "bad.csv"
    bad.write_text(RECEIPTS, encoding="utf-8")  # 13/05/2018 cannot be a US date
    assert app.main(["import", "--kind", "visits", "--db", str(db_path), str(bad)]) == 2
    assert "row 9\tdate_unreadable\t13/05/2018" in capsys.readouterr().out


@pytest.mark.skipif(not TORONTO.exists(), reason="the Toronto data set is not beside us")
def test_the_toronto_receipts(database: Path | str, manager_id: int) -> None:
    """Its README: dropping WALK_IN and merging same-day receipts gives 766 clients and
    1,434 client-visit-days; 152 clients have 3+ visits."""
    plan = _plan(TORONTO / "Receipt Transactions0.csv")
    assert plan.date_order is DateOrder.MDY and plan.skipped == {"WALK_IN": 37}
    assert len(plan.problems) == 1  # one line has no description
    result = visit_writes.apply_visits(plan, manager_id, "Receipt Transactions0.csv")
    assert (result.customers_created, result.visits) == (766, 1434)
    rows = frequency.visit_statistics(dt.date(2018, 7, 30))
    assert sum(r.visits_ever >= 3 for r in rows) == 152


def test_a_bad_phone_or_a_too_long_name_is_refused_in_the_plan_not_in_the_write(
    database: Path | str, manager_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "phones.csv"
    path.write_text(
        "手机,编号,姓名,日期,项目,金额\n"
        "12345,,,2018-03-15,刮痧,50\n"  # no code: the row cannot find or make her file
        "12345,KERT01,Kerry,2018-03-15,刮痧,50\n"  # her code finds her; the number is dropped
        f"13800138000,,{'长' * 60},2018-03-15,刮痧,50\n",
        encoding="utf-8",
    )
    plan = _plan(path)
    assert [(n, p) for n, _, p in plan.problems] == [
        (2, VisitProblem.PHONE_INVALID),
        (4, VisitProblem.NAME_TOO_LONG),
    ]
    result = visit_writes.apply_visits(plan, manager_id)
    assert result.visits == 1 and Customer.get(Customer.legacy_code == "KERT01").phone == ""


def test_a_saved_mapping_imports_the_next_file_with_no_questions(
    db_path: Path, tmp_path: Path, capsys
) -> None:
    """Issue 14.8: --save-map writes what was chosen; --map reads it for a file whose
    columns come in another order and whose dates alone could not say MDY or DMY."""
    close_db()
    first = tmp_path / "march.csv"
    first.write_text(RECEIPTS.replace("13/05/2018", "05/13/2018"), encoding="utf-8")
    saved = tmp_path / "pos.toml"
    argv = ["import", "--kind", "visits", "--db", str(db_path)]
    assert app.main([*argv, str(first), "--skip-client", "WALK_IN", "--save-map", str(saved)]) == 0
    assert 'date_order = "MDY"' in saved.read_text(encoding="utf-8")
    second = tmp_path / "june.csv"  # columns reordered; 06/07 alone is ambiguous
    second.write_text(
        "Client,Amount,Date,Staff,Description,Receipt,Quantity,GST,PST\n"
        "KERT01,82,06/07/2018,JJ,Women's hair cut,9,1,4.1,6.56\n"
        "WALK_IN,55,06/07/2018,KELLY,Women's hair cut,10,1,2.75,4.4\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert app.main([*argv, str(second), "--map", str(saved)]) == 0
    assert "left out: WALK_IN ×1" in capsys.readouterr().out
    open_db(db_path)
    june = CareLog.select().order_by(CareLog.visited_at.desc()).get()
    assert june.visited_at.date().month == 6 and june.amount_fen == 8_200
    close_db()
    balances = ["import", "--kind", "balances", "--db", str(db_path), str(second)]
    assert app.main([*balances, "--map", str(saved)]) == 2
    assert "maps a visits file, not balances" in capsys.readouterr().err


def test_names_not_on_file_are_created_mapped_or_left_empty(
    database: Path | str, manager_id: int, beautician_id: int, tmp_path: Path
) -> None:
    """Issue 14.3: each staff member and service item the shop lacks gets a choice, and
    nothing is refused for it."""
    from salon_desk.services import catalogues

    colour = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "染发", "hair", 30_000, 90, True), manager_id
    )
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    plan = _plan(
        path,
        staff_choices={"JJ": "陈美玲", "SINEAD": ""},
        service_choices={"Colour": "染发", "Blow dry": ""},
        new_staff_role="front_desk",
    )
    assert plan.unknown_staff == {"JJ": 4, "NEWBIE": 1, "SINEAD": 1}  # rows, as in the file
    assert plan.new_staff == ["NEWBIE"] and "Colour" in plan.unknown_services
    assert plan.new_services == ["Conditioner", "Women's hair cut"]
    visit_writes.apply_visits(plan, manager_id)
    kert = Customer.get(Customer.legacy_code == "KERT01").id
    first, april, may = (
        CareLog.select().where(CareLog.customer == kert).order_by(CareLog.visited_at)
    )
    assert first.beautician_id == beautician_id  # JJ is 陈美玲 here
    items = [i.service_item.name for i in CareLogItem.select().where(CareLogItem.care_log == first)]
    assert items == ["Women's hair cut", "Conditioner"]  # Blow dry left out, the amount kept
    assert first.amount_fen == (82 + 20 - 5) * 100
    assert [i.service_item_id for i in may.items] == [colour]
    assert Staff.get(Staff.name == "NEWBIE").role == "front_desk"
    coom = Customer.get(Customer.legacy_code == "COOM01").id
    assert CareLog.get(CareLog.customer == coom).beautician is None  # SINEAD left empty
    assert not Staff.select().where(Staff.name.in_(["JJ", "SINEAD"])).exists()
    assert april.beautician.name == "NEWBIE"


def test_choices_for_names_travel_in_the_mapping_file(db_path, beautician_id, tmp_path, capsys):
    close_db()
    path = tmp_path / "march.csv"
    path.write_text(RECEIPTS.replace("13/05/2018", "05/13/2018"), encoding="utf-8")
    saved = tmp_path / "pos.toml"
    argv = ["import", "--kind", "visits", "--db", str(db_path), str(path)]
    assert app.main([*argv, "--dry-run", "--save-map", str(saved)]) == 0
    written = saved.read_text(encoding="utf-8")
    assert "[staff]\n# Not on file" in written and '# "JJ" = ""' in written
    saved.write_text(
        written.replace('# "JJ" = ""', '"JJ" = "陈美玲"').replace('# "KELLY" = ""', '"KELLY" = ""'),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert (
        app.main(
            ["import", "--kind", "visits", "--db", str(db_path), str(path), "--map", str(saved)]
        )
        == 0
    )
    said = capsys.readouterr().out
    assert "not on file: staff JJ (4 rows): as 陈美玲" in said
    assert "not on file: staff KELLY (1 rows): left empty" in said
    assert "not on file: staff NEWBIE (1 rows): created, inactive" in said
    open_db(db_path)
    assert (
        CareLog.select().where(CareLog.beautician == beautician_id).count() == 2
    )  # 15 March, 20 May
    assert not Staff.select().where(Staff.name == "JJ").exists()


def test_a_name_already_on_file_is_never_silently_a_second_file(
    database: Path | str, manager_id: int, tmp_path: Path
) -> None:
    """Issue 14.2: found by name only with several files of that name is refused (which
    one would be a guess); a new file whose name is taken is listed before importing."""
    from salon_desk.services import customers
    from salon_desk.services.customers import CustomerInput

    for name in ("王芳", "王芳", "张敏"):
        customers.create_customer(CustomerInput(name=name), manager_id)
    path = tmp_path / "own.csv"
    path.write_text(
        "编号,姓名,日期,项目,金额\n"
        ",王芳,2018-03-15,补水护理,100\n"  # by name: two 王芳 on file
        "ZM01,张敏,2018-03-16,刮痧,50\n"  # a new code, but a 张敏 is on file
        "K1,Kelly,2018-03-17,刮痧,50\n"
        "K2,Kelly,2018-03-18,刮痧,50\n",  # two new files, one name
        encoding="utf-8",
    )
    plan = _plan(path, match_names=True)
    assert [(n, p) for n, _, p in plan.problems] == [(2, VisitProblem.NAME_AMBIGUOUS)]
    assert [(d.row, d.name, d.key, d.same_name_files, d.same_name_in_file)
            for d in plan.possible_duplicates] == [
        (3, "张敏", "ZM01", 1, 0),
        (4, "Kelly", "K1", 0, 1),
        (5, "Kelly", "K2", 0, 1),
    ]  # fmt: skip
    assert (plan.known_customers, plan.new_customers) == (0, 3)


def test_the_command_line_writes_the_report_as_a_workbook(db_path, tmp_path, capsys) -> None:
    from python_calamine import CalamineWorkbook

    close_db()
    path = tmp_path / "receipts.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    report = tmp_path / "report.xlsx"
    argv = ["import", "--kind", "visits", "--db", str(db_path), str(path), "--lang", "zh_CN"]
    assert app.main([*argv, "--skip-client", "WALK_IN", "--dry-run", "--report", str(report)]) == 2
    book = CalamineWorkbook.from_path(str(report))
    lines = book.get_sheet_by_index(0).to_python()
    assert lines[0] == ["行", "列", "原值", "问题", "处理"]
    assert lines[1][:4] == [9.0, "Date", "13/05/2018", "按所选顺序不是有效日期"]
    assert any(line[2] == "WALK_IN" for line in lines)
    assert "的 4 次到店；1 行未通过" in book.get_sheet_by_name("汇总").to_python()[0][0]
    open_db(db_path)
    assert CareLog.select().count() == 0  # a dry run writes the report only


def test_the_card_a_visit_was_paid_with_is_spent(
    database: Path | str, manager_id: int, tmp_path: Path
) -> None:
    """Issue 14.1: the optional card column spends from her card of that name as a visit
    logged by hand would; a card she did not have (or had used up) is counted, not
    refused; a card carried over from the old system is never spent by its history."""
    from salon_desk.services import cards, customers
    from salon_desk.services.cards import CardInput
    from salon_desk.services.customers import CustomerInput

    her = customers.create_customer(CustomerInput(name="Kerry", legacy_code="KERT01"), manager_id)
    ten = cards.sell_card(
        her,
        CardInput(kind="session", name="Cut × 10", sessions_bought=10, amount_paid_fen=70_000,
                  purchased_on=dt.date(2018, 1, 2)),
        manager_id,
        dt.date(2018, 1, 2),
    )  # fmt: skip
    wallet = cards.sell_card(
        her,
        CardInput(kind="stored_value", name="Wallet", value_loaded_fen=10_000,
                  amount_paid_fen=10_000, purchased_on=dt.date(2018, 1, 2)),
        manager_id,
        dt.date(2018, 1, 2),
    )  # fmt: skip
    carried = cards.sell_card(
        her,
        CardInput(kind="session", name="Old × 5", sessions_bought=3, carried_over=True,
                  purchased_on=dt.date(2018, 1, 1)),
        manager_id,
        dt.date(2018, 1, 2),
    )  # fmt: skip
    path = tmp_path / "paid.csv"
    path.write_text(
        "Client,Date,Description,Amount,Card\n"
        "KERT01,2018-03-01,Women's hair cut,82,Cut × 10\n"
        "KERT01,2018-03-08,Women's hair cut,82,Cut × 10\n"
        "KERT01,2018-03-15,Colour,120,Wallet\n"  # 100 on the card, 20 paid otherwise
        "KERT01,2018-03-22,Colour,120,Old × 5\n"  # carried over: its history is not spent
        "KERT01,2018-03-29,Colour,120,Gift card\n",  # not hers
        encoding="utf-8",
    )
    result = visit_writes.apply_visits(_plan(path), manager_id)
    assert (result.visits, result.without_their_card) == (5, 2)
    (left,) = [s for s in cards.card_statuses(her) if s.id == ten]
    assert left.sessions_left == 8
    (money,) = [s for s in cards.card_statuses(her) if s.id == wallet]
    assert money.balance_fen == 0
    (old,) = [s for s in cards.card_statuses(her) if s.id == carried]
    assert old.sessions_left == 3
    paid = CareLog.get(CareLog.card == wallet)
    assert (paid.amount_fen, paid.card_amount_fen) == (12_000, 10_000)
