"""Complaints (抱怨与处理): every complaint, counts by category and status, stale ones in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import complaint_register, complaints
from salon_desk.services.changes import Changes
from salon_desk.services.complaints import ComplaintRow
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.complaints.dialog import ComplaintDialog
from salon_desk.ui.events import AppEvents
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named
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
        self.status_filter = named(QComboBox(), "complaints_status")
        self.status_filter.addItem(self.tr("Not closed"), "open")
        self.status_filter.addItem(self.tr("All"), None)
        for code, text in texts.complaint_statuses().items():
            self.status_filter.addItem(text, code)
        self.category_filter = named(QComboBox(), "complaints_category")
        self.category_filter.addItem(self.tr("All categories"), None)
        for code, text in complaint_categories().items():
            self.category_filter.addItem(text, code)
        self.counts = named(QTableWidget(), "complaint_counts")
        self.counts.setTabKeyNavigation(False)  # Tab moves on to the next field
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.model: RowsTableModel[ComplaintRow] = RowsTableModel(
            self._columns(), highlight=self._colour
        )
        self.table = row_table("complaints_table")
        show_rows_model(self.table, self.model)
        self.shown = named(QLabel(), "complaints_shown")
        self.open_button = named(QPushButton(self.tr("Handle…")), "complaints_handle")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Category")))
        filters.addWidget(self.category_filter)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.shown)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.counts)
        splitter.addWidget(lower)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.category_filter.currentIndexChanged.connect(self.reload)
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
        return [
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

    def show_shop(self, shop_id: int) -> None:
        """A chain's complaints: those received at one shop (0: the whole chain)."""
        self.shop_id = shop_id or None
        self.mark_stale()

    def reload(self) -> None:
        self.today = dt.date.today()
        rows = complaints.list_complaints(
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(),
            shop_id=self.shop_id,
        )
        self.model.set_rows(rows)
        stale = sum(row.stale(self.today) for row in rows)
        self.shown.setText(
            self.tr("%1 shown; %2 without a reply after %3 days")
            .replace("%1", str(len(rows)))
            .replace("%2", str(stale))
            .replace("%3", str(complaint_register.reply_days()))
        )
        self._fill_counts()

    def _fill_counts(self) -> None:
        counts = complaints.counts_by_category_and_status()
        categories = complaint_categories()
        statuses = texts.complaint_statuses()
        self.counts.clear()
        self.counts.setRowCount(len(complaints.CATEGORIES) + 1)
        self.counts.setColumnCount(len(complaints.STATUSES) + 1)
        self.counts.setHorizontalHeaderLabels([*statuses.values(), self.tr("Total")])
        self.counts.setVerticalHeaderLabels(
            [*(categories[c] for c in complaints.CATEGORIES), self.tr("Total")]
        )
        for row, category in enumerate([*complaints.CATEGORIES, None]):
            for column, status in enumerate([*complaints.STATUSES, None]):
                value = sum(
                    n
                    for (cat, st), n in counts.items()
                    if category in (None, cat) and status in (None, st)
                )
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.counts.resizeRowsToContents()
        height = self.counts.horizontalHeader().height() + self.counts.verticalHeader().length()
        self.counts.setFixedHeight(height + 2 * self.counts.frameWidth())

    def handle_current(self) -> ComplaintDialog | None:
        row: ComplaintRow | None = current_object(self.table)
        if row is None:
            return None
        dialog = ComplaintDialog(row.customer_id, row.customer_name, self.actor_id, row, self)
        dialog.saved.connect(lambda *_: self.events.publish())
        dialog.open()
        return dialog
