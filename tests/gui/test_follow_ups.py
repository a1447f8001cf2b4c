"""The manager's morning: who is slipping away, who calls whom, and what came of it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salon_desk.services import catalogues, customers, frequency
from salon_desk.services.customers import CustomerInput
from salon_desk.services.search_keys import sort_key
from salon_desk.store.models import Complaint, FollowUp
from salon_desk.ui.complaints.dialog import ComplaintDialog
from salon_desk.ui.follow_ups.assign_dialog import AssignCallsDialog
from salon_desk.ui.frequency import page as frequency_page
from salon_desk.ui.frequency.rules_dialog import RulesDialog
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.staff_picker import StaffPicker
from salon_desk.ui.widgets import tasks
from salon_desk.ui.widgets.stale import is_stale
from tests.gui.keyboard import Keyboard
from tests.gui.typing import type_text
from tests.unit.history import add_visits

TODAY = dt.date.today()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def salon(manager_id: int, beautician_id: int) -> dict[str, int]:
    li = catalogues.save_staff(catalogues.StaffMember(0, "李静", "beautician", "", True), None)
    ids = {"陈美玲": beautician_id, "李静": li, "周店长": manager_id}
    for name, phone, staff, days_back, birthday in (
        ("张慧敏", "13800135678", li, (60, 67, 74, 81, 88, 95, 102), None),  # key, gone 60 days
        ("曾丽", "13912340000", li, (2, 9, 16, 23, 30, 37), None),  # key, on rhythm
        ("王芳", "13755501111", li, (100, 121, 142), None),  # potential, overdue
        ("刘梅", "13699998888", li, (5, 40), TODAY.replace(year=1990) + dt.timedelta(days=3)),
    ):
        ids[name] = customers.create_customer(
            CustomerInput(
                name=name,
                phone=phone,
                responsible_staff_id=staff,
                birthday=birthday,
                marketing_consent=True,
            ),
            manager_id,
        )
        add_visits(ids[name], *days_back, today=TODAY)
    return ids


def switch_staff(qtbot, window: MainWindow, name: str) -> None:
    """File → Switch staff, pick her in the modal picker, OK."""

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, StaffPicker)
        labels = [picker.combo.itemText(i) for i in range(picker.combo.count())]
        picker.combo.setCurrentIndex(next(i for i, text in enumerate(labels) if name in text))
        if picker.choosing_pin:  # a manager without a PIN chooses one first
            picker.new_pin.setText("2580")
            picker.new_pin_again.setText("2580")
        elif picker.pin.isVisibleTo(picker):
            picker.pin.setText("2580")
        picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        if picker.isVisible():  # refused: close it, so the test fails instead of hanging
            picker.reject()

    QTimer.singleShot(0, pick)
    # The menu action (Ctrl+Shift+U): a QTest key click that opens a modal dialog leaves
    # Qt believing Ctrl+Shift are still held, and later row selections become toggles.
    window.switch_action.trigger()
    window.activateWindow()  # the offscreen platform does not hand focus back by itself
    qtbot.waitUntil(window.isActiveWindow)


def cell(view, row: int, header: str) -> str:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return model.index(row, column).data()
    raise KeyError(header)


def test_assign_overdue_key_customers_then_work_the_calls(qtbot, salon, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    assert window.tabs.currentWidget() is page
    assert page.count_buttons["key"].text().endswith(": 2")
    assert page.overdue_count.text().endswith(": 2")
    qtbot.mouseClick(page.count_buttons["key"], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    qtbot.mouseClick(page.overdue_count, Qt.MouseButton.LeftButton)
    assert page.overdue_only.isChecked()
    assert page.model.rowCount() == 1
    assert cell(page.table, 0, "Name") == "张慧敏"
    assert cell(page.table, 0, "Why she may be slipping away") == (
        "usually every 7 days, last visit 60 days ago"
    )

    # The click left focus in the table: Ctrl+A, Ctrl+Shift+A, as README says.
    keys = Keyboard()
    assert keys.focus() is page.table
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.shown_label.text() == "1 shown, 1 selected"
    keys.press(Qt.Key.Key_A, CTRL_SHIFT)
    dialog = page.findChild(AssignCallsDialog)
    assert dialog is not None and dialog.reason.currentData() == "overdue"
    dialog.assignee.setCurrentIndex(dialog.assignee.findText("陈美玲"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [call] = FollowUp.select()
    assert (call.customer_id, call.assignee_id, call.reason) == (
        salon["张慧敏"],
        salon["陈美玲"],
        "overdue",
    )
    assert call.priority == 1  # a key customer
    assert cell(page.table, 0, "Open calls") == "1"

    switch_staff(qtbot, window, "陈美玲")
    assert "陈美玲" in window.staff_label.text()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.follow_ups
    mine = window.follow_ups.mine
    assert mine.model.rowCount() == 1 and "Due today: 1" in mine.heading.text()
    # Ctrl+4 put focus on her first open call; Tab leaves the table for the outcome.
    keys = Keyboard()
    assert keys.focus() is mine.table and mine.table.currentIndex().row() == 0
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is mine.outcome
    while mine.outcome.currentData() != "no_answer":
        keys.press(Qt.Key.Key_Down)
    assert mine.retry.isChecked() and mine.retry_days.value() == 2
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is mine.note
    keys.type("关机")
    qtbot.mouseClick(mine.record_button, Qt.MouseButton.LeftButton)
    call = FollowUp.get_by_id(call.id)
    assert (call.status, call.outcome, call.outcome_note) == ("done", "no_answer", "关机")
    assert mine.model.rowCount() == 1 and "Upcoming: 1" in mine.heading.text()
    assert cell(mine.table, 0, "Due") == (TODAY + dt.timedelta(days=2)).isoformat()

    mine.outcome.setCurrentIndex(mine.outcome.findData("booked"))
    assert not mine.retry.isChecked()
    qtbot.keyClick(mine.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert FollowUp.select().where(FollowUp.outcome == "booked").count() == 1
    assert mine.model.rowCount() == 0

    switch_staff(qtbot, window, "周店长")
    window.follow_ups.views.setCurrentWidget(window.follow_ups.team)
    team = window.follow_ups.team
    assert cell(team.loads_table, 0, "Staff") == "陈美玲"
    assert cell(team.loads_table, 0, "Open") == "0"
    assert cell(team.loads_table, 0, "Done this week") == "2"


def test_reassign_and_cancel_from_the_team_overview(qtbot, salon, window: MainWindow, answers):
    FollowUp.create(customer=salon["王芳"], assignee=salon["陈美玲"], due_on=TODAY)
    window.tabs.setCurrentWidget(window.follow_ups)
    window.follow_ups.views.setCurrentWidget(window.follow_ups.team)
    team = window.follow_ups.team
    assert cell(team.calls_table, 0, "Customer") == "王芳"
    team.calls_table.selectRow(0)
    team.reassign_to.setCurrentIndex(team.reassign_to.findText("李静"))
    qtbot.mouseClick(team.reassign_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get().assignee_id == salon["李静"]
    assert cell(team.loads_table, 0, "Staff") == "李静"

    team.calls_table.selectRow(0)
    answers.confirm = False
    qtbot.mouseClick(team.cancel_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get().status == "open"  # she said no
    answers.confirm = True
    qtbot.mouseClick(team.cancel_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get().status == "cancelled"
    assert answers.asked == ["confirm:Cancel calls", "confirm:Cancel calls"]
    assert team.loads.rowCount() == 0


def test_birthday_calls_from_the_care_list(qtbot, salon, window: MainWindow):
    window.tabs.setCurrentWidget(window.follow_ups)
    lists = window.follow_ups.care_lists
    window.follow_ups.views.setCurrentWidget(lists)
    lists.chooser.setCurrentIndex(lists.chooser.findData("birthdays_week"))
    assert lists.model.rowCount() == 1 and cell(lists.table, 0, "Customer") == "刘梅"
    qtbot.mouseClick(lists.create_button, Qt.MouseButton.LeftButton)
    [call] = FollowUp.select()
    assert (call.customer_id, call.reason, call.assignee_id) == (
        salon["刘梅"],
        "birthday",
        salon["李静"],  # her own beautician
    )
    assert cell(lists.table, 0, "Call already open") == "Yes"
    assert not lists.create_button.isEnabled()


def test_shop_rules_change_the_groups(qtbot, salon, window: MainWindow):
    window.tabs.setCurrentWidget(window.frequency)
    page = window.frequency
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(RulesDialog)
    dialog.fields["potential_min_visits"].setValue(2)
    dialog.fields["key_min_visits"].setValue(3)
    dialog.save()
    assert page.count_buttons["key"].text().endswith(": 3")  # 王芳 is key now
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(RulesDialog) if d.isVisible())
    dialog.fields["key_min_visits"].setValue(2)
    dialog.save()
    assert dialog.isVisible()  # potential (2) must stay below key
    assert dialog.form.errors["potential_min_visits"].isVisible()


def test_complaint_from_her_file_to_closed(qtbot, salon, window: MainWindow):
    window.customers.open_customer(salon["王芳"])
    side = window.customers.side
    side.tabs.setCurrentWidget(side.calls)
    qtbot.mouseClick(side.calls.new_complaint, Qt.MouseButton.LeftButton)
    dialog = side.calls.findChild(ComplaintDialog)
    dialog.save()
    assert dialog.form.errors["description"].isVisible()  # nothing written yet
    type_text(dialog.description, "护理后脸发红")
    dialog.category.setCurrentIndex(dialog.category.findData("service"))
    dialog.received_on.setDate(dialog.received_on.date().addDays(-5))
    dialog.save()
    [complaint] = Complaint.select()
    assert (complaint.customer_id, complaint.category, complaint.status) == (
        salon["王芳"],
        "service",
        "open",
    )
    assert complaint.description == "护理后脸发红"
    assert side.calls.complaints.rowCount() == 1  # her file shows it at once

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.complaints
    assert cell(page.table, 0, "Customer") == "王芳" and cell(page.table, 0, "Days open") == "5"
    assert "1 without a reply after 3 days" in page.shown.text()
    page.table.selectRow(0)
    handling = page.handle_current()
    assert handling is not None and handling.stale_note.isVisible()
    type_text(handling.handling, "店长致电道歉，免费复查")
    handling.status.setCurrentIndex(handling.status.findData("closed"))
    handling.save()
    complaint = Complaint.get_by_id(complaint.id)
    assert (complaint.status, complaint.closed_on) == ("closed", TODAY)
    assert page.model.rowCount() == 0  # the list shows complaints not yet closed


def test_assign_a_call_from_her_file(qtbot, salon, window: MainWindow):
    window.customers.open_customer(salon["曾丽"])
    side = window.customers.side
    side.tabs.setCurrentWidget(side.calls)
    qtbot.mouseClick(side.calls.new_call, Qt.MouseButton.LeftButton)
    dialog = side.calls.findChild(AssignCallsDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("after_treatment"))
    type_text(dialog.note, "问问补水后有没有过敏")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [call] = FollowUp.select()
    assert (call.customer_id, call.reason, call.assignee_id, call.priority) == (
        salon["曾丽"],
        "after_treatment",
        salon["李静"],
        1,  # she is a key customer
    )
    assert side.calls.calls.rowCount() == 1
    assert side.calls.calls.index(0, 1).data() == "Check after treatment"


def test_statistics_off_the_ui_thread(qtbot, salon, window: MainWindow, monkeypatch):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    ui_thread = threading.get_ident()
    computed_on: list[int] = []
    original = frequency_page.table_order

    counted = threading.Event()

    def spy(query):
        computed_on.append(threading.get_ident())
        counted.wait(10)
        return original(query)

    monkeypatch.setattr(frequency_page, "table_order", spy)
    window.tabs.setCurrentWidget(window.frequency)
    page = window.frequency
    qtbot.waitUntil(lambda: bool(computed_on))
    assert is_stale(page.table)  # greyed while the counting goes on
    counted.set()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert computed_on[0] != ui_thread
    assert page.count_buttons["key"].text().endswith(": 2")
    assert not is_stale(page.table)


def _shown_rows(page) -> list:
    return [page.model.row_at(row) for row in range(page.model.rowCount())]


def _statistics_asked(monkeypatch) -> list[object]:
    """Which customers the frequency tab asks statistics of, from now on (None: all)."""
    asked: list[object] = []
    original = frequency.visit_statistics

    def spy(today=None, rules=None, include_archived=False, only=None, shop_id=None):
        asked.append(only)
        return original(today, rules, include_archived, only, shop_id)

    monkeypatch.setattr(frequency, "visit_statistics", spy)
    return asked


def test_a_care_entry_counts_the_order_again_and_reads_the_rows_on_screen(
    qtbot, salon, window: MainWindow, monkeypatch
):
    """Issue 15.8: after a write the frequency tab counts its order again (on the worker)
    and reads only the rows it shows."""
    from salon_desk.services import care_log
    from salon_desk.services.care_log import CareEntryInput

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    assert page.overdue_count.text().endswith(": 2")  # 张慧敏 and 王芳
    asked = _statistics_asked(monkeypatch)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, not as counted
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 20_000, 60, True), salon["周店长"]
    )
    her = salon["张慧敏"]
    care_log.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime.now().astimezone(),
            beautician_id=salon["李静"],
            service_item_ids=(item,),
        ),
        salon["周店长"],
    )
    window.events.publish()  # as the care log tab does after saving
    qtbot.waitUntil(lambda: page.overdue_count.text().endswith(": 1"))
    [row] = [row for row in _shown_rows(page) if row.customer_id == her]
    assert (row.days_since_last, row.visits_ever, row.overdue) == (0, 8, False)
    assert asked and None not in asked  # the rows on screen, never the whole shop's
    assert page.model.rowCount() == 4
    names = [page.model.index(row, 0).data() for row in range(4)]
    assert names == sorted(names, key=sort_key)  # still in the order she chose


def test_a_complaint_on_her_file_shows_in_her_row_and_leaves_the_charts(
    qtbot, salon, window: MainWindow, monkeypatch
):
    """Issue 15.8: one change set from the complaint dialog; her frequency row shows her
    open complaint, the charts (which count no complaints) are not counted again."""
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # charts
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    asked = _statistics_asked(monkeypatch)
    published: list[object] = []
    window.events.changed.connect(published.append)
    charts_stale = []
    monkeypatch.setattr(window.charts, "mark_stale", lambda *_: charts_stale.append(1))

    her = salon["王芳"]
    window.open_customer(her)
    side = window.customers.side
    side.tabs.setCurrentWidget(side.calls)
    qtbot.mouseClick(side.calls.new_complaint, Qt.MouseButton.LeftButton)
    dialog = side.calls.findChild(ComplaintDialog)
    type_text(dialog.description, "护理后脸发红")
    dialog.save()
    assert [(c.complaints, c.files, c.visits) for c in published] == [
        (frozenset({her}), frozenset(), frozenset())
    ]
    assert charts_stale == []
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    [row] = [row for row in _shown_rows(page) if row.customer_id == her]
    assert row.signals.complaint_open_since == TODAY
    assert None not in asked


def test_a_background_job_s_writes_reach_the_screens(qtbot, salon, window: MainWindow, monkeypatch):
    """Writes on a worker thread are noted in the job's own journal and published on
    the UI thread with its result."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    published: list[object] = []
    window.events.changed.connect(published.append)
    ui_thread = threading.get_ident()
    wrote_on: list[int] = []

    def rename() -> None:
        wrote_on.append(threading.get_ident())
        record = customers.get_customer(salon["曾丽"])
        renamed = dataclasses.replace(record.data, name="曾丽丽")
        customers.update_customer(record.id, renamed, record.version, salon["周店长"])

    tasks.run_task(rename, lambda _: window.events.publish())
    qtbot.waitUntil(lambda: bool(published))
    assert wrote_on and wrote_on[0] != ui_thread
    assert published[0].files == {salon["曾丽"]}
    model = window.customers.model  # the list read again: it shows what the job wrote
    assert "曾丽丽" in {model.customer_at(row).name for row in range(model.rowCount())}


