"""Both Chinese translations cover every string and the shipped .qm match the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from salon_desk import config, i18n, i18n_tools
from salon_desk.config import asset

LANGUAGES = ["zh_CN", "zh_TW"]


def _ts(language: str) -> Path:
    return asset(f"translations/salon_desk_{language}.ts")


def _qm(language: str) -> Path:
    return asset(f"translations/salon_desk_{language}.qm")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(_ts(language), fresh)
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translation_is_up_to_date(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(i18n_tools.TOOLS / "lrelease"), str(_ts(language)), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == _qm(language).read_bytes()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_CN", ("敏感性", "顾客档案", "服务项目", "虚荣型")),
        ("zh_TW", ("敏感性", "顧客檔案", "服務項目", "虛榮型")),
    ],
)
def test_translator_turns_english_into_chinese(qapp, language: str, words: tuple) -> None:
    translator = QTranslator()
    assert translator.load(str(_qm(language)))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Labels", "Sensitive") == words[0]
        assert QCoreApplication.translate("MainWindow", "Customer files") == words[1]
        assert QCoreApplication.translate("CareTexts", "Service items") == words[2]
        assert QCoreApplication.translate("Labels", "Vanity") == words[3]
    finally:
        QCoreApplication.removeTranslator(translator)


def test_traditional_is_derived_only_where_nobody_translated(tmp_path: Path) -> None:
    """A reviewer's zh_TW wording survives a refresh; only unfinished ones are filled."""
    simplified = tmp_path / "cn.ts"
    traditional = tmp_path / "tw.ts"
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
    simplified.write_text(
        head + 'language="zh_CN"><context><name>X</name>'
        "<message><source>Save</source><translation>保存设置</translation></message>"
        "<message><source>Items</source><translation>服务项目</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    traditional.write_text(
        head + 'language="zh_TW"><context><name>X</name>'
        "<message><source>Save</source><translation>存檔</translation></message>"
        '<message><source>Items</source><translation type="unfinished"></translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    assert i18n_tools.fill_traditional(simplified, traditional) == 1
    text = traditional.read_text(encoding="utf-8")
    assert "存檔" in text and "服務項目" in text and "unfinished" not in text


def test_language_follows_settings_then_the_system(monkeypatch) -> None:
    assert i18n.language_for_locale("zh_HK") == "zh_TW"
    assert i18n.language_for_locale("zh_TW") == "zh_TW"
    assert i18n.language_for_locale("zh_SG") == "zh_CN"
    assert i18n.language_for_locale("de_DE") == "en"
    config.save_language("zh_TW")
    assert i18n.choose_language(None) == "zh_TW"
    assert i18n.choose_language("en") == "en"
    config.save_language("en")
    assert i18n.choose_language(None) == "en"


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


def test_the_picker_remembers_who_signed_in_last_per_database() -> None:
    assert config.last_signed_in("/shop/a.db") is None
    config.save_last_signed_in("/shop/a.db", 3)
    config.save_last_signed_in("/shop/b.db", 5)
    config.save_language("zh_TW")
    assert config.last_signed_in("/shop/a.db") == 3
    assert config.last_signed_in("/shop/b.db") == 5
    assert config.saved_language() == "zh_TW"
