"""What erasing a customer's personal data blanks, as data: the service applies it to the
open database, and the same plan is applied to every backup file (older schemas too, so
only the columns a file has), because a copy kept "for safety" must not keep her either.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Her own row: every personal field (name and archive/erase marks are set separately).
CUSTOMER_BLANKS: dict[str, object] = {
    "phone": "",
    "phone_last4": "",
    "other_phone": "",
    "other_phone_last4": "",
    "wechat": "",
    "wechat_key": "",
    "enquiry": "",
    "legacy_code": "",
    "birthday": None,
    "birthday_lunar": False,
    "address": "",
    "occupation": "",
    "interests": "",
    "skin_concerns": "",
    "allergies": "",
    "referral_note": "",
    "referred_by_id": None,
    "referred_by_staff_id": None,
    "marketing_consent": False,
    "notes": "",
}
# Free text about her in the records that stay (visits, complaints, calls, history).
RECORD_BLANKS: dict[str, tuple[str, ...]] = {
    "care_log": ("feedback", "skin_condition", "suggestion", "products_used"),
    "complaint": ("description", "handling", "result"),
    "follow_up": ("note", "outcome_note"),
    "change_record": ("old_value", "new_value"),
}


def erase_in_file(path: Path, customer_id: int) -> bool:
    """Apply the erase to a database file (a backup); False if she is not in it. Freed
    space is overwritten (secure_delete) and the file rewritten without free pages."""
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA secure_delete=ON")
        if (
            connection.execute("SELECT 1 FROM customer WHERE id = ?", (customer_id,)).fetchone()
            is None
        ):
            return False
        with connection:
            _blank(connection, "customer", "id", customer_id, {
                **CUSTOMER_BLANKS, "name": f"#{customer_id}", "name_sort": f"#{customer_id}",
            })  # fmt: skip
            connection.execute(
                "DELETE FROM customer_search_key WHERE customer_id = ?", (customer_id,)
            )
            for table, columns in RECORD_BLANKS.items():
                _blank(connection, table, "customer_id", customer_id, dict.fromkeys(columns, ""))
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
            # A backup made before schema 15 or 16 has no shop fields or relations.
            if "profile_field_value" in tables:
                connection.execute(
                    "DELETE FROM profile_field_value WHERE customer_id = ?", (customer_id,)
                )
            if "complaint_sign_off" in tables:  # (schema 28) what signers wrote of her
                connection.execute(
                    "UPDATE complaint_sign_off SET opinion = '' WHERE complaint_id IN"
                    " (SELECT id FROM complaint WHERE customer_id = ?)",
                    (customer_id,),
                )
            if "relation" in tables:
                connection.execute("DELETE FROM relation WHERE customer_id = ?", (customer_id,))
                connection.execute(
                    "UPDATE relation SET name = '' WHERE other_id = ?", (customer_id,)
                )
        connection.execute("VACUUM")
        return True
    finally:
        connection.close()


def _blank(
    connection: sqlite3.Connection,
    table: str,
    key: str,
    customer_id: int,
    values: dict[str, object],
) -> None:
    present = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
    chosen = {column: value for column, value in values.items() if column in present}
    if not chosen:
        return
    assignments = ", ".join(f'"{column}" = ?' for column in chosen)
    connection.execute(
        f'UPDATE "{table}" SET {assignments} WHERE "{key}" = ?', (*chosen.values(), customer_id)
    )
