"""The customer files tab: instant search, the list, and the open file."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import customers, value_tiers
from salon_desk.services.changes import Changes
from salon_desk.services.customer_search import CustomerQuery, count_customers, customer_ids
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui import labels
from salon_desk.ui.customers.list_model import CustomerListModel
from salon_desk.ui.customers.only_bar import OnlyTheseBar
from salon_desk.ui.customers.profile_form import ProfileForm
from salon_desk.ui.customers.shop_fields import FieldFilter
from salon_desk.ui.customers.status_panel import FileSidePanel
from salon_desk.ui.events import AppEvents
from salon_desk.ui.widgets import phones, prompts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.prompts import Answer
from salon_desk.ui.widgets.tables import fit_headers

SEARCH_DELAY_MS = 120


class CustomersPage(QWidget):
    status_message = Signal(str)
    log_visit_requested = Signal(int)  # customer id

    def __init__(self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customers_page")
        self.events = events
        self.current: customers.CustomerFile | None = None
        self.shop_id: int | None = None  # a chain's one shop; None: everyone on file

        self.search = named(QLineEdit(), "customer_search")
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin initials (zhm), or phone digits (last 4)")
        )
        self.search.setClearButtonEnabled(True)
        self.show_archived = named(QCheckBox(self.tr("Show archived")), "show_archived")
        self.field_filter = named(FieldFilter(), "field_filter")
        self.count_label = named(QLabel(), "customer_count")
        self.only_these = OnlyTheseBar(self)
        self.model = CustomerListModel(self)
        self.table = named(QTableView(), "customer_table")
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((84, 108, 44, 44, 62, 70, 92, 70, 70, 70)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)

        self.form = ProfileForm(self)
        self.side = FileSidePanel(events, self)
        self.title = named(QLabel(), "file_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        # Her types and how to serve each, under her name (17.3).
        self.type_line = named(QLabel(), "file_types")
        self.type_line.setWordWrap(True)
        self.type_line.setStyleSheet("color: #5b4a8a;")
        self.new_button = named(QPushButton(self.tr("&New customer")), "new_customer")
        self.save_button = named(QPushButton(self.tr("&Save")), "save_customer")
        self.revert_button = named(QPushButton(self.tr("Undo changes")), "revert_customer")
        self.archive_button = named(QPushButton(self.tr("Archive")), "archive_customer")
        self.log_visit_button = named(QPushButton(self.tr("&Log a visit")), "log_visit")
        self.save_button.setDefault(True)

        self._tier_key: tuple[int, int] | None = None
        self._tier_text = ""
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._refresh_on_show = False
        self._build_layout()
        self._connect()
        self.set_actor(actor_id)
        self.field_filter.refill()
        if not self.model.loaded:  # turning the header's sorting on read the first page
            self.refresh_list()
        self.open_new()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.field_filter)
        search_row.addWidget(self.show_archived)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.only_these)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for button in (
            self.log_visit_button,
            self.new_button,
            self.save_button,
            self.revert_button,
            self.archive_button,
        ):
            buttons.addWidget(button)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        # The form fits the width it is given (long labels wrap above their field):
        # a sideways scroll bar hid the right edge of every field.
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(self.form)
        file_area = QSplitter(Qt.Orientation.Horizontal)
        file_area.addWidget(form_scroll)
        file_area.addWidget(self.side)
        file_area.setStretchFactor(0, 3)
        file_area.setStretchFactor(1, 2)
        file_area.setSizes([420, 440])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.type_line)
        right_layout.addWidget(file_area, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._open_first_result)
        self._search_timer.timeout.connect(self.refresh_list)
        self.show_archived.toggled.connect(self.refresh_list)
        self.field_filter.activated.connect(self.refresh_list)
        self.only_these.cleared.connect(self.refresh_list)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.counted.connect(self._update_count)
        self.new_button.clicked.connect(self.new_customer)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.form.edited.connect(self._update_buttons)
        self.form.phone.editingFinished.connect(self._check_phone)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_customer)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.focus_search)
        self.events.changed.connect(self._changed)
        self.side.cards_changed.connect(lambda _: self.events.publish())
        self.side.relations_changed.connect(self.events.publish)
        self.side.open_customer.connect(self.open_customer)
        self.log_visit_button.clicked.connect(self._log_visit)
        self.side.status_message.connect(self.status_message)

    def hideEvent(self, event: QHideEvent) -> None:
        # A pending search must not run after the window (and maybe the database) closed;
        # coming back to the tab runs it.
        self._refresh_on_show = self._search_timer.isActive()
        self._search_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._refresh_on_show:
            self._refresh_on_show = False
            self.refresh_list()

    # -- the list -----------------------------------------------------------------
    def refresh_list(self) -> None:
        self._search_timer.stop()
        query = self.model.query()
        self.model.set_query(
            CustomerQuery(
                text=self.search.text(),
                include_archived=self.show_archived.isChecked(),
                sort=query.sort,
                descending=query.descending,
                only_ids=self.only_these.ids,
                shop_id=self.shop_id,
                **self.field_filter.chosen(),  # type: ignore[arg-type]
            )
        )
        self._reselect_current()

    def show_shop(self, shop_id: int) -> None:
        """A chain's list shows one shop's customers (0: the whole chain)."""
        self.shop_id = shop_id or None
        self.refresh_list()

    def export_scopes(self) -> list[tuple[str, frozenset[int] | None]]:
        everyone = count_customers(CustomerQuery())
        scopes: list[tuple[str, frozenset[int] | None]] = [
            (self.tr("All customers on file (%1)").replace("%1", str(everyone)), None)
        ]
        query = self.model.query()
        # Counted first: the ids (100,000 of them at a chain's size) only when they differ.
        if self.show_archived.isChecked() or count_customers(query) != everyone:
            shown = customer_ids(query)
            scopes.append((self.tr("The list as shown (%1)").replace("%1", str(len(shown))), shown))
        if self.current is not None:
            text = self.tr("Only %1's file").replace("%1", self.current.data.name)
            scopes.append((text, frozenset({self.current.id})))
        return scopes

    def focus_start(self) -> None:
        """Ctrl+1: type a name, initials or phone digits straight away."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_only(self, ids: frozenset[int], description: str) -> None:
        """List exactly these customers (a chart's bar) until "Show everyone"."""
        self.search.clear()
        self.only_these.show_only(ids, description)
        self.refresh_list()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.model.count_text(lambda rows: self.tr("%n customer(s)", "", rows))
        )

    def _reselect_current(self) -> None:
        if self.current is None:
            return
        row = self.model.row_of(self.current.id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_first_result(self) -> None:
        self.refresh_list()
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _row_changed(self, current: object, previous: object) -> None:
        row = self.model.customer_at(self.table.currentIndex().row())
        if row is None or (self.current is not None and row.id == self.current.id):
            return
        if not self.open_customer(row.id):
            self._reselect_current()

    # -- the open file ------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Ask before unsaved edits would be dropped; False means stay on this file."""
        if not self.form.is_dirty():
            return True
        answer = prompts.ask_unsaved(self, self.form.name.text())
        if answer is Answer.SAVE:
            return self.save()
        return answer is Answer.DISCARD

    def open_customer(self, customer_id: int) -> bool:
        if not self.confirm_leave():
            return False
        self.current = customers.get_customer(customer_id)
        self.form.load(self.current)
        self.side.show_customer(customer_id)
        self._reselect_current()
        self._update_buttons()
        return True

    def open_new(self) -> None:
        self.current = None
        self.form.load(None)
        self.side.show_customer(None)
        self.table.clearSelection()
        self._update_buttons()

    def new_customer(self) -> None:
        if self.confirm_leave():
            self.open_new()
            self.form.name.setFocus()

    def revert(self) -> None:
        self.form.load(self.current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.current
        if current is None:
            self.title.setText(self.tr("New customer file"))
        else:
            suffix = self.tr(" (archived)") if current.archived_at else ""
            tier = self._tier_of(current)  # her value tier beside her name (17.4)
            self.title.setText(current.data.name + suffix + (f"  ·  {tier}" if tier else ""))
        self.type_line.setText(self.form.types_html(current.data) if current else "")
        self.type_line.setVisible(bool(self.type_line.text()))
        self.archive_button.setEnabled(
            current is not None and allowed(self.actor_id, Permission.ARCHIVE)
        )
        self.log_visit_button.setEnabled(current is not None and current.archived_at is None)
        self.archive_button.setText(
            self.tr("Restore") if current and current.archived_at else self.tr("Archive")
        )
        self.revert_button.setEnabled(self.form.is_dirty())

    def _tier_of(self, current: customers.CustomerFile) -> str:
        """Read when another file (or a new version of hers) is shown, not at each edit."""
        key = (current.id, current.version)
        if key != self._tier_key:
            self._tier_key = key
            self._tier_text = labels.tier_name(value_tiers.tier_of(current.id))
        return self._tier_text

    def _check_phone(self) -> None:
        owner = customers.phone_owner(
            self.form.phone.text(), self.current.id if self.current else None
        )
        if owner is None:
            self.form.phone_notice.hide()
            return
        self.form.phone_notice.setText(
            self.tr("This number is already on %1's file.").replace("%1", owner[1])
        )
        self.form.phone_notice.setStyleSheet("color: #b26a00;")
        self.form.phone_notice.show()

    def save(self) -> bool:
        errors = self.form.form_errors()
        data = self.form.read()
        customer_id = self.current.id if self.current else None
        messages = labels.field_errors()
        found = {
            field: messages[code]
            for field, code in customers.validate(
                customers.clean_input(data), customer_id=customer_id
            ).items()
        }
        found.update(errors)
        self.form.show_errors(found)
        if found:
            self.status_message.emit(self.tr("Not saved: correct the fields marked in red."))
            return False
        owner = customers.phone_owner(data.phone, customer_id)
        if owner is not None:
            answer = prompts.ask_duplicate_phone(self, owner[1])
            if answer is Answer.OPEN_OTHER:
                self.open_customer(owner[0])
                return False
            if answer is not Answer.SAVE:
                return False
        elif not self._different_from_same_name(data, customer_id):
            return False
        return self._write(data)

    def _different_from_same_name(
        self, data: customers.CustomerInput, customer_id: int | None
    ) -> bool:
        """A new file, or a renamed one, under a name already on file: ask whether she is
        someone else, or open the file that exists."""
        if self.current is not None and self.current.data.name == data.name:
            return True
        others = customers.same_name_files(data.name, customer_id)
        if not others:
            return True
        lines = [
            self.tr("#%1 · %2 · last visit %3")
            .replace("%1", str(other.id))
            .replace("%2", phones.shown(other.phone) or self.tr("no phone"))
            .replace(
                "%3",
                labels.local_datetime(other.last_visit)[:10]
                if other.last_visit
                else self.tr("none yet"),
            )
            for other in others[:5]
        ]
        answer = prompts.ask_same_name(self, data.name, lines)
        if answer is Answer.OPEN_OTHER:
            self.open_customer(others[0].id)
            return False
        return answer is Answer.SAVE

    def _write(self, data: customers.CustomerInput) -> bool:
        messages = labels.field_errors()
        try:
            if self.current is None:
                customer_id = customers.create_customer(data, self.actor_id)
            else:
                customers.update_customer(
                    self.current.id, data, self.current.version, self.actor_id
                )
                customer_id = self.current.id
        except customers.EditConflict:
            assert self.current is not None
            return self._settle_conflict(self.current, data)
        except customers.ValidationFailed as failure:
            self.form.show_errors({f: messages[c] for f, c in failure.errors.items()})
            return False
        self.current = customers.get_customer(customer_id)
        self.form.load(self.current)
        self._update_buttons()
        self.events.publish()  # the list, her side panel and the other tabs
        self.status_message.emit(self.tr("Saved %1's file.").replace("%1", self.current.data.name))
        return True

    def _settle_conflict(
        self, opened: customers.CustomerFile, mine: customers.CustomerInput
    ) -> bool:
        """Someone saved her file after it was opened here: show both, let her choose."""
        from salon_desk.ui.customers.conflict_dialog import Resolution, ask_about_conflict

        clash = customers.conflict(opened, mine)
        choice = ask_about_conflict(self, clash)
        if choice is Resolution.KEEP_MINE:
            # Her changes on top of theirs: a field only they changed keeps their value.
            self.current = clash.saved
            return self._write(customers.merge_edits(opened.data, clash.saved.data, mine))
        if choice is Resolution.TAKE_THEIRS:
            self.current = clash.saved
            self.form.load(clash.saved)
            self._update_buttons()
        return False

    def toggle_archived(self) -> None:
        if self.current is None:
            return
        archive = self.current.archived_at is None
        if archive:
            question = self.tr(
                "Archive %1's file? It leaves the list but nothing is deleted; "
                "tick Show archived to find it and restore it."
            ).replace("%1", self.current.data.name)
            if not prompts.confirm(self, self.tr("Archive customer"), question):
                return
        customers.set_archived(self.current.id, archive, self.actor_id)
        name = self.current.data.name
        if archive:
            self.open_new()
            self.status_message.emit(self.tr("Archived %1's file.").replace("%1", name))
        else:
            self.open_customer(self.current.id)
            self.status_message.emit(self.tr("Restored %1's file.").replace("%1", name))
        self.events.publish()

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self.side.set_actor(actor_id)
        self._update_buttons()

    def redraw_phones(self) -> None:
        """Phones became masked or unmasked: the open file shows hers the new way (typed
        edits are left alone; the form shows the number once they are saved)."""
        if self.current is not None and not self.form.is_dirty():
            self.form.load(self.current)

    def _log_visit(self) -> None:
        if self.current is not None and self.confirm_leave():
            self.log_visit_requested.emit(self.current.id)

    def _changed(self, changed: Changes) -> None:
        """Files, visits, calls or catalogues changed (here, on another tab or by a
        background job): the list reads again only if it shows what changed — a new or
        changed file, or the last visit of a customer on a page it has read."""
        everyone = changed.everything or changed.catalogues
        if everyone:
            self.form.reload_choices()
            self.field_filter.refill()  # a value filtered by may be gone: read the filter
            self.refresh_list()
        elif changed.files or self.model.shows_any(changed.visits):
            self.model.refresh()
            self._reselect_current()
        if self.current is not None and (everyone or self.current.id in changed.customers):
            self.side.show_customer(self.current.id)
            self._tier_key = None  # her tier may have moved with a visit or a card
            self._update_buttons()
