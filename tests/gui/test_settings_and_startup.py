from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from salon_desk.app import open_database_or_explain
from salon_desk.services import accounts, catalogues
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CustomerType, SchemaInfo, ServiceItem, Staff
from tests.gui.typing import type_text


def test_edit_a_type_strategy_and_see_it_on_the_form(qtbot, window) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    table = dialog.psychology.table
    vanity_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Vanity")
    table.item(vanity_row, 1).setText("多称赞她的新发型")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    vanity = CustomerType.get(CustomerType.code == "vanity")
    assert vanity.strategy == "多称赞她的新发型"
    assert vanity.name == ""  # unchanged built-in name still follows the language
    form = window.customers.form
    form.psychology_type.setCurrentIndex(form.psychology_type.findData(vanity.id))
    assert form.psychology_strategy.text() == "多称赞她的新发型"


def test_add_staff_and_service_item(qtbot, window) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.staff)
    qtbot.mouseClick(dialog.staff.add_button, Qt.MouseButton.LeftButton)
    row = dialog.staff.table.rowCount() - 1
    dialog.staff.table.item(row, 0).setText("吴晓燕")
    qtbot.mouseClick(dialog.service_items.add_button, Qt.MouseButton.LeftButton)
    row = dialog.service_items.table.rowCount() - 1
    dialog.service_items.table.item(row, 0).setText("补水保湿护理")
    dialog.service_items.table.item(row, 2).setText("298.50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert Staff.get(Staff.name == "吴晓燕").role == "beautician"
    assert ServiceItem.get(ServiceItem.name == "补水保湿护理").price_fen == 29850
    assert window.customers.form.responsible_staff.findText("吴晓燕") >= 0


def test_a_refused_row_names_the_row_and_saves_nothing_more(qtbot, window) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.service_items.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentWidget() is dialog.service_items
    assert dialog.service_items.error.text().startswith("Row 1")
    assert ServiceItem.select().count() == 0


def test_first_run_creates_the_manager(qtbot, db_path: Path) -> None:
    from salon_desk.ui.staff_picker import StaffPicker

    picker = StaffPicker()
    qtbot.addWidget(picker)
    picker.accept()
    assert "name" in picker.error.text()
    type_text(picker.new_name, "周雅琴")
    picker.accept()
    assert picker.error.text() == "A manager's PIN has at least 6 characters."
    type_text(picker.new_pin, "2580")
    type_text(picker.new_pin_again, "2580")
    picker.accept()
    assert picker.error.text() == "A manager's PIN has at least 6 characters."  # 4 is not enough
    picker.new_pin.clear()
    picker.new_pin_again.clear()
    type_text(picker.new_pin, "258000")
    type_text(picker.new_pin_again, "258001")
    picker.accept()
    assert picker.error.text() == "The two PINs differ."
    assert catalogues.list_staff() == []
    picker.new_pin_again.clear()
    type_text(picker.new_pin_again, "258000")
    picker.accept()
    assert picker.chosen_id is not None
    assert [(m.name, m.role) for m in catalogues.list_staff()] == [("周雅琴", "manager")]
    assert accounts.has_pin(picker.chosen_id)
    accounts.sign_in(picker.chosen_id, "258000")  # her PIN works from now on


def test_newer_database_gets_a_clear_message(qapp, tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_db(path)
    SchemaInfo.update(version=42).execute()
    close_db()
    message = open_database_or_explain(str(path))
    assert message is not None and "newer version" in message and "42" in message
    close_db()


def test_a_manager_without_a_pin_chooses_one_at_sign_in(
    qtbot, db_path: Path, manager_id, beautician_id
) -> None:
    from salon_desk.ui.staff_picker import StaffPicker

    picker = StaffPicker(preselected=manager_id)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.combo.currentData() == manager_id
    assert picker.new_pin.isVisible() and not picker.pin.isVisible()
    type_text(picker.new_pin, "135790")
    type_text(picker.new_pin_again, "135791")
    qtbot.keyClick(picker.new_pin_again, Qt.Key.Key_Return)
    assert picker.error.text() == "The two PINs differ." and picker.chosen_id is None
    assert not accounts.has_pin(manager_id)
    picker.new_pin_again.clear()
    type_text(picker.new_pin_again, "135790")
    qtbot.keyClick(picker.new_pin_again, Qt.Key.Key_Return)
    assert picker.chosen_id == manager_id
    accounts.sign_in(manager_id, "135790")

    again = StaffPicker(preselected=beautician_id)  # she needs no PIN: nothing to type
    qtbot.addWidget(again)
    again.show()
    assert not again.new_pin.isVisible() and not again.pin.isVisible()
    again.combo.setCurrentIndex(again.combo.findData(manager_id))
    assert again.pin.isVisible() and not again.new_pin.isVisible()  # now she has one


def test_language_chosen_in_settings_or_the_menu_is_remembered(qtbot, window) -> None:
    from salon_desk import config, i18n

    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.shop)
    combo = dialog.shop.language
    assert combo.currentData() == "en"  # the system's (offscreen: C locale)
    combo.setCurrentIndex(combo.findData("zh_TW"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert config.saved_language() == "zh_TW"
    assert i18n.choose_language(None) == "zh_TW"
    assert "繁體中文" in window.statusBar().currentMessage()
    assert window.language_actions["zh_TW"].isChecked()

    # A beautician (no Settings) chooses hers from File → Language.
    window.language_actions["zh_CN"].trigger()
    assert config.saved_language() == "zh_CN"
    assert "简体中文" in window.statusBar().currentMessage()


def test_a_single_salon_on_its_file_sees_no_shops(qtbot, window) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.shops is None
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Shops" not in titles


@pytest.mark.both_engines
@pytest.mark.postgresql_only
def test_on_a_server_the_owner_opens_a_shop_and_puts_this_pc_in_it(
    qtbot, window, database, manager_id: int
) -> None:
    """Add a row, type its name and address (Tab between cells), choose the new shop for
    this PC, save: the shop is there, this PC's visits are its, and the PC remembers."""
    from salon_desk import config
    from salon_desk.services import shops
    from salon_desk.store.database import shown_location
    from tests.gui.keyboard import Keyboard

    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.activateWindow()  # as a desktop does for a new dialog; offscreen does not
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.shops is not None
    dialog.tabs.setCurrentWidget(dialog.shops)
    qtbot.mouseClick(dialog.shops.add_button, Qt.MouseButton.LeftButton)
    keys = Keyboard()
    keys.type("徐汇店")
    keys.press(Qt.Key.Key_Tab)
    keys.type("天钥桥路 1 号")
    keys.press(Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.shops.error.text() == ""
    [first, xuhui] = shops.list_shops()
    assert (xuhui.name, xuhui.address) == ("徐汇店", "天钥桥路 1 号")
    assert shops.this_pc_shop() == first.id  # not moved until chosen
    dialog.shops.this_pc.setCurrentIndex(dialog.shops.this_pc.findText("徐汇店"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shops.this_pc_shop() == xuhui.id
    assert config.pc_shop(shown_location(database)) == xuhui.id
    shops.use_shop(None)


@pytest.mark.both_engines
@pytest.mark.postgresql_only
def test_the_manager_types_the_chains_server_tests_it_and_saves_it(
    qtbot, window, memory_keyring
) -> None:
    """Settings > Database from the keyboard: the server's address, tested (a wrong
    password is refused with the server's reason), saved; the password only in the
    credential store, and the app opens that server from the next start."""
    import argparse
    from urllib.parse import urlsplit

    from salon_desk import config
    from salon_desk.commands import database_target
    from tests.conftest import POSTGRES_URL
    from tests.gui.keyboard import Keyboard

    server = urlsplit(POSTGRES_URL)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tab = dialog.database
    dialog.tabs.setCurrentWidget(tab)
    assert tab.own_file.isChecked() and not tab.host.isEnabled()
    qtbot.mouseClick(tab.server, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # on its words
    keys = Keyboard()
    keys.press(Qt.Key.Key_Tab)
    keys.type(server.hostname or "")
    keys.press(Qt.Key.Key_Tab)
    keys.type(str(server.port))
    keys.press(Qt.Key.Key_Tab)
    keys.type("postgres")
    keys.press(Qt.Key.Key_Tab)
    keys.type(server.username or "")
    keys.press(Qt.Key.Key_Tab)
    keys.type("wrong")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.test_result.text().startswith("Not connected:"), tab.test_result.text()
    assert "password" in tab.test_result.text()
    tab.password.clear()
    type_text(tab.password, server.password or "")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.test_result.text().startswith("Connected: PostgreSQL 1"), tab.test_result.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert config.saved_server() == {
        "host": server.hostname,
        "port": server.port,
        "database": "postgres",
        "user": server.username,
    }
    assert list(memory_keyring.values()) == [server.password]
    assert (server.password or "") not in config.preferences_file().read_text(encoding="utf-8")
    assert database_target(argparse.Namespace(db=None)).startswith(
        f"postgresql://{server.username}:{server.password}@{server.hostname}:{server.port}/postgres"
    )
    assert "next start" in window.statusBar().currentMessage()


def test_a_server_address_missing_its_parts_is_refused_beside_each_field(
    qtbot, window, memory_keyring
) -> None:
    from salon_desk import config

    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    tab = dialog.database
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.server, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # on its words
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentWidget() is tab
    assert tab.errors["host"].text().startswith("Enter the server's address")
    assert tab.errors["user"].text().startswith("Enter the user name")
    assert config.saved_server() is None


def test_an_upgrade_at_start_is_announced_then_closed(qtbot, db_path: Path, monkeypatch) -> None:
    """A new version upgrading the shop's file says so in a window first (a chain's
    file takes most of a minute), and the notice goes when the file is open."""
    from salon_desk import app
    from salon_desk.store.database import close_db
    from salon_desk.store.models import SchemaInfo
    from salon_desk.ui import upgrade_notice

    SchemaInfo.update(version=12).execute()  # steps 13 and 14 run again (each may)
    close_db()
    shown = []
    original = upgrade_notice.show_upgrade_notice

    def spy():
        notice = original()
        shown.append((notice, notice.isVisible(), notice.labelText()))
        return notice

    monkeypatch.setattr(upgrade_notice, "show_upgrade_notice", spy)
    assert app.open_database_or_explain(str(db_path)) is None
    [(notice, visible, text)] = shown
    assert visible and "new version" in text
    assert not notice.isVisible()  # closed once the file is open
    assert SchemaInfo.get().version == latest_version()
    close_db()
    assert app.open_database_or_explain(str(db_path)) is None  # up to date: no notice
    assert len(shown) == 1
