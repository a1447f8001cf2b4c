"""Issue 17.1: the shop's own fields, added in Settings, filled in on her file from the
keyboard, shown in her change history and used to filter the customer list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salon_desk.services import customers, profile_fields
from salon_desk.services.customers import CustomerInput
from salon_desk.services.profile_fields import FieldDef
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_manager_adds_a_choice_field_in_settings_from_the_keyboard(
    qtbot, window: MainWindow
) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.activateWindow()  # as a desktop does for a new dialog; offscreen does not
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentWidget(dialog.fields)
    qtbot.mouseClick(dialog.fields.add_button, Qt.MouseButton.LeftButton)
    keys = Keyboard()
    keys.type("发质")
    keys.press(Qt.Key.Key_Tab)  # to the kind: Text, Number, Date, Yes / no, Choice
    for _ in range(4):
        keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Tab)
    keys.type("干性、油性、中性")
    keys.press(Qt.Key.Key_Tab)
    keys.type("基本信息")
    keys.press(Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.error.text() == ""
    (field,) = profile_fields.list_fields()
    assert (field.label, field.kind, field.choices, field.heading) == (
        "发质", "choice", ("干性", "油性", "中性"), "基本信息",
    )  # fmt: skip
    form = window.customers.form  # on her file at once, under its heading
    combo = form.shop_fields.widgets[field.key]
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "干性", "油性", "中性"]
    assert window.customers.field_filter.isVisibleTo(window)


def test_a_refused_field_is_named_with_its_row(qtbot, window: MainWindow) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.fields)
    qtbot.mouseClick(dialog.fields.add_button, Qt.MouseButton.LeftButton)
    dialog.fields.table.item(0, 0).setText("尺码")
    kind = dialog.fields.table.cellWidget(0, 1)
    kind.setCurrentIndex(kind.findData("choice"))  # a choice with no choices
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.error.text() == (
        "Row 1: List the choices, one per line or separated by commas."
    )
    assert profile_fields.list_fields() == []


def _shop_fields(manager_id: int) -> dict[str, int]:
    return {
        label: profile_fields.save_field(FieldDef(0, label, kind, choices, "家庭", n), manager_id)
        for n, (label, kind, choices) in enumerate(
            (
                ("有孩子", "yes_no", ()),
                ("孩子人数", "number", ()),
                ("学历", "choice", ("本科", "硕士")),
            )
        )
    }


def test_her_shop_fields_are_filled_in_from_the_keyboard_and_kept(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    ids = _shop_fields(manager_id)
    her = customers.create_customer(CustomerInput(name="张慧敏", phone="13800135678"), manager_id)
    window.events.publish()  # as Settings does after saving the fields
    qtbot.wait(1)  # the new rows show once the event loop turns, before she can look
    page = window.customers
    page.open_customer(her)
    form = page.form
    children = form.shop_fields.widgets[profile_fields.key_of(ids["孩子人数"])]
    qtbot.mouseClick(children, Qt.MouseButton.LeftButton)  # she clicks the field
    keys = Keyboard()
    keys.type("两个")
    keys.press(Qt.Key.Key_S, CTRL)
    assert form._errors[profile_fields.key_of(ids["孩子人数"])].text() == (
        "Enter a number, e.g. 12 or 3.5."
    )
    assert keys.focus() is children  # the error's field has the keyboard
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("2")
    keys.press(Qt.Key.Key_Tab)  # to 学历
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_S, CTRL)
    saved = customers.get_customer(her).data.shop_fields
    assert saved == {ids["孩子人数"]: "2", ids["学历"]: "本科"}
    assert not form.is_dirty()

    side = page.side
    history = side.history  # her change history names the field by its label
    whats = [history.item(row, 2).text() for row in range(history.rowCount())]
    assert "Changed: 孩子人数" in whats and "Changed: 学历" in whats


def test_the_list_shows_only_those_with_a_chosen_value(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    ids = _shop_fields(manager_id)
    for name, degree in (("陈丽华", "本科"), ("李娜", "硕士"), ("王芳", "")):
        customers.create_customer(
            CustomerInput(name=name, shop_fields={ids["学历"]: degree}), manager_id
        )
    window.events.publish()
    page = window.customers
    chooser = page.field_filter
    chooser.setCurrentIndex(chooser.findText("学历: 硕士"))
    chooser.activated.emit(chooser.currentIndex())
    assert [page.model.customer_at(r).name for r in range(page.model.rowCount())] == ["李娜"]


def test_a_refused_save_brings_the_field_into_view(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    """With the shop's fields the form scrolls: saving from its bottom with no name
    brings the name field, with its error, back into view."""
    _shop_fields(manager_id)
    window.events.publish()
    window.resize(1200, 640)  # a smaller screen: the form scrolls
    qtbot.wait(1)
    form = window.customers.form
    scroll = form.parentWidget().parentWidget()  # the form's scroll area, via its viewport
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert scroll.verticalScrollBar().value() > 0 and form.name.visibleRegion().isEmpty()
    qtbot.mouseClick(form.notes, Qt.MouseButton.LeftButton)
    Keyboard().press(Qt.Key.Key_S, CTRL)
    assert Keyboard.focus() is form.name
    assert not form.name.visibleRegion().isEmpty()
