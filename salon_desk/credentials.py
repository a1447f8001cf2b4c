"""A server's password in the OS credential store (issue 16.3): Windows Credential Manager,
the macOS Keychain, the Secret Service on a Linux desktop, through keyring. Never in a
plain file. keyring is imported on first use (it loads its backends: not at start-up).
"""

from __future__ import annotations

import contextlib

SERVICE = "SalonDesk"


class NoCredentialStore(Exception):
    """This PC offers no credential store (a bare server, a desktop without one)."""


def _keyring():  # type: ignore[no-untyped-def]
    import keyring

    return keyring


def save_password(account: str, password: str) -> None:
    from keyring.errors import KeyringError

    try:
        _keyring().set_password(SERVICE, account, password)
    except KeyringError as exc:
        raise NoCredentialStore(str(exc)) from exc


def password(account: str) -> str | None:
    """The saved password, or None (none saved, or no store on this PC)."""
    from keyring.errors import KeyringError

    try:
        found = _keyring().get_password(SERVICE, account)
    except KeyringError:
        return None
    return found if isinstance(found, str) else None


def forget_password(account: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing there to forget
        _keyring().delete_password(SERVICE, account)