def test_a_chain_sized_table_reads_only_the_pages_on_screen(
    qtbot, manager_id: int, window: MainWindow, monkeypatch
):
    """Issue 15.3/15.7: 450 customers are an order of ids; rows are read a page (200) at
    a time as they are drawn, never everyone's; Ctrl+A selects them all for calls."""
    from salon_desk.services import import_batches, import_writes
    from salon_desk.store.database import write_transaction

    people = [CustomerInput(name=f"顾客{n:03d}", phone=f"139{n:08d}") for n in range(450)]
    batch = import_batches.start("customers", "crowd.xlsx", manager_id)
    with write_transaction():
        import_writes.create_customers(people, manager_id, batch)
        import_batches.finish(batch, manager_id, "")
    asked = _statistics_asked(monkeypatch)
    keys = Keyboard()
    keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    assert page.model.rowCount() == 450
    assert page.count_buttons["new"].text().endswith(": 450")  # no visit yet: new
    assert page.model.row_at(449).name.startswith("顾客")  # the third page, read by now
    assert asked and None not in asked
    assert all(len(ids) <= 200 for ids in asked)
    assert sum(len(ids) for ids in asked) <= 450  # each page read once
    assert keys.focus() is page.table
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.shown_label.text() == "450 shown, 450 selected"


