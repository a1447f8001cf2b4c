"""Issue 17.6: lunar birthdays (农历生日) — the calendar's dates, the birthday care list,
export and import, and the migration from schema 20."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from salon_desk.services import customers, excel_export, lunar, reminders
from salon_desk.services.customers import CustomerInput
from salon_desk.services.excel_import import check_rows, read_table, suggest_mapping
from salon_desk.services.lunar import LunarDay
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import Customer, SchemaInfo
from salon_desk.ui.excel import texts


def test_the_calendars_known_days() -> None:
    assert lunar.from_lunar(LunarDay(2027, 1, 1)) == dt.date(2027, 2, 6)  # 春节 2027
    assert lunar.from_lunar(LunarDay(2026, 8, 15)) == dt.date(2026, 9, 25)  # 中秋 2026
    assert lunar.to_lunar(dt.date(1965, 4, 6)) == LunarDay(1965, 3, 5)
    assert lunar.parse_lunar("1965年3月5日") == LunarDay(1965, 3, 5)
    assert lunar.parse_lunar("2023-闰2-10") == LunarDay(2023, 2, 10, leap=True)
    assert lunar.parse_lunar(" ") is None
    for wrong in ("1965-13-01", "2025-闰2-10", "三月初五", "2024-1-30"):  # 2024's 1st month: 29
        with pytest.raises(ValueError):
            lunar.parse_lunar(wrong)
    # Day 30 of a month that has 29 days this year is kept on the 29th.
    assert lunar.day_in_lunar_year(2024, 1, 30) == lunar.from_lunar(LunarDay(2024, 1, 29))


def test_her_next_lunar_birthday_and_age() -> None:
    born = lunar.from_lunar(LunarDay(1965, 3, 5))  # 1965-04-06
    day, age = lunar.next_lunar_anniversary(born, dt.date(2026, 1, 1))
    assert (day, age) == (lunar.from_lunar(LunarDay(2026, 3, 5)), 61)
    day, age = lunar.next_lunar_anniversary(born, day + dt.timedelta(days=1))
    assert (day, age) == (lunar.from_lunar(LunarDay(2027, 3, 5)), 62)
    # Before the lunar new year her birthday of the lunar year still running counts.
    late = lunar.from_lunar(LunarDay(1980, 12, 20))
    day, _ = lunar.next_lunar_anniversary(late, dt.date(2027, 1, 10))
    assert day == lunar.from_lunar(LunarDay(2026, 12, 20))


def test_the_birthday_list_greets_her_on_her_lunar_birthday(manager_id: int) -> None:
    born = lunar.from_lunar(LunarDay(1965, 3, 5))
    lunar_day = lunar.from_lunar(LunarDay(2027, 3, 5))
    her = customers.create_customer(
        CustomerInput(name="王阿姨", birthday=born, birthday_lunar=True, marketing_consent=True),
        manager_id,
    )
    solar = customers.create_customer(
        CustomerInput(
            name="李娜",
            birthday=dt.date(1990, lunar_day.month, lunar_day.day),
            marketing_consent=True,
        ),
        manager_id,
    )
    listed = reminders.birthdays_within(lunar_day - dt.timedelta(days=3), 7)
    assert [(s.customer_id, s.on, s.age, s.lunar) for s in listed] == [
        (solar, lunar_day, 37, False),
        (her, lunar_day, 62, True),
    ]
    # Her solar birthday (6 April) is not her birthday.
    assert her not in {s.customer_id for s in reminders.birthdays_within(dt.date(2027, 4, 4), 3)}


def test_a_lunar_birthday_goes_out_and_comes_back(qapp, manager_id: int, tmp_path: Path) -> None:
    born = lunar.from_lunar(LunarDay(1965, 3, 5))
    customers.create_customer(
        CustomerInput(name="王阿姨", phone="13800001111", birthday=born, birthday_lunar=True),
        manager_id,
    )
    path = tmp_path / "out.xlsx"
    excel_export.export_workbook(path, None, texts.export_texts(), texts.labeller())
    book = openpyxl.load_workbook(path, read_only=True)
    header, row = list(book.worksheets[0].iter_rows(min_row=1, max_row=2, values_only=True))
    book.close()
    cells = dict(zip(header, row, strict=False))
    assert cells["Lunar birthday"] == "1965-03-05"
    assert cells["Birthday"].date() == born
    # An old list with only the lunar date reads as the day she was born.
    old = tmp_path / "old.csv"
    old.write_text("姓名,手机,农历生日\n张阿姨,13800002222,1958年8月15日\n", encoding="utf-8")
    table = read_table(old)
    vocabulary = texts.import_vocabulary()
    [row] = check_rows(table, suggest_mapping(table.headers, vocabulary), vocabulary, born)
    assert row.ok and row.data.birthday_lunar
    assert row.data.birthday == lunar.from_lunar(LunarDay(1958, 8, 15))
    assert {"birthday", "birthday_lunar"} <= row.provided


def test_a_schema_20_file_gains_lunar_birthdays(manager_id: int, db_path: Path) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    close_db()
    from tests.unit.old_schema import without_customer_columns

    without_customer_columns(db_path, ["birthday_lunar"], 20)
    with sqlite3.connect(db_path) as old:
        old.execute("DROP INDEX IF EXISTS customer_value_tier_spend_fen")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert Customer.get_by_id(her).birthday_lunar is False
