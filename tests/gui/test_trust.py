"""Trust through the window: two people on one file, roles, masked phones, backups,
erasing her data, and the manager's audit viewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from salon_desk.services import accounts, backups, customers, privacy
from salon_desk.store.models import ChangeRecord, Customer
from salon_desk.ui.audit_dialog import AuditDialog
from salon_desk.ui.backup_dialog import RestoreDialog
from salon_desk.ui.customers.conflict_dialog import ConflictDialog
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.settings.dialog import SettingsDialog
from salon_desk.ui.widgets.prompts import Answer
from tests.gui.typing import type_text


def second_window(qtbot, db_path: Path, actor_id: int) -> MainWindow:
    other = MainWindow(actor_id, str(db_path))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    return other


def answer_conflict(qtbot, button: str, seen: dict[str, list[list[str]]]) -> None:
    """When the conflict dialog opens (modal), read its table, then click ``button``."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        seen["intro"] = [[dialog.findChild(QLabel, "conflict_intro").text()]]
        qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_the_second_save_shows_what_changed_and_keeps_both_on_request(
    qtbot, db_path, window, seeded, beautician_id
) -> None:
    her = seeded["王芳"]
    other = second_window(qtbot, db_path, beautician_id)
    window.customers.open_customer(her)
    other.customers.open_customer(her)

    type_text(window.customers.form.occupation, "教师")
    type_text(window.customers.form.interests, "瑜伽")
    qtbot.mouseClick(window.customers.save_button, Qt.MouseButton.LeftButton)
    assert Customer.get_by_id(her).occupation == "教师"

    type_text(other.customers.form.occupation, "医生")
    type_text(other.customers.form.address, "朝阳区")
    seen: dict[str, list[list[str]]] = {}
    answer_conflict(qtbot, "conflict_mine", seen)
    qtbot.mouseClick(other.customers.save_button, Qt.MouseButton.LeftButton)

    assert seen["intro"][0][0].startswith("周店长 saved 王芳's file at ")
    assert seen["rows"] == [
        ["Address", "", "(no change)", "朝阳区"],
        ["Occupation", "", "教师", "医生"],
        ["Interests and hobbies", "", "瑜伽", "(no change)"],
    ]
    row = Customer.get_by_id(her)
    # Hers on top of theirs: her occupation (both changed, she chose hers), her address,
    # and their interests, which she never touched, kept.
    assert (row.occupation, row.address, row.interests) == ("医生", "朝阳区", "瑜伽")
    assert other.customers.form.interests.text() == "瑜伽"
    changes = ChangeRecord.select().where(
        (ChangeRecord.customer == her) & (ChangeRecord.field == "occupation")
    )
    assert [(c.old_value, c.new_value) for c in changes.order_by(ChangeRecord.id)] == [
        ("", "教师"),
        ("教师", "医生"),
    ]


def test_taking_theirs_shows_the_saved_file(qtbot, db_path, window, seeded, beautician_id):
    her = seeded["曾丽"]
    other = second_window(qtbot, db_path, beautician_id)
    window.customers.open_customer(her)
    other.customers.open_customer(her)
    type_text(window.customers.form.interests, "瑜伽")
    qtbot.mouseClick(window.customers.save_button, Qt.MouseButton.LeftButton)
    type_text(other.customers.form.interests, "跑步")
    seen: dict[str, list[list[str]]] = {}
    answer_conflict(qtbot, "conflict_theirs", seen)
    qtbot.mouseClick(other.customers.save_button, Qt.MouseButton.LeftButton)
    assert seen["rows"] == [["Interests and hobbies", "", "瑜伽", "跑步"]]  # both changed
    assert Customer.get_by_id(her).interests == "瑜伽"
    assert other.customers.form.interests.text() == "瑜伽"
    assert not other.customers.form.is_dirty()


def test_a_beautician_sees_manager_actions_unavailable(qtbot, db_path, seeded, beautician_id):
    win = second_window(qtbot, db_path, beautician_id)
    for action in (
        win.export_action,
        win.import_action,
        win.settings_action,
        win.erase_action,
        win.audit_action,
        win.restore_action,
    ):
        assert not action.isEnabled(), action.text()
    assert win.backup_action.isEnabled()  # a copy changes nothing
    win.customers.open_customer(seeded["王芳"])
    assert not win.customers.archive_button.isEnabled()
    assert not win.frequency.export_button.isVisibleTo(win)


