"""Who sees customers' phone numbers in full: the shop chooses the roles that see them masked."""

from __future__ import annotations

from salon_desk.services import settings_store
from salon_desk.services.permissions import MANAGING_ROLES, role_of
from salon_desk.store.models import Staff

MASKED_ROLES_SETTING = "phones_masked_for_roles"
MASK = "****"


def masked_roles() -> frozenset[str]:
    saved = settings_store.read_setting(MASKED_ROLES_SETTING)
    if not isinstance(saved, list):
        return frozenset()
    return frozenset(role for role in saved if role in Staff.ROLES)


def set_masked_roles(roles: set[str] | frozenset[str], actor_id: int | None) -> None:
    """A manager (and the owner) always sees numbers in full: she can change this."""
    chosen = sorted(role for role in roles if role in Staff.ROLES and role not in MANAGING_ROLES)
    settings_store.write_setting(MASKED_ROLES_SETTING, chosen, actor_id)


def phones_hidden_for(actor_id: int | None) -> bool:
    role = role_of(actor_id)
    return role is not None and role in masked_roles()


def mask_phone(phone: str) -> str:
    """138****5678: the first three and last four digits stay, to recognise a number."""
    if len(phone) <= 7:
        return MASK if phone else ""
    return phone[:3] + MASK + phone[-4:]
