"""Render every screen to PNG offscreen, so people can look at what we built."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from salon_desk.services import customer_types, relations
from salon_desk.services.customer_brief import customer_brief
from salon_desk.services.customer_search import CustomerQuery, fetch_page
from salon_desk.services.follow_up_lists import overview
from salon_desk.services.search_keys import name_keys
from salon_desk.ui.charts.page import CHARTS
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.screenshots_more import (
    complaint_form_picture,
    events_screen,
    grab,
    reports_screen,
)
from salon_desk.ui.widgets import tasks

_grab = grab  # (one grab for every screen)


def render_all(window: MainWindow, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    tasks.SYNCHRONOUS = True  # each picture shows finished lists, not "counting…"
    from salon_desk.services import retention_model

    retention_model.ensure_fresh()  # as the window does a minute after it shows
    window.show()
    saved = []
    page = window.customers
    rows = fetch_page(CustomerQuery(), 0, 40)
    # One with both types and traits (17.3): the line under her name shows them all.
    typed = [r for r in rows if r.psychology_type_id and r.personality_type_id]
    with_history = next(
        (r for r in typed if customer_types.marks_of(r.id)),
        typed[0] if typed else (rows[0] if rows else None),
    )
    if with_history is not None:
        page.open_customer(with_history.id)
    saved.append(_grab(window, out / "customers.png"))
    saved += _types_screen(window, out)
    # Her initials (zhm for 张慧敏): the picture shows a pinyin search finding someone.
    initials = name_keys(with_history.name)["initials"] if with_history is not None else []
    page.search.setText(initials[0] if initials else "zhm")
    page.refresh_list()
    saved.append(_grab(window, out / "customers-search-pinyin.png"))
    page.search.clear()
    page.refresh_list()
    saved += _shop_field_screens(window, out)
    page.new_customer()
    page.form.name.setText("")
    page.form.phone.setText("12345")
    page.form.birthday.setText("2999-01-01")
    page.save()
    saved.append(_grab(window, out / "customers-validation.png"))
    page.open_new()
    saved += _care_log_screens(window, _customer_with_cards([r.id for r in rows]), out)
    saved += _follow_up_screens(window, out)
    saved += _chart_screens(window, out)
    saved += reports_screen(window, out)
    saved += complaint_form_picture(out)
    saved += _excel_screens(window, out)
    saved += _trust_screens(window, out, [r.id for r in rows])
    dialog = window.open_settings()
    dialog.tabs.setCurrentIndex(2)
    saved.append(_grab(dialog, out / "settings-types.png"))
    dialog.tabs.setCurrentIndex(1)
    saved.append(_grab(dialog, out / "settings-services.png"))
    dialog.tabs.setCurrentWidget(dialog.traits)
    saved.append(_grab(dialog, out / "settings-traits.png"))
    dialog.tabs.setCurrentWidget(dialog.fields)
    saved.append(_grab(dialog, out / "settings-fields.png"))
    dialog.tabs.setCurrentWidget(dialog.tiers)
    saved.append(_grab(dialog, out / "settings-tiers.png"))
    dialog.tabs.setCurrentWidget(dialog.holidays)
    saved.append(_grab(dialog, out / "settings-holidays.png"))
    dialog.tabs.setCurrentWidget(dialog.database)  # where a PC is pointed at a chain's server
    saved.append(_grab(dialog, out / "settings-database.png"))
    dialog.close()
    return saved


def _form_scroll(window: MainWindow) -> QScrollArea | None:
    scroll = window.customers.form.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    return scroll


def _types_screen(window: MainWindow, out: Path) -> list[Path]:
    """Her form scrolled to her types: ticks for her traits, a strategy under each."""
    scroll = _form_scroll(window)
    if scroll is None:
        return []
    scroll.ensureWidgetVisible(window.customers.form.strategies["trait"], 0, 40)
    saved = [_grab(window, out / "customer-types.png")]
    scroll.verticalScrollBar().setValue(0)
    return saved


def _shop_field_screens(window: MainWindow, out: Path) -> list[Path]:
    """The list filtered by one of the shop's own fields, and a file scrolled to them."""
    page = window.customers
    chooser = page.field_filter
    index = chooser.findText("发质: 干性")
    if index < 0:  # a shop without the demo's fields
        return []
    chooser.setCurrentIndex(index)
    page.refresh_list()
    first = page.model.customer_at(0)
    scroll = _form_scroll(window)
    if first is not None:
        page.open_customer(first.id)
        if scroll is not None:
            scroll.ensureWidgetVisible(page.form.notes)
    saved = [_grab(window, out / "customer-shop-fields.png")]
    if isinstance(scroll, QScrollArea):
        scroll.verticalScrollBar().setValue(0)  # the next pictures show the form's top
    chooser.setCurrentIndex(0)
    page.refresh_list()
    # Her family and friends: one who comes in with the friend who brought her.
    together = next((r for r in relations.friends_on_file() if relations.comes_with(r)), None)
    if together is not None:
        page.open_customer(together)
        page.side.tabs.setCurrentWidget(page.side.family)
        saved.append(_grab(window, out / "customer-family.png"))
        page.side.tabs.setCurrentIndex(0)
    return saved


