"""A chain's server as the manager types it in Settings > Database (issue 16.3): host,
port, database and user, checked, and the URL the app connects with. TLS is required
for any host that is not this PC: a password and customers' files must not cross a
network in clear text."""

from __future__ import annotations

import enum
import ipaddress
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from salon_desk.services.validation import FieldsInvalid
from salon_desk.store.database import Circumstance, answers, circumstance_of, server_version
from salon_desk.store.database import DatabaseError as ConnectionFailed

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class AddressProblem(enum.StrEnum):
    HOST_REQUIRED = "server_host_required"
    DATABASE_REQUIRED = "server_database_required"
    USER_REQUIRED = "server_user_required"
    PORT_RANGE = "server_port_range"


class AddressInvalid(FieldsInvalid[AddressProblem]):
    pass


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = 5432

    @property
    def account(self) -> str:
        """The credential store's name for this login (no password in it)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_local(host: str) -> bool:
    host = host.strip().strip("[]").lower()
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate(address: ServerAddress) -> dict[str, AddressProblem]:
    errors: dict[str, AddressProblem] = {}
    if not address.host.strip():
        errors["host"] = AddressProblem.HOST_REQUIRED
    if not 1 <= address.port <= 65535:
        errors["port"] = AddressProblem.PORT_RANGE
    if not address.database.strip():
        errors["database"] = AddressProblem.DATABASE_REQUIRED
    if not address.user.strip():
        errors["user"] = AddressProblem.USER_REQUIRED
    return errors


def url(address: ServerAddress, password: str) -> str:
    """postgresql://user:password@host:port/database, TLS required unless on this PC."""
    errors = validate(address)
    if errors:
        raise AddressInvalid(errors)
    host = address.host.strip()
    shown_host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    login = quote(address.user.strip(), safe="")
    if password:
        login += ":" + quote(password, safe="")
    tls = "" if is_local(host) else "?sslmode=require"
    database = quote(address.database.strip(), safe="")
    return f"postgresql://{login}@{shown_host}:{address.port}/{database}{tls}"


def from_saved(saved: dict[str, object]) -> ServerAddress:
    """The address as the PC's preferences keep it (config.saved_server)."""
    return ServerAddress(
        str(saved["host"]), str(saved["database"]), str(saved["user"]), int(str(saved["port"]))
    )


def address_of(server_url: str) -> ServerAddress:
    parts = urlsplit(server_url)
    return ServerAddress(
        parts.hostname or "", parts.path.lstrip("/"), parts.username or "", parts.port or 5432
    )


def reach(address: ServerAddress, password: str) -> str:
    """Connect once: the server's version, or ConnectionFailed with the reason."""
    return server_version(url(address, password))


def unreachable(error: BaseException) -> bool:
    """The server could not be reached (not a bug, not the data): the window waits."""
    return circumstance_of(error) is Circumstance.SERVER_UNREACHABLE


def server_answers() -> bool:
    return answers()


__all__ = ["ConnectionFailed"]
