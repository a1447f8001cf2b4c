"""Where files live. Paths come from platformdirs and are resolved once at start."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import platformdirs

APP_NAME = "SalonDesk"
APP_AUTHOR = "SalonDesk"


def data_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    return data_folder() / "salon-desk.db"


def server_backups_folder(database: str) -> Path:
    """Where this PC keeps its copies of a server database (``database`` as shown, with no
    password): one folder per server and database."""
    from urllib.parse import urlsplit

    parts = urlsplit(database)
    name = f"{parts.hostname or 'localhost'}-{parts.port or 5432}-{parts.path.strip('/')}"
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return data_folder() / "server-backups" / safe


def log_folder() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def asset(relative: str) -> Path:
    """A file under resources/, in a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources" / relative


def preferences_file() -> Path:
    """This PC's own choices (the language), apart from the shop's shared database."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "preferences.json"


def _preferences() -> dict[str, object]:
    try:
        loaded = json.loads(preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def saved_language() -> str | None:
    value = _preferences().get("language")
    return value if isinstance(value, str) else None


def save_language(language: str) -> None:
    _save_preference("language", language)


def _for_database(key: str, database: str) -> int | None:
    value = _preferences().get(key, {})
    found = value.get(database) if isinstance(value, dict) else None
    return found if isinstance(found, int) else None


def _save_for_database(key: str, database: str, number: int) -> None:
    value = _preferences().get(key, {})
    chosen = dict(value) if isinstance(value, dict) else {}
    chosen[database] = number
    with contextlib.suppress(OSError):  # a convenience: a read-only profile still works
        _save_preference(key, chosen)


def last_signed_in(database: str) -> int | None:
    """Who signed in last on this PC to this database (the picker opens on her)."""
    return _for_database("last_staff", database)


def saved_server() -> dict[str, object] | None:
    """The server this PC connects to (Settings > Database): host, port, database and
    user; the password is in the OS credential store, not here."""
    value = _preferences().get("server")
    return value if isinstance(value, dict) and value.get("host") else None


def save_server(server: dict[str, object] | None) -> None:
    """Remember the server (None: this PC uses its own file again)."""
    _save_preference("server", server)


def pc_shop(database: str) -> int | None:
    """The shop this PC stands in, for this database (issue 16.2)."""
    return _for_database("pc_shop", database)


def save_pc_shop(database: str, shop_id: int) -> None:
    _save_for_database("pc_shop", database, shop_id)


def save_last_signed_in(database: str, staff_id: int) -> None:
    _save_for_database("last_staff", database, staff_id)


def _save_preference(key: str, value: object) -> None:
    """Written whole or not at all."""
    preferences = {**_preferences(), key: value}
    path = preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(preferences, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
