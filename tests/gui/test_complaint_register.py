"""Issue 18.2 at the front desk: a complaint classified and tied to her visit by keyboard,
signed off step by step, counted by cause for a period, and printed as a numbered form
(looked at as a picture and written as a PDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from salon_desk.services import catalogues, complaint_register, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.models import Complaint, ComplaintSignOff
from salon_desk.ui import labels
from salon_desk.ui.complaints.dialog import ComplaintDialog
from salon_desk.ui.complaints.form_print import form_picture, save_pdf
from salon_desk.ui.customers.history_table import HistoryTable
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard
from tests.unit.history import add_visits

TODAY = dt.date.today()


@pytest.fixture
def her(manager_id: int, beautician_id: int) -> int:
    catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    customer = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    add_visits(customer, 3, 20, today=TODAY)
    return customer


def _open_dialog(qtbot, window: MainWindow, customer: int) -> ComplaintDialog:
    window.customers.open_customer(customer)
    side = window.customers.side
    side.tabs.setCurrentWidget(side.calls)
    qtbot.mouseClick(side.calls.new_complaint, Qt.MouseButton.LeftButton)
    dialog = side.calls.findChild(ComplaintDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_complaint_classified_by_keyboard(qtbot, window: MainWindow, her: int, answers):
    dialog = _open_dialog(qtbot, window, her)
    keys = Keyboard()
    keys.type("做完补水脸发红")  # focus starts in what she said
    for _ in range(5):  # handling, result, handled by, status, (closed on: off), cause
        keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is dialog.cause
    keys.press(Qt.Key.Key_Down)  # our process or system
    keys.press(Qt.Key.Key_Down)  # a staff member's behaviour
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)  # promotion gap
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)  # 补水
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Down)  # her latest visit
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is dialog.replied
    keys.press(Qt.Key.Key_Space)  # she heard back today
    dialog.save()  # (the Save button; Enter would do the same from a box)
    [complaint] = Complaint.select()
    assert (complaint.cause, complaint.service_gap) == ("staff", "promotion")
    assert complaint.service_item.name == "补水"
    assert complaint.care_log is not None and complaint.care_log.customer_id == her
    assert complaint.first_reply_on == TODAY
    assert complaint.form_number == f"{TODAY.year}-0001"
    # Her history names what was recorded in words, the visit by its day and time.
    history = HistoryTable()
    history.show_customer(her)
    shown = {
        history.item(r, 2).text(): history.item(r, 4).text() for r in range(history.rowCount())
    }
    assert shown["Complaint · Created: Cause"] == "A staff member's behaviour"
    visit_shown = labels.local_datetime(complaint.care_log.visited_at)
    assert shown["Complaint · Created: The visit"] == visit_shown

    # The complaints tab counts it by cause for the period, and narrows to the cause.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.complaints
    assert page.summary.text().startswith("1 received")
    causes = page.count_views.by_cause
    staff_row = next(r for r in range(causes.rowCount()) if "staff" in causes.item(r, 0).text())
    assert causes.item(staff_row, 1).text() == "1"
    causes.setCurrentCell(staff_row, 0)
    qtbot.keyClick(causes, Qt.Key.Key_Return)  # Enter on a cause: its complaints
    assert page.model.rowCount() == 1 and page.clear_narrowing.isVisible()
    process_row = next(r for r in range(causes.rowCount()) if "process" in causes.item(r, 0).text())
    causes.setCurrentCell(process_row, 0)
    qtbot.keyClick(causes, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    page.clear_narrowing.click()
    assert page.model.rowCount() == 1


def test_sign_off_in_order_and_print_the_form(
    qtbot, window: MainWindow, her: int, manager_id: int, beautician_id: int, tmp_path: Path
):
    dialog = _open_dialog(qtbot, window, her)
    Keyboard().type("等了四十分钟")
    dialog.save()
    [complaint] = Complaint.select()
    window.tabs.setCurrentWidget(window.complaints)
    page = window.complaints
    page.table.selectRow(0)
    handling = page.handle_current()
    assert handling is not None and handling.sign_offs.isVisible()
    # The manager's step first: refused, with the reason under the steps.
    manager = handling.sign_offs.signers["manager"]
    manager.setCurrentIndex(manager.findData(manager_id))
    handling.save()
    assert handling.isVisible() and "earlier steps" in handling.sign_offs.error.text()
    manager.setCurrentIndex(0)
    front = handling.sign_offs.signers["front_desk"]
    front.setCurrentIndex(front.findData(beautician_id))
    handling.sign_offs.opinions["front_desk"].setText("已登记")
    handling.save()
    assert not handling.isVisible()
    [signed] = ComplaintSignOff.select()
    assert (signed.step, signed.signer_name, signed.opinion) == ("front_desk", "陈美玲", "已登记")

    # The numbered form: drawn as a picture (its title dark on white, the number on it)
    # and written as a PDF.
    picture = form_picture(complaint.id)
    assert picture.width() >= 600 and picture.height() >= 300
    top = [QColor(picture.pixel(x, 15)).lightness() for x in range(picture.width())]
    assert min(top) < 100 and max(top) > 240  # dark letters on a white page
    picture.save(str(tmp_path / "form.png"))
    pdf = tmp_path / "form.pdf"
    assert save_pdf(complaint.id, pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    assert complaint_register.sign_offs(complaint.id)["front_desk"].signer_name == "陈美玲"
