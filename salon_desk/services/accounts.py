"""Sign-in with a PIN: scrypt hashes with a salt per account, a lock after failures.

A staff member without a PIN yet signs in by choosing her name (a shop just set up);
once a PIN is set it is asked for every time, at start and on "switch user".
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import secrets

from salon_desk.services import audit, catalogues
from salon_desk.services.permissions import (
    MANAGING_ROLES,
    Permission,
    PermissionDenied,
    require,
)
from salon_desk.services.validation import FieldsInvalid
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Staff, utc_now

MIN_PIN_LENGTH = 4
MIN_MANAGER_PIN_LENGTH = 6  # the account that may do everything
MAX_PIN_LENGTH = 64
FAILURES_BEFORE_LOCK = 5
LOCK_MINUTES = 5  # the first lock; each further one in a row doubles, up to a day
LONGEST_LOCK = dt.timedelta(days=1)
# scrypt cost: ~50 ms on this machine, 16 MB of memory; enough against guessing a stolen file.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class SignInProblem(enum.StrEnum):
    PIN_TOO_SHORT = "pin_too_short"
    MANAGER_PIN_TOO_SHORT = "manager_pin_too_short"
    PIN_WRONG = "pin_wrong"
    LOCKED = "account_locked"
    INACTIVE = "account_inactive"
    PIN_NEEDED = "pin_needed"  # a manager's account without a PIN yet


class PinInvalid(FieldsInvalid[SignInProblem]):
    pass


class SignInRefused(Exception):
    def __init__(self, problem: SignInProblem, locked_until: dt.datetime | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.locked_until = locked_until  # UTC


def pin_hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )


def has_pin(staff_id: int) -> bool:
    return bool(Staff.select(Staff.pin_hash).where(Staff.id == staff_id).scalar())


def set_pin(staff_id: int, pin: str, actor_id: int | None) -> None:
    """Her own PIN, or anyone's by a manager (a reset after a forgotten PIN)."""
    if actor_id != staff_id:
        require(actor_id, Permission.RESET_PINS)
    pin = pin.strip()
    check_pin_length(pin, Staff.get_by_id(staff_id).role in MANAGING_ROLES)
    salt = secrets.token_bytes(16)
    with write_transaction():
        Staff.update(
            pin_hash=pin_hash(pin, salt),
            pin_salt=salt,
            failed_sign_ins=0,
            locked_until=None,
            locks_in_a_row=0,
        ).where(Staff.id == staff_id).execute()
        audit.record_action(None, "pin_set", actor_id, table="staff", record_id=staff_id)


def create_first_manager(name: str, pin: str) -> int:
    """The first run: the store manager's account, with her PIN, so nobody else can pick
    the account that may do everything."""
    check_pin_length(pin.strip(), manager=True)
    if Staff.select().exists():
        raise PermissionDenied(Permission.SETTINGS, "first run is over")
    manager_id = catalogues.save_staff(catalogues.StaffMember(0, name, "manager", "", True), None)
    set_pin(manager_id, pin, manager_id)
    return manager_id


def check_pin_length(pin: str, manager: bool) -> None:
    if len(pin) > MAX_PIN_LENGTH:
        raise PinInvalid({"pin": SignInProblem.PIN_TOO_SHORT})
    if manager and len(pin) < MIN_MANAGER_PIN_LENGTH:
        raise PinInvalid({"pin": SignInProblem.MANAGER_PIN_TOO_SHORT})
    if len(pin) < MIN_PIN_LENGTH:
        raise PinInvalid({"pin": SignInProblem.PIN_TOO_SHORT})


def lock_length(locks_before: int) -> dt.timedelta:
    """5, 10, 20 … minutes for the first, second, third lock in a row; a day at most."""
    return min(dt.timedelta(minutes=LOCK_MINUTES * 2 ** min(locks_before, 20)), LONGEST_LOCK)


def needs_pin_to_sign_in(staff_id: int) -> bool:
    """She has a PIN, or she is a manager or the owner (who must choose one first)."""
    member = Staff.get_by_id(staff_id)
    return member.pin_hash is not None or member.role in MANAGING_ROLES


def sign_in(staff_id: int, pin: str, now: dt.datetime | None = None) -> int:
    """Accept, returning how many wrong PINs were tried on her account since she last
    signed in (she is told), or refuse. Five wrong PINs lock the account, each further
    lock in a row twice as long; wrong PINs and locks are in the shop's change history."""
    now = now or utc_now()
    with write_transaction():
        member = Staff.get_by_id(staff_id)
        if not member.active:
            raise SignInRefused(SignInProblem.INACTIVE)
        if member.locked_until is not None and member.locked_until > now:
            raise SignInRefused(SignInProblem.LOCKED, member.locked_until)
        if member.pin_hash is None:
            if member.role in MANAGING_ROLES:  # the accounts that may do everything
                raise SignInRefused(SignInProblem.PIN_NEEDED)
            return 0  # no PIN set yet: choosing her name is enough
        expected = bytes(member.pin_hash)
        if hmac.compare_digest(pin_hash(pin.strip(), bytes(member.pin_salt)), expected):
            Staff.update(
                failed_sign_ins=0, locked_until=None, locks_in_a_row=0, failures_since_sign_in=0
            ).where(Staff.id == staff_id).execute()
            return int(member.failures_since_sign_in)
        failures = member.failed_sign_ins + 1
        locked, locks = None, member.locks_in_a_row
        if failures >= FAILURES_BEFORE_LOCK:
            failures, locked, locks = 0, now + lock_length(locks), locks + 1
        Staff.update(
            failed_sign_ins=failures,
            locked_until=locked,
            locks_in_a_row=locks,
            failures_since_sign_in=Staff.failures_since_sign_in + 1,
        ).where(Staff.id == staff_id).execute()
        audit.record_action(None, "sign_in_failed", staff_id, table="staff", record_id=staff_id)
        if locked is not None:
            audit.record_action(
                None,
                "sign_in_locked",
                staff_id,
                table="staff",
                record_id=staff_id,
                note=f"{int((locked - now).total_seconds() // 60)} min",
            )
    if locked is not None:
        raise SignInRefused(SignInProblem.LOCKED, locked)
    raise SignInRefused(SignInProblem.PIN_WRONG)
