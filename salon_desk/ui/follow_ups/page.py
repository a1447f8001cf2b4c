"""The follow-up calls tab (回访): my calls, the team's calls, care lists and events."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from salon_desk.ui.events import AppEvents
from salon_desk.ui.follow_ups.care_lists import CareListsPanel
from salon_desk.ui.follow_ups.events_panel import EventsPanel
from salon_desk.ui.follow_ups.my_calls import MyCallsPanel
from salon_desk.ui.follow_ups.team import TeamPanel
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named


class FollowUpsPage(LazyPage):
    status_message = Signal(str)
    open_customer = Signal(int)

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("follow_ups_page")
        self.events = events
        self.actor_id = actor_id
        self.mine = MyCallsPanel()
        self.team = TeamPanel()
        self.care_lists = CareListsPanel()
        self.events_panel = EventsPanel()
        self.views = named(QTabWidget(), "follow_up_views")
        self.views.addTab(self.mine, self.tr("My calls"))
        self.views.addTab(self.team, self.tr("Team overview"))
        self.views.addTab(self.care_lists, self.tr("Care lists"))
        self.views.addTab(self.events_panel, self.tr("Events"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        for panel in (self.mine, self.team, self.care_lists, self.events_panel):
            panel.calls_changed.connect(lambda: events.publish())
            panel.status_message.connect(self.status_message)
        self.mine.open_customer.connect(self.open_customer)
        self.care_lists.open_customer.connect(self.open_customer)
        self.events_panel.open_customer.connect(self.open_customer)
        self.views.currentChanged.connect(lambda _: self.reload())
        # Calls, care lists (birthdays, cards, visits) and names: any change may show.
        events.changed.connect(self.mark_stale)

    def focus_start(self) -> None:
        """Ctrl+4: her own calls, the first open one chosen, ready for an outcome."""
        self.views.setCurrentWidget(self.mine)
        self.mine.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self.mark_stale()

    def show_shop(self, shop_id: int) -> None:
        """A chain's team overview: the calls one shop makes (0: the whole chain)."""
        self.team.shop_id = shop_id or None
        self.mark_stale()

    def reload(self) -> None:
        """Only the view in front is recomputed; the others catch up when they are shown."""
        today = dt.date.today()
        current = self.views.currentWidget()
        if current is self.mine:
            self.mine.show_calls(self.actor_id, today)
        elif current is self.team:
            self.team.show_team(self.actor_id, today)
        elif current is self.events_panel:
            self.events_panel.show_events(self.actor_id, today)
        else:
            self.care_lists.show_lists(self.actor_id, today)
