"""Set one's own PIN, or (a manager) reset someone's forgotten PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
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


class NewPinFields:
    """The two password fields for choosing a PIN; the service judges the PIN itself."""

    def __init__(self, name: str) -> None:
        self.pin = named(QLineEdit(), f"{name}_pin")
        self.again = named(QLineEdit(), f"{name}_again")
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

    def store(self, save: Callable[[str], object]) -> str | None:
        """Hand the PIN to ``save`` (a service call); what is wrong, in words, or None."""
        if self.pin.text() != self.again.text():
            return QCoreApplication.translate("PinDialog", "The two PINs differ.")
        try:
            save(self.pin.text())
        except accounts.PinInvalid as invalid:
            if invalid.errors.get("pin") is accounts.SignInProblem.MANAGER_PIN_TOO_SHORT:
                return QCoreApplication.translate(
                    "PinDialog", "A manager's PIN has at least 6 characters."
                )
            return QCoreApplication.translate("PinDialog", "A PIN has at least 4 characters.")
        return None


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
        self.new_pin = NewPinFields("pin_new")
        self.error = named(QLabel(), "pin_error")
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        form.addRow(self.tr("For"), self.whose)
        form.addRow(self.tr("New PIN (4 or more characters, 6 for a manager)"), self.new_pin.pin)
        form.addRow(self.tr("Once more"), self.new_pin.again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        whose = self.whose.currentData()
        problem = self.new_pin.store(lambda pin: accounts.set_pin(whose, pin, self.actor_id))
        if problem is not None:
            self.error.setText(problem)
            return
        self.accept()
