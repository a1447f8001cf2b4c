"""Every question the app asks the user goes through here, so tests can answer it."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    YES = "yes"
    NO = "no"
    OPEN_OTHER = "open_other"


def ask_unsaved(parent: QWidget, name: str) -> Answer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Prompts", "Save the changes to %1's file?").replace(
            "%1", name or "?"
        )
    )
    save = box.addButton(
        QCoreApplication.translate("Prompts", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Prompts", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("Prompts", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is save:
        return Answer.SAVE
    if box.clickedButton() is discard:
        return Answer.DISCARD
    return Answer.CANCEL


def ask_same_name(parent: QWidget, name: str, others: list[str]) -> Answer:
    """``others``: one line per file already under this name (phone, last visit)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Same name already on file"))
    box.setText(
        QCoreApplication.translate(
            "Prompts", "There is already a file for %1:\n%2\nIs this a different customer?"
        )
        .replace("%1", name)
        .replace("%2", "\n".join(others))
    )
    save = box.addButton(
        QCoreApplication.translate("Prompts", "Yes, a different customer: save"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    other = box.addButton(
        QCoreApplication.translate("Prompts", "Open the existing file"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(other)
    box.exec()
    if box.clickedButton() is save:
        return Answer.SAVE
    if box.clickedButton() is other:
        return Answer.OPEN_OTHER
    return Answer.CANCEL


def ask_duplicate_phone(parent: QWidget, other_name: str) -> Answer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Phone number already on file"))
    box.setText(
        QCoreApplication.translate(
            "Prompts", "This phone number is already on %1's file. Save anyway?"
        ).replace("%1", other_name)
    )
    save = box.addButton(
        QCoreApplication.translate("Prompts", "Save anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    other = box.addButton(
        QCoreApplication.translate("Prompts", "Open her file"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(
        QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is save:
        return Answer.SAVE
    if box.clickedButton() is other:
        return Answer.OPEN_OTHER
    return Answer.CANCEL


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    """A line of text saying why (None when cancelled)."""
    reason, accepted = QInputDialog.getText(parent, title, text)
    return reason if accepted else None
