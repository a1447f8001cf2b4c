"""The first time a PC opens a chain's database (issue 16.2): which shop is this PC in?
Asked once, remembered in the PC's preferences (Settings > Shops changes it later)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from salon_desk import config
from salon_desk.services import shops
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named


class ShopPicker(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shop_picker")
        self.setWindowTitle(self.tr("Which shop is this PC in?"))
        self.choice = named(QComboBox(), "shop_picker_choice")
        for row in shops.list_shops():
            self.choice.addItem(labels.shop_name(row), row.id)
        explain = QLabel(
            self.tr(
                "Visits, cards, calls and complaints entered on this PC are recorded as "
                "this shop's."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        form = QFormLayout(self)
        form.addRow(self.tr("This PC is in"), self.choice)
        form.addRow(explain)
        form.addRow(buttons)
        self.choice.setFocus()

    def chosen(self) -> int | None:
        data = self.choice.currentData()
        return int(data) if data is not None else None


def this_pcs_shop(database_label: str, ask: bool = True) -> None:
    """Stand in the shop this PC chose for this database; in a chain, ask the first time."""
    chosen = config.pc_shop(database_label)
    if chosen is None and ask and shops.is_chain():
        picker = ShopPicker()
        if picker.exec() and picker.chosen() is not None:
            chosen = picker.chosen()
            assert chosen is not None
            config.save_pc_shop(database_label, chosen)
    shops.use_shop(chosen)
