"""Settings: the staff list, service items, the three customer-type catalogues, the shop's
own customer fields, shops, and this PC's and the shop's settings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues, customer_types, shops, value_tiers
from salon_desk.services.catalogues import CatalogueError
from salon_desk.services.permissions import PermissionDenied
from salon_desk.ui import labels
from salon_desk.ui.events import AppEvents
from salon_desk.ui.settings.catalogue_table import CatalogueTable
from salon_desk.ui.settings.database_tab import DatabaseTab
from salon_desk.ui.settings.fields_tab import FieldsTable
from salon_desk.ui.settings.holidays_tab import HolidaysTab
from salon_desk.ui.settings.shop_tab import ShopSettingsTab
from salon_desk.ui.settings.shops_tab import ShopsTab
from salon_desk.ui.settings.tiers_tab import TiersTab
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tasks import run_task


class StaffTable(CatalogueTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "staff",
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Phone"),
                self.tr("Active"),
                self.tr("Customers brought in"),
            ],
            parent,
        )
        self.load()

    def _role_combo(self, row: int, role: str) -> None:
        combo = QComboBox()
        for code, text in labels.roles().items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        self._put(row, 1, combo)

    def load(self) -> None:
        members = catalogues.list_staff(include_inactive=True)
        brought = catalogues.referral_counts()  # the customers each referred (17.7)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            self._set(row, 0, member.name, member.id)
            self._role_combo(row, member.role)
            self._set(row, 2, member.phone)
            self._check(row, 3, member.active)
            self._set_read_only(row, 4, str(brought.get(member.id, 0)))

    def fill_new_row(self, row: int) -> None:
        self._set(row, 0, "", 0)
        self._role_combo(row, "beautician")
        self._set(row, 2, "")
        self._check(row, 3, True)
        self._set_read_only(row, 4, "0")

    def save_row(self, row: int, actor_id: int | None) -> None:
        combo = self.table.cellWidget(row, 1)
        role = combo.currentData() if isinstance(combo, QComboBox) else "beautician"
        catalogues.save_staff(
            catalogues.StaffMember(
                self._id(row), self._text(row, 0), role, self._text(row, 2), self._checked(row, 3)
            ),
            actor_id,
        )


class ServiceItemTable(CatalogueTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "service_items",
            [
                self.tr("Name"),
                self.tr("Category"),
                self.tr("Price (yuan)"),
                self.tr("Minutes"),
                self.tr("Active"),
            ],
            parent,
        )
        self.load()

    def load(self) -> None:
        items = catalogues.list_service_items(include_inactive=True)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            self._set(row, 0, item.name, item.id)
            self._set(row, 1, item.category)
            self._set(row, 2, f"{Decimal(item.price_fen) / 100:.2f}")
            self._set(row, 3, str(item.duration_minutes))
            self._check(row, 4, item.active)

    def fill_new_row(self, row: int) -> None:
        for column, text in enumerate(("", "", "0.00", "60")):
            self._set(row, column, text, 0 if column == 0 else None)
        self._check(row, 4, True)

    def save_row(self, row: int, actor_id: int | None) -> None:
        try:
            price_fen = int(Decimal(self._text(row, 2) or "0") * 100)
            minutes = int(self._text(row, 3) or "60")
        except (InvalidOperation, ValueError):
            raise CatalogueError("price_negative") from None
        catalogues.save_service_item(
            catalogues.ServiceItemRow(
                self._id(row),
                self._text(row, 0),
                self._text(row, 1),
                price_fen,
                minutes,
                self._checked(row, 4),
            ),
            actor_id,
        )


class TypeTable(CatalogueTable):
    """Built-in types show their text in the user's language until the shop rewrites it."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        self.kind = kind
        self._builtin: dict[int, tuple[str, str]] = {}
        super().__init__(
            f"{kind}_types",
            [self.tr("Type"), self.tr("Serving strategy"), self.tr("Retired")],
            parent,
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Single or multiple choice (17.3): a 复合型 customer holds several.
        self.multiple = named(
            QCheckBox(self.tr("A customer may have several of these types")),
            f"{kind}_multiple",
        )
        self.multiple.setToolTip(
            self.tr(
                "Unticked, her file offers one; a customer who already has several keeps"
                " them until her file is saved again."
            )
        )
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.multiple)
        self.load()

    def save_all(self, actor_id: int | None) -> bool:
        several = self.multiple.isChecked()  # (saving the rows reads the tab again)
        if not super().save_all(actor_id):
            return False
        chosen = set(customer_types.multiple_choice())
        wanted = chosen | {self.kind} if several else chosen - {self.kind}
        if wanted != chosen:
            try:
                customer_types.set_multiple_choice(wanted, actor_id)
            except PermissionDenied:
                self.error.setText(labels.field_errors().get("owner_only", ""))
                return False
        self.multiple.setChecked(several)
        return True

    def load(self) -> None:
        self.multiple.setChecked(self.kind in customer_types.multiple_choice())
        entries = catalogues.list_types(self.kind, include_retired=True)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._builtin[entry.id] = (
                labels.builtin_type_names().get(entry.code, ""),
                labels.builtin_type_strategies().get(entry.code, ""),
            )
            self._set(row, 0, labels.type_name(entry), entry.id)
            self._set(row, 1, labels.type_strategy(entry))
            self._check(row, 2, entry.retired)
        self.table.resizeRowsToContents()

    def fill_new_row(self, row: int) -> None:
        self._set(row, 0, "", 0)
        self._set(row, 1, "")
        self._check(row, 2, False)

    def save_row(self, row: int, actor_id: int | None) -> None:
        record_id = self._id(row)
        name, strategy = self._text(row, 0), self._text(row, 1)
        builtin_name, builtin_strategy = self._builtin.get(record_id, ("", ""))
        # Unchanged built-in text stays empty, so it keeps following the app's language.
        name = "" if name == builtin_name else name
        strategy = "" if strategy == builtin_strategy else strategy
        catalogues.save_type(
            catalogues.TypeEntry(
                record_id, self.kind, "", name, strategy, 0, self._checked(row, 2)
            ),
            actor_id,
        )


