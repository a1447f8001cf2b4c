"""Salon Desk.

peewee imports the PostgreSQL driver whenever it is installed: 102-107 ms of every start
(``-X importtime``), for a shop on SQLite that never needs it. Every module of the app
is imported after this package, so peewee is imported here first with the driver kept
out; store/database.py hands it to peewee when a server is opened (``_server_driver``).
"""

import sys


def _import_peewee_without_its_server_driver() -> None:
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


_import_peewee_without_its_server_driver()
