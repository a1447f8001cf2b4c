"""The shop's settings in words for the change history: "Phones hidden from: Beautician",
never the stored key or its JSON."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from salon_desk.services.backups import KEEP_SETTING, MONTHS_SETTING
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
