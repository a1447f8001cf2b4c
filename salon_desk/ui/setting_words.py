"""The shop's settings and its whole-database actions in words for the change history:
"Phones hidden from: Beautician", "Exported all customers on file: 800", never the stored
key, its JSON or a note's codes."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from salon_desk.services.backups import KEEP_SETTING, MONTHS_SETTING
from salon_desk.services.complaint_register import REPLY_DAYS_KEY
from salon_desk.services.follow_ups import LOW_SATISFACTION_KEY
from salon_desk.services.frequency_rules import SETTING_KEY as RULES_SETTING
from salon_desk.services.privacy import MASKED_ROLES_SETTING
from salon_desk.ui import labels
from salon_desk.ui.frequency.rules_dialog import rule_captions


def setting_names() -> dict[str, str]:
    return {
        MASKED_ROLES_SETTING: QCoreApplication.translate("SettingWords", "Phones hidden from"),
        KEEP_SETTING: QCoreApplication.translate("SettingWords", "Backups to keep"),
        MONTHS_SETTING: QCoreApplication.translate("SettingWords", "Monthly backups kept (months)"),
        RULES_SETTING: QCoreApplication.translate("SettingWords", "Visit-frequency rules"),
        REPLY_DAYS_KEY: QCoreApplication.translate(
            "SettingWords", "Days to a complaint's first reply"
        ),
        LOW_SATISFACTION_KEY: QCoreApplication.translate(
            "SettingWords", "Low satisfaction at or below"
        ),
    }


def setting_value(key: str, stored: str) -> str | None:
    """The stored JSON of a setting in words; None when ``key`` is not a setting."""
    if key not in setting_names():
        return None
    if not stored:
        return ""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if key == MASKED_ROLES_SETTING and isinstance(value, list):
        roles = labels.roles()
        return "、".join(
            roles.get(str(role)) or str(role) for role in value
        ) or QCoreApplication.translate("SettingWords", "nobody")
    if key == RULES_SETTING and isinstance(value, dict):
        captions = rule_captions()
        return "; ".join(f"{captions.get(name, name)} {number}" for name, number in value.items())
    return str(value)


def action_note(action: str, note: str) -> str:
    """An export's or an import's note in words (the services write codes and counts)."""
    parts = note.split(" · ")
    if action == "export" and parts and parts[0] == "report":  # a report's workbook (18.6)
        parts[0] = QCoreApplication.translate("SettingWords", "Report")
    elif action == "export" and parts and " " in parts[0]:
        scope, count = parts[0].split(" ", 1)
        scopes = {
            "all": QCoreApplication.translate("SettingWords", "All customers on file: %1"),
            "chosen": QCoreApplication.translate("SettingWords", "Chosen customers: %1"),
            "marketing": QCoreApplication.translate("SettingWords", "Marketing list: %1"),
        }
        parts[0] = scopes.get(scope, parts[0]).replace("%1", count)
    if action in ("import", "undo_import"):
        for index, part in enumerate(parts):
            counts = part.split(" ")
            if len(counts) == 2 and counts[0] == "batch" and counts[1].isdigit():
                parts[index] = QCoreApplication.translate("SettingWords", "import no. %1").replace(
                    "%1", counts[1]
                )
            if len(counts) == 4 and [c[:1] for c in counts] == ["+", "~", "=", "x"]:
                parts[index] = (
                    QCoreApplication.translate(
                        "SettingWords", "%1 new, %2 updated, %3 skipped, %4 not imported"
                    )
                    .replace("%1", counts[0][1:])
                    .replace("%2", counts[1][1:])
                    .replace("%3", counts[2][1:])
                    .replace("%4", counts[3][1:])
                )
    return " · ".join(parts)
