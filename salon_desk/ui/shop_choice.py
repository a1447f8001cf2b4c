"""Which shop's customers the screens show, in a chain (issue 16.2): a box in the corner
of the tabs, on this PC's shop by default. The owner may pick another shop or the whole
chain; everyone else sees their own shop's. A salon that is not a chain never sees it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from salon_desk.services import shops
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named

WHOLE_CHAIN = 0


class ShopChoice(QComboBox):
    chosen = Signal(int)  # a shop's id, or WHOLE_CHAIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "shop_choice")
        self.setToolTip(self.tr("Whose customers the lists, groups and charts show"))
        self.currentIndexChanged.connect(self._changed)
        self._filling = False
        self.hide()

    def refresh(self, actor_id: int | None) -> None:
        """Fill for who is signed in; keep the choice while it is still offered."""
        if not shops.is_chain():
            if self.isVisible() or self.count():
                self.clear()
                self.hide()
                self.chosen.emit(WHOLE_CHAIN)
            return
        before = self.currentData()
        here = shops.this_pc_shop()
        owner = allowed(actor_id, Permission.SHOPS)
        self._filling = True
        self.clear()
        if owner:
            self.addItem(self.tr("Whole chain"), WHOLE_CHAIN)
        for row in shops.list_shops():
            if owner or row.id == here:
                self.addItem(labels.shop_name(row), row.id)
        wanted = before if before is not None and self.findData(before) >= 0 else here
        self.setCurrentIndex(max(self.findData(wanted), 0))
        self._filling = False
        self.setEnabled(owner)
        self.show()
        if self.currentData() != before:
            self.chosen.emit(int(self.currentData()))

    def _changed(self) -> None:
        if not self._filling and self.currentData() is not None:
            self.chosen.emit(int(self.currentData()))
