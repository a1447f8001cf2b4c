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
    text = QCoreApplication.translate(
        "Prompts", "There is already a file for %1:\n%2\nIs this a different customer?"
    )
    return _save_or_open_other(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Prompts", "Same name already on file"),
        text.replace("%1", name).replace("%2", "\n".join(others)),
        QCoreApplication.translate("Prompts", "Yes, a different customer: save"),
        QCoreApplication.translate("Prompts", "Open the existing file"),
        open_is_default=True,
    )


def ask_duplicate_phone(parent: QWidget, other_name: str) -> Answer:
    text = QCoreApplication.translate(
        "Prompts", "This phone number is already on %1's file. Save anyway?"
    )
    return _save_or_open_other(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Prompts", "Phone number already on file"),
        text.replace("%1", other_name),
        QCoreApplication.translate("Prompts", "Save anyway"),
        QCoreApplication.translate("Prompts", "Open her file"),
    )


def _save_or_open_other(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    save_text: str,
    open_text: str,
    open_is_default: bool = False,
) -> Answer:
    """Save, open the other file, or cancel: the question both kinds of duplicate ask."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    save = box.addButton(save_text, QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
    box.addButton(
        QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    if open_is_default:
        box.setDefaultButton(other)
    box.exec()
    if box.clickedButton() is save:
        return Answer.SAVE
    if box.clickedButton() is other:
        return Answer.OPEN_OTHER
    return Answer.CANCEL


def ask_import_kind(parent: QWidget) -> str | None:
    """What the chosen file holds: "customers", "visits" or "balances"; None to stop."""
    from PySide6.QtWidgets import QInputDialog

    choices = {
        QCoreApplication.translate("Prompts", "Customer files"): "customers",
        QCoreApplication.translate(
            "Prompts", "Visit history (one row per visit or receipt line)"
        ): "visits",
        QCoreApplication.translate("Prompts", "Opening card balances (期初余额)"): "balances",
    }
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Prompts", "Import"),
        QCoreApplication.translate("Prompts", "What does the file hold?"),
        list(choices),
        0,
        False,
    )
    return choices.get(chosen) if ok else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    """A line of text saying why (None when cancelled)."""
    reason, accepted = QInputDialog.getText(parent, title, text)
    return reason if accepted else None
