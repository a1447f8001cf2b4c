"""Issue 17.2: her family and friends on her file, added from the keyboard; a relation
who is a customer opens her file; who she comes with and the group's leader."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from salon_desk.services import care_log, catalogues, customers, relations
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.relations import RelationInput
from salon_desk.store.models import Relation
from salon_desk.ui.customers.relation_dialog import RelationDialog
from salon_desk.ui.customers.status_panel import FAMILY
from salon_desk.ui.main_window import MainWindow
from tests.gui.conftest import PromptLog
from tests.gui.keyboard import Keyboard


def _family_tab(qtbot, window: MainWindow):
    side = window.customers.side
    bar = side.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(FAMILY).center())
    return side.family


def test_add_her_son_from_the_keyboard_then_remove_him(
    qtbot, window: MainWindow, manager_id: int, answers: PromptLog
) -> None:
    her = customers.create_customer(CustomerInput(name="张慧敏"), manager_id)
    window.customers.open_customer(her)
    panel = _family_tab(qtbot, window)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(RelationDialog)
    dialog.activateWindow()  # as a desktop does for a new dialog; offscreen does not
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = Keyboard()
    assert keys.focus() is dialog.kind  # the relation first: Child is the first choice
    keys.press(Qt.Key.Key_Tab)  # past "a customer": he is not one
    keys.press(Qt.Key.Key_Tab)
    keys.type("小宝")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2018年9月1日x")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.errors["birthday"].text().startswith("Write the date as year-month-day")
    keys.press(Qt.Key.Key_Backspace)  # the stray x
    keys.press(Qt.Key.Key_Tab)  # gender: Female, Male after the blank
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (son,) = Relation.select()
    assert (son.customer_id, son.kind, son.name, son.birthday, son.gender) == (
        her, "child", "小宝", dt.date(2018, 9, 1), "M",
    )  # fmt: skip
    assert panel.people.rowCount() == 1
    assert panel.people.index(0, 1).data() == "小宝"
    assert panel.people.index(0, 0).data() == "Child"

    panel.people_table.selectRow(0)
    answers.confirm = True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["confirm:Remove"]
    assert Relation.select().count() == 0 and panel.people.rowCount() == 0


def test_a_relation_who_is_a_customer_opens_her_file_and_the_leader_is_named(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "肩颈按摩", "", 19_800, 60, True), manager_id
    )
    leader = customers.create_customer(CustomerInput(name="刘姐"), manager_id)
    her = customers.create_customer(CustomerInput(name="王芳", referred_by_id=leader), manager_id)
    daughter = customers.create_customer(CustomerInput(name="王小雨"), manager_id)
    relations.add_relation(her, RelationInput("child", other_id=daughter), manager_id)
    for days in (3, 17):
        at = dt.datetime(2026, 10, 1, 15).astimezone() + dt.timedelta(days=days)
        for who in (her, leader):
            care_log.log_care(
                CareEntryInput(
                    customer_id=who, visited_at=at, beautician_id=manager_id,
                    service_item_ids=(item,),
                ),
                manager_id,
            )  # fmt: skip
    window.customers.open_customer(her)
    panel = _family_tab(qtbot, window)
    assert panel.companions.index(0, 0).data() == "刘姐 ★ leads the group"
    assert panel.leader_note.text() == "刘姐 leads the group she comes with: work through her."
    qtbot.mouseClick(
        panel.people_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.people_table.visualRect(panel.people.index(0, 1)).center(),
    )
    Keyboard().press(Qt.Key.Key_Return)  # her daughter's own file
    assert window.customers.current is not None and window.customers.current.id == daughter
    [mother] = panel.people.rows()
    assert (mother.kind, mother.name, mother.written_here) == ("parent", "王芳", False)
    assert panel.people.index(0, 0).data() == "Parent"