class SettingsDialog(QDialog):
    language_changed = Signal()
    database_changed = Signal()  # used from the next start

    def __init__(
        self,
        events: AppEvents,
        actor_id: int | None,
        parent: QWidget | None = None,
        database_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(1000, 580)  # every tab shows without scroll arrows (en is widest)
        self.events = events
        self.actor_id = actor_id
        self.tabs = named(QTabWidget(), "settings_tabs")
        self.staff = StaffTable()
        self.service_items = ServiceItemTable()
        self.psychology = TypeTable("psychology")
        self.personality = TypeTable("personality")
        self.traits = TypeTable("trait")
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.service_items, self.tr("Service items"))
        self.tabs.addTab(self.psychology, self.tr("Consumption psychology"))
        self.tabs.addTab(self.personality, self.tr("Personality types"))
        self.tabs.addTab(self.traits, self.tr("Customer traits"))
        self.fields = FieldsTable()
        self.tabs.addTab(self.fields, self.tr("Customer fields"))
        self.tiers = TiersTab()
        self.tabs.addTab(self.tiers, self.tr("Value tiers"))
        self.holidays = HolidaysTab()
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tables: list[CatalogueTable] = [
            self.staff,
            self.service_items,
            self.psychology,
            self.personality,
            self.traits,
            self.fields,
        ]
        self.shops: ShopsTab | None = None
        if shops.shops_in_use():
            self.shops = ShopsTab(database_label)
            self.tabs.addTab(self.shops, self.tr("Shops"))
            self.tables.append(self.shops)
        self.shop = ShopSettingsTab(actor_id)
        self.tabs.addTab(self.shop, self.tr("Language, privacy and backups"))
        self.database = DatabaseTab()
        self.tabs.addTab(self.database, self.tr("Database"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("settings_save")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def save(self) -> bool:
        for table in self.tables:
            if not table.save_all(self.actor_id):
                self.tabs.setCurrentWidget(table)
                return False
        if not self.holidays.save(self.actor_id):
            self.tabs.setCurrentWidget(self.holidays)
            return False
        if not self.tiers.save(self.actor_id):
            self.tabs.setCurrentWidget(self.tiers)
            return False
        # Every customer counted by the rules saved, off the screen; the lists show the
        # new tiers when it is done (a chain's 100,000 take about a second).
        run_task(value_tiers.ensure_fresh, lambda _counted: self.events.publish())
        database = self.database.save()
        if database is False:
            self.tabs.setCurrentWidget(self.database)
            return False
        if self.shop.save(self.actor_id):
            self.language_changed.emit()
        if database:
            self.database_changed.emit()
        self.events.publish()
        return True
