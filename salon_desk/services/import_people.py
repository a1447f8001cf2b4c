"""Finding the customers an imported file names, many at a time: by her code in the old
system, her phone, or (when the user agreed) her exact name. One query per few hundred
keys instead of one per row: a chain's history names 100,000 customers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from salon_desk.store.models import Customer

Key = tuple[str, str]  # ("code" | "phone" | "name", value)
KEYS_PER_QUERY = 500
_COLUMNS = {"code": Customer.legacy_code, "phone": Customer.phone, "name": Customer.name}


def customer_for(code: str, phone: str) -> Key | None:
    """How a row names its customer when a name alone is not enough: code, else phone."""
    if code:
        return ("code", code)
    return ("phone", phone) if phone else None


def existing_customer(key: Key) -> int | None:
    found = files_for([key]).get(key, [])
    return found[0] if found else None


def files_for(keys: Iterable[Key]) -> dict[Key, list[int]]:
    """Each key's files on record (not erased), oldest first; a key with none is absent."""
    wanted: dict[str, list[str]] = {}
    for kind, value in dict.fromkeys(keys):
        wanted.setdefault(kind, []).append(value)
    found: dict[Key, list[int]] = {}
    for kind, values in wanted.items():
        column = _COLUMNS[kind]
        for start in range(0, len(values), KEYS_PER_QUERY):
            query = (
                Customer.select(column, Customer.id)
                .where(column.in_(values[start : start + KEYS_PER_QUERY]))
                .where(Customer.erased_at.is_null())
                .order_by(Customer.id)
                .tuples()
            )
            for value, customer_id in query:
                found.setdefault((kind, value), []).append(customer_id)
    return found


def named_counts(names: Iterable[str]) -> Counter[str]:
    """How many files on record (not erased) carry each of these exact names."""
    unique = list(dict.fromkeys(names))
    counts: Counter[str] = Counter()
    for start in range(0, len(unique), KEYS_PER_QUERY):
        query = (
            Customer.select(Customer.name)
            .where(Customer.name.in_(unique[start : start + KEYS_PER_QUERY]))
            .where(Customer.erased_at.is_null())
            .tuples()
        )
        counts.update(name for (name,) in query)
    return counts
