"""The manager's reports (issue 18): one page, a report chosen (satisfaction, retention
and loss, channels, staff, complaints, the retention model of issue 19), a period, its
figures counted on a worker and shown as tables and a trend, the customers behind a
figure in the customer list (the visits behind a satisfaction figure below it), and each
report saved to Excel or as a picture.

A beautician sees the staff report with her own line only (18.5); the others are the
store manager's and the owner's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salon_desk.services import report_workbook, retention_report
from salon_desk.services.changes import Changes
from salon_desk.services.permissions import Permission, allowed, role_of
from salon_desk.ui.events import AppEvents
from salon_desk.ui.reports.channels_view import ChannelsView
from salon_desk.ui.reports.complaints_view import ComplaintsView
from salon_desk.ui.reports.model_view import ModelView
from salon_desk.ui.reports.retention_view import RetentionView
from salon_desk.ui.reports.satisfaction_view import SatisfactionView
from salon_desk.ui.reports.staff_view import StaffView
from salon_desk.ui.reports.view import ReportView
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.period import PeriodPicker
from salon_desk.ui.widgets.tasks import run_task


class ReportsPage(LazyPage):
    status_message = Signal(str)
    open_customer = Signal(int)
    show_customers = Signal(object, str)  # the customers behind a figure, who they are

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.actor_id = actor_id
        self._generation = 0
        self.satisfaction = SatisfactionView()
        self.retention = RetentionView()
        self.channels = ChannelsView()
        self.staff = StaffView()
        self.complaints = ComplaintsView()
        self.model = ModelView()
        self.views: list[ReportView] = [
            self.satisfaction,
            self.retention,
            self.channels,
            self.staff,
            self.complaints,
            self.model,
        ]
        self.chooser = named(QComboBox(), "report_chooser")
        self.stack = QStackedWidget()
        for view in self.views:
            self.chooser.addItem(view.title(), view.code)
            self.stack.addWidget(view)
            view.customers_behind.connect(self.show_customers)
            view.open_customer.connect(self.open_customer)
        self.period = named(PeriodPicker("report", "this_month"), "report_period")
        self.lost_after = named(QSpinBox(), "report_lost_after")
        self.lost_after.setRange(14, 730)
        self.lost_after.setValue(retention_report.DEFAULT_LOST_AFTER_DAYS)
        self.lost_after.setSuffix(self.tr(" days"))
        self.lost_after.setToolTip(
            self.tr("A lapsed customer not back within this many days counts as lost.")
        )
        self.lost_label = QLabel(self.tr("Lost after"))
        self.excel_button = named(QPushButton(self.tr("Excel…")), "report_excel")
        self.picture_button = named(QPushButton(self.tr("Picture…")), "report_picture")
        self.summary = named(QLabel(), "report_summary")
        self.summary.setWordWrap(True)
        self.refused = named(
            QLabel(self.tr("The reports are for the store manager.")), "report_refused"
        )
        top = QHBoxLayout()
        top.addWidget(self.chooser)
        top.addWidget(self.period)
        top.addWidget(self.lost_label)
        top.addWidget(self.lost_after)
        top.addStretch(1)
        top.addWidget(self.excel_button)
        top.addWidget(self.picture_button)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.stack)
        self.entries_panel = self.satisfaction.lower_panel()
        self.split.addWidget(self.entries_panel)
        self.split.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused)
        layout.addWidget(self.split, 1)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.period.changed.connect(self.reload)
        self.lost_after.editingFinished.connect(self._lost_after_set)
        self.excel_button.clicked.connect(self.ask_excel)
        self.picture_button.clicked.connect(self.ask_picture)
        events.changed.connect(self._changed)
        self.model.refitted.connect(lambda: events.publish())  # every list, this report too
        self.set_actor(actor_id)

    def current(self) -> ReportView:
        return self.views[self.chooser.currentIndex()]

    # -- who may see what ---------------------------------------------------------------
    def set_actor(self, actor_id: int | None) -> None:
        """A manager sees every report; a beautician her own staff line; a signed-out
        or deactivated account nothing."""
        self.actor_id = actor_id
        manager = allowed(actor_id, Permission.REPORTS)
        own = not manager and role_of(actor_id) is not None
        self.staff.only_staff_id = actor_id if own else None
        model = self.chooser.model()
        for row, view in enumerate(self.views):
            model.item(row).setEnabled(manager or view is self.staff)  # type: ignore[attr-defined]
        if own:
            self.chooser.setCurrentIndex(self.views.index(self.staff))
        may = manager or own
        self.refused.setVisible(not may)
        self.split.setVisible(may)
        self.summary.setVisible(may)
        self.excel_button.setEnabled(may and allowed(actor_id, Permission.EXPORT))
        self.picture_button.setEnabled(may)
        self._chosen()

    def show_shop(self, shop_id: int) -> None:
        """The retention model's check counts a chain's one shop (0: the whole chain); the
        other reports count the whole file."""
        self.model.shop_id = shop_id or None
        self.mark_stale()

    def focus_start(self) -> None:
        self.chooser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _changed(self, changed: Changes) -> None:
        if changed:  # (every report reads visits, files, calls, complaints or catalogues)
            self.mark_stale()

    def _chosen(self) -> None:
        view = self.current()
        self.stack.setCurrentWidget(view)
        retention = view is self.retention
        self.lost_label.setVisible(retention)
        self.lost_after.setVisible(retention)
        self.entries_panel.setVisible(view is self.satisfaction)
        self.mark_stale()

    def _lost_after_set(self) -> None:
        if self.retention.lost_after_days != self.lost_after.value():
            self.retention.lost_after_days = self.lost_after.value()
            self.reload()

    # -- counting -----------------------------------------------------------------------
    def _may_see(self) -> bool:
        return allowed(self.actor_id, Permission.REPORTS) or self.staff.only_staff_id is not None

    def reload(self) -> None:
        if not self._may_see():
            return
        first, last = self.period.days()
        if first > last:
            self.summary.setText(self.tr("The first day comes after the last."))
            return
        self._generation += 1
        generation, view = self._generation, self.current()
        self.summary.setText(self.tr("Counting…"))
        run_task(view.counting(first, last), lambda found: self._show(view, found, generation))

    def _show(self, view: ReportView, found: object, generation: int) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.summary.setText(view.show_figures(found))

    # -- saving -------------------------------------------------------------------------
    def _file_name(self, suffix: str) -> str:
        first, last = self.period.days()
        return f"{self.current().code}-{first.isoformat()}-{last.isoformat()}.{suffix}"

    def heading(self) -> str:
        first, last = self.period.days()
        return f"{self.current().title()} {first.isoformat()} – {last.isoformat()}"

    def ask_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report to Excel"),
            str(Path.home() / self._file_name("xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save_excel(Path(path))

    def save_excel(self, path: Path) -> bool:
        try:
            report_workbook.write_report(
                path, self.heading(), self.current().sheets(), self.actor_id
            )
        except OSError as failed:
            prompts.inform(
                self,
                self.tr("Save report to Excel"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", failed.strerror or str(failed)),
            )
            return False
        self.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def ask_picture(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report as a picture"),
            str(Path.home() / self._file_name("png")),
            self.tr("PNG image (*.png)"),
        )
        if path:
            self.save_picture(Path(path))

    def save_picture(self, path: Path) -> bool:
        saved = bool(self.current().picture().grab().save(str(path), "PNG"))
        text = self.tr("Saved %1") if saved else self.tr("Could not save %1")
        self.status_message.emit(text.replace("%1", str(path)))
        return saved
