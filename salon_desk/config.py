"""Where files live. Paths come from platformdirs and are resolved once at start."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "SalonDesk"
APP_AUTHOR = "SalonDesk"


def data_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    return data_folder() / "salon-desk.db"


def log_folder() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def asset(relative: str) -> Path:
    """A file under resources/, in a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources" / relative
