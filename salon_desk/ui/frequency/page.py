"""The visit-frequency tab (到店频率): who is key, potential, fading or new, and who is overdue."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salon_desk.services import catalogues, frequency, retention_model
from salon_desk.services.changes import Changes
from salon_desk.services.frequency import FrequencyRow
from salon_desk.services.frequency_rules import Group, load_rules
from salon_desk.services.frequency_sql import Scope
from salon_desk.services.frequency_table import FrequencySort, TableOrder, TableQuery, table_order
from salon_desk.ui import labels
from salon_desk.ui.events import AppEvents
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.follow_ups.assign_dialog import AssignCallsDialog
from salon_desk.ui.frequency.rules_dialog import RulesDialog
from salon_desk.ui.frequency.table_model import FrequencyTableModel
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.lazy_page import LazyPage
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column
from salon_desk.ui.widgets.stale import show_stale
from salon_desk.ui.widgets.tables import (
    row_table,
    show_rows_model,
)
from salon_desk.ui.widgets.tasks import run_task

OVERDUE_COLOUR = QColor("#b3261e")
OVERDUE_COLUMN = 6  # overdue first, longest away first: the list a manager opens for
# What each column sorts by, in SQL (the reasons sort as the overdue column does).
SORTS = [
    FrequencySort.NAME,
    FrequencySort.PHONE,
    FrequencySort.GROUP,
    FrequencySort.VISITS_IN_WINDOW,
    FrequencySort.USUAL_GAP,
    FrequencySort.DAYS_AWAY,
    FrequencySort.OVERDUE,
    FrequencySort.OVERDUE,
    FrequencySort.STAFF,
    FrequencySort.PSYCHOLOGY,
    FrequencySort.PERSONALITY,
    FrequencySort.VALUE_TIER,
    FrequencySort.SPEND_IN_WINDOW,
    FrequencySort.OPEN_CALLS,
    FrequencySort.P_ALIVE,
    FrequencySort.EXPECTED_VISITS,
]
MODEL_COLUMNS = (14, 15)  # shown only while the shop's retention model is trusted (19.5)


class FrequencyPage(LazyPage):
    status_message = Signal(str)
    open_customer = Signal(int)
    export_requested = Signal(object)  # [(what, customer ids or None)]

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("frequency_page")
        self.events = events
        self.actor_id = actor_id
        self.today = dt.date.today()
        self.shop_id: int | None = None  # a chain's one shop; None: everyone on file
        # A count's answer is shown only if no newer one was asked since (a change, a
        # sort or a filter asks again; a count that failed, the server gone, is left).
        self._generation = 0
        self.count_buttons: dict[Group | None, QToolButton] = {}
        self.group_filter = named(QComboBox(), "frequency_group")
        self.staff_filter = named(QComboBox(), "frequency_staff")
        # Combined with the group, overdue and her beautician (17.4): 高价值 AND overdue
        # AND 冲动型, for the calls to assign.
        self.tier_filter = named(QComboBox(), "frequency_tier")
        self.type_filter = named(QComboBox(), "frequency_type")
        self.overdue_only = named(QCheckBox(self.tr("Overdue only")), "frequency_overdue_only")
        self.overdue_count = named(QToolButton(), "frequency_overdue_count")
        self.rules_button = named(QPushButton(self.tr("Rules…")), "frequency_rules")
        self.model = FrequencyTableModel(
            self._columns(),
            self._rows_of,
            highlight=lambda row: OVERDUE_COLOUR if row.overdue else None,
        )
        self.table = row_table("frequency_table", multi_select=True)
        show_rows_model(self.table, self.model)
        self.table.sortByColumn(OVERDUE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.shown_label = named(QLabel(), "frequency_shown")
        self.export_button = named(QPushButton(self.tr("Export to Excel…")), "frequency_export")
        self.assign_button = named(
            QPushButton(self.tr("Assign follow-up calls… (Ctrl+Shift+A)")), "frequency_assign"
        )
        self._build_layout()
        self._connect()

    def _columns(self) -> list[Column[FrequencyRow]]:
        """What each column shows; what it sorts by is SQL's (SORTS)."""
        group_names = texts.groups()
        type_names = {
            type_id: labels.type_name(entry) for type_id, entry in labels.types_by_id().items()
        }

        def type_of(type_id: int | None) -> str:
            return type_names.get(type_id, "") if type_id is not None else ""

        tier_names = labels.tier_names()  # (read once, not for every cell drawn)

        def tier_of(tier: int | None) -> str:
            return tier_names[tier] if tier is not None and tier < len(tier_names) else ""

        return [
            Column(self.tr("Name"), lambda r: r.name, width=80),
            Column(self.tr("Phone"), lambda r: phones.shown(r.phone), width=100),
            Column(
                self.tr("Group"),
                lambda r: group_names[r.group],
                width=80,
            ),
            Column(
                self.tr("Visits in window"),
                lambda r: str(r.visits_in_window),
                numeric=True,
                width=110,
            ),
            Column(
                self.tr("Usual gap (days)"),
                lambda r: "" if r.typical_days is None else str(round(r.typical_days)),
                numeric=True,
                width=110,
            ),
            Column(
                self.tr("Days away"),
                lambda r: "" if r.days_since_last is None else str(r.days_since_last),
                numeric=True,
                width=80,
            ),
            Column(
                self.tr("Overdue"),
                lambda r: self.tr("Overdue") if r.overdue else "",
                width=70,
            ),
            Column(self.tr("Why she may be slipping away"), texts.overdue_reason, width=400),
            Column(self.tr("Responsible"), lambda r: r.staff_name, width=80),
            Column(self.tr("Psychology"), lambda r: type_of(r.psychology_type_id), width=90),
            Column(self.tr("Personality"), lambda r: type_of(r.personality_type_id), width=100),
            Column(self.tr("Value"), lambda r: tier_of(r.value_tier), width=80),
            Column(
                self.tr("Spend in window"),
                lambda r: labels.money(r.spend_in_window_fen),
                numeric=True,
                width=100,
            ),
            Column(
                self.tr("Open calls"),
                lambda r: str(r.open_calls) if r.open_calls else "",
                numeric=True,
            ),
            Column(
                self.tr("Chance she comes back"),
                lambda r: "" if r.p_alive is None else labels.chance(r.p_alive),
                numeric=True,
                width=120,
            ),
            Column(
                self.tr("Visits expected, 90 days"),
                lambda r: "" if r.expected_90 is None else f"{r.expected_90:.1f}",
                numeric=True,
                width=140,
            ),
        ]

    def _build_layout(self) -> None:
        counts = QHBoxLayout()
        names = texts.groups()
        for group in [None, *Group]:
            button = named(QToolButton(), f"frequency_count_{group or 'all'}")
            button.setToolTip(names[group] if group else self.tr("Everyone"))
            button.clicked.connect(lambda _=False, chosen=group: self._show_group(chosen))
            self.count_buttons[group] = button
            counts.addWidget(button)
        counts.addWidget(self.overdue_count)
        counts.addStretch(1)
        counts.addWidget(self.rules_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Group")))
        filters.addWidget(self.group_filter)
        filters.addWidget(QLabel(self.tr("Responsible")))
        filters.addWidget(self.staff_filter)
        filters.addWidget(QLabel(self.tr("Value")))
        filters.addWidget(self.tier_filter)
        filters.addWidget(QLabel(self.tr("Type")))
        filters.addWidget(self.type_filter)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.shown_label, 1)
        footer.addWidget(self.export_button)
        footer.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.group_filter.addItem(self.tr("All groups"), None)
        for group in Group:
            self.group_filter.addItem(names[group], group)
        self._fill_staff()

    def _fill_choices(self) -> None:
        """The tiers and types as the shop has them now; what was chosen stays."""
        everything = self.tr("All")
        tiers = [(name, tier) for tier, name in enumerate(labels.tier_names())]
        kinds = labels.type_catalogues()
        types = [
            (f"{kinds.get(entry.kind, entry.kind)}: {labels.type_name(entry)}", type_id)
            for type_id, entry in labels.types_by_id().items()
            if not entry.retired
        ]
        for combo, choices in ((self.tier_filter, tiers), (self.type_filter, types)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _fill_staff(self) -> None:
        self._fill_choices()
        chosen = self.staff_filter.currentData()
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Everyone"), None)
        for member in catalogues.list_staff(include_inactive=True):
            self.staff_filter.addItem(member.name, member.id)
        found = self.staff_filter.findData(chosen)
        self.staff_filter.setCurrentIndex(max(found, 0))
        self.staff_filter.blockSignals(False)

    def _connect(self) -> None:
        self.group_filter.currentIndexChanged.connect(self.apply_filters)
        self.staff_filter.currentIndexChanged.connect(self.apply_filters)
        self.tier_filter.currentIndexChanged.connect(self.apply_filters)
        self.type_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.overdue_count.clicked.connect(self._show_overdue)
        self.assign_button.clicked.connect(self.assign_calls)
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self).activated.connect(self.assign_calls)
        self.rules_button.clicked.connect(self.edit_rules)
        self.table.doubleClicked.connect(self._open_current)
        self.table.selectionModel().selectionChanged.connect(self._update_footer)
        self.model.sort_requested.connect(lambda *_: self.reload())
        self.events.changed.connect(self._changed)

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id

    def show_shop(self, shop_id: int) -> None:
        """A chain's groups count one shop's customers (0: the whole chain)."""
        self.shop_id = shop_id or None
        self.mark_stale()

    def _changed(self, changed: Changes) -> None:
        """A customer's visits, file, cards, calls or complaints changed: her group or
        place may have too, so the order is counted again on the worker (a fifth of a
        second for a chain) and only the rows on screen are read again."""
        if changed.everything or changed.catalogues:
            self._fill_staff()
            self.model.columns = self._columns()  # type and tier names as they are now
        # (the value tiers, counted again, come as a catalogue change)
        if changed.everything or changed.catalogues or changed.customers:
            self.mark_stale()

    def _rows_of(self, customer_ids: frozenset[int]) -> list[FrequencyRow]:
        """The rows of a page on screen (about 5 ms for 200 of a chain's customers)."""
        return frequency.visit_statistics(self.today, only=customer_ids, shop_id=self.shop_id)

    def _query(self) -> Callable[[], TableQuery]:
        """What the table asks for, read from the screen now; the shop's rules are read
        with the rest on the worker (a read on the UI thread fails there when the server
        has gone, where the worker's failure fades the screens: ui/offline.py)."""
        column, order = self.model.sorted_by or (OVERDUE_COLUMN, Qt.SortOrder.DescendingOrder)
        group = self.group_filter.currentData()  # the combo box hands back the text
        asked = functools.partial(
            TableQuery,
            group=Group(group) if group else None,
            staff_id=self.staff_filter.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            value_tier=self.tier_filter.currentData(),
            type_id=self.type_filter.currentData(),
            sort=SORTS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        today, shop_id = self.today, self.shop_id
        return lambda: asked(Scope(today, load_rules(), shop_id=shop_id))

    def reload(self) -> None:
        """The order, the filters and the counts, computed on a worker thread; the rows
        shown stay, greyed, until the new order arrives."""
        self.today = dt.date.today()
        self._generation += 1
        generation, query = self._generation, self._query()
        if self.model.rowCount() == 0:
            self.shown_label.setText(self.tr("Counting every customer's visits…"))
        show_stale(self.table, True)

        shop_id = self.shop_id

        def count() -> tuple[TableOrder, bool]:
            # (the model's columns only while its fit for these customers is trusted)
            return table_order(query()), retention_model.in_use(shop_id)

        run_task(count, lambda found: self._show(found[0], found[1], generation))

    def _show(self, order: TableOrder, trusted: bool, generation: int) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the tab closed, or a newer count is on its way
        show_stale(self.table, False)
        for column in MODEL_COLUMNS:
            self.table.setColumnHidden(column, not trusted)
        self.model.set_order(order)
        names = texts.groups()
        self.count_buttons[None].setText(self.tr("Everyone: %1").replace("%1", str(order.everyone)))
        for group in Group:
            self.count_buttons[group].setText(f"{names[group]}: {order.counts[group]}")
        self.overdue_count.setText(self.tr("Overdue: %1").replace("%1", str(order.overdue_count)))
        self._update_footer()

    def apply_filters(self) -> None:
        self.reload()

    def _show_group(self, group: Group | None) -> None:
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(group), 0))
        if group is None:
            self.overdue_only.setChecked(False)
        self.focus_start()

    def _show_overdue(self) -> None:
        self.overdue_only.setChecked(True)
        self.focus_start()

    def focus_start(self) -> None:
        """The work starts in the table: Ctrl+A, then Ctrl+Shift+A assigns calls."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected_rows(self) -> list[int]:
        """The selected lines, top to bottom, from the selection's ranges (Ctrl+A over
        a chain's 100,000 is one range, not 100,000 indexes)."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows: set[int] = set()
        ranges = selection.selection()
        for number in range(ranges.count()):
            picked = ranges.at(number)
            rows.update(range(picked.top(), picked.bottom() + 1))
        return sorted(rows)

    def _update_footer(self) -> None:
        chosen = len(self._selected_rows())
        self.shown_label.setText(
            self.tr("%1 shown, %2 selected")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(chosen))
        )
        self.assign_button.setEnabled(chosen > 0)

    def assign_calls(self) -> AssignCallsDialog | None:
        rows = self._selected_rows()
        if not rows:
            self.status_message.emit(self.tr("Select the customers to call first."))
            return None
        reason = "overdue" if all(self.model.is_overdue_at(row) for row in rows) else "manual"
        dialog = AssignCallsDialog(
            [self.model.id_at(row) for row in rows], reason, self.actor_id, self.today, self
        )
        dialog.assigned.connect(self._assigned)
        dialog.open()
        return dialog

    def export(self) -> None:
        shown = self.model.ids()
        chosen = frozenset(self.model.id_at(row) for row in self._selected_rows())
        everyone = self.model.order.everyone
        scopes: list[tuple[str, frozenset[int] | None]] = [
            (self.tr("All customers on file (%1)").replace("%1", str(everyone)), None),
            (self.tr("The customers shown (%1)").replace("%1", str(len(shown))), shown),
        ]
        if chosen:
            scopes.append(
                (self.tr("The selected ones (%1)").replace("%1", str(len(chosen))), chosen)
            )
        self.export_requested.emit(scopes)

    def _assigned(self, message: str) -> None:
        self.events.publish()
        self.status_message.emit(message)

    def edit_rules(self) -> RulesDialog:
        dialog = RulesDialog(load_rules(), self.actor_id, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_customer.emit(self.model.id_at(index.row()))
        self.model.columns = self._columns()
        self.mark_stale()
