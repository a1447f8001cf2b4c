"""Search keys for a customer: pinyin initials and full pinyin of her name, every reading,
the name in simplified characters (so 陈丽华 finds 陳麗華 and back), and the endings of
her name and phones (store/search_parts.py).

Surnames with special readings (曾 zeng, 单 shan, 区 ou, 覃 qin) are why every reading
is kept: pypinyin's first reading is the common word, not the surname. pypinyin is
imported on first use because its phrase dictionary costs ~220 ms at start-up.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache
from typing import Any

from salon_desk.chinese import folded, has_han, search_form, to_simplified
from salon_desk.store.search_parts import part_keys

MAX_READINGS = 16
# As a surname these read differently from the common word pypinyin gives first, and a
# list sorted by pinyin puts 曾丽 among the z's.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "区": "ou", "覃": "qin", "仇": "qiu", "解": "xie",
    "查": "zha", "朴": "piao", "盖": "ge", "乐": "yue", "缪": "miao", "尉": "yu",
}  # fmt: skip
_ASCII_WORD = re.compile(r"[a-z0-9]+")


@cache
def _pinyin_module() -> Any:
    import pypinyin

    return pypinyin


@cache
def _char_readings(char: str) -> tuple[str, ...]:
    """All toneless readings of one Han character, common reading first."""
    pypinyin = _pinyin_module()
    readings = pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True)[0]
    unique = tuple(dict.fromkeys(r.lower() for r in readings if r.isascii() and r.isalpha()))
    return unique or (char.lower(),)


def _is_han(char: str) -> bool:
    return "CJK UNIFIED IDEOGRAPH" in unicodedata.name(char, "")


def _syllables(name: str) -> list[tuple[str, ...]]:
    """One tuple of possible readings per Han character or Latin word of the name."""
    # Accents folded (Zoë → zoe): a front desk types plain letters.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    parts: list[tuple[str, ...]] = []
    latin = ""
    for char in text:
        if _is_han(char):
            if latin:
                parts.append((latin,))
                latin = ""
            parts.append(_char_readings(char))
        elif char.isascii() and char.isalnum():
            latin += char
        elif latin:
            parts.append((latin,))
            latin = ""
    if latin:
        parts.append((latin,))
    return parts


def name_keys(name: str) -> dict[str, list[str]]:
    """``{"initials": [...], "pinyin": [...], "simplified": [...]}`` for every reading,
    capped per kind; the simplified key only for a name with Han characters."""
    simplified = [simplified_key(name)] if has_han(name) else []
    parts = _syllables(to_simplified(name))
    if not parts:
        return {"initials": [], "pinyin": [], "simplified": simplified}
    combos = itertools.islice(itertools.product(*parts), MAX_READINGS * 4)
    initials: dict[str, None] = {}
    full: dict[str, None] = {}
    for combo in combos:
        initials["".join(syllable[0] for syllable in combo)] = None
        full["".join(combo)] = None
    return {
        "initials": list(initials)[:MAX_READINGS],
        "pinyin": list(full)[:MAX_READINGS],
        "simplified": simplified,
    }


# A one-character search (王, z) matches a fifth of a chain: its first page must not sort
# 17,000 files (36 ms at 100k). Each character her keys start with is also kept as that
# character, this separator, and her place in the name order, so the first page in name
# order is one index range read in order (0.4 ms). The separator sorts before any text.
LETTER = "letter"
LETTER_SEPARATOR = "\x1f"


def letter_key(character: str, name_sort: str) -> str:
    return f"{character}{LETTER_SEPARATOR}{name_sort}"


def customer_keys(
    name: str, phone: str, other_phone: str, legacy_code: str = ""
) -> list[tuple[str, str]]:
    """Every (kind, key) a customer is found by, each searched by its start: her name's
    readings (initials, pinyin), her name simplified, and the endings of her name and
    phones (store/search_parts.py); and, in name order, each character a search of one
    character finds her by (a letter of her code in the previous system too)."""
    keys = [(kind, key) for kind, found in name_keys(name).items() for key in found]
    keys = list(dict.fromkeys(keys + part_keys(name, phone, other_phone)))
    firsts = {key[0] for kind, key in keys if kind != "digits" and key}
    code_start = legacy_code[:1]
    if code_start.isascii() and code_start.isalpha():  # a code is searched from its start
        firsts.add(code_start.lower())
    name_sort = sort_key(name)
    return keys + [(LETTER, letter_key(first, name_sort)) for first in sorted(firsts)]


def key_rows(
    customer_id: int, name: str, phone: str, other_phone: str, legacy_code: str = ""
) -> list[dict[str, object]]:
    """Her search keys as rows of customer_search_key."""
    return [
        {"customer": customer_id, "kind": kind, "key": key}
        for kind, key in customer_keys(name, phone, other_phone, legacy_code)
    ]


def sort_key(name: str) -> str:
    """Names in pinyin order (艾 ai, 白 bai, 蔡 cai, 陈 chen …), the name itself breaking
    ties between same-sounding names."""
    parts = _syllables(to_simplified(name))
    if not parts:
        return normalize_query(name) + " " + name
    first = to_simplified(name.strip()[:1])
    surname = SURNAME_READINGS.get(first, parts[0][0])
    return surname + "".join(readings[0] for readings in parts[1:]) + " " + name


def simplified_key(text: str) -> str:
    """How a name or a typed query is compared across scripts: simplified, no spaces."""
    return search_form(text)


def normalize_query(text: str) -> str:
    return folded(text)


def query_digits(query: str) -> str:
    """The digits of a query that is a phone fragment (digits, spaces, dashes, +)."""
    text = unicodedata.normalize("NFKC", query)
    if text and all(ch.isdigit() or ch in " -+" for ch in text):
        return "".join(ch for ch in text if ch.isdigit())
    return ""
