"""Issue 19.5 where decisions are made: with a trusted fit, each customer's chance of
coming back and the visits to expect are columns of the frequency table (sortable, the
least likely first), the overdue reason says the chance, and her file shows both; with an
untrusted fit, none of it shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from salon_desk.services import customers, reminders, retention_model
from salon_desk.services.bgnbd import Params
from salon_desk.services.customers import CustomerInput
from salon_desk.store.models import CustomerRetention, FollowUp
from salon_desk.ui import labels
from salon_desk.ui.frequency.page import MODEL_COLUMNS
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard
from tests.gui.test_follow_ups import cell
from tests.unit.history import add_visits
from tests.unit.test_retention_check import _simulated_salon

TODAY = dt.date.today()


def test_a_trusted_model_in_the_table_the_reasons_and_her_file(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 500, 720, seed=5)
    [fit] = retention_model.refit(TODAY)
    assert fit.trusted
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.frequency
    assert window.tabs.currentWidget() is page
    assert not any(page.table.isColumnHidden(c) for c in MODEL_COLUMNS)
    page.table.sortByColumn(MODEL_COLUMNS[0], Qt.SortOrder.AscendingOrder)  # least likely
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    judged = CustomerRetention.select().where(CustomerRetention.p_alive.is_null(False))
    lowest = judged.order_by(CustomerRetention.p_alive).first()
    first = page.model.row_at(0)
    assert first.customer_id == lowest.customer_id
    assert cell(page.table, 0, "Chance she comes back") == labels.chance(lowest.p_alive)
    assert cell(page.table, 0, "Visits expected, 90 days") == f"{lowest.expected_90:.1f}"
    assert first.overdue  # the least likely to come back is long away
    assert f"{labels.chance(lowest.p_alive)} chance she still comes" in cell(
        page.table, 0, "Why she may be slipping away"
    )
    window.customers.open_customer(lowest.customer_id)
    chance = window.customers.side.status.chance
    assert chance.isVisibleTo(window.customers.side)
    assert chance.text().startswith(f"{labels.chance(lowest.p_alive)} chance")
    # One who never came back: the model gives no chance (its 1 means nothing), only the
    # visits to expect — last in the order, blank in the column, absent from the reason.
    never = CustomerRetention.get(CustomerRetention.p_alive.is_null())
    listed = [page.model.row_at(r).customer_id for r in range(page.model.rowCount())]
    row = listed.index(never.customer_id)
    assert row > listed.index(lowest.customer_id)
    assert all(page.model.row_at(r).p_alive is None for r in range(row, len(listed)))
    assert cell(page.table, row, "Chance she comes back") == ""
    assert "chance" not in cell(page.table, row, "Why she may be slipping away")
    window.customers.open_customer(never.customer_id)
    assert chance.text() == f"about {never.expected_90:.1f} visits in the next 90 days"


def test_the_slipping_away_care_list(
    qtbot, window: MainWindow, manager_id: int, beautician_id: int
) -> None:
    from salon_desk.services import value_tiers
    from salon_desk.store.models import CareLog

    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 500, 720, seed=5)
    CareLog.update(amount_fen=10_000).execute()
    value_tiers.refresh_all(TODAY)
    assert retention_model.refit(TODAY)[0].trusted
    window.tabs.setCurrentWidget(window.follow_ups)
    lists = window.follow_ups.care_lists
    window.follow_ups.views.setCurrentWidget(lists)
    lists.chooser.setCurrentIndex(lists.chooser.findData("slipping"))
    assert lists.model.rowCount() > 0
    first = lists.model.row_at(0)
    assert first.chance is not None and first.chance < 0.5
    assert f"{labels.chance(first.chance)} chance she still comes" in cell(lists.table, 0, "What")
    qtbot.mouseClick(lists.create_button, Qt.MouseButton.LeftButton)  # calls, best first
    assert FollowUp.select().where(FollowUp.reason == "overdue").count() == lists.model.rowCount()
    # The shop's threshold, beside the list: the manager lowers it to 20%.
    spin = lists.slipping_below
    assert spin.isVisible() and spin.isEnabled() and spin.value() == 50
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    keys = Keyboard()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("20")
    keys.press(Qt.Key.Key_Return)
    assert reminders.slipping_below_percent() == 20  # kept in the shop's settings
    shown = [lists.model.row_at(r) for r in range(lists.model.rowCount())]
    under = CustomerRetention.select().where(CustomerRetention.p_alive < 0.2).count()
    assert 0 < len(shown) <= under and all(row.chance < 0.2 for row in shown)
    assert {row.customer_id for row in shown} == {
        s.customer_id for s in reminders.slipping_away(TODAY)
    }
    # Only beside its own list, and not for a beautician to change.
    lists.choose("cards")
    assert not spin.isVisible()
    lists.show_lists(beautician_id, TODAY)
    lists.choose("slipping")
    assert spin.isVisible() and not spin.isEnabled()


def test_an_untrusted_model_shows_nothing(qtbot, window: MainWindow, manager_id: int) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    add_visits(her, 80, 60, 40, today=TODAY)
    assert not retention_model.refit(TODAY)[0].trusted
    window.show_tab(2)
    page = window.frequency
    assert all(page.table.isColumnHidden(c) for c in MODEL_COLUMNS)
    assert "chance" not in cell(page.table, 0, "Why she may be slipping away")
    window.customers.open_customer(her)
    assert not window.customers.side.status.chance.isVisibleTo(window.customers.side)


def test_a_chance_reads_as_a_person_reads_it() -> None:
    assert (labels.chance(0.72), labels.chance(0.004), labels.chance(0.0)) == ("72%", "<1%", "0%")
