"""The read-only half of a customer file: service status, visits, cards, complaints and
calls, and the change history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from salon_desk.services import customers, events, retention_model, value_tiers
from salon_desk.services.events import HerEvent
from salon_desk.services.retention_model import HerRetention
from salon_desk.services.service_status import ServiceStatus, service_status
from salon_desk.ui import labels
from salon_desk.ui.customers.visits_panel import VisitsPanel
from salon_desk.ui.widgets.lazy_tabs import LazyTabs
from salon_desk.ui.widgets.naming import named

if TYPE_CHECKING:
    from salon_desk.ui.customers.calls_panel import CallsPanel
    from salon_desk.ui.customers.cards_panel import CardsPanel
    from salon_desk.ui.customers.history_table import HistoryTable
    from salon_desk.ui.customers.relations_panel import RelationsPanel
    from salon_desk.ui.events import AppEvents

# The side panel's tabs, in order.
VISITS, CARDS, CALLS, FAMILY, HISTORY = range(5)


class ServiceStatusBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service status"), parent)
        self.setObjectName("service_status")
        self.visits = named(QLabel(), "status_visits")
        self.first_visit = named(QLabel(), "status_first_visit")
        self.last_visit = named(QLabel(), "status_last_visit")
        self.spend = named(QLabel(), "status_spend")
        self.stage = named(QLabel(), "status_stage")  # where she is with the shop (17.5)
        self.tier = named(QLabel(), "status_tier")  # her value tier by the shop's rules (17.4)
        self.events = named(QLabel(), "status_events")  # her invitations, answers (17.6)
        self.events.setWordWrap(True)
        self.brought = named(QLabel(), "status_brought")  # the customers she referred
        self.brought.setWordWrap(True)
        # The retention model's figures for her (19.5), while the shop's fit is trusted.
        self.chance = named(QLabel(), "status_chance")
        form = QFormLayout(self)
        self._form = form
        form.addRow(self.tr("Visits"), self.visits)
        form.addRow(self.tr("First visit"), self.first_visit)
        form.addRow(self.tr("Last visit"), self.last_visit)
        form.addRow(self.tr("Paid, last 12 months"), self.spend)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Value tier"), self.tier)
        form.addRow(self.tr("Events"), self.events)
        form.addRow(self.tr("Brought in"), self.brought)
        form.addRow(self.tr("Coming back"), self.chance)
        form.setRowVisible(self.chance, False)

    def show_chance(self, hers: HerRetention | None) -> None:
        """Her chance of coming back and the visits to expect, or no row at all."""
        if hers is not None and hers.p_alive is not None:
            self.chance.setText(
                self.tr("%1 chance · about %2 visits in the next 90 days")
                .replace("%1", labels.chance(hers.p_alive))
                .replace("%2", f"{hers.expected_90:.1f}")
            )
        elif hers is not None:  # not back yet: the model gives no chance worth showing
            self.chance.setText(
                self.tr("about %1 visits in the next 90 days").replace(
                    "%1", f"{hers.expected_90:.1f}"
                )
            )
        self._form.setRowVisible(self.chance, hers is not None)

    def show_brought(self, names: list[str]) -> None:
        """Whom she referred: how many, and the first few names."""
        if not names:
            self.brought.setText(self.tr("nobody yet") if self.visits.text() else "")
            return
        shown = "、".join(names[:5]) + ("…" if len(names) > 5 else "")
        self.brought.setText(self.tr("%n customer(s): %1", "", len(names)).replace("%1", shown))

    def show_events(self, hers: list[HerEvent]) -> None:
        """Her latest invitations: what she answered and whether she came."""
        words = labels.rsvp_words()
        lines = []
        for event in hers[:3]:
            answer = self.tr("came") if event.attended else words.get(event.rsvp, event.rsvp)
            lines.append(f"{event.name} {event.held_on.isoformat()}: {answer}")
        self.events.setText("\n".join(lines))

    def show_status(self, status: ServiceStatus | None) -> None:
        if status is None:
            for label in (self.visits, self.first_visit, self.last_visit, self.spend):
                label.setText("")
            return
        self.visits.setText(str(status.visits))
        self.first_visit.setText(labels.local_date(status.first_visit) or self.tr("none yet"))
        self.last_visit.setText(labels.local_date(status.last_visit) or self.tr("none yet"))
        self.spend.setText(labels.money(status.spend_12_months_fen))


class FileSidePanel(QWidget):
    """Her service status above five tabs: her visits, and her cards, complaints and
    calls, family and friends and change history, each made the first time it is shown
    or soon after the window shows (ui/widgets/lazy_tabs.py): the front desk starts on
    the visits, and the modules behind the others cost start-up time (issue 15.4)."""

    cards_changed = Signal(int)  # customer id
    status_message = Signal(str)
    relations_changed = Signal()  # written here: other screens (her relation's file) hear
    open_customer = Signal(int)  # a relation or companion who is a customer

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.customer_id: int | None = None
        self.actor_id: int | None = None
        self.status = ServiceStatusBox(self)
        self.tabs = named(LazyTabs(), "file_side_tabs")
        self.visits = VisitsPanel(self)
        self.tabs.add_page(self.visits, self.tr("Visits"))
        self.tabs.add_lazy(self._make_cards, self.tr("Cards"))
        self.tabs.add_lazy(self._make_calls, self.tr("Complaints and calls"))
        # Short names: five tabs share the panel's width without scroll arrows.
        self.tabs.add_lazy(self._make_family, self.tr("Family"))
        self.tabs.add_lazy(self._make_history, self.tr("History"))
        # A tab behind another shows the file open when it is next shown or asked for,
        # not at each file opened (her history, calls and companions are queries each).
        self._stale: set[int] = set()
        self.tabs.made.connect(lambda index, _page: self._stale.add(index))
        self.tabs.currentChanged.connect(self._fresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def _make_cards(self) -> QWidget:
        from salon_desk.ui.customers.cards_panel import CardsPanel

        panel = CardsPanel(self)
        panel.actor_id = self.actor_id
        panel.cards_changed.connect(self.cards_changed)
        return panel

    def _make_calls(self) -> QWidget:
        from salon_desk.ui.customers.calls_panel import CallsPanel

        panel = CallsPanel(self.events, self)
        panel.actor_id = self.actor_id
        panel.status_message.connect(self.status_message)
        return panel

    def _make_family(self) -> QWidget:
        from salon_desk.ui.customers.relations_panel import RelationsPanel

        panel = RelationsPanel(self)
        panel.actor_id = self.actor_id
        panel.changed.connect(self.relations_changed)
        panel.open_customer.connect(self.open_customer)
        return panel

    def _make_history(self) -> QWidget:
        from salon_desk.ui.customers.history_table import HistoryTable

        return HistoryTable(self)

    @property
    def cards(self) -> CardsPanel:
        return cast("CardsPanel", self._fresh(CARDS))

    @property
    def calls(self) -> CallsPanel:
        return cast("CallsPanel", self._fresh(CALLS))

    @property
    def family(self) -> RelationsPanel:
        return cast("RelationsPanel", self._fresh(FAMILY))

    @property
    def history(self) -> HistoryTable:
        return cast("HistoryTable", self._fresh(HISTORY))

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        for index in (CARDS, CALLS, FAMILY):
            panel = self.tabs.built(index)
            if panel is not None:
                cast("CardsPanel | CallsPanel | RelationsPanel", panel).actor_id = actor_id

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        # One read of the service status serves both the summary and the cards tab.
        status = service_status(customer_id) if customer_id is not None else None
        self.status.show_status(status)
        brought = customers.referred_by_her(customer_id) if customer_id is not None else []
        self.status.show_brought([name for _id, name in brought])
        stage = None
        if customer_id is not None:
            # The frequency rules behind it load with the first file shown, not at start.
            from salon_desk.services import lifecycle

            stage = lifecycle.stage_for(customer_id, dt.date.today())
        self.status.stage.setText(labels.stages()[stage.value] if stage else "")
        self.status.show_chance(
            retention_model.of_customer(customer_id) if customer_id is not None else None
        )
        tier = value_tiers.tier_of(customer_id) if customer_id is not None else None
        self.status.tier.setText(labels.tier_name(tier))
        self.status.show_events(events.events_of(customer_id) if customer_id is not None else [])
        self.visits.show_customer(customer_id)
        self._stale = {index for index in (CARDS, CALLS, FAMILY, HISTORY) if self.tabs.built(index)}
        shown = self.tabs.currentIndex()
        if shown in self._stale:
            self._stale.discard(shown)
            self._show_in(shown, status)

    def _fresh(self, index: int) -> QWidget:
        """Tab ``index``, made if need be, showing the file open now."""
        page = self.tabs.page(index)
        if index in self._stale:
            self._stale.discard(index)
            self._show_in(index)
        return page

    def _show_in(self, index: int, status: ServiceStatus | None = None) -> None:
        """The file open now in tab ``index`` (``status``: read already, or not)."""
        customer_id = self.customer_id
        if index == CARDS:
            if customer_id is not None and status is None:
                status = service_status(customer_id)
            self.cards.show_cards(customer_id, status.cards if status else [])
        elif index == CALLS:
            self.calls.show_customer(customer_id)
        elif index == FAMILY:
            self.family.show_customer(customer_id)
        elif index == HISTORY:
            self.history.show_customer(customer_id)
