"""A chain's window (issue 16.2): the screens show this PC's shop's customers; the owner
may switch to another shop or the whole chain; a single salon sees no shop at all."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from salon_desk.services import catalogues, customers, shops
from salon_desk.services.customers import CustomerInput
from salon_desk.services.shops import ShopRow


def _listed(window) -> set[str]:
    model = window.customers.model
    return {model.row_at(row).name for row in range(model.rowCount())}


@pytest.fixture(autouse=True)
def _no_shop_chosen():
    shops.use_shop(None)
    yield
    shops.use_shop(None)


def test_a_single_salon_sees_no_shop_choice(window) -> None:
    from salon_desk.ui.charts.page import CHARTS

    assert window.shop_choice.isHidden()
    window.show_tab(5)
    assert window.charts.chooser.isRowHidden(CHARTS.index("shops_by_group"))


@pytest.mark.both_engines
def test_the_screens_show_this_shops_customers_and_the_owner_switches(
    qtbot, window, manager_id: int
) -> None:
    customers.create_customer(CustomerInput(name="静安客", phone="13700000001"), None)
    xuhui = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    shops.use_shop(xuhui)
    customers.create_customer(CustomerInput(name="徐汇客", phone="13700000002"), None)
    shops.use_shop(None)  # this PC stays in the first shop
    window.events.publish()  # what saving Settings > Shops does
    assert window.shop_choice.isVisible() and not window.shop_choice.isEnabled()
    assert _listed(window) == {"静安客"}
    window.show_tab(2)
    assert window.frequency.model.rowCount() == 1

    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    window.set_actor(owner)
    choice = window.shop_choice
    assert choice.isEnabled()
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Whole chain",
        "This shop",
        "徐汇店",
    ]
    choice.setCurrentIndex(choice.findText("徐汇店"))
    assert window.frequency.model.rowCount() == 1
    window.show_tab(0)
    assert _listed(window) == {"徐汇客"}
    choice.setCurrentIndex(choice.findText("Whole chain"))
    assert _listed(window) == {"静安客", "徐汇客"}
    window.show_tab(5)
    assert sum(bar.count for bar in window.charts.figures.groups) == 2
    from salon_desk.ui.charts.page import CHARTS

    assert not window.charts.chooser.isRowHidden(CHARTS.index("shops_by_group"))
    window.charts.choose("shops_by_group")  # the shops side by side
    assert "counts in both" in window.charts.caption.text()
    by_shop = window.charts.figures.shops_by_group
    assert [sum(bar.count for bar in bars) for bars in by_shop.values()] == [1, 1]


def test_a_card_sold_in_a_chain_is_for_every_shop_or_only_this_one(
    qtbot, window, manager_id: int
) -> None:
    from PySide6.QtCore import QPoint, Qt

    from salon_desk.services import cards
    from salon_desk.store.models import Card

    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), None)
    window.customers.open_customer(her)
    single = window.customers.side.cards.sell()
    assert single is not None and single.chain_wide.isHidden()  # one salon: no such choice
    single.reject()
    shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    dialog = window.customers.side.cards.sell()
    assert dialog is not None and not dialog.chain_wide.isHidden()
    dialog.name.setText("补水五次")
    dialog.sessions.setValue(5)
    qtbot.mouseClick(dialog.chain_wide, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [card] = cards.card_statuses(her)
    assert not card.chain_wide and card.shop_id == shops.this_pc_shop()
    assert Card.get_by_id(card.id).chain_wide is False


def test_in_a_chain_the_chains_catalogue_is_the_owners_to_change(
    qtbot, window, manager_id: int
) -> None:
    from PySide6.QtCore import Qt

    from salon_desk.services import catalogues

    catalogues.save_service_item(catalogues.ServiceItemRow(0, "补水", "", 100_00, 30, True), None)
    shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.service_items.table.item(0, 2).setText("120.00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentWidget() is dialog.service_items
    assert dialog.service_items.error.text() == "Row 1: Only the owner may change this."
    assert catalogues.list_service_items()[0].price_fen == 100_00  # nothing changed


def test_settings_say_in_a_chain_whose_they_are(qtbot, window, manager_id: int) -> None:
    from salon_desk.services import catalogues

    assert window.frequency.edit_rules().findChild(QLabel, "settings_scope_note") is None
    shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    rules = window.frequency.edit_rules()
    qtbot.addWidget(rules)
    note = rules.findChild(QLabel, "settings_scope_note")
    assert note is not None and "this shop's own" in note.text()
    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    window.set_actor(owner)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    note = dialog.shop.findChild(QLabel, "settings_scope_note")
    assert note is not None and "the chain's" in note.text()


def test_a_pc_that_first_opens_a_chain_is_asked_its_shop_once(
    qtbot, database, manager_id: int, monkeypatch
) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from salon_desk import config
    from salon_desk.store.database import shown_location
    from salon_desk.ui import shop_picker
    from tests.gui.keyboard import Keyboard

    label = shown_location(database)
    shop_picker.this_pcs_shop(label)  # a single salon: nothing asked
    assert config.pc_shop(label) is None
    xuhui = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)

    def answer() -> None:  # as she would: the second shop in the list, then Enter
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, shop_picker.ShopPicker)
        picker.activateWindow()
        qtbot.waitUntil(picker.isActiveWindow)
        keys = Keyboard()
        keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    shop_picker.this_pcs_shop(label)
    assert config.pc_shop(label) == xuhui and shops.this_pc_shop() == xuhui
    monkeypatch.setattr(shop_picker, "ShopPicker", None)  # asked once: never again
    shop_picker.this_pcs_shop(label)
    assert shops.this_pc_shop() == xuhui
