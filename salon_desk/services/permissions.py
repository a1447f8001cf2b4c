"""Who may do what, checked in the services so no screen can forget it.

``actor_id is None`` is the command line or a script run by whoever holds the database
file: it is trusted the way the file's owner is. Every window has a signed-in actor. A
deactivated account has no rights at all, whatever its role was (a window left signed in
on another PC must not go on exporting or writing).
"""

from __future__ import annotations

import enum

from salon_desk.store.models import Staff


class Permission(enum.StrEnum):
    EXPORT = "export"
    IMPORT = "import"
    ARCHIVE = "archive"  # archive, restore, erase personal data
    SETTINGS = "settings"  # staff, service items, type catalogues, frequency rules
    CORRECT_OTHERS_LATE = "correct_others_late"  # others' care entries after their day
    AUDIT = "audit"
    RESET_PINS = "reset_pins"
    RESTORE = "restore"  # replace the database with a backup
    OTHERS_CALLS = "others_calls"  # reassign or cancel calls assigned to someone else
    SHOPS = "shops"  # open, rename or close the chain's shops (issue 16.1)
    SERVER_BACKUP = "server_backup"  # copy the whole chain's server database (16.6)
    REPORTS = "reports"  # the manager's reports (issue 18): staff figures among them
    WRITE = "write"  # change anything at all: every active account


# The owner (老板) may do everything; a store manager everything in her shop.
OWNER_ONLY = frozenset({Permission.SHOPS, Permission.SERVER_BACKUP})
MANAGER_ONLY = frozenset(Permission) - {Permission.WRITE} - OWNER_ONLY
MANAGING_ROLES = ("manager", "owner")


class PermissionDenied(Exception):
    def __init__(self, permission: Permission, role: str) -> None:
        super().__init__(f"{role} may not {permission.value}")
        self.permission = permission
        self.role = role


def role_of(actor_id: int | None) -> str | None:
    """Her role while her account is active; None for a deactivated or unknown one."""
    if actor_id is None:
        return None
    return Staff.select(Staff.role).where((Staff.id == actor_id) & Staff.active).scalar()


def allowed(actor_id: int | None, permission: Permission) -> bool:
    if actor_id is None:
        return True
    role = role_of(actor_id)
    if role is None:
        return False
    if role == "owner":
        return True
    if permission in OWNER_ONLY:
        return False
    return role == "manager" or permission not in MANAGER_ONLY


def require(actor_id: int | None, permission: Permission) -> None:
    if not allowed(actor_id, permission):
        raise PermissionDenied(permission, role_of(actor_id) or "unknown")