def _customer_with_cards(candidates: list[int]) -> tuple[int, int] | None:
    """A regular and her usable session card, preferring one with allergies noted."""
    today = dt.date.today()
    found = []
    for customer_id in candidates:
        brief = customer_brief(customer_id)
        usable = [c.id for c in brief.cards if c.kind == "session" and c.usable_on(today)]
        if brief.recent and usable:
            found.append((bool(brief.allergies), customer_id, usable[0]))
    if not found:
        return None
    _, customer_id, card_id = max(found, key=lambda item: item[0])
    return customer_id, card_id


def _care_log_screens(window: MainWindow, chosen: tuple[int, int] | None, out: Path) -> list[Path]:
    """The care log tab with a customer chosen: her notes and cards beside the entry."""
    saved: list[Path] = []
    if chosen is None:
        return saved
    customer_id, card_id = chosen
    window.statusBar().clearMessage()
    window.customers.open_customer(customer_id)
    window.customers.side.tabs.setCurrentIndex(0)
    saved.append(_grab(window, out / "customer-cards.png"))
    window.log_visit_for(customer_id)
    care = window.care_log
    form = care.form
    if form.services.count():
        form.services.item(0).setCheckState(Qt.CheckState.Checked)
    form.products_used.setText("玻尿酸精华、修护面膜")
    form.skin_condition.setText("两颊干燥，T区略油")
    form.satisfaction.setCurrentIndex(1)
    form.card.setCurrentIndex(form.card.findData(card_id))
    saved.append(_grab(window, out / "care-log.png"))
    form.feedback.setPlainText("做完很舒服")
    if care.save():  # then correct it, so the entry shows its change history
        entry_id = care.entries.model.row_at(0).id
        care.correct_entry(entry_id)
        form.feedback.setPlainText("做完很舒服，想下次试试肩颈按摩")
        care.save()
        dialog = care.open_entry(entry_id)
        saved.append(_grab(dialog, out / "care-log-entry.png"))
        dialog.close()
    care.clear_form()
    window.tabs.setCurrentIndex(0)
    return saved


