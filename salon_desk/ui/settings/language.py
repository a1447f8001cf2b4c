"""The language of this PC's window: chosen in Settings or the File menu, remembered in
the user's preferences (not the shop's database: two PCs may differ)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from salon_desk import config, i18n
from salon_desk.ui.widgets.naming import named

# Each language is named in itself, as every program's language menu does, so a person
# who cannot read the current language still finds her own.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


def current_language() -> str:
    """The language the window is shown in now."""
    return i18n.active_language()


def saved_language() -> str | None:
    """The language chosen for the next start, if any."""
    saved = config.saved_language()
    return saved if saved in LANGUAGE_NAMES else None


def language_combo(parent: QWidget | None = None) -> QComboBox:
    combo = named(QComboBox(parent), "language_choice")
    for code in i18n.SUPPORTED:
        combo.addItem(LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(saved_language() or current_language())))
    return combo


def remember_language(code: str) -> bool:
    """Save the choice; return whether it differs from the language shown now."""
    changed = code != current_language()
    config.save_language(code)
    return changed
