"""Complaints (抱怨与处理): the register's counts for a period (by category and status,
cause, service gap, channel, and a trend by cause), the shop's first-reply deadline, and
the complaints themselves — those still without a reply after it in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import complaint_register, complaints
from salon_desk.services.changes import Changes
from salon_desk.services.complaints import ComplaintRow
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.complaints.counts import ComplaintCountsView
from salon_desk.ui.complaints.dialog import ComplaintDialog
from salon_desk.ui.events import AppEvents
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.period import PeriodPicker
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import current_object, row_table, show_rows_model

STALE_COLOUR = QColor("#b3261e")


class ComplaintsPage(LazyPage):
    status_message = Signal(str)

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaints_page")
        self.events = events
        self.actor_id = actor_id
        self.shop_id: int | None = None  # a chain's one shop; None: every complaint
        self.today = dt.date.today()
        self.narrowed_to: tuple[str, str | None] | None = None  # (cause, month) from a count
        self.period = named(PeriodPicker("complaints_period", "year"), "complaints_period")
        self.summary = named(QLabel(), "complaints_summary")
        self.summary.setWordWrap(True)
        self.reply_days = named(QSpinBox(), "complaints_reply_days")
        self.reply_days.setRange(*complaint_register.REPLY_DAYS_LIMITS)
        self.reply_days.setSuffix(self.tr(" days"))
        self.reply_days.setToolTip(
            self.tr("A complaint without a reply after this many days is shown in red.")
        )
        self.count_views = ComplaintCountsView()
        self.status_filter = named(QComboBox(), "complaints_status")
        self.status_filter.addItem(self.tr("Not closed (any day)"), "open")
        self.status_filter.addItem(self.tr("All in the period"), None)
        for code, text in texts.complaint_statuses().items():
            self.status_filter.addItem(text, code)
        self.category_filter = named(QComboBox(), "complaints_category")
        self.category_filter.addItem(self.tr("All categories"), None)
        for code, text in complaint_categories().items():
            self.category_filter.addItem(text, code)
        self.model: RowsTableModel[ComplaintRow] = RowsTableModel(
            self._columns(), highlight=self._colour
        )
        self.table = row_table("complaints_table")
        show_rows_model(self.table, self.model)
        self.shown = named(QLabel(), "complaints_shown")
        self.open_button = named(QPushButton(self.tr("Handle…")), "complaints_handle")
        self.clear_narrowing = named(QPushButton(self.tr("Show all")), "complaints_unnarrow")
        self.clear_narrowing.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Received")))
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("First reply within")))
        top.addWidget(self.reply_days)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Category")))
        filters.addWidget(self.category_filter)
        filters.addStretch(1)
        filters.addWidget(self.clear_narrowing)
        filters.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.shown)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.count_views, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.period.changed.connect(self.reload)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.category_filter.currentIndexChanged.connect(self.reload)
        self.reply_days.editingFinished.connect(self._reply_days_set)
        self.count_views.narrowed.connect(self._narrow)
        self.clear_narrowing.clicked.connect(lambda: self._narrow(None, ""))
        self.open_button.clicked.connect(self.handle_current)
        self.table.doubleClicked.connect(self.handle_current)
        events.changed.connect(self._changed)

    def _changed(self, changed: Changes) -> None:
        if changed.everything or changed.catalogues or changed.complaints or changed.files:
            self.mark_stale()  # a complaint, or a name or handler the list shows

    def _columns(self) -> list[Column[ComplaintRow]]:
        channels = texts.complaint_channels()
        categories = complaint_categories()
        statuses = texts.complaint_statuses()
        causes = register_texts.causes()
        return [
            Column(self.tr("No."), lambda r: r.form_number, width=80),
            Column(self.tr("Received"), lambda r: r.received_on.isoformat(), width=90),
            Column(self.tr("Customer"), lambda r: r.customer_name, width=80),
            Column(self.tr("Category"), lambda r: categories.get(r.category, r.category), width=90),
            Column(self.tr("Channel"), lambda r: channels.get(r.channel, r.channel), width=110),
            Column(self.tr("What she said"), lambda r: r.description, width=280),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status), width=100),
            Column(
                self.tr("Days open"),
                lambda r: str(r.days_open(self.today)) if r.is_open else "",
                sort_key=lambda r: r.days_open(self.today) if r.is_open else None,
                numeric=True,
                width=80,
            ),
            Column(
                self.tr("First reply"),
                lambda r: r.first_reply_on.isoformat() if r.first_reply_on else "",
                width=90,
            ),
            Column(self.tr("Cause"), lambda r: causes[r.cause] if r.cause else "", width=110),
            Column(self.tr("Handled by"), lambda r: r.handled_by_name, width=90),
            Column(self.tr("How it was handled"), lambda r: r.handling),
        ]

    def _colour(self, row: ComplaintRow) -> QColor | None:
        return STALE_COLOUR if row.stale(self.today) else None

    def focus_start(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.table.model().rowCount():
            self.table.selectRow(0)

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self.reply_days.setEnabled(allowed(actor_id, Permission.SETTINGS))

    def show_shop(self, shop_id: int) -> None:
        """A chain's complaints: those received at one shop (0: the whole chain)."""
        self.shop_id = shop_id or None
        self.mark_stale()

    def reload(self) -> None:
        self.today = dt.date.today()
        first, last = self.period.days()
        self.reply_days.blockSignals(True)
        self.reply_days.setValue(complaint_register.reply_days())
        self.reply_days.blockSignals(False)
        status = self.status_filter.currentData()
        cause, month = self.narrowed_to or (None, None)
        received = (first, last)
        if month is not None:
            start = dt.date.fromisoformat(f"{month}-01")
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            received = (max(first, start), min(last, end))
        rows = complaints.list_complaints(
            status=status,
            category=self.category_filter.currentData(),
            shop_id=self.shop_id,
            # Not closed means every open complaint, whenever received (unless a count
            # narrowed the list to its own).
            received=None if status == "open" and self.narrowed_to is None else received,
            cause=cause,
        )
        self.model.set_rows(rows)
        stale = sum(row.stale(self.today) for row in rows)
        self.shown.setText(
            self.tr("%1 shown; %2 without a reply after %3 days")
            .replace("%1", str(len(rows)))
            .replace("%2", str(stale))
            .replace("%3", str(complaint_register.reply_days()))
        )
        if first <= last:
            self._show_counts(first, last)

    def _show_counts(self, first: dt.date, last: dt.date) -> None:
        found = complaint_register.counts(first, last, self.today, self.shop_id)
        by_status = complaints.counts_by_category_and_status((first, last), self.shop_id)
        self.count_views.show_counts(found, by_status)
        average = found.average_reply_days
        self.summary.setText(
            self.tr(
                "%1 received · %2 not closed · %3 answered, in %4 days on average,"
                " %5 late · %6 waiting past the deadline"
            )
            .replace("%1", str(found.total))
            .replace("%2", str(found.still_open))
            .replace("%3", str(found.replied))
            .replace("%4", "—" if average is None else f"{average:.1f}")
            .replace("%5", str(found.replied_late))
            .replace("%6", str(found.waiting_late))
        )

    def _narrow(self, wanted: tuple[str, str | None] | None, what: str) -> None:
        """A cause's row or a month's bar: the list shows those complaints (any status)."""
        self.narrowed_to = wanted
        self.clear_narrowing.setVisible(wanted is not None)
        self.clear_narrowing.setText(
            self.tr("Showing %1 — show all").replace("%1", what) if wanted else ""
        )
        if wanted is not None:
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.status_filter.blockSignals(False)
        self.reload()

    def _reply_days_set(self) -> None:
        days = self.reply_days.value()
        if days == complaint_register.reply_days():
            return
        complaint_register.save_reply_days(days, self.actor_id)
        self.events.publish()  # (a setting: every screen showing it reads it again)

    def handle_current(self) -> ComplaintDialog | None:
        row: ComplaintRow | None = current_object(self.table)
        if row is None:
            return None
        dialog = ComplaintDialog(row.customer_id, row.customer_name, self.actor_id, row, self)
        dialog.saved.connect(lambda *_: self.events.publish())
        dialog.open()
        return dialog
