"""The screenshots of issues 17.6 and 18: member events and the reports page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

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
    """Each report of the last 12 months: satisfaction with a beautician's visits shown
    and its trend, retention and loss with its trend, channels, staff."""
    from salon_desk.ui.reports.page import ReportsPage

    window.show_tab(6)
    page = window.tabs.currentWidget()
    if not isinstance(page, ReportsPage):
        return []
    page.chooser.setCurrentIndex(page.views.index(page.satisfaction))
    page.period.span.setCurrentIndex(page.period.span.findData("year"))
    saved = [grab(window, out / "report-satisfaction.png")]
    satisfaction = page.satisfaction
    staff = satisfaction.tables["by_beautician"]
    if staff.model.rowCount():
        staff.view.activated.emit(staff.model.index(0, 0))
    satisfaction.setCurrentWidget(satisfaction.trend_holder)
    saved.append(grab(window, out / "report-satisfaction-trend.png"))
    for view, name in ((page.retention, "retention"), (page.channels, "channels")):
        page.chooser.setCurrentIndex(page.views.index(view))
        saved.append(grab(window, out / f"report-{name}.png"))
    page.retention.setCurrentWidget(page.retention.trend_holder)
    page.chooser.setCurrentIndex(page.views.index(page.retention))
    saved.append(grab(window, out / "report-retention-trend.png"))
    page.chooser.setCurrentIndex(page.views.index(page.staff))
    saved.append(grab(window, out / "report-staff.png"))
    page.chooser.setCurrentIndex(page.views.index(page.complaints))
    saved.append(grab(window, out / "report-complaints.png"))
    page.chooser.setCurrentIndex(page.views.index(page.model))  # the retention model (19.6)
    saved.append(grab(window, out / "report-model.png"))
    page.model.setCurrentWidget(page.model.check_table.view)
    saved.append(grab(window, out / "report-model-check.png"))
    page.model.setCurrentIndex(page.model.count() - 1)  # the fits in use, "Fit again now"
    saved.append(grab(window, out / "report-model-in-use.png"))
    return saved


def complaint_form_picture(out: Path) -> list[Path]:
    """The printable complaint form of the demo's latest complaint, as drawn."""
    from salon_desk.services import complaints
    from salon_desk.ui.complaints.form_print import form_picture

    rows = complaints.list_complaints()
    if not rows:
        return []
    path = out / "complaint-form.png"
    form_picture(rows[0].id).save(str(path))
    return [path]
