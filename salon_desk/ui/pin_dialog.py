"""Set one's own PIN, or (a manager) reset someone's forgotten PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salon_desk.services import accounts, catalogues
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui.widgets.naming import named


class PinDialog(QDialog):
    def __init__(self, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pin_dialog")
        self.setWindowTitle(self.tr("Set a PIN"))
        self.actor_id = actor_id
        self.whose = named(QComboBox(), "pin_whose")
        for member in catalogues.list_staff():
            if member.id == actor_id or allowed(actor_id, Permission.RESET_PINS):
                self.whose.addItem(member.name, member.id)
        self.whose.setCurrentIndex(max(self.whose.findData(actor_id), 0))
        self.pin = named(QLineEdit(), "pin_new")
        self.again = named(QLineEdit(), "pin_again")
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = named(QLabel(), "pin_error")
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        form.addRow(self.tr("For"), self.whose)
        form.addRow(self.tr("New PIN (4 or more characters)"), self.pin)
        form.addRow(self.tr("Once more"), self.again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if self.pin.text() != self.again.text():
            self.error.setText(self.tr("The two PINs differ."))
            return
        try:
            accounts.set_pin(self.whose.currentData(), self.pin.text(), self.actor_id)
        except accounts.PinInvalid:
            self.error.setText(self.tr("A PIN has at least 4 characters."))
            return
        self.accept()
