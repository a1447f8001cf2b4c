"""Settings > Shops (issue 16.2): the chain's shops, and which one this PC stands in.

Shown only on a server or once there is a second shop: a single salon on its own file
sees no shop anywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from salon_desk import config
from salon_desk.services import shops
from salon_desk.services.catalogues import CatalogueError
from salon_desk.services.shops import ShopInvalid, ShopRow
from salon_desk.ui import labels
from salon_desk.ui.settings.catalogue_table import CatalogueTable
from salon_desk.ui.widgets.naming import named


class ShopsTab(CatalogueTable):
    def __init__(self, database_label: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "shops",
            [self.tr("Name"), self.tr("Address"), self.tr("Phone"), self.tr("Closed")],
            parent,
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the address
        self.database_label = database_label
        self._loaded: dict[int, ShopRow] = {}
        self.this_pc = named(QComboBox(), "this_pc_shop")
        explain = QLabel(
            self.tr(
                "Visits, cards, calls and complaints entered on this PC are recorded as "
                "this shop's."
            )
        )
        explain.setWordWrap(True)
        choice = QFormLayout()
        choice.addRow(self.tr("This PC is in"), self.this_pc)
        choice.addRow("", explain)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, choice)
        self.load()

    def load(self) -> None:
        rows = shops.list_shops(include_closed=True)
        self._loaded = {row.id: row for row in rows}
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self._set(number, 0, row.name, row.id)
            self._set(number, 1, row.address)
            self._set(number, 2, row.phone)
            self._check(number, 3, row.closed)
        here = shops.this_pc_shop()
        self.this_pc.clear()
        for row in rows:
            if not row.closed:
                self.this_pc.addItem(labels.shop_name(row), row.id)
        self.this_pc.setCurrentIndex(max(self.this_pc.findData(here), 0))

    def fill_new_row(self, row: int) -> None:
        for column in range(3):
            self._set(row, column, "", 0 if column == 0 else None)
        self._check(row, 3, False)

    def save_row(self, row: int, actor_id: int | None) -> None:
        wanted = ShopRow(
            self._id(row),
            self._text(row, 0),
            self._text(row, 1),
            self._text(row, 2),
            self._checked(row, 3),
        )
        if self._loaded.get(wanted.id) == wanted:
            return  # unchanged: another shop's row is not hers to save
        try:
            shops.save_shop(wanted, actor_id)
        except ShopInvalid as refused:
            raise CatalogueError(next(iter(refused.errors.values()))) from None

    def save_all(self, actor_id: int | None) -> bool:
        chosen = self.this_pc.currentData()
        if not super().save_all(actor_id):
            return False
        if isinstance(chosen, int):
            shops.use_shop(chosen)
            config.save_pc_shop(self.database_label, chosen)
            self.load()
        return True
