"""Install Qt translators for the chosen language (the system's unless --lang says)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from salon_desk.config import asset

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def choose_language(requested: str | None) -> str:
    if requested:
        return requested
    system = QLocale.system().name()
    return "zh_CN" if system.startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Load our .qm and Qt's own (button texts); return whether ours was found."""
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
