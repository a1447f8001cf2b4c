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
from salon_desk.ui.pin_dialog import NewPinFields
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named


class StaffPicker(QDialog):
    """Pick a staff member and give her PIN; on a brand-new database, name the first (the
    manager). A manager without a PIN chooses one here before going on."""

    def __init__(self, parent: QWidget | None = None, preselected: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_picker")
        self.setWindowTitle(self.tr("Who is using Salon Desk?"))
        self.members = catalogues.list_staff()
        self.combo = named(QComboBox(), "staff_choice")
        self.new_name = named(QLineEdit(), "first_staff_name")
        self.pin = named(QLineEdit(), "staff_pin")
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin_fields = NewPinFields("new_staff")
        self.new_pin, self.new_pin_again = self.new_pin_fields.pin, self.new_pin_fields.again
        self.new_pin_label = QLabel(self.tr("Your PIN (6 or more characters)"))
        self.again_label = QLabel(self.tr("Once more"))
        self.error = named(QLabel(), "staff_picker_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
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
            self.pin_needed = named(
                QLabel(self.tr("A manager's account needs a PIN: choose yours now.")),
                "staff_pin_needed",
            )
            form.addRow(self.pin_needed)
        else:
            form.addRow(
                QLabel(
                    self.tr(
                        "Welcome. Enter your name to create the first account (the store manager)."
                    )
                )
            )
            form.addRow(self.tr("Your name"), self.new_name)
        form.addRow(self.new_pin_label, self.new_pin)
        form.addRow(self.again_label, self.new_pin_again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.chosen_id: int | None = None
        if self.members:
            if preselected is not None and self.combo.findData(preselected) >= 0:
                self.combo.setCurrentIndex(self.combo.findData(preselected))
            self.combo.currentIndexChanged.connect(self._member_changed)
            self._member_changed()

    def _member_changed(self) -> None:
        """The PIN field shows for someone who has set a PIN; a manager without one gets
        the two fields to choose it."""
        chosen = self.combo.currentData()
        has_pin = accounts.has_pin(chosen)
        self.choosing_pin = not has_pin and accounts.needs_pin_to_sign_in(chosen)
        self.pin.setVisible(has_pin)
        self.pin_label.setVisible(has_pin)
        self.pin_needed.setVisible(self.choosing_pin)
        for widget in (self.new_pin, self.new_pin_again, self.new_pin_label, self.again_label):
            widget.setVisible(self.choosing_pin)
        for field in (self.pin, self.new_pin, self.new_pin_again):
            field.clear()
        self.error.clear()
        if has_pin:
            self.pin.setFocus()
        elif self.choosing_pin:
            self.new_pin.setFocus()

    def accept(self) -> None:
        if self.members:
            chosen = self.combo.currentData()
            pin = self.pin.text()
            if self.choosing_pin:
                problem = self.new_pin_fields.store(
                    lambda new: accounts.set_pin(chosen, new, chosen)
                )
                if problem is not None:
                    self.error.setText(problem)
                    return
                pin = self.new_pin.text()
            try:
                wrong_tries = accounts.sign_in(chosen, pin)
            except accounts.SignInRefused as refused:
                self.error.setText(self._refusal(refused))
                self.pin.selectAll()
                return
            if wrong_tries:
                prompts.inform(
                    self,
                    self.tr("Wrong PINs on your account"),
                    self.tr(
                        "Since you last signed in, someone typed a wrong PIN for your account "
                        "%1 time(s). If it was not you, choose a new PIN (File > Set a PIN)."
                    ).replace("%1", str(wrong_tries)),
                )
            self.chosen_id = chosen
        else:
            name = self.new_name.text().strip()
            if not name:
                self.error.setText(self.tr("Enter your name."))
                return
            created: list[int] = []
            problem = self.new_pin_fields.store(
                lambda pin: created.append(accounts.create_first_manager(name, pin))
            )
            if problem is not None:
                self.error.setText(problem)
                return
            self.chosen_id = created[0]
        super().accept()

    def _refusal(self, refused: accounts.SignInRefused) -> str:
        if refused.problem is accounts.SignInProblem.LOCKED and refused.locked_until:
            until = labels.local_datetime(refused.locked_until)[-5:]
            return self.tr("Too many wrong PINs: try again after %1.").replace("%1", until)
        if refused.problem is accounts.SignInProblem.INACTIVE:
            return self.tr("This account is no longer active.")
        return self.tr("Wrong PIN.")
