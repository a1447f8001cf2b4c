"""A child process that writes until it is killed, reporting every commit on stdout.

    python -m tests.crash.writer DB_PATH [CUSTOMER_ID]

Each loop logs a care entry (with its service item and change history) and renames a
customer (a versioned update with history), each in its own IMMEDIATE transaction, and
prints "entry <id>" / "customer <version>" only after the commit returned.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from salon_desk.services import care_log, customers
from salon_desk.services.care_log import CareEntryInput
from salon_desk.store.database import open_db


def main() -> None:
    open_db(Path(sys.argv[1]), migrate=False)
    customer_id = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    staff_id, item_id = 1, 1
    number = 0
    while True:
        number += 1
        entry = care_log.log_care(
            CareEntryInput(
                customer_id=customer_id,
                visited_at=dt.datetime(2026, 1, 1, 10, 0).astimezone()
                + dt.timedelta(minutes=number),
                beautician_id=staff_id,
                service_item_ids=(item_id,),
                feedback=f"第 {number} 次",
            ),
            staff_id,
        )
        print(f"entry {entry}", flush=True)
        current = customers.get_customer(customer_id)
        current.data.notes = f"改过 {number} 次"
        version = customers.update_customer(customer_id, current.data, current.version, staff_id)
        print(f"customer {version}", flush=True)


if __name__ == "__main__":
    main()
