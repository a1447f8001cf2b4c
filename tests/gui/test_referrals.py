"""Issue 17.7: the staff member who brought her, chosen on her file from the keyboard;
whom a customer brought, on her file; how many each staff member brought, in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salon_desk.services import catalogues, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.models import Customer
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_staff_member_who_brought_her(
    qtbot, beautician_id: int, window: MainWindow, manager_id: int
) -> None:
    page = window.customers
    form = page.form
    assert not form.referring_staff.isVisibleTo(form)  # only for the staff channel
    qtbot.mouseClick(form.interests, Qt.MouseButton.LeftButton)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Tab)  # from the field above to the referral channel
    assert keys.focus() is form.referral_channel
    for _ in range(3):  # Unknown, Word of mouth, Referred by a customer, Referred by staff
        keys.press(Qt.Key.Key_Down)
    assert form.referring_staff.isVisibleTo(form) and not form.referred_by.isVisibleTo(form)
    keys.press(Qt.Key.Key_Tab)  # to the staff member: Nobody yet, then the staff
    assert keys.focus() is form.referring_staff
    names = [form.referring_staff.itemData(i) for i in range(form.referring_staff.count())]
    for _ in range(names.index(beautician_id)):
        keys.press(Qt.Key.Key_Down)
    qtbot.mouseClick(form.name, Qt.MouseButton.LeftButton)
    keys.type("王芳")
    keys.press(Qt.Key.Key_S, CTRL)
    saved = Customer.get(Customer.name == "王芳")
    assert (saved.referral_channel, saved.referred_by_staff_id) == ("staff", beautician_id)

    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    table = dialog.staff.table
    rows = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    beautician = next(s.name for s in catalogues.list_staff() if s.id == beautician_id)
    assert rows[beautician] == "1"
    dialog.close()


def test_her_file_names_whom_she_brought(qtbot, window: MainWindow, manager_id: int) -> None:
    her = customers.create_customer(CustomerInput(name="刘姐"), manager_id)
    for name in ("陈静", "李娜"):
        customers.create_customer(
            CustomerInput(name=name, referral_channel="old_customer", referred_by_id=her),
            manager_id,
        )
    window.customers.open_customer(her)
    assert window.customers.side.status.brought.text() == "2 customer(s): 陈静、李娜"
