"""Issue 18: the reports page — the satisfaction report (18.1) for a period, its tables,
the visits behind a figure, and the page closed to a beautician."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from salon_desk.services import care_log, catalogues, customers
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard


def _visits(manager_id: int, beautician_id: int) -> None:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    for hours, score, said in ((1, 5, "很舒服"), (2, 4, ""), (3, 3, "等太久")):
        care_log.log_care(
            CareEntryInput(her, now - dt.timedelta(hours=hours), beautician_id, (facial,),
                           feedback=said, satisfaction=score),
            beautician_id,
        )  # fmt: skip


def test_the_satisfaction_report_and_the_visits_behind_a_line(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    _visits(manager_id, beautician_id)
    keys = Keyboard()
    keys.press(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.tabs.currentWidget()
    assert page.objectName() == "reports_page"
    assert keys.focus() is page.span  # the work starts at the period
    assert page.summary.text().startswith("3 scored visits, average 4.00.")
    staff = page.tables["by_beautician"]
    assert staff.rowCount() == 1
    assert (staff.index(0, 0).data(), staff.index(0, 1).data()) == ("陈美玲", "3")
    table = page.views.widget(0)
    table.doubleClicked.emit(staff.index(0, 0))
    assert page.entries.rowCount() == 3
    assert {page.entries.index(r, 5).data() for r in range(3)} == {"很舒服", "", "等太久"}
    keys.press(Qt.Key.Key_Down)  # last month: only visits made before this month began
    this_month = dt.datetime.now().astimezone().replace(day=1, hour=0, minute=0, second=0)
    before = sum(
        dt.datetime.now().astimezone() - dt.timedelta(hours=h) < this_month for h in (1, 2, 3)
    )
    assert page.summary.text().startswith(f"{before} scored visits")


def test_a_beautician_does_not_see_the_reports(
    qtbot, window: MainWindow, beautician_id: int
) -> None:
    window.set_actor(beautician_id)
    window.show_tab(6)
    page = window.tabs.currentWidget()
    assert page.refused.isVisibleTo(page) and not page.summary.isVisibleTo(page)
