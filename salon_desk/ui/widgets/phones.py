"""Customers' phone numbers as the staff member on duty may see them (masked or in full)."""

from __future__ import annotations

from salon_desk.services import privacy

_hidden = False


def set_hidden(hidden: bool) -> None:
    """Set when someone signs in: every screen shows numbers through ``shown``."""
    global _hidden
    _hidden = hidden


def hidden() -> bool:
    return _hidden


def shown(phone: str) -> str:
    return privacy.mask_phone(phone) if _hidden else phone