def test_her_familys_birthdays_become_calls(qtbot, window: MainWindow, manager_id: int):
    """Issue 17.6: a child written on her file with a birthday this month is a reason to
    call her — only if she agreed to greetings; a relative who is a customer is on the
    birthday list herself."""
    from salon_desk.services import relations
    from salon_desk.services.relations import RelationInput

    today = dt.date.today()
    soon = today + dt.timedelta(days=10)
    agrees = customers.create_customer(
        CustomerInput(name="张慧敏", phone="13800135678", marketing_consent=True), manager_id
    )
    declines = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    for mother in (agrees, declines):
        relations.add_relation(
            mother,
            RelationInput("child", name="小宝", birthday=soon.replace(year=soon.year - 8)),
            manager_id,
        )
    relations.add_relation(  # far off: not this month
        agrees,
        RelationInput("spouse", name="李先生", birthday=(today - dt.timedelta(days=90 + 365 * 40))),
        manager_id,
    )
    window.tabs.setCurrentWidget(window.follow_ups)
    lists = window.follow_ups.care_lists
    window.follow_ups.views.setCurrentWidget(lists)
    lists.chooser.setCurrentIndex(lists.chooser.findData("family_birthdays"))
    assert lists.model.rowCount() == 1 and cell(lists.table, 0, "Customer") == "张慧敏"
    assert cell(lists.table, 0, "What") == f"小宝 (Child) — {soon.isoformat()}, turns 8"
    qtbot.mouseClick(lists.create_button, Qt.MouseButton.LeftButton)
    [call] = FollowUp.select()
    assert (call.customer_id, call.reason) == (agrees, "family_birthday")
    assert cell(lists.table, 0, "Call already open") == "Yes"


