"""Settings: the shop's value tiers (issue 17.4) — what they are called and how a
customer earns each: by rank among the year's spenders, by 12-month spend, or by what
is left on her stored-value cards."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import value_tiers
from salon_desk.services.value_tiers import Tier, TierRules, TiersInvalid
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a built-in tier's code, on its name cell


class TiersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basis = named(QComboBox(), "tier_basis")
        for basis, text in self._bases().items():
            self.basis.addItem(text, basis)
        self.table = named(QTableWidget(0, 2), "tiers_table")
        self.table.verticalHeader().hide()
        # Arrows move between cells, Tab leaves the table (a table that keeps Tab would
        # trap the keyboard: it wraps from its last cell to its first).
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = named(QPushButton(self.tr("Add a tier")), "tier_add")
        self.remove_button = named(QPushButton(self.tr("Remove the tier")), "tier_remove")
        self.error = named(QLabel(), "tiers_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.help = QLabel()
        self.help.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tiers by")))
        row.addWidget(self.basis, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.basis.currentIndexChanged.connect(self._explain)
        self.add_button.clicked.connect(self.add_tier)
        self.remove_button.clicked.connect(self.remove_tier)
        self.load()

    def _bases(self) -> dict[str, str]:
        return {
            "rank": self.tr("Rank among the customers who paid in the last 12 months"),
            "spend": self.tr("Paid in the last 12 months"),
            "stored_value": self.tr("Left on her stored-value cards"),
        }

    def load(self) -> None:
        rules = value_tiers.load_rules()
        self.basis.setCurrentIndex(max(self.basis.findData(rules.basis), 0))
        builtin = labels.builtin_tier_names()
        self.table.setRowCount(len(rules.tiers))
        for row, tier in enumerate(rules.tiers):
            name = QTableWidgetItem(tier.name or builtin.get(tier.key, tier.key))
            name.setData(KEY_ROLE, tier.key)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(self._shown(rules.basis, tier.minimum)))
        self._explain()
        self.error.setText("")

    @staticmethod
    def _shown(basis: str, minimum: int) -> str:
        if basis == "rank":
            return str(minimum)
        return str(Decimal(minimum) / 100).removesuffix(".00")

    def _explain(self) -> None:
        rank = self.basis.currentData() == "rank"
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tier"),
                self.tr("Down to the top % of spenders") if rank else self.tr("From (yuan)"),
            ]
        )
        self.help.setText(
            self.tr(
                "Highest tier first. Each tier takes the spenders ranked down to its share,"
                " counted from the top: 20, then 50, then 100 is the top fifth, the next 30%"
                " and the rest. Customers who paid nothing have no tier."
            )
            if rank
            else self.tr(
                "Highest tier first. A customer is in the first tier whose amount she"
                " reaches; below the last, she has no tier (a last tier from 0 takes"
                " everyone)."
            )
        )

    def add_tier(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem("")
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(name)

    def remove_tier(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rules(self) -> TierRules:
        """The rules as the table reads; raises TiersInvalid for a figure not readable."""
        basis = str(self.basis.currentData())
        builtin = labels.builtin_tier_names()
        tiers = []
        for row in range(self.table.rowCount()):
            name_cell = self.table.item(row, 0)
            name = name_cell.text().strip() if name_cell else ""
            key = str(name_cell.data(KEY_ROLE) or "") if name_cell else ""
            key, name = labels.own_or_builtin(key, name, builtin)
            figure = self.table.item(row, 1)
            text = figure.text().strip().replace(",", "") if figure else ""
            try:
                amount = Decimal(text or "x")
            except InvalidOperation:
                raise TiersInvalid("tier_figure", row) from None
            minimum = int(amount) if basis == "rank" else int(amount * 100)
            tiers.append(Tier(key, name, minimum))
        return TierRules(basis, tuple(tiers))

    def save(self, actor_id: int | None) -> bool:
        """Store the rules (the tiers are counted again off the screen); False, with
        the reason shown, when they cannot work."""
        errors = labels.field_errors()
        try:
            rules = self.rules()
            if rules == value_tiers.load_rules():
                return True
            value_tiers.save_rules(rules, actor_id, count=False)
        except TiersInvalid as exc:
            reason = errors.get(exc.code, exc.code)
            if exc.row is not None:
                reason = (
                    self.tr("Tier %1: %2").replace("%1", str(exc.row + 1)).replace("%2", reason)
                )
                self.table.setCurrentCell(exc.row, 1)
            self.error.setText(reason)
            return False
        self.error.setText("")
        return True
