"""The shop's own thresholds for the frequency groups and for "overdue"."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services.frequency_rules import LIMITS, FrequencyRules, RulesInvalid, save_rules
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.settings.scope_note import scope_note
from salon_desk.ui.widgets.field_form import FieldForm
from salon_desk.ui.widgets.naming import named


def rule_captions() -> dict[str, str]:
    """Each rule in words: the dialog's labels, and the change history's."""
    return {
        "window_days": QCoreApplication.translate(
            "RulesDialog", "Count visits over the last (days)"
        ),
        "key_min_visits": QCoreApplication.translate(
            "RulesDialog", "Key customer from (visits in that time)"
        ),
        "potential_min_visits": QCoreApplication.translate(
            "RulesDialog", "Potential customer from (visits in that time)"
        ),
        "new_below_visits": QCoreApplication.translate(
            "RulesDialog", "New customer: fewer visits than (all within the window)"
        ),
        "overdue_factor": QCoreApplication.translate(
            "RulesDialog", "Overdue after her usual interval ×"
        ),
        "own_rhythm_min_visits": QCoreApplication.translate(
            "RulesDialog", "Her own rhythm from (visits ever)"
        ),
        "shop_interval_days": QCoreApplication.translate(
            "RulesDialog", "Usual interval before that (days)"
        ),
        "advocate_min_referrals": QCoreApplication.translate(
            "RulesDialog", "Advocate from (customers she brought in)"
        ),
    }


class RulesDialog(QDialog):
    def __init__(
        self, rules: FrequencyRules, actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor_id = actor_id
        self.setObjectName("frequency_rules_dialog")
        self.setWindowTitle(self.tr("Visit-frequency rules"))
        captions = rule_captions()
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.form = FieldForm("rules")
        for name, caption in captions.items():
            low, high = LIMITS[name]
            value = getattr(rules, name)
            box: QSpinBox | QDoubleSpinBox
            if isinstance(value, float):
                box = QDoubleSpinBox()
                box.setDecimals(1)
                box.setSingleStep(0.5)
                box.setRange(low, high)
                box.setValue(value)
            else:
                box = QSpinBox()
                box.setRange(int(low), int(high))
                box.setValue(value)
            self.fields[name] = named(box, f"rules_{name}")
            self.form.add_field(name, caption, box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = scope_note(actor_id)
        if note is not None:
            layout.addWidget(note)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def rules(self) -> FrequencyRules:
        values = {name: box.value() for name, box in self.fields.items()}
        return dataclasses.replace(FrequencyRules(), **values)  # type: ignore[arg-type]

    def save(self) -> None:
        try:
            save_rules(self.rules(), self.actor_id)
        except RulesInvalid as refused:
            problems = texts.problems()
            self.form.show_errors({k: problems.get(v, v) for k, v in refused.errors.items()})
            return
        self.accept()
