"""Developer tool: refresh the .ts sources from the code and compile the .qm files.

Run through ``python3 .ci/dev.py translations``. Translations are written in the .ts
files (Qt Linguist can open them); this extracts, fills and compiles:

- zh_CN and zh_TW are refreshed from the code with lupdate;
- a zh_TW message still unfinished whose zh_CN translation exists is filled with that
  translation converted by OpenCC's ``s2twp`` (Taiwan characters and phrases: 软件 → 軟體,
  设置 → 設定). A zh_TW translation edited by hand is never overwritten, so a reviewer's
  wording stays; only what nobody has translated yet is derived.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SIMPLIFIED_TS = TRANSLATIONS / "salon_desk_zh_CN.ts"
TRADITIONAL_TS = TRANSLATIONS / "salon_desk_zh_TW.ts"
TS_FILES = [SIMPLIFIED_TS, TRADITIONAL_TS]
TOOLS = Path(PySide6.__file__).parent
# Where s2twp's general-purpose choice is wrong for a salon: 项目 is a service item
# (服務項目), not a project (專案); Taiwan writes 帳號/帳戶, not 賬號, says 回饋 for
# feedback and names the Enter key; a customer's or a card's type is 類型 (型別 is a
# programmer's data type).
SALON_WORDS_TW = {
    "專案": "項目", "賬": "帳", "反饋": "回饋", "回車": " Enter 鍵", "型別": "類型",
}  # fmt: skip


def source_files() -> list[Path]:
    package = ROOT / "salon_desk"
    return sorted(
        p for p in package.rglob("*.py") if "store" not in p.parts and "services" not in p.parts
    )


def update_sources() -> None:
    files = [str(p) for p in source_files()]
    for ts in TS_FILES:
        subprocess.run(
            [str(TOOLS / "lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
            check=True,
        )


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def fill_traditional(simplified: Path = SIMPLIFIED_TS, traditional: Path = TRADITIONAL_TS) -> int:
    """Derive every unfinished zh_TW translation from its finished zh_CN one; return how
    many were filled."""
    import opencc

    converter = opencc.OpenCC("s2twp")

    def convert(text: str) -> str:
        converted = converter.convert(text)
        for general, salon in SALON_WORDS_TW.items():
            converted = converted.replace(general, salon)
        return converted

    finished: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(simplified).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                finished[_key(context, message)] = translation
    tree = ET.parse(traditional)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            target = message.find("translation")
            source = finished.get(_key(context, message))
            if target is None or source is None or target.get("type") != "unfinished":
                continue
            target.attrib.pop("type")
            target.text = convert(source.text) if source.text else source.text
            for form in list(target):
                target.remove(form)
            for form in source:
                copied = ET.SubElement(target, form.tag)
                copied.text = convert(form.text) if form.text else form.text
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        with traditional.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    return filled


def compile_all() -> None:
    for ts in TS_FILES:
        subprocess.run(
            [str(TOOLS / "lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    if not TRADITIONAL_TS.exists():
        TRADITIONAL_TS.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="zh_TW"></TS>\n',
            encoding="utf-8",
        )
    update_sources()
    print(f"zh_TW: {fill_traditional()} translations derived from zh_CN by OpenCC s2twp")
    update_sources()  # lupdate's own layout, so the next refresh changes nothing
    if "--no-compile" not in sys.argv:
        compile_all()
