"""Customer files through the real window: typing, clicking, and the rows that result."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt

from salon_desk.services import audit, customers
from salon_desk.store.models import Customer
from salon_desk.ui.customers.list_model import ObjectRole
from salon_desk.ui.widgets.prompts import Answer
from tests.gui.typing import type_text


def _listed(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0), ObjectRole).name for r in range(model.rowCount())]


def _search(qtbot, page, text: str) -> None:
    page.search.clear()
    type_text(page.search, text)
    qtbot.waitUntil(lambda: page.model.query().text == text)


@pytest.mark.both_engines  # the window on a server too (issue 16)
def test_create_a_customer_by_typing(qtbot, window) -> None:
    page = window.customers
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    type_text(form.name, "林小雨")
    type_text(form.phone, "139 1234 5678")
    type_text(form.birthday, "1992/3/8")
    type_text(form.allergies, "对酒精过敏")
    form.skin_type.setCurrentIndex(form.skin_type.findData("sensitive"))
    form.psychology_type.setCurrentIndex(2)
    assert form.psychology_strategy.isVisible() and form.psychology_strategy.text()
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    row = Customer.get(Customer.name == "林小雨")
    assert (row.phone, row.birthday, row.skin_type) == (
        "13912345678",
        dt.date(1992, 3, 8),
        "sensitive",
    )
    assert row.allergies == "对酒精过敏"
    assert _listed(page) == ["林小雨"]
    assert page.title.text() == "林小雨"
    assert "林小雨" in window.statusBar().currentMessage()


@pytest.mark.both_engines  # the window on a server too (issue 16)
def test_find_by_pinyin_initials_and_last_four_digits(qtbot, window, seeded) -> None:
    page = window.customers
    page.refresh_list()
    _search(qtbot, page, "zhm")
    assert _listed(page) == ["张慧敏"]
    _search(qtbot, page, "0000")
    assert _listed(page) == ["曾丽"]
    _search(qtbot, page, "zl")
    assert _listed(page) == ["曾丽"]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.form.name.text() == "曾丽"


def test_change_address_shows_in_history(qtbot, window, seeded) -> None:
    page = window.customers
    page.refresh_list()
    _search(qtbot, page, "王芳")
    page.table.selectRow(0)
    assert page.form.name.text() == "王芳"
    type_text(page.form.address, "海淀区中关村大街1号")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert Customer.get_by_id(seeded["王芳"]).address == "海淀区中关村大街1号"
    history = page.side.history
    assert history.item(0, 1).text() == "周店长"
    assert history.item(0, 2).text().endswith("Address")
    assert history.item(0, 3).text() == ""
    assert history.item(0, 4).text() == "海淀区中关村大街1号"


def test_each_validation_error_is_shown_and_nothing_saved(qtbot, window) -> None:
    page = window.customers
    form = page.form
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert form._errors["name"].isVisible()
    assert "name" in form._errors["name"].text()

    type_text(form.name, "赵婷婷")
    type_text(form.phone, "12345")
    type_text(form.birthday, "2999-01-01")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not form._errors["name"].isVisible()
    assert "11 digits" in form._errors["phone"].text()
    assert "future" in form._errors["birthday"].text()

    form.birthday.clear()
    type_text(form.birthday, "not a date")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "year-month-day" in form._errors["birthday"].text()
    assert Customer.select().count() == 0

    form.phone.clear()
    type_text(form.phone, "+85291234567")
    form.birthday.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Customer.get().phone == "+85291234567"
    assert not any(label.isVisible() for label in form._errors.values())


def test_duplicate_phone_warns_and_opens_the_other_file(qtbot, window, seeded, answers) -> None:
    page = window.customers
    page.new_customer()
    type_text(page.form.name, "张敏")
    type_text(page.form.phone, "13800135678")
    page.form.phone.editingFinished.emit()
    assert "张慧敏" in page.form.phone_notice.text()

    answers.duplicate = Answer.CANCEL
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Customer.select().where(Customer.name == "张敏").count() == 0

    answers.duplicate = Answer.OPEN_OTHER
    answers.unsaved = Answer.DISCARD
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-2:] == ["duplicate:张慧敏", "unsaved:张敏"]
    assert page.form.name.text() == "张慧敏"


def test_unsaved_edits_are_not_lost_silently(qtbot, window, seeded, answers) -> None:
    page = window.customers
    page.refresh_list()
    page.open_customer(seeded["王芳"])
    type_text(page.form.notes, "喜欢安静")
    answers.unsaved = Answer.CANCEL
    other_row = _listed(page).index("曾丽")
    page.table.selectRow(other_row)
    assert page.form.name.text() == "王芳"
    assert page.form.notes.toPlainText() == "喜欢安静"

    answers.unsaved = Answer.SAVE
    page.table.selectRow(other_row)
    assert page.form.name.text() == "曾丽"
    assert Customer.get_by_id(seeded["王芳"]).notes == "喜欢安静"


def test_archive_a_customer(qtbot, window, seeded, answers) -> None:
    page = window.customers
    page.refresh_list()
    page.open_customer(seeded["曾丽"])
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1].startswith("confirm:")
    assert Customer.get_by_id(seeded["曾丽"]).archived_at is not None
    assert "曾丽" not in _listed(page)
    assert audit.customer_history(seeded["曾丽"])[0].action == "archive"

    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert "曾丽" in _listed(page)
    page.open_customer(seeded["曾丽"])
    assert page.archive_button.text() == "Restore"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert Customer.get_by_id(seeded["曾丽"]).archived_at is None


def test_archive_is_not_done_without_confirmation(qtbot, window, seeded, answers) -> None:
    page = window.customers
    page.open_customer(seeded["王芳"])
    answers.confirm = False
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert Customer.get_by_id(seeded["王芳"]).archived_at is None


def test_closing_with_unsaved_edits_asks(qtbot, window, seeded, answers) -> None:
    page = window.customers
    page.open_customer(seeded["王芳"])
    type_text(page.form.occupation, "教师")
    answers.unsaved = Answer.CANCEL
    assert not window.close()
    answers.unsaved = Answer.SAVE
    assert window.close()
    assert customers.get_customer(seeded["王芳"]).data.occupation == "教师"


@pytest.mark.both_engines
def test_status_bar_shows_staff_on_duty_and_never_a_password(window, database) -> None:
    assert "周店长" in window.staff_label.text()
    shown = window.db_label.text()
    assert shown  # the file, or the server and database
    password = urlsplit(str(database)).password if isinstance(database, str) else None
    assert password is None or password not in shown


def test_a_search_typed_just_before_switching_tabs_runs_on_return(qtbot, seeded, window) -> None:
    page = window.customers
    type_text(page.search, "zhm")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 3  # the search had not run yet, and did not run hidden
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    assert page.model.customer_at(0).name == "张慧敏"


def test_her_visits_tab_lists_every_entry_and_opens_one(qtbot, window, seeded, manager_id) -> None:
    from salon_desk.services import care_log, catalogues
    from salon_desk.services.care_log import CareEntryInput
    from salon_desk.ui.care_log.entry_dialog import EntryDialog
    from tests.gui.keyboard import Keyboard

    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "深层补水", "面部", 29_800, 60, True), manager_id
    )
    her = seeded["张慧敏"]
    now = dt.datetime.now().astimezone()
    for days, said in ((30, "第一次来"), (2, "皮肤好多了")):
        care_log.log_care(
            CareEntryInput(
                customer_id=her,
                visited_at=now - dt.timedelta(days=days),
                beautician_id=manager_id,
                service_item_ids=(item,),
                feedback=said,
            ),
            manager_id,
        )
    page = window.customers
    page.open_customer(her)
    side = page.side
    side.tabs.setCurrentWidget(side.visits)
    visits = side.visits
    assert visits.model.rowCount() == 2
    assert visits.model.index(0, 7).data() == "皮肤好多了"  # newest first
    older = visits.table.visualRect(visits.model.index(1, 0)).center()
    qtbot.mouseClick(visits.table.viewport(), Qt.MouseButton.LeftButton, pos=older)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)
    dialog = window.findChild(EntryDialog)
    assert dialog is not None and dialog.entry.data.feedback == "第一次来"


def test_a_second_file_under_the_same_name_asks_first(qtbot, window, seeded, answers) -> None:
    page = window.customers
    page.new_customer()
    type_text(page.form.name, "王芳")  # already on file, with a phone; this one has none
    answers.same_name = Answer.CANCEL
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["same_name:王芳:1"]
    assert Customer.select().where(Customer.name == "王芳").count() == 1

    answers.same_name = Answer.OPEN_OTHER
    answers.unsaved = Answer.DISCARD
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and page.current.id == seeded["王芳"]

    page.new_customer()
    type_text(page.form.name, "王芳")
    type_text(page.form.phone, "13900002222")
    answers.same_name = Answer.SAVE
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Customer.select().where(Customer.name == "王芳").count() == 2

    # The care log's picker tells the two apart by file number and last visit.
    picker = window.care_log.form.customer
    type_text(picker.search, "王芳")
    qtbot.waitUntil(lambda: picker.matches.count() == 2)
    shown = [picker.matches.item(i).text() for i in range(2)]
    assert all("#" in text and "no visits yet" in text for text in shown)


def test_the_same_name_in_traditional_characters_is_the_same_name(
    qtbot, window, seeded, answers
) -> None:
    customers.create_customer(customers.CustomerInput(name="陳麗華"), None)
    page = window.customers
    page.new_customer()
    type_text(page.form.name, "陈丽华")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["same_name:陈丽华:1"]


def test_a_search_matching_hundreds_paints_a_page_then_counts_and_scrolls_by_key(
    qtbot, window, manager_id, monkeypatch
) -> None:
    """Issue 15.2: the first page is on screen before the matches are counted, and the
    pages after it are read from the last row shown, not by OFFSET."""
    from salon_desk.services import import_batches, import_writes
    from salon_desk.store.database import write_transaction
    from salon_desk.ui.customers import list_model
    from tests.gui.keyboard import Keyboard

    people = [customers.CustomerInput(name=f"王{'丽芳敏'[n % 3]}{n}") for n in range(450)]
    people.append(customers.CustomerInput(name="李静"))
    batch = import_batches.start("customers", "chain.xlsx", manager_id)
    with write_transaction():
        import_writes.create_customers(people, manager_id, batch)
        import_batches.finish(batch, manager_id, "")
    reads: list[object] = []
    real_fetch = list_model.fetch_page

    def fetch(query, offset, limit, after=None):
        reads.append(after)
        return real_fetch(query, offset, limit, after)

    monkeypatch.setattr(list_model, "fetch_page", fetch)
    page = window.customers
    shown_first: list[tuple[int, str]] = []
    page.model.modelReset.connect(
        lambda: shown_first.append((page.model.rowCount(), page.count_label.text()))
    )
    keys = Keyboard()
    keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    keys.type("王")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "450" in page.count_label.text())
    assert shown_first[-1] == (200, "Counting…")  # a page painted before any count
    assert page.model.rowCount() == 450

    assert keys.focus() is page.table  # Return opened the first file, focus in the list
    for _ in range(100):  # down the list a screen at a time, as she reads it
        keys.press(Qt.Key.Key_PageDown)
        if page.table.currentIndex().row() == 449:
            break
    assert page.table.currentIndex().row() == 449
    assert reads == [None, reads[1], reads[2]] and None not in reads[1:]  # pages 2, 3 by key
    names = {page.model.customer_at(row).name for row in range(450)}
    assert len(names) == 450 and all(name.startswith("王") for name in names)


def _drop_server_connections(database: str) -> None:
    """What a network cut or a server restart does to this PC's connections."""
    import time

    import psycopg

    from tests.conftest import POSTGRES_URL

    name = database.rsplit("/", 1)[1]
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
        for _ in range(100):  # the backends end a moment later
            left = admin.execute(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = %s", (name,)
            ).fetchone()
            if left is not None and left[0] == 0:
                return
            time.sleep(0.02)