def test_a_holiday_greeting_is_written_and_goes_out_as_a_contact_list(
    qtbot, window: MainWindow, manager_id: int, tmp_path
):
    """Issue 17.6: the holiday list, its greeting written in a dialog by keyboard, and
    the contact list with each customer's greeting filled in."""
    import openpyxl

    from salon_desk.services import care_log, catalogues, occasions
    from salon_desk.services.care_log import CareEntryInput
    from salon_desk.services.occasions import Holiday
    from tests.gui.keyboard import Keyboard

    today = dt.date.today()
    soon = today + dt.timedelta(days=5)
    occasions.save_holidays([Holiday("", "店庆", "solar", soon.month, soon.day)], manager_id)
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    her = customers.create_customer(
        CustomerInput(name="张慧敏", phone="13800135678", marketing_consent=True), manager_id
    )
    when = dt.datetime.combine(today - dt.timedelta(days=3), dt.time(15))
    care_log.log_care(CareEntryInput(her, when, manager_id, (facial,)), manager_id)
    window.tabs.setCurrentWidget(window.follow_ups)
    lists = window.follow_ups.care_lists
    window.follow_ups.views.setCurrentWidget(lists)
    lists.chooser.setCurrentIndex(lists.chooser.findData("holidays"))
    assert cell(lists.table, 0, "What") == f"店庆 — {soon.isoformat()}"
    dialog = lists.edit_greeting()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = Keyboard()
    assert keys.focus() is dialog.text  # the work starts in the text
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("{name}，{occasion}快乐！")
    assert dialog.preview.text() == "For 张慧敏: 张慧敏，店庆快乐！"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert occasions.greetings() == {"holiday:店庆": "{name}，{occasion}快乐！"}
    target = tmp_path / "店庆.xlsx"
    assert lists.export_button.isEnabled()
    assert lists.export_to(target) == 1
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][0] == "张慧敏" and rows[1][3] == "店庆" and rows[1][5] == "张慧敏，店庆快乐！"


