"""Issue 17.6: the holiday calendar with each year's lunar days, anniversaries, and the
greeting each occasion sends, as care lists and as a contact list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from salon_desk.services import (
    cards,
    care_log,
    catalogues,
    contact_list,
    customers,
    follow_ups,
    occasions,
    reminders,
)
from salon_desk.services.cards import CardInput
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.contact_list import Contact
from salon_desk.services.customers import CustomerInput
from salon_desk.services.follow_ups import CallRequest
from salon_desk.services.occasions import BUILT_IN_HOLIDAYS, Holiday, HolidayInvalid
from salon_desk.store.models import ChangeRecord, FollowUp


def test_each_years_holidays_fall_on_their_published_days() -> None:
    days = {h.key: occasions.day_of(h, 2027) for h in BUILT_IN_HOLIDAYS}
    assert days == {
        "spring_festival": dt.date(2027, 2, 6),
        "lantern": dt.date(2027, 2, 20),
        "womens_day": dt.date(2027, 3, 8),
        "mothers_day": dt.date(2027, 5, 9),  # the second Sunday of May
        "qixi": dt.date(2027, 8, 8),
        "mid_autumn": dt.date(2027, 9, 15),
        "double_ninth": dt.date(2027, 10, 8),
        "christmas": dt.date(2027, 12, 25),
    }
    assert occasions.day_of(BUILT_IN_HOLIDAYS[0], 2026) == dt.date(2026, 2, 17)
    assert occasions.day_of(BUILT_IN_HOLIDAYS[5], 2026) == dt.date(2026, 9, 25)


@pytest.fixture
def facial(manager_id: int) -> int:
    return catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )


def _customer(name: str, manager_id: int, consent: bool = True, **more: object) -> int:
    return customers.create_customer(
        CustomerInput(name=name, phone=f"138{abs(hash(name)) % 10**8:08d}",
                      marketing_consent=consent, **more),  # type: ignore[arg-type]
        manager_id,
    )  # fmt: skip


def _visit(customer_id: int, when: dt.datetime, facial: int, staff: int) -> None:
    care_log.log_care(CareEntryInput(customer_id, when, staff, (facial,)), staff)


def _next_mid_autumn() -> dt.date:
    """The next 中秋 at least two weeks off (visits happen in the past, lists look ahead)."""
    mid_autumn = next(h for h in BUILT_IN_HOLIDAYS if h.key == "mid_autumn")
    now = dt.date.today()
    return next(
        day for year in (now.year, now.year + 1)
        if (day := occasions.day_of(mid_autumn, year)) > now + dt.timedelta(days=14)
    )  # fmt: skip


def test_the_holiday_list_greets_last_years_customers_who_agreed(
    manager_id: int, facial: int
) -> None:
    mid_autumn = _next_mid_autumn()
    today = mid_autumn - dt.timedelta(days=14)
    now = dt.datetime.combine(dt.date.today(), dt.time(9))
    recent, never_asked, gone = (
        _customer("王芳", manager_id),
        _customer("李娜", manager_id, consent=False),
        _customer("赵敏", manager_id),
    )
    for her, days_ago in ((recent, 10), (never_asked, 10), (gone, 500)):
        _visit(her, now - dt.timedelta(days=days_ago), facial, manager_id)
    listed = reminders.holidays_within(today, 30)
    assert [(s.customer_id, s.occasion) for s in listed if s.occasion == "mid_autumn"] == [
        (recent, "mid_autumn")
    ]
    assert {s.customer_id for s in listed} == {recent}  # (other holidays may be near too)
    assert next(s.on for s in listed if s.occasion == "mid_autumn") == mid_autumn
    # The shop retires Mid-Autumn and adds its own day (店庆) a week before it.
    own = mid_autumn - dt.timedelta(days=7)
    chosen = [h if h.key != "mid_autumn" else Holiday(**{**h.__dict__, "retired": True})
              for h in occasions.holidays()]  # fmt: skip
    occasions.save_holidays([*chosen, Holiday("", "店庆", "solar", own.month, own.day)], manager_id)
    occasions_listed = {(s.occasion, s.on) for s in reminders.holidays_within(today, 30)}
    assert ("店庆", own) in occasions_listed
    assert not any(occasion == "mid_autumn" for occasion, _ in occasions_listed)
    # Holiday calls are greetings: none for someone who did not agree.
    follow_ups.assign_calls(
        CallRequest([recent, never_asked], None, dt.date.today(), "holiday"), manager_id
    )
    assert [c.customer_id for c in FollowUp.select()] == [recent]


def test_a_holiday_that_cannot_be_is_refused(manager_id: int) -> None:
    for wrong, code in (
        (Holiday("", " ", "solar", 5, 1), "holiday_name_required"),
        (Holiday("", "x", "solar", 2, 30), "holiday_day"),
        (Holiday("", "x", "lunar", 8, 31), "holiday_day"),
        (Holiday("", "x", "weekday", 5, 6, nth=5), "holiday_day"),  # not every May has 5
    ):
        with pytest.raises(HolidayInvalid) as refused:
            occasions.save_holidays([*BUILT_IN_HOLIDAYS, wrong], manager_id)
        assert (refused.value.code, refused.value.row) == (code, len(BUILT_IN_HOLIDAYS))
    assert occasions.holidays() == list(BUILT_IN_HOLIDAYS)


def test_anniversaries_of_her_first_visit_and_her_first_card(manager_id: int, facial: int) -> None:
    today = dt.date.today()

    def ago(years: int, then_in_days: int) -> dt.date:
        return (today + dt.timedelta(days=then_in_days)).replace(
            year=today.year - years, day=min((today + dt.timedelta(days=then_in_days)).day, 28)
        )

    her = _customer("王芳", manager_id)
    first, card_day = ago(2, 10), ago(1, 20)
    _visit(her, dt.datetime.combine(first, dt.time(15)), facial, manager_id)
    _visit(her, dt.datetime.combine(today - dt.timedelta(days=3), dt.time(15)), facial, manager_id)
    cards.sell_card(
        her, CardInput("session", "补水卡", facial, 5, 50_000, 0, card_day), manager_id,
        today=card_day,
    )  # fmt: skip
    not_yet = _customer("李娜", manager_id)  # first came weeks ago: no anniversary yet
    _visit(not_yet, dt.datetime.combine(today - dt.timedelta(days=20), dt.time(15)), facial,
           manager_id)  # fmt: skip
    listed = reminders.anniversaries_within(today, 30)
    assert [(s.customer_id, s.occasion, s.years) for s in listed] == [
        (her, "first_visit", 2),
        (her, "first_card", 1),
    ]
    assert [s.on for s in listed] == [
        first.replace(year=first.year + 2),
        card_day.replace(year=card_day.year + 1),
    ]


def test_the_contact_list_holds_each_greeting_and_only_who_agreed(
    manager_id: int, tmp_path: Path
) -> None:
    agrees = _customer("王芳", manager_id, wechat="wangfang88")
    withdrew = _customer("李娜", manager_id)
    her = customers.get_customer(withdrew)
    customers.update_customer(
        withdrew, CustomerInput(name="李娜", marketing_consent=False), her.version, manager_id
    )
    occasions.save_greeting("holiday:mid_autumn", "{name}，{shop}祝您{occasion}快乐！", manager_id)
    template = occasions.greetings()["holiday:mid_autumn"]
    contacts = [
        Contact(c, "中秋节", dt.date(2027, 9, 15),
                occasions.fill(template, {"name": n, "shop": "美丽坊", "occasion": "中秋节"}))
        for c, n in ((agrees, "王芳"), (withdrew, "李娜"))
    ]  # fmt: skip
    target = tmp_path / "中秋.xlsx"
    written = contact_list.write_contact_list(
        target, contacts, ["顾客", "手机", "微信", "场合", "日期", "问候语"], manager_id
    )
    assert written == 1
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("顾客", "手机", "微信", "场合", "日期", "问候语")
    assert rows[1][:4] == (
        "王芳",
        customers.get_customer(agrees).data.phone,
        "wangfang88",
        "中秋节",
    )
    assert rows[1][4].date() == dt.date(2027, 9, 15)
    assert rows[1][5] == "王芳，美丽坊祝您中秋节快乐！"
    assert len(rows) == 2
    export = ChangeRecord.select().where(ChangeRecord.action == "export").get()
    assert export.new_value.startswith("marketing 1")


def test_a_greeting_with_a_misspelt_blank_keeps_it_visible() -> None:
    assert occasions.fill("{name}，{nmae}", {"name": "王芳"}) == "王芳，{nmae}"
