"""Traditional and simplified Chinese as one: 陳麗華 and 陈丽华 are the same customer.

Used by the search keys (services) and the migration that adds them to older files
(store), so it sits outside both layers. OpenCC's ``t2s`` tables are loaded on first
use (a few milliseconds), not at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

QUERY_PUNCTUATION = re.compile(r"[\s'’·.\-]")


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def has_han(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in text)


def to_simplified(text: str) -> str:
    """The simplified form (unchanged when it has no Han characters)."""
    if not has_han(text):
        return text
    return str(_converter().convert(text))


def folded(text: str) -> str:
    """Width folded, no spaces or dots, lowercase: how a typed query is read."""
    return QUERY_PUNCTUATION.sub("", unicodedata.normalize("NFKC", text)).lower()


def search_form(text: str) -> str:
    """How names and typed queries are compared across scripts: folded and simplified."""
    return to_simplified(folded(text))
