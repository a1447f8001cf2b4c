"""Issue 15.4: five of the six tabs are made the first time they are shown, with whoever
is on duty by then; nothing about using them changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from salon_desk.services import cards, catalogues
from salon_desk.services.cards import CardInput
from salon_desk.ui.customers.status_panel import CALLS, CARDS, HISTORY
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.widgets.lazy_tabs import MAKE_THE_REST_AFTER_MS
from salon_desk.ui.window_tabs import CARE_LOG, CHARTS, FREQUENCY
from tests.gui.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_other_tabs_are_made_when_first_shown(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(window.tabs, "_make_next", lambda: None)  # none made in idle time
    assert [window.tabs.built(index) is None for index in range(6)] == [False] + [True] * 5
    keys = Keyboard()
    keys.press(Qt.Key.Key_3, CTRL)
    frequency = window.tabs.built(FREQUENCY)
    assert frequency is not None and frequency.isVisible()
    assert keys.focus() is frequency.table  # where its work starts, as before
    assert frequency.actor_id == window.actor_id
    assert frequency.export_button.isVisibleTo(window)  # the manager may export
    assert window.tabs.currentWidget() is frequency is window.frequency
    assert window.tabs.built(CARE_LOG) is None and window.tabs.built(CHARTS) is None

    li = catalogues.save_staff(
        catalogues.StaffMember(0, "李静", "beautician", "", True), window.actor_id
    )
    window.set_actor(li)  # a beautician on duty: the tab made reads it, as will the next
    assert frequency.actor_id == li and not frequency.export_button.isVisibleTo(window)
    keys.press(Qt.Key.Key_2, CTRL)
    care_log = window.tabs.built(CARE_LOG)
    assert care_log is not None and care_log.actor_id == li
    assert keys.focus() is care_log.form.customer.search
    window.tabs.setCurrentWidget(window.customers)
    assert window.tabs.currentIndex() == 0


def test_the_rest_are_made_one_at_a_time_soon_after_the_window_shows(qtbot, database, manager_id):
    """The window paints first; then each page not made yet is made, one per turn of
    the event loop, so the first Ctrl+2 finds the care log ready."""
    from salon_desk.store.database import shown_location

    window = MainWindow(manager_id, shown_location(database))
    qtbot.addWidget(window)
    assert window.tabs.built(CARE_LOG) is None  # not before the window shows
    window.show()
    made: list[int] = []
    window.tabs.made.connect(lambda index, _: made.append(index))
    QTest.qWait(MAKE_THE_REST_AFTER_MS // 2)
    assert made == []
    qtbot.waitUntil(lambda: len(made) == 6, timeout=5000)
    assert made == [1, 2, 3, 4, 5, 6]  # (the reports page too, issue 18)
    assert all(window.tabs.built(index) is not None for index in range(7))


def test_her_cards_calls_and_history_tabs_are_made_when_first_shown(
    qtbot, seeded: dict[str, int], window: MainWindow, manager_id: int
) -> None:
    """Her file's side panel starts with her visits; the other three tabs (and the
    modules behind them) are made when first clicked, showing the file open by then."""
    her = seeded["张慧敏"]
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "深层补水", "面部", 29_800, 60, True), manager_id
    )
    cards.sell_card(
        her, CardInput(service_item_id=item, sessions_bought=6, purchased_on=dt.date.today()),
        manager_id,
    )  # fmt: skip
    side = window.customers.side
    side.tabs._make_next = lambda: None  # none made in idle time
    window.customers.open_customer(her)
    assert [side.tabs.built(index) is None for index in range(4)] == [False, True, True, True]

    bar = side.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(CARDS).center())
    made = side.tabs.built(CARDS)
    assert made is side.cards and made.isVisible()
    assert side.cards.table.rowCount() == 1
    assert side.cards.table.item(0, 0).text() == "深层补水 × 6"
    assert side.cards.actor_id == manager_id  # selling a card needs who is on duty
    assert side.tabs.built(CALLS) is None

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(HISTORY).center())
    history = side.tabs.built(HISTORY)
    assert history is not None and history.rowCount() > 0  # her file's creation, the card
    window.customers.open_new()  # the tabs made follow the file shown from now on
    assert history.rowCount() == 0 and side.cards.table.rowCount() == 0


def test_a_tab_behind_another_reads_her_file_when_shown(
    qtbot, seeded: dict[str, int], window: MainWindow, monkeypatch
) -> None:
    """Opening a file reads only the tab shown; the family tab (a query for her relations
    and one for who she comes with) reads when clicked, showing the file open then."""
    from salon_desk.services import relations
    from salon_desk.ui.customers.status_panel import FAMILY, VISITS

    side = window.customers.side
    family = side.family  # made, then behind the visits tab
    side.tabs.setCurrentIndex(VISITS)
    asked: list[int] = []
    original = relations.comes_with
    monkeypatch.setattr(relations, "comes_with", lambda c: asked.append(c) or original(c))
    her = seeded["张慧敏"]
    window.customers.open_customer(her)
    assert asked == []
    bar = side.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(FAMILY).center())
    assert asked == [her] and family.customer_id == her