def test_an_event_is_made_its_guests_invited_from_the_list_and_answered(
    qtbot, window: MainWindow, manager_id: int, answers
):
    """Issue 17.6: a new event typed in, the customers the customer list shows (a search)
    invited, a guest's answer and attendance noted, and seen on her file."""
    from salon_desk.services import events
    from tests.gui.keyboard import Keyboard

    wangs = [
        customers.create_customer(CustomerInput(name=n, marketing_consent=True), manager_id)
        for n in ("王芳", "王丽")
    ]
    customers.create_customer(CustomerInput(name="李娜", marketing_consent=True), manager_id)
    window.events.publish()
    page = window.customers
    page.search.setText("王")
    page.refresh_list()
    window.tabs.setCurrentWidget(window.follow_ups)
    panel = window.follow_ups.events_panel
    window.follow_ups.views.setCurrentWidget(panel)
    dialog = panel.new_event()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = Keyboard()
    assert keys.focus() is dialog.name  # the work starts at the name
    keys.type("年终答谢会")
    for _ in range(4):  # the day (two weeks ahead: year, month, day), then the place
        keys.press(Qt.Key.Key_Tab)
        if keys.focus() is dialog.place:
            break
    assert keys.focus() is dialog.place
    keys.type("三楼")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [made] = events.list_events()
    assert (made.name, made.place) == ("年终答谢会", "三楼")
    assert cell(panel.table, 0, "Event") == "年终答谢会"
    qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1].startswith("confirm:Invite")  # asked first, with how many
    assert sorted(g.customer_id for g in events.guests_of(made.id)) == sorted(wangs)
    assert panel.guests.rowCount() == 2
    panel.guest_table.selectRow(0)
    first = panel.guests.row_at(0)
    qtbot.mouseClick(panel.answer_buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.came_button, Qt.MouseButton.LeftButton)
    assert cell(panel.guest_table, 0, "Answer") == "coming"
    assert cell(panel.guest_table, 0, "Came") == "Yes"
    assert panel.summary.text() == "2 invited, 1 coming, 1 came"
    page.open_customer(first.customer_id)
    assert page.side.status.events.text().endswith(": came")


def test_declined_asks_why_by_keyboard(qtbot, window: MainWindow, manager_id: int):
    """Issue 18.3: choosing "declined" offers her reason next, by keyboard, and the call
    closes with it; the other outcomes do not ask."""
    from salon_desk.services import follow_ups
    from salon_desk.services.follow_ups import CallRequest
    from tests.gui.keyboard import Keyboard

    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    today = dt.date.today()
    [call_id] = follow_ups.assign_calls(
        CallRequest([her], manager_id, today, "overdue"), manager_id, today
    ).created
    keys = Keyboard()
    keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # my calls, in the table
    mine = window.follow_ups.mine
    assert not mine.decline_reason.isVisibleTo(mine)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is mine.outcome
    for _ in range(3):  # reached → no answer → booked → declined
        keys.press(Qt.Key.Key_Down)
    assert mine.outcome.currentData() == "declined" and mine.decline_reason.isVisibleTo(mine)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is mine.decline_reason
    keys.press(Qt.Key.Key_Down)  # price
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    call = FollowUp.get_by_id(call_id)
    assert (call.status, call.outcome, call.decline_reason) == ("done", "declined", "price")
