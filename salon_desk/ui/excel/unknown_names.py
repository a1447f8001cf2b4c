"""The staff and service items a visit history names that the shop does not have (issue
14.3): one row each, with how many rows of the file name it and a choice — create it
(inactive, so the staff list and the menu stay as they are), put it under one the shop has,
or leave the field empty. Nothing is refused for a name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from salon_desk.services import catalogues
from salon_desk.ui.widgets.naming import named

STAFF, SERVICE = "staff", "service"
CREATE = None  # a combo's data: the name is created


class UnknownNames(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("history_unknown_names")
        self.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name in the file"), self.tr("Rows"), self.tr("Here")]
        )
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.chosen: dict[tuple[str, str], str | None] = {}  # kept across re-checks
        self.shown: list[tuple[str, str, int]] = []

    def show_names(self, staff: dict[str, int], services: dict[str, int]) -> None:
        wanted = [(STAFF, n, c) for n, c in staff.items()] + [
            (SERVICE, n, c) for n, c in services.items()
        ]
        if wanted == self.shown:
            return
        self.shown = wanted
        kinds = {STAFF: self.tr("Staff"), SERVICE: self.tr("Service item")}
        staff_names = [m.name for m in catalogues.list_staff(include_inactive=True)]
        item_names = [i.name for i in catalogues.list_service_items(include_inactive=True)]
        for row in range(self.rowCount()):  # gone at once, not at the next event loop pass
            old = self.cellWidget(row, 3)
            if old is not None:
                old.hide()
        self.setRowCount(0)
        self.setRowCount(len(wanted))
        for row, (kind, name, count) in enumerate(wanted):
            for column, text in enumerate((kinds[kind], name, str(count))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
            combo = named(QComboBox(), f"unknown_{kind}_{row}")
            combo.addItem(self.tr("Create it (inactive)"), CREATE)
            combo.addItem(self.tr("Leave empty"), "")
            for existing in staff_names if kind == STAFF else item_names:
                combo.addItem(self.tr("As %1").replace("%1", existing), existing)
            index = combo.findData(self.chosen.get((kind, name), CREATE))
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(
                lambda _=0, key=(kind, name), box=combo: self._choose(key, box.currentData())
            )
            self.setCellWidget(row, 3, combo)
        self.resizeColumnsToContents()
        self.setVisible(bool(wanted))

    def _choose(self, key: tuple[str, str], choice: str | None) -> None:
        self.chosen[key] = choice
        self.changed.emit()

    def choices(self, kind: str) -> dict[str, str]:
        """The file's name → a name the shop has, or "" to leave it empty (created ones
        are simply not listed)."""
        return {
            name: choice
            for (chosen_kind, name), choice in self.chosen.items()
            if chosen_kind == kind and choice is not CREATE
        }