def _follow_up_screens(window: MainWindow, out: Path) -> list[Path]:
    """Visit frequency, the call lists and complaints, on whatever the demo holds."""
    saved: list[Path] = []
    page = window.frequency
    window.tabs.setCurrentWidget(page)
    saved.append(_grab(window, out / "frequency.png"))
    page.group_filter.setCurrentIndex(page.group_filter.findData("key"))
    page.overdue_only.setChecked(True)
    page.table.selectAll()
    dialog = page.assign_calls()
    if dialog is not None:
        saved.append(_grab(window, out / "frequency-overdue-key.png"))
        saved.append(_grab(dialog, out / "assign-calls.png"))
        dialog.close()
    page.overdue_only.setChecked(False)
    page.group_filter.setCurrentIndex(0)
    busiest = max(overview(dt.date.today()), key=lambda load: load.open, default=None)
    actor = window.actor_id
    if busiest is not None:
        window.set_actor(busiest.staff_id)
    calls = window.follow_ups
    window.tabs.setCurrentWidget(calls)
    calls.views.setCurrentWidget(calls.mine)
    saved.append(_grab(window, out / "my-calls.png"))
    calls.views.setCurrentWidget(calls.team)
    saved.append(_grab(window, out / "team-calls.png"))
    calls.views.setCurrentWidget(calls.care_lists)
    calls.care_lists.choose("birthdays_month")
    saved.append(_grab(window, out / "care-lists.png"))
    calls.care_lists.choose("slipping")  # the retention model's list (19.5)
    saved.append(_grab(window, out / "care-lists-slipping.png"))
    calls.care_lists.choose("family_birthdays")
    saved.append(_grab(window, out / "care-lists-family.png"))
    for code in ("holidays", "anniversaries"):  # the occasions of issue 17.6
        calls.care_lists.choose(code)
        saved.append(_grab(window, out / f"care-lists-{code}.png"))
    greeting = calls.care_lists.edit_greeting()
    if greeting is not None:
        saved.append(_grab(greeting, out / "greeting.png"))
        greeting.close()
    saved += events_screen(window, actor, out)
    calls.views.setCurrentWidget(calls.mine)
    window.set_actor(actor)
    window.tabs.setCurrentWidget(window.complaints)
    saved.append(_grab(window, out / "complaints.png"))
    window.complaints.table.selectRow(0)
    complaint = window.complaints.handle_current()
    if complaint is not None:
        saved.append(_grab(complaint, out / "complaint.png"))
        complaint.close()
        window.open_customer(complaint.customer_id)
        side = window.customers.side
        side.tabs.setCurrentWidget(side.calls)
        saved.append(_grab(window, out / "customer-complaints-calls.png"))
        side.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(0)
    return saved


def _chart_screens(window: MainWindow, out: Path) -> list[Path]:
    """Every chart, then a bar clicked through to the customers behind it."""
    saved: list[Path] = []
    page = window.charts
    window.tabs.setCurrentWidget(page)
    for code in CHARTS:
        page.choose(code)
        saved.append(_grab(window, out / f"chart-{code.replace('_', '-')}.png"))
    page.choose("personality_by_group")
    if page.chart.hits:
        segment = max(page.chart.hits, key=lambda hit: hit.top - hit.bottom).segment
        page.chart.segment_clicked.emit(segment)
        saved.append(_grab(window, out / "chart-clicked-customers.png"))
        window.customers.only_these.clear()
    window.tabs.setCurrentIndex(0)
    return saved


