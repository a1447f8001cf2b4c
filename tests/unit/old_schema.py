"""A database file as an older schema left it: customer columns a later step added are
taken out (SQLite cannot drop a column a foreign key names, so the table is copied
without them), and the recorded version is set back."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path


def without_customer_columns(db_path: Path, columns: list[str], version: int) -> None:
    without_columns(db_path, "customer", columns, version)


def without_columns(db_path: Path, table: str, columns: list[str], version: int) -> None:
    with sqlite3.connect(db_path) as old:
        old.execute("PRAGMA foreign_keys = OFF")
        (made,) = old.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        older = made.replace(f'"{table}"', f'"{table}_old"', 1)
        for column in columns:
            definition = rf', "{column}" [^,]*'
            foreign_key = rf', FOREIGN KEY \("{column}"\) REFERENCES "\w+" \("id"\)[A-Z ]*'
            assert re.search(definition, older), column
            older = re.sub(foreign_key, "", re.sub(definition, "", older))
        old.execute(older)
        kept = ", ".join(
            f'"{row[1]}"'
            for row in old.execute(f'PRAGMA table_info("{table}")')
            if row[1] not in columns
        )
        old.execute(f'INSERT INTO "{table}_old" ({kept}) SELECT {kept} FROM "{table}"')
        old.execute(f'DROP TABLE "{table}"')
        old.execute(f'ALTER TABLE "{table}_old" RENAME TO "{table}"')
        old.execute("UPDATE schema_info SET version = ?", (version,))
    old.close()
