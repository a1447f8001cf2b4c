"""Who is using the program: chosen at start and on "switch staff"."""

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
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named


class StaffPicker(QDialog):
    """Pick a staff member; on a brand-new database, name the first (the manager)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_picker")
        self.setWindowTitle(self.tr("Who is using Salon Desk?"))
        self.members = catalogues.list_staff()
        self.combo = named(QComboBox(), "staff_choice")
        self.new_name = named(QLineEdit(), "first_staff_name")
        self.pin = named(QLineEdit(), "staff_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.error = named(QLabel(), "staff_picker_error")
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        if self.members:
            roles = labels.roles()
            for member in self.members:
                self.combo.addItem(
                    f"{member.name} · {roles.get(member.role, member.role)}", member.id
                )
            form.addRow(self.tr("I am"), self.combo)
            self.pin_label = QLabel(self.tr("PIN"))
            form.addRow(self.pin_label, self.pin)
            self.combo.currentIndexChanged.connect(self._member_changed)
            self._member_changed()
        else:
            form.addRow(
                QLabel(
                    self.tr(
                        "Welcome. Enter your name to create the first account (the store manager)."
                    )
                )
            )
            form.addRow(self.tr("Your name"), self.new_name)
            self.new_pin = named(QLineEdit(), "first_staff_pin")
            self.new_pin_again = named(QLineEdit(), "first_staff_pin_again")
            for field in (self.new_pin, self.new_pin_again):
                field.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Your PIN (4 or more characters)"), self.new_pin)
            form.addRow(self.tr("Once more"), self.new_pin_again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.chosen_id: int | None = None

    def _member_changed(self) -> None:
        """The PIN field shows only for someone who has set a PIN."""
        needs_pin = accounts.has_pin(self.combo.currentData())
        self.pin.setVisible(needs_pin)
        self.pin_label.setVisible(needs_pin)
        self.pin.clear()
        self.error.clear()
        if needs_pin:
            self.pin.setFocus()

    def accept(self) -> None:
        if self.members:
            chosen = self.combo.currentData()
            try:
                accounts.sign_in(chosen, self.pin.text())
            except accounts.SignInRefused as refused:
                self.error.setText(self._refusal(refused))
                self.pin.selectAll()
                return
            self.chosen_id = chosen
        else:
            name = self.new_name.text().strip()
            if not name:
                self.error.setText(self.tr("Enter your name."))
                return
            if self.new_pin.text() != self.new_pin_again.text():
                self.error.setText(self.tr("The two PINs differ."))
                return
            try:
                self.chosen_id = accounts.create_first_manager(name, self.new_pin.text())
            except accounts.PinInvalid:
                self.error.setText(self.tr("A PIN has at least 4 characters."))
                return
        super().accept()

    def _refusal(self, refused: accounts.SignInRefused) -> str:
        if refused.problem is accounts.SignInProblem.LOCKED and refused.locked_until:
            until = labels.local_datetime(refused.locked_until)[-5:]
            return self.tr("Too many wrong PINs: try again after %1.").replace("%1", until)
        if refused.problem is accounts.SignInProblem.INACTIVE:
            return self.tr("This account is no longer active.")
        return self.tr("Wrong PIN.")
