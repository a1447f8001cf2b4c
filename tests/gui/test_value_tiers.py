"""Issue 17.4: the shop sets its value tiers in Settings from the keyboard; her tier
shows beside her name, in the list (filtered and sorted by it) and in the frequency
table, where it combines with the group, overdue and a type for the calls."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from salon_desk.services import care_log, catalogues, customers, value_tiers
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customer_search import SortKey
from salon_desk.services.customers import CustomerInput
from salon_desk.ui.customers.list_model import COLUMNS
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard

YUAN = 100


def _paying(manager_id: int, spends: dict[str, int]) -> dict[str, int]:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100 * YUAN, 30, True), manager_id
    )
    made = {}
    when = dt.datetime.combine(dt.date.today() - dt.timedelta(days=5), dt.time(15))
    for name, yuan in spends.items():
        made[name] = customers.create_customer(CustomerInput(name=name), manager_id)
        if yuan:
            care_log.log_care(
                CareEntryInput(made[name], when, manager_id, (facial,), amount_fen=yuan * YUAN),
                manager_id,
            )
    return made


def test_the_manager_sets_tiers_by_spend_from_the_keyboard(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    made = _paying(manager_id, {"王芳": 3500, "李娜": 1200, "孙倩": 0})
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.activateWindow()  # as a desktop does for a new dialog; offscreen does not
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentWidget(dialog.tiers)
    table = dialog.tiers.table
    qtbot.waitUntil(table.isVisible)
    first = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)  # "20"
    keys = Keyboard()
    keys.press(Qt.Key.Key_Backtab)  # out of the table: how tiers are earned
    assert keys.focus() is dialog.tiers.basis
    keys.press(Qt.Key.Key_Down)  # paid in the last 12 months
    assert table.horizontalHeaderItem(1).text() == "From (yuan)"
    keys.press(Qt.Key.Key_Tab)  # back into the table, on the cell left
    for figure in ("3000", "1000", "0"):
        keys.type(figure)  # typing over the cell edits it
        keys.press(Qt.Key.Key_Return)  # (the table takes the value back in its next turn)
        qtbot.wait(1)
        keys.press(Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.tiers.error.text() == ""
    rules = value_tiers.load_rules()
    assert rules.basis == "spend"
    assert [t.minimum for t in rules.tiers] == [3000 * YUAN, 1000 * YUAN, 0]
    assert [t.key for t in rules.tiers] == ["high", "middle", "low"]  # names kept
    # Counted off the screen; the list then shows the tiers.
    assert [value_tiers.tier_of(made[n]) for n in ("王芳", "李娜", "孙倩")] == [0, 1, 2]
    page = window.customers
    column = COLUMNS.index(SortKey.VALUE_TIER)
    shown = {
        page.model.index(row, 0).data(): page.model.index(row, column).data()
        for row in range(page.model.rowCount())
    }
    assert shown == {"王芳": "High value", "李娜": "Middle value", "孙倩": "Low value"}
    # Beside her name on her file, and in her status.
    page.open_customer(made["王芳"])
    assert page.title.text() == "王芳  ·  High value"
    assert page.side.status.tier.text() == "High value"


def test_the_list_filters_and_sorts_by_tier(qtbot, window: MainWindow, manager_id: int) -> None:
    made = _paying(manager_id, {"王芳": 900, "李娜": 100, "孙倩": 500, "赵敏": 0, "陈静": 300})
    value_tiers.ensure_fresh()  # as the window counts when it starts
    window.events.publish()
    qtbot.wait(1)
    page = window.customers
    chooser = page.field_filter
    chooser.setCurrentIndex(chooser.findText("Value: High value"))
    chooser.activated.emit(chooser.currentIndex())
    assert [page.model.customer_at(r).id for r in range(page.model.rowCount())] == [
        made["王芳"]
    ]  # the top fifth of four spenders: one
    chooser.setCurrentIndex(0)
    chooser.activated.emit(0)
    page.table.sortByColumn(COLUMNS.index(SortKey.VALUE_TIER), Qt.SortOrder.AscendingOrder)
    names = [page.model.customer_at(r).name for r in range(page.model.rowCount())]
    # The highest first (ties in the order made), no tier last: the top fifth of four
    # spenders is one, down to half is one more, the rest two.
    assert names == ["王芳", "孙倩", "李娜", "陈静", "赵敏"]


def test_the_frequency_table_combines_tier_and_type(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    made = _paying(manager_id, {"王芳": 900, "李娜": 800, "孙倩": 100, "赵敏": 200, "陈静": 300})
    impulsive = catalogues.list_types("personality")[0].id
    her = customers.get_customer(made["王芳"])
    customers.update_customer(
        made["王芳"],
        CustomerInput(name="王芳", personality_type_id=impulsive),
        her.version,
        manager_id,
    )
    value_tiers.ensure_fresh()
    window.events.publish()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    page.tier_filter.setCurrentIndex(page.tier_filter.findText("High value"))
    assert page.model.rowCount() == 1  # the top fifth of five spenders
    page.tier_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 5
    page.type_filter.setCurrentIndex(page.type_filter.findText("Personality: Impulsive"))
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["王芳"]


def test_the_shop_adds_its_own_holiday_in_settings(qtbot, window: MainWindow) -> None:
    """17.6: Settings › Holidays: a new row typed in, its day shown for this year."""
    from salon_desk.services import occasions

    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentWidget(dialog.holidays)
    tab = dialog.holidays
    qtbot.waitUntil(tab.table.isVisible)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    keys = Keyboard()
    keys.type("店庆")  # the new row's name is being edited
    keys.press(Qt.Key.Key_Return)
    qtbot.wait(1)
    row = tab.table.rowCount() - 1
    for column, figure in ((2, "6"), (3, "18")):  # month, day
        box = tab.table.cellWidget(row, column)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type(figure)
    keys.press(Qt.Key.Key_Tab)
    assert tab.table.item(row, 4).text() == f"{dt.date.today().year}-06-18"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.error.text() == ""
    own = occasions.holidays()[-1]
    assert (own.key, own.name, own.calendar, own.month, own.day) == ("", "店庆", "solar", 6, 18)
    assert occasions.holidays()[0].key == "spring_festival"  # the built-ins kept as they were
