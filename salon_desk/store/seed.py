"""Rows every new database starts with: the default customer-type catalogue."""

from __future__ import annotations

from salon_desk.store.models import CustomerType

DEFAULT_TYPE_CODES: dict[str, tuple[str, ...]] = {
    "psychology": ("vanity", "belonging", "fear", "keeping_up"),
    "personality": (
        "impulsive",
        "passive",
        "novelty",
        "comparing",
        "trial",
        "companion",
        "loner",
    ),
    # The photo-studio list's ten customer traits (顾客特征), each with its strategy.
    "trait": (
        "indecisive",
        "anxious",
        "bargaining",
        "proud",
        "irritable",
        "aloof",
        "rational",
        "frank",
        "easygoing",
        "composite",
    ),
}


def seed_defaults() -> None:
    rows = [
        {"kind": kind, "code": code, "sort_order": order}
        for kind, codes in DEFAULT_TYPE_CODES.items()
        for order, code in enumerate(codes)
    ]
    CustomerType.insert_many(rows).on_conflict_ignore().execute()
