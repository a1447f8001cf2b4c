"""Issue 18: the reports page — each report for a period chosen by keyboard, the visits
or customers behind a figure, Excel and picture, and a beautician's own staff line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from salon_desk.services import care_log, catalogues, customers, retention_report
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.reports.page import ReportsPage
from tests.gui.keyboard import Keyboard

NOW = dt.datetime.now().astimezone().replace(second=0, microsecond=0)


def _visits(manager_id: int, beautician_id: int) -> dict[str, int]:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    her = customers.create_customer(
        CustomerInput(name="王芳", referral_channel="walk_in", responsible_staff_id=beautician_id),
        manager_id,
    )
    gone = customers.create_customer(
        CustomerInput(name="李娜", referral_channel="online"), manager_id
    )
    for hours, score, said in ((1, 5, "很舒服"), (2, 4, ""), (3, 3, "等太久")):
        care_log.log_care(
            CareEntryInput(her, NOW - dt.timedelta(hours=hours), beautician_id, (facial,),
                           feedback=said, satisfaction=score, amount_fen=20_000),
            beautician_id,
        )  # fmt: skip
    care_log.log_care(  # once, 70 days ago: lapsed (60 days allowed a single visit)
        CareEntryInput(gone, NOW - dt.timedelta(days=70), beautician_id, (facial,)),
        beautician_id,
    )
    return {"her": her, "gone": gone}


def _reports(qtbot, window: MainWindow) -> tuple[ReportsPage, Keyboard]:
    keys = Keyboard()
    keys.press(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.tabs.currentWidget()
    assert isinstance(page, ReportsPage)
    assert keys.focus() is page.chooser  # the work starts at choosing the report
    return page, keys


def test_the_satisfaction_report_and_the_visits_behind_a_line(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    _visits(manager_id, beautician_id)
    page, keys = _reports(qtbot, window)
    assert page.summary.text().startswith("3 scored visits, average 4.00.")
    staff = page.satisfaction.tables["by_beautician"]
    assert staff.model.rowCount() == 1
    assert (staff.model.index(0, 0).data(), staff.model.index(0, 1).data()) == ("陈美玲", "3")
    staff.view.setCurrentIndex(staff.model.index(0, 0))
    qtbot.keyClick(staff.view, Qt.Key.Key_Return)  # Enter on a line: its visits
    entries = page.satisfaction.entries.model
    assert entries.rowCount() == 3
    assert {entries.index(r, 5).data() for r in range(3)} == {"很舒服", "", "等太久"}
    keys.press(Qt.Key.Key_Tab)  # to the period
    assert keys.focus() is page.period.span
    keys.press(Qt.Key.Key_Down)  # last month: only visits made before this month began
    this_month = NOW.replace(day=1, hour=0, minute=0)
    before = sum(NOW - dt.timedelta(hours=h) < this_month for h in (1, 2, 3))
    assert page.summary.text().startswith(f"{before} scored visits")


def test_retention_by_keyboard_and_its_customers_in_the_list(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    people = _visits(manager_id, beautician_id)
    page, keys = _reports(qtbot, window)
    keys.press(Qt.Key.Key_Down)  # retention and loss
    assert page.current() is page.retention and page.lost_after.isVisible()
    keys.press(Qt.Key.Key_Tab)
    for _ in range(4):  # this month → last month → this quarter → last 3 months → 12 months
        keys.press(Qt.Key.Key_Down)
    assert page.period.span.currentData() == "year"
    found = page.retention.report
    assert found is not None and found.overall.lapsed == 1 and found.overall.new == 2
    assert "1 lapsed" in page.summary.text()
    whole = page.retention.months.model.rowCount() - 1  # the last line: the whole period
    lapsed_column = [c.header for c in page.retention.months.model.columns].index("Lapsed")
    months = page.retention.months.view
    months.setCurrentIndex(page.retention.months.model.index(whole, lapsed_column))
    qtbot.keyClick(months, Qt.Key.Key_Return)  # Enter on a figure: its customers
    assert window.tabs.currentWidget() is window.customers
    listed = window.customers.model
    assert listed.rowCount() == 1 and listed.row_at(0).id == people["gone"]
    # The same figures the command line prints.
    assert retention_report.customers_behind(found, "lapsed") == [people["gone"]]


def test_channels_and_staff_and_their_customers(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    people = _visits(manager_id, beautician_id)
    page, keys = _reports(qtbot, window)
    page.period.span.setCurrentIndex(page.period.span.findData("year"))
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)  # channels
    assert page.current() is page.channels
    channels = page.channels.channels.model
    names = [channels.index(r, 0).data() for r in range(channels.rowCount())]
    assert sorted(names) == sorted(["Walked in", "Online"])
    walk = names.index("Walked in")
    assert channels.index(walk, 2).data() == "3"  # her three visits
    page.channels.channels.view.setCurrentIndex(channels.index(walk, 1))
    qtbot.keyClick(page.channels.channels.view, Qt.Key.Key_Return)
    assert [window.customers.model.row_at(0).id] == [people["her"]]
    window.show_tab(6)
    page.chooser.setCurrentIndex(page.views.index(page.staff))
    staff = page.staff.staff.model
    row = next(r for r in range(staff.rowCount()) if staff.index(r, 0).data() == "陈美玲")
    assert (staff.index(row, 1).data(), staff.index(row, 2).data()) == ("4", "2")


def test_each_report_saves_to_excel_and_a_picture(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int, tmp_path: Path
) -> None:
    _visits(manager_id, beautician_id)
    page, _keys = _reports(qtbot, window)
    page.period.span.setCurrentIndex(page.period.span.findData("year"))
    for view in page.views:
        page.chooser.setCurrentIndex(page.views.index(view))
        workbook_path = tmp_path / f"{view.code}.xlsx"
        assert page.save_excel(workbook_path)
        book = openpyxl.load_workbook(workbook_path)
        first = book.worksheets[0]
        assert first["A1"].value.startswith(view.title())
        headers = [cell.value for cell in first[3]]
        assert headers == view.sheets()[0].headers
        picture = tmp_path / f"{view.code}.png"
        assert page.save_picture(picture)
        image = QImage(str(picture))
        assert image.width() > 200 and image.height() > 100
    # The retention sheet holds the months' figures as numbers: the whole period last.
    book = openpyxl.load_workbook(tmp_path / "retention.xlsx")
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    found = page.retention.report
    assert found is not None
    assert rows[-1][5] == found.overall.lapsed == 1  # "Lapsed", a number
    assert rows[-1][9] == found.overall.at_risk_fen / 100


def test_a_beautician_sees_her_own_staff_line(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    catalogues.save_staff(catalogues.StaffMember(0, "刘晓", "beautician", "", True), None)
    _visits(manager_id, beautician_id)
    window.set_actor(beautician_id)
    window.show_tab(6)
    page = window.tabs.currentWidget()
    assert isinstance(page, ReportsPage)
    assert page.current() is page.staff and page.summary.isVisibleTo(page)
    staff = page.staff.staff.model
    assert [staff.index(r, 0).data() for r in range(staff.rowCount())] == ["陈美玲"]
    chooser = page.chooser.model()
    assert not chooser.item(page.views.index(page.satisfaction)).isEnabled()


def test_the_complaints_report_counts_by_cause_and_opens_her_file(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int, tmp_path: Path
) -> None:
    from salon_desk.services import complaints
    from salon_desk.services.complaints import ComplaintInput

    people = _visits(manager_id, beautician_id)
    for customer, cause in ((people["her"], "staff"), (people["gone"], "process"),
                            (people["her"], "staff")):  # fmt: skip
        complaints.record_complaint(
            customer, ComplaintInput(received_on=NOW.date(), description="等太久", cause=cause),
            manager_id,
        )  # fmt: skip
    page, _keys = _reports(qtbot, window)
    page.chooser.setCurrentIndex(page.views.index(page.complaints))
    assert page.summary.text().startswith("3 received")
    causes = page.complaints.tables["cause"]
    rows = {causes.model.index(r, 0).data(): r for r in range(causes.model.rowCount())}
    staff_row = rows["A staff member's behaviour"]
    assert causes.model.index(staff_row, 1).data() == "2"
    assert causes.model.index(staff_row, 2).data() == "67%"
    causes.view.setCurrentIndex(causes.model.index(staff_row, 0))
    qtbot.keyClick(causes.view, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.customers
    listed = window.customers.model
    assert listed.rowCount() == 1 and listed.row_at(0).id == people["her"]
    window.show_tab(6)
    assert page.save_excel(tmp_path / "complaints.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "complaints.xlsx").worksheets[0]
    counted = {row[0]: row[1] for row in sheet.iter_rows(min_row=4, values_only=True)}
    assert counted["A staff member's behaviour"] == 2 and counted["Our process or system"] == 1


def test_the_retention_model_explained_and_its_customers(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    from salon_desk.services.bgnbd import Params
    from tests.unit.test_retention_check import _simulated_salon

    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 800, 720, seed=5)
    page, keys = _reports(qtbot, window)
    for _ in range(5):  # past satisfaction, retention, channels, staff, complaints
        keys.press(Qt.Key.Key_Down)
    assert page.current() is page.model
    found = page.model.found
    assert found is not None and found.verdict.trusted
    assert page.summary.text().startswith("The model fits this shop's history")
    assert "P(alive) is the chance" in page.model.explained.text()
    assert page.model._chart is not None  # the expected and made curves are drawn
    check = page.model.check_table
    assert check.model.rowCount() == len(found.buckets) >= 5
    first = check.model.row_at(0)
    check.view.setCurrentIndex(check.model.index(0, 1))
    qtbot.keyClick(check.view, Qt.Key.Key_Return)  # that bucket's customers, in the list
    assert window.tabs.currentWidget() is window.customers
    assert window.customers.model.rowCount() == first.customers


def test_a_short_history_says_so_plainly(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    _visits(manager_id, beautician_id)
    page, _keys = _reports(qtbot, window)
    page.chooser.setCurrentIndex(page.views.index(page.model))
    assert page.summary.text().startswith("Not enough history yet:")
    assert "the overdue rule stays in use" in page.summary.text()


def test_fit_again_now_for_each_shop_of_a_chain(
    qtbot, window: MainWindow, manager_id: int, tmp_path
) -> None:
    from salon_desk.services import retention_model, shops
    from salon_desk.services.bgnbd import Params
    from salon_desk.services.shops import ShopRow
    from salon_desk.store.models import CustomerRetention, RetentionFit
    from tests.unit.test_retention_check import _simulated_salon

    first = shops.this_pc_shop()
    shops.save_shop(ShopRow(first, "静安店"), manager_id)  # the salon's own shop, named
    second = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    regulars = _simulated_salon(
        manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 600, 720, seed=5, shop_id=first
    )
    _simulated_salon(
        manager_id, Params(r=2.0, alpha=20.0, a=0.5, b=5.0), 25, 80, seed=6, shop_id=second
    )
    page, _keys = _reports(qtbot, window)
    page.chooser.setCurrentIndex(page.views.index(page.model))
    view = page.model
    assert view.in_use.model.rowCount() == 0  # never fitted: the window fits a minute on
    assert view.refit_state.text().startswith("Not fitted yet")
    tab = [view.tabText(i) for i in range(view.count())].index("In use")
    qtbot.mouseClick(
        view.tabBar(), Qt.MouseButton.LeftButton, pos=view.tabBar().tabRect(tab).center()
    )
    assert view.currentIndex() == tab
    qtbot.mouseClick(view.refit_button, Qt.MouseButton.LeftButton)
    assert RetentionFit.select().count() == 2
    assert {row.customer_id for row in CustomerRetention.select()} == set(regulars)
    fits_first = retention_model.latest(first)
    shown = {
        view.in_use.model.index(r, 0).data(): view.in_use.model.index(r, 4).data()
        for r in range(view.in_use.model.rowCount())
    }
    assert set(shown) == {"静安店", "徐汇店"}
    assert shown["徐汇店"].startswith("Not enough history yet:")
    assert shown["静安店"].startswith("The model fits this shop's history")
    assert not view.in_use.view.isColumnHidden(0)  # a chain: which shop's fit
    assert view.refit_state.text() == "Fitted again just now."
    assert page.save_excel(tmp_path / "model.xlsx")  # the fits in use on their own sheet
    in_use = openpyxl.load_workbook(tmp_path / "model.xlsx")["In use"]
    kept = {row[0]: row[1:] for row in in_use.iter_rows(min_row=4, values_only=True)}
    assert kept["静安店"][1:3] == (600, fits_first.returning) and kept["徐汇店"][1] == 25
    assert retention_model.in_use(first) and not retention_model.in_use(second)
    # The check on one shop's own customers, chosen where every screen's shop is chosen.
    from salon_desk.services import catalogues

    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    window.events.publish()
    window.set_actor(owner)
    choice = window.shop_choice
    choice.setCurrentIndex(choice.findText("徐汇店"))
    assert page.current() is view and view.found is not None
    assert view.found.customers <= 25  # the new shop's own customers only
    assert page.summary.text().startswith("Not enough history yet:")
    choice.setCurrentIndex(choice.findText("Whole chain"))
    assert view.found.customers > 500  # both shops' customers
