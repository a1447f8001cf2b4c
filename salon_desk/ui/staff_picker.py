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

from salon_desk.services import catalogues
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
        else:
            form.addRow(
                QLabel(
                    self.tr(
                        "Welcome. Enter your name to create the first account (the store manager)."
                    )
                )
            )
            form.addRow(self.tr("Your name"), self.new_name)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.chosen_id: int | None = None

    def accept(self) -> None:
        if self.members:
            self.chosen_id = self.combo.currentData()
        else:
            name = self.new_name.text().strip()
            if not name:
                self.error.setText(self.tr("Enter your name."))
                return
            self.chosen_id = catalogues.save_staff(
                catalogues.StaffMember(0, name, "manager", "", True), None
            )
        super().accept()
