"""Install Qt translators for the chosen language: --lang, else the one chosen in
Settings (remembered per PC in the user's config folder), else the system's."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from salon_desk import config
from salon_desk.config import asset

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "zh_TW", "en")
# Traditional Chinese is read in Taiwan, Hong Kong and Macau; Singapore and Malaysia
# write simplified.
TRADITIONAL_REGIONS = ("zh_TW", "zh_HK", "zh_MO", "zh_Hant")
_installed: list[QTranslator] = []
_active: list[str] = []  # the language the window is shown in (--lang included)


def choose_language(requested: str | None) -> str:
    if requested:
        return requested
    saved = config.saved_language()
    if saved in SUPPORTED:
        return saved
    return language_for_locale(QLocale.system().name())


def active_language() -> str:
    """The language shown now: the one installed, else the one that would be chosen."""
    return _active[0] if _active else choose_language(None)


def language_for_locale(name: str) -> str:
    if name.startswith(TRADITIONAL_REGIONS):
        return "zh_TW"
    return "zh_CN" if name.startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Load our .qm and Qt's own (button texts); return whether ours was found."""
    _active[:] = [language]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(str(asset(f"translations/salon_desk_{language}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s", language)
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return found
