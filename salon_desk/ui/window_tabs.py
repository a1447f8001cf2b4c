"""The window's seven tabs: the customer files made with the window, the other six the
first time they are shown or asked for (ui/widgets/lazy_tabs.py, issue 15.4), each
wired to the window when it is made, with the staff member and shop chosen by then.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from salon_desk.ui.customers.page import CustomersPage
from salon_desk.ui.widgets.lazy_tabs import LazyTabs
from salon_desk.ui.widgets.naming import named

if TYPE_CHECKING:
    from salon_desk.ui.events import AppEvents

# In order: Ctrl+1 … Ctrl+7.
CUSTOMERS, CARE_LOG, FREQUENCY, FOLLOW_UPS, COMPLAINTS, CHARTS, REPORTS = range(7)


class Page(Protocol):
    """What the window asks of every tab."""

    @property
    def status_message(self) -> SignalInstance: ...

    def focus_start(self) -> None: ...

    def show_shop(self, shop_id: int) -> None: ...  # a chain's one shop (0: the whole chain)


def _care_log(events: AppEvents, actor_id: int | None) -> QWidget:
    from salon_desk.ui.care_log.page import CareLogPage

    return CareLogPage(events, actor_id)


def _frequency(events: AppEvents, actor_id: int | None) -> QWidget:
    from salon_desk.ui.frequency.page import FrequencyPage

    return FrequencyPage(events, actor_id)


def _follow_ups(events: AppEvents, actor_id: int | None) -> QWidget:
    from salon_desk.ui.follow_ups.page import FollowUpsPage

    return FollowUpsPage(events, actor_id)


def _complaints(events: AppEvents, actor_id: int | None) -> QWidget:
    from salon_desk.ui.complaints.page import ComplaintsPage

    return ComplaintsPage(events, actor_id)


def _charts(events: AppEvents, actor_id: int | None) -> QWidget:
    from salon_desk.ui.charts.page import ChartsPage

    return ChartsPage(events)


def _reports(events: AppEvents, actor_id: int | None) -> QWidget:
    from salon_desk.ui.reports.page import ReportsPage

    return ReportsPage(events, actor_id)


class WindowTabs(LazyTabs):
    def __init__(self, events: AppEvents, actor_id: int | None) -> None:
        super().__init__()
        named(self, "main_tabs")
        self.actor_id = actor_id  # who the pages made later are made for
        translate = QCoreApplication.translate
        self.customers = CustomersPage(events, actor_id)
        self.add_page(self.customers, translate("MainWindow", "Customer files"))
        makers: list[tuple[Callable[[AppEvents, int | None], QWidget], str]] = [
            (_care_log, translate("MainWindow", "Care log")),
            (_frequency, translate("MainWindow", "Visit frequency")),
            (_follow_ups, translate("MainWindow", "Follow-up calls")),
            (_complaints, translate("MainWindow", "Complaints")),
            (_charts, translate("MainWindow", "Charts")),
            (_reports, translate("MainWindow", "Reports")),
        ]
        for make, title in makers:
            self.add_lazy(functools.partial(self._make, make, events), title)

    def _make(self, make: Callable[[AppEvents, int | None], QWidget], events: AppEvents) -> QWidget:
        return make(events, self.actor_id)  # whoever is on duty when it is first shown

    def page_at(self, index: int) -> Page:
        return cast(Page, self.page(index))

    def made_pages(self) -> list[Any]:
        """The pages made so far."""
        return [page for index in range(self.count()) if (page := self.built(index))]
