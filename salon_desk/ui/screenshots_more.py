"""The screenshots of issues 17.6 and 18: member events and the reports page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from salon_desk.services.customer_search import CustomerQuery, fetch_page
from salon_desk.ui.main_window import MainWindow


def grab(widget: QWidget, path: Path) -> Path:
    # Twice: what the first pass does (a list counted after its first page) may ask for
    # a new layout, which the second pass carries out, as the running window would.
    QApplication.processEvents()
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def events_screen(window: MainWindow, actor: int | None, out: Path) -> list[Path]:
    """An event with its guests, some answered, one come (on this copy of the demo)."""
    from salon_desk.services import events
    from salon_desk.services.events import EventInput

    rows = fetch_page(CustomerQuery(), 0, 40)
    day = dt.date.today() + dt.timedelta(days=14)
    party = events.save_event(0, EventInput("年终答谢会", day, "三楼 VIP 室"), actor)
    invited = events.invite(party, [r.id for r in rows], actor).added
    for guest, answer in zip(invited, ("yes", "yes", "maybe", "no", "yes"), strict=False):
        events.set_answer(party, guest, actor, rsvp=answer, attended=answer == "yes")
    calls = window.follow_ups
    calls.views.setCurrentWidget(calls.events_panel)
    calls.events_panel.show_events(actor, dt.date.today())
    return [grab(window, out / "events.png")]


def reports_screen(window: MainWindow, out: Path) -> list[Path]:
    """The satisfaction report of the last 12 months, a beautician's visits shown."""
    from salon_desk.ui.reports.page import ReportsPage

    window.show_tab(6)
    page = window.tabs.currentWidget()
    if not isinstance(page, ReportsPage):
        return []
    page.span.setCurrentIndex(page.span.findData("year"))
    saved = [grab(window, out / "report-satisfaction.png")]
    table = page.views.widget(0)
    staff = page.tables["by_beautician"]
    if isinstance(table, QAbstractItemView) and staff.rowCount():
        table.doubleClicked.emit(staff.index(0, 0))
    page.views.setCurrentIndex(3)  # the trend
    saved.append(grab(window, out / "report-satisfaction-trend.png"))
    return saved