def _excel_screens(window: MainWindow, out: Path) -> list[Path]:
    """The export dialog, and the import dialog over an old list with typical faults."""
    import tempfile

    import openpyxl

    saved: list[Path] = []
    export = window.export_customers()
    saved.append(_grab(export, out / "export.png"))
    export.close()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "老顾客名单.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["2019 年顾客名单"])
        sheet.append(["客户名称", "手机号", "出生日期", "性别", "肤质", "客户喜好记录"])
        for row in (
            ["林小红", 13912345678, "1988/7/12", "女", "干性", "喜欢玫瑰精油"],
            ["周婷", "１３６００００１１１１", 33000, "女", "油性", ""],
            ["", 13600002222, "", "女", "", "没写名字"],
            ["吴敏", 12345, "不记得", "女", "", ""],
            ["林小红", "13912345678", "", "女", "", "重复登记"],
        ):
            sheet.append(row)
        book.save(path)
        dialog = window.import_customers(path)
        if dialog is not None:
            dialog.combos[5].setCurrentIndex(dialog.combos[5].findData("notes"))
            saved.append(_grab(dialog, out / "import.png"))
            dialog.close()
        receipts = Path(folder) / "receipts.csv"
        receipts.write_text(
            "Receipt,Date,Description,Client,Staff,Quantity,Amount,GST,PST\n"
            "1,03/15/2018,Women's hair cut,KERT01,JJ,1,82,4.1,6.56\n"
            "1,03/15/2018,Blow dry,KERT01,JJ,1,20,1,1.6\n"
            "2,03/15/2018,Women's hair cut,WALK_IN,KELLY,1,55,2.75,4.4\n"
            "3,04/13/2018,Colour,COOM01,SINEAD,1,120,6,9.6\n"
            "4,13/05/2018,Women's hair cut,COOM01,SINEAD,1,70,3.5,5.6\n",
            encoding="utf-8",
        )
        history = window.import_history(receipts, "visits")
        if history is not None:
            history.skip_clients.setText("WALK_IN")
            history.recheck()
            saved.append(_grab(history, out / "import-visits.png"))
            history.run_import()  # a copy of the database: the undo dialog has one to show
            undo = window.undo_last_import()
            if undo is not None:
                saved.append(_grab(undo, out / "undo-import.png"))
                undo.close()
            if _visit_on_an_imported_file(window.actor_id):
                refused = window.undo_last_import()
                if refused is not None:
                    saved.append(_grab(refused, out / "undo-import-refused.png"))
                    refused.close()
    return saved


def _visit_on_an_imported_file(actor_id: int | None) -> bool:
    """A beautician's visit on a file the import made: the undo then lists it."""
    import datetime as dt

    from salon_desk.services import care_log, catalogues, import_people

    kert = import_people.existing_customer(("code", "KERT01"))
    staff = [m.id for m in catalogues.list_staff() if m.role == "beautician"]
    items = [i.id for i in catalogues.list_service_items()]
    if kert is None or not staff or not items:
        return False
    care_log.log_care(
        care_log.CareEntryInput(
            customer_id=kert,
            visited_at=dt.datetime.now() - dt.timedelta(hours=1),
            beautician_id=staff[0],
            service_item_ids=(items[0],),
            amount_fen=28_000,
        ),
        actor_id,
    )
    return True


def _trust_screens(window: MainWindow, out: Path, candidates: list[int]) -> list[Path]:
    """The audit viewer, a concurrent edit, restore, privacy settings, a masked list."""
    import dataclasses

    from salon_desk.services import backups, catalogues, customers, privacy
    from salon_desk.ui.customers.conflict_dialog import ConflictDialog

    saved: list[Path] = []
    audit = window.open_audit()
    saved.append(_grab(audit, out / "audit.png"))
    audit.close()
    if candidates:
        on_file = customers.get_customer(candidates[0])
        # As if she had opened the file before a colleague set occupation and interests.
        opened = dataclasses.replace(
            on_file, data=dataclasses.replace(on_file.data, occupation="", interests="")
        )
        mine = dataclasses.replace(opened.data, occupation="护士", notes="怕痛，力度轻一些")
        clash = customers.conflict(opened, mine)
        conflict = ConflictDialog(clash, window)
        conflict.show()
        saved.append(_grab(conflict, out / "conflict.png"))
        conflict.close()
    if backups.database_file() is not None:
        backups.back_up_open_database()
        restore = window.open_restore()
        if restore is not None:
            saved.append(_grab(restore, out / "restore.png"))
            restore.close()
    settings = window.open_settings()
    settings.tabs.setCurrentWidget(settings.shop)
    saved.append(_grab(settings, out / "settings-privacy.png"))
    settings.close()
    beautician = next((m.id for m in catalogues.list_staff() if m.role == "beautician"), None)
    if beautician is not None and candidates:
        manager = window.actor_id
        privacy.set_masked_roles({"beautician"}, None)
        window.set_actor(beautician)
        window.tabs.setCurrentWidget(window.customers)
        window.customers.open_customer(candidates[0])
        saved.append(_grab(window, out / "customers-masked.png"))
        privacy.set_masked_roles(set(), None)
        window.set_actor(manager)
    return saved