def test_masked_phones_for_beauticians_chosen_in_settings(
    qtbot, window, seeded, manager_id, beautician_id
) -> None:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    dialog.tabs.setCurrentWidget(dialog.shop)
    box = dialog.shop.mask_boxes["beautician"]
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert privacy.masked_roles() == {"beautician"}

    # The shop's change history says it in words, not as a key and JSON.
    window.audit_action.trigger()
    audit = window.findChild(AuditDialog)
    rows = [
        [audit.table.item(r, c).text() for c in range(audit.table.columnCount())]
        for r in range(audit.table.rowCount())
    ]
    setting = next(row for row in rows if "Phones hidden from" in " ".join(row))
    assert "Beautician" in setting and not any("[" in cell or "_" in cell for cell in setting)
    audit.close()

    window.set_actor(beautician_id)
    page = window.customers
    page.refresh_list()
    shown = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert "138****5678" in shown and "13800135678" not in shown
    page.open_customer(seeded["张慧敏"])
    assert page.form.phone.text() == "138****5678"
    assert page.form.phone.isReadOnly()
    type_text(page.form.occupation, "会计")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    row = Customer.get_by_id(seeded["张慧敏"])
    assert (row.phone, row.occupation) == ("13800135678", "会计")  # her number kept

    window.set_actor(manager_id)
    assert page.form.phone.text() == "13800135678"
    assert not page.form.phone.isReadOnly()


def test_back_up_now_then_restore_from_the_menu(qtbot, db_path, window, seeded, answers):
    window.backup_action.trigger()
    assert "Backed up to" in window.statusBar().currentMessage()
    later = customers.create_customer(customers.CustomerInput(name="刘梅"), window.actor_id)
    window.events.publish()
    assert window.customers.model.rowCount() == 4

    window.customers.open_customer(seeded["王芳"])
    type_text(window.customers.form.occupation, "护士")  # unsaved: asked first, kept
    window.restore_action.trigger()
    assert "unsaved:王芳" in answers.asked and window.findChild(RestoreDialog) is None
    assert window.customers.form.occupation.text() == "护士"
    answers.unsaved = Answer.DISCARD
    window.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.model.rowCount() >= 1
    manual = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).label == "manual"
    )
    dialog.table.selectRow(manual)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert "confirm:Restore from a backup" in answers.asked
    assert Customer.get_or_none(Customer.id == later) is None  # back to the copy
    assert Customer.select().count() == 3
    assert window.customers.model.rowCount() == 3
    assert any(b.label == "before-restore" for b in backups.list_backups(db_path))
    assert ChangeRecord.get(ChangeRecord.action == "restore_backup").staff_id == window.actor_id


def test_erase_her_personal_data_from_the_menu(qtbot, window, seeded, answers) -> None:
    her = seeded["曾丽"]
    window.customers.open_customer(her)
    window.erase_action.trigger()
    assert "confirm:Erase personal data" in answers.asked
    row = Customer.get_by_id(her)
    assert (row.name, row.phone, row.erased_at is not None) == (f"#{her}", "", True)
    assert window.customers.current is None


def test_the_audit_viewer_filters_by_staff_kind_and_customer(
    qtbot, window, seeded, beautician_id
) -> None:
    her = customers.get_customer(seeded["王芳"])
    customers.update_customer(
        her.id, customers.CustomerInput(name="王芳", phone="13755501111", notes="怕痛"),
        her.version, beautician_id,
    )  # fmt: skip
    window.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    everyone = dialog.table.rowCount()
    assert everyone >= 4  # three files created, one edit
    dialog.staff.setCurrentIndex(dialog.staff.findText("陈美玲"))
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (1, 2, 5)] == ["陈美玲", "王芳", "怕痛"]
    dialog.staff.setCurrentIndex(0)
    dialog.customer.set_customer(seeded["曾丽"], "曾丽")
    dialog.customer.chosen.emit(seeded["曾丽"])
    names = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert names == {"曾丽"}
    dialog.kind.setCurrentIndex(dialog.kind.findData("care_log"))
    assert dialog.table.rowCount() == 0
    assert dialog.count.text() == "0 changes."


def test_a_manager_resets_a_forgotten_pin(qtbot, window, beautician_id) -> None:
    dialog = window.set_pin()
    dialog.whose.setCurrentIndex(dialog.whose.findData(beautician_id))
    for first, second, problem in (
        ("4321", "4322", "The two PINs differ."),
        ("12", "12", "A PIN has at least 4 characters."),
    ):
        dialog.new_pin.pin.setText(first)
        dialog.new_pin.again.setText(second)
        dialog.save()
        assert dialog.error.text() == problem and not accounts.has_pin(beautician_id)
    dialog.new_pin.pin.setText("4321")
    dialog.new_pin.again.setText("4321")
    dialog.save()
    accounts.sign_in(beautician_id, "4321")
    assert "PIN saved." in window.statusBar().currentMessage()


@pytest.mark.both_engines
@pytest.mark.postgresql_only
def test_on_a_server_only_the_owner_backs_up_and_the_copy_is_on_this_pc(
    qtbot, window, seeded
) -> None:
    from salon_desk import config
    from salon_desk.services import catalogues, server_backups

    assert not window.backup_action.isEnabled()  # a store manager: not the chain's copy
    assert not window.restore_action.isEnabled()
    owner = catalogues.save_staff(catalogues.StaffMember(0, "林老板", "owner", "", True), None)
    window.set_actor(owner)
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    said = window.statusBar().currentMessage()
    assert said.startswith("Backed up to"), said
    folder = config.server_backups_folder(window.database)
    [copy] = server_backups.list_server_backups(folder, window.database)
    assert str(copy.path) in said
