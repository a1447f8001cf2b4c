"""The keys that make "any part of a name, any digits of a phone" an index range (issue
15.2): every ending of her name (folded and simplified) and every ending of three digits
or more of each phone. Any part of the name is then the start of one "part" key, any
three digits of a number the start of one "digits" key, and a search is one range scan
of the key index instead of ``LIKE '%…%'`` over every customer.

SQLite's FTS5 trigram index and PostgreSQL's pg_trgm find nothing shorter than three
characters, and a surname alone (王) is the commonest search at a salon's desk: hence
endings, on both engines the same. Here in the store because the migration that added
them writes them for every file already on record.
"""

from __future__ import annotations

from salon_desk.chinese import search_form

MIN_PHONE_PART = 3  # fewer digits match a phone's start only (the phone index serves that)


def _endings(text: str, shortest: int = 1) -> list[str]:
    return [text[start:] for start in range(len(text) - shortest + 1)]


def part_keys(name: str, phone: str, other_phone: str) -> list[tuple[str, str]]:
    """(kind, key) pairs: "part" for the name's endings, "digits" for the phones'."""
    keys = [("part", part) for part in _endings(search_form(name))]
    for number in (phone, other_phone):
        digits = "".join(ch for ch in number if ch.isdigit())
        keys += [("digits", part) for part in _endings(digits, MIN_PHONE_PART)]
    return list(dict.fromkeys(keys))
