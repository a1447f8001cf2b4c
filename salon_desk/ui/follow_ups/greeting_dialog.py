"""Writing the greeting an occasion sends (issue 17.6), with its blanks named and the
first customer's text shown as it will read."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import occasions
from salon_desk.services.reminders import Suggestion
from salon_desk.ui.follow_ups import occasion_texts
from salon_desk.ui.widgets.naming import named


class GreetingDialog(QDialog):
    def __init__(
        self, key: str, sample: Suggestion | None, actor_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("greeting_dialog")
        self.setWindowTitle(self.tr("Greeting"))
        self.resize(560, 320)
        self.key, self.sample, self.actor_id = key, sample, actor_id
        self._shop = occasion_texts.shop_name()
        self._holidays = occasion_texts.holiday_names()  # (read once, not per key typed)
        self.text = named(QPlainTextEdit(occasion_texts.template_for(key)), "greeting_text")
        self.text.setTabChangesFocus(True)
        blanks = QLabel(
            self.tr(
                "Blanks filled in for each customer: {name}, {occasion}, {date}, {years},"
                " {age}, {relative}, {shop}."
            )
        )
        blanks.setWordWrap(True)
        self.preview = named(QLabel(), "greeting_preview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #5b4a8a;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(blanks)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._show_preview)
        self._show_preview()
        self.text.setFocus()  # the work starts in the text

    def _show_preview(self) -> None:
        if self.sample is None:
            self.preview.setText("")
            return
        text = self.text.toPlainText()
        shown = occasion_texts.greeting(self.sample, text, self._shop, self._holidays)
        self.preview.setText(
            self.tr("For %1: %2").replace("%1", self.sample.name).replace("%2", shown)
        )

    def save(self) -> None:
        occasions.save_greeting(self.key, self.text.toPlainText(), self.actor_id)
        self.accept()