@pytest.mark.both_engines
@pytest.mark.postgresql_only
def test_a_lost_server_is_said_what_was_typed_stays_and_saving_again_works(
    qtbot, window, database, monkeypatch
) -> None:
    """Issue 16.3: the save fails with words about the server, not a traceback; the form
    keeps what she typed; once the server is back, Ctrl+S again saves it."""
    import sys

    from salon_desk import app

    told: list[str] = []
    monkeypatch.setattr(app, "show_fatal", told.append)
    page = window.customers
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    type_text(form.name, "林小雨")
    type_text(form.phone, "139 1234 5678")
    _drop_server_connections(database)
    with qtbot.capture_exceptions() as raised:
        qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert raised, "the save should have failed with the connection gone"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()  # what the running app shows for it
    for kind, value, trace in raised:
        sys.excepthook(kind, value, trace)
    assert told and told[0].startswith("The server cannot be reached"), told
    assert form.name.text() == "林小雨" and "5678" in form.phone.text()
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Customer.get(Customer.name == "林小雨").phone == "13912345678"


@pytest.mark.both_engines
@pytest.mark.postgresql_only
def test_while_the_server_cannot_be_reached_the_screens_fade_then_come_back(
    qtbot, window, database, monkeypatch
) -> None:
    """Issue 16.3: a background read that cannot reach the server fades the screens and
    says so in the status bar (no message box); the window asks again by itself, and
    when the server answers the screens are read afresh and shown plainly."""
    import peewee

    from salon_desk.store.database import ServerDatabase
    from salon_desk.ui.widgets import tasks
    from salon_desk.ui.widgets.stale import is_stale

    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)  # reads on the worker threads, as live
    window.show_tab(2)  # made while the server answers (a tab is made when first shown)
    window.offline.timer.setInterval(50)
    reachable = ServerDatabase._connect

    def refused(self, *args, **kwargs):
        raise peewee.OperationalError("connection to server failed: Connection refused")

    monkeypatch.setattr(ServerDatabase, "_connect", refused)
    _drop_server_connections(database)
    window.show_tab(2)
    window.frequency.reload()
    qtbot.waitUntil(lambda: window.offline.waiting, timeout=5000)
    assert is_stale(window.tabs)
    assert window.offline.label.text().startswith("The server cannot be reached")
    monkeypatch.setattr(ServerDatabase, "_connect", reachable)  # the network is back
    qtbot.waitUntil(lambda: not window.offline.waiting, timeout=5000)
    assert not is_stale(window.tabs) and window.offline.label.isHidden()
    qtbot.waitUntil(lambda: "Counting" not in window.frequency.shown_label.text(), timeout=5000)


def test_a_lunar_birthday_is_typed_as_the_lunar_date(qtbot, window, manager_id) -> None:
    """17.6: she celebrates by the lunar calendar: the date typed is lunar, the day she
    was born is kept, and her form shows the lunar date again."""
    import datetime as dt

    from salon_desk.services import customers as customer_files
    from salon_desk.services.customers import CustomerInput
    from tests.gui.keyboard import Keyboard

    her = customer_files.create_customer(CustomerInput(name="王阿姨"), manager_id)
    page = window.customers
    page.open_customer(her)
    form = page.form
    qtbot.mouseClick(form.birthday, Qt.MouseButton.LeftButton)
    keys = Keyboard()
    keys.type("1965-3-5")
    keys.press(Qt.Key.Key_Tab)  # to the calendar beside it
    assert keys.focus() is form.birthday_calendar
    keys.press(Qt.Key.Key_Down)  # lunar
    assert form.age_label.text().startswith("born 1965-04-06, age ")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = customer_files.get_customer(her).data
    assert (saved.birthday, saved.birthday_lunar) == (dt.date(1965, 4, 6), True)
    page.open_customer(her)
    assert form.birthday.text() == "1965-03-05"
    assert not form.is_dirty()
