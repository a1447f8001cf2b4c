"""The Chinese translation covers every string and the shipped .qm matches the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from salon_desk import i18n_tools
from salon_desk.config import asset

TS = asset("translations/salon_desk_zh_CN.ts")
QM = asset("translations/salon_desk_zh_CN.qm")


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    files = [str(p) for p in i18n_tools.source_files()]
    subprocess.run(
        [
            str(i18n_tools.TOOLS / "lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    untranslated = [
        message.findtext("source")
        for message in ET.parse(fresh).getroot().iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished")
    ]
    assert untranslated == [], "run: python3 .ci/dev.py translations, then translate these"


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(i18n_tools.TOOLS / "lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes()


def test_translator_turns_english_into_chinese(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Labels", "Sensitive") == "敏感性"
        assert QCoreApplication.translate("MainWindow", "Customer files") == "顾客档案"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_translated_text_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings, so tr() there would never be translated."""
    inside_braces = re.compile(r"""f["'][^"']*\{[^}]*\b(tr|translate)\(""")
    offenders = [
        f"{path.name}:{number}"
        for path in i18n_tools.source_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside_braces.search(line)
    ]
    assert offenders == []
