"""Settings: the staff list, service items and the two customer-type catalogues."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues
from salon_desk.services.catalogues import CatalogueError
from salon_desk.ui import labels
from salon_desk.ui.events import AppEvents
from salon_desk.ui.settings.shop_tab import ShopSettingsTab
from salon_desk.ui.widgets.naming import named

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueTable(QWidget):
    """A table of one catalogue; rows are edited in place and saved together."""

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = named(QTableWidget(0, len(headers)), f"{name}_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.error = named(QLabel(), f"{name}_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.add_button = named(
            QPushButton(QCoreApplication.translate("CatalogueTable", "Add")), f"{name}_add"
        )
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _set(self, row: int, column: int, text: str, record_id: int | None = None) -> None:
        item = QTableWidgetItem(text)
        if record_id is not None:
            item.setData(ID_ROLE, record_id)
        self.table.setItem(row, column, item)

    def _id(self, row: int) -> int:
        item = self.table.item(row, 0)
        return int(item.data(ID_ROLE) or 0) if item else 0

    def _check(self, row: int, column: int, checked: bool) -> None:
        box = QCheckBox()
        box.setChecked(checked)
        self.table.setCellWidget(row, column, box)

    def _checked(self, row: int, column: int) -> bool:
        widget = self.table.cellWidget(row, column)
        return isinstance(widget, QCheckBox) and widget.isChecked()

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.fill_new_row(row)
        self.table.setCurrentCell(row, 0)
        first_cell = self.table.item(row, 0)
        if first_cell is not None:
            self.table.editItem(first_cell)

    def save_all(self, actor_id: int | None) -> bool:
        """Save every row; stop at the first refused one and say which and why."""
        errors = labels.field_errors()
        for row in range(self.table.rowCount()):
            try:
                self.save_row(row, actor_id)
            except CatalogueError as exc:
                self.error.setText(
                    QCoreApplication.translate("CatalogueTable", "Row %1: %2")
                    .replace("%1", str(row + 1))
                    .replace("%2", errors.get(exc.code, exc.code))
                )
                self.table.setCurrentCell(row, 0)
                return False
        self.error.setText("")
        self.load()
        return True

    def load(self) -> None:
        raise NotImplementedError

    def fill_new_row(self, row: int) -> None:
        raise NotImplementedError

    def save_row(self, row: int, actor_id: int | None) -> None:
        raise NotImplementedError


class StaffTable(CatalogueTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "staff", [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Active")], parent
        )
        self.load()

    def _role_combo(self, row: int, role: str) -> None:
        combo = QComboBox()
        for code, text in labels.roles().items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        self.table.setCellWidget(row, 1, combo)

    def load(self) -> None:
        members = catalogues.list_staff(include_inactive=True)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            self._set(row, 0, member.name, member.id)
            self._role_combo(row, member.role)
            self._set(row, 2, member.phone)
            self._check(row, 3, member.active)

    def fill_new_row(self, row: int) -> None:
        self._set(row, 0, "", 0)
        self._role_combo(row, "beautician")
        self._set(row, 2, "")
        self._check(row, 3, True)

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
        self.load()

    def load(self) -> None:
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

    def __init__(
        self, events: AppEvents, actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 560)
        self.events = events
        self.actor_id = actor_id
        self.tabs = named(QTabWidget(), "settings_tabs")
        self.staff = StaffTable()
        self.service_items = ServiceItemTable()
        self.psychology = TypeTable("psychology")
        self.personality = TypeTable("personality")
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.service_items, self.tr("Service items"))
        self.tabs.addTab(self.psychology, self.tr("Consumption psychology"))
        self.tabs.addTab(self.personality, self.tr("Personality types"))
        self.shop = ShopSettingsTab()
        self.tabs.addTab(self.shop, self.tr("Language, privacy and backups"))
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
        for index, table in enumerate(
            (self.staff, self.service_items, self.psychology, self.personality)
        ):
            if not table.save_all(self.actor_id):
                self.tabs.setCurrentIndex(index)
                return False
        if self.shop.save(self.actor_id):
            self.language_changed.emit()
        self.events.catalogues_changed.emit()
        return True
