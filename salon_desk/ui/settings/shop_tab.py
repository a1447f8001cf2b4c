"""Settings that are one choice each: this PC's language, masked phone numbers and how
many backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from salon_desk.services import backups, privacy
from salon_desk.ui import labels
from salon_desk.ui.settings.language import language_combo, remember_language
from salon_desk.ui.settings.scope_note import scope_note
from salon_desk.ui.widgets.naming import named

MASKABLE_ROLES = ("beautician", "front_desk")


class ShopSettingsTab(QWidget):
    def __init__(self, actor_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        roles = labels.roles()
        masked = privacy.masked_roles()
        self.mask_boxes: dict[str, QCheckBox] = {}
        masks = QVBoxLayout()
        for role in MASKABLE_ROLES:
            box = named(QCheckBox(roles.get(role, role)), f"mask_phones_{role}")
            box.setChecked(role in masked)
            masks.addWidget(box)
            self.mask_boxes[role] = box
        explain = QLabel(
            self.tr(
                "They see customers' numbers as 138****5678 and cannot change them; "
                "search by the last four digits still works. A manager always sees them."
            )
        )
        explain.setWordWrap(True)
        masks.addWidget(explain)
        self.keep = named(QSpinBox(), "backups_keep")
        self.keep.setRange(1, 365)
        self.keep.setValue(backups.keep_count())
        self.months = named(QSpinBox(), "backups_months")
        self.months.setRange(1, 120)
        self.months.setValue(backups.months_kept())
        keep_help = QLabel(
            self.tr(
                "The newest copies are kept, plus the last copy of every month for as many "
                "months as chosen."
            )
        )
        keep_help.setWordWrap(True)
        self.language = language_combo()
        language_help = QLabel(self.tr("For this PC only; shown from the next start."))
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", language_help)
        note = scope_note(actor_id)  # (the language is this PC's, whatever the shop)
        if note is not None:
            form.addRow("", note)
        form.addRow(self.tr("Hide phone numbers from"), masks)
        form.addRow(self.tr("Backups to keep"), self.keep)
        form.addRow(self.tr("Monthly copies for (months)"), self.months)
        form.addRow("", keep_help)

    def save(self, actor_id: int | None) -> bool:
        """Save; return whether the language changed (it shows from the next start)."""
        language_changed = remember_language(self.language.currentData())
        privacy.set_masked_roles(
            {role for role, box in self.mask_boxes.items() if box.isChecked()}, actor_id
        )
        backups.set_keep_count(self.keep.value(), actor_id)
        backups.set_months_kept(self.months.value(), actor_id)
        return language_changed
