"""The manager's audit viewer over years of history: median ms per filter.

    .venv/bin/python benchmarks/audit_benchmark.py [--rows 1000000]

A care entry writes about ten history rows, so a busy salon reaches a million in a few
years. The demo salon is built, then synthetic history rows are added over three years
(eight staff, every customer, the usual kinds) before each filter is timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random

from common import demo_salon, median_ms

from salon_desk.services import audit
from salon_desk.store.database import write_transaction
from salon_desk.store.models import ChangeRecord, Customer, Staff

KINDS = ("care_log",) * 6 + ("customer", "card", "follow_up", "complaint")


def add_history(rows: int, rng: random.Random) -> None:
    staff = [s for (s,) in Staff.select(Staff.id).tuples()]
    customers = [c for (c,) in Customer.select(Customer.id).tuples()]
    start = dt.datetime.now() - dt.timedelta(days=3 * 365)
    batch = []
    with write_transaction():
        for number in range(rows):
            batch.append(
                {
                    "table": rng.choice(KINDS),
                    "record_id": number,
                    "customer": rng.choice(customers),
                    "action": "update",
                    "field": "feedback",
                    "old_value": "",
                    "new_value": "做完很舒服",
                    "staff": rng.choice(staff),
                    "changed_at": start + dt.timedelta(minutes=number * 1.5),
                }
            )
            if len(batch) == 5000:
                ChangeRecord.insert_many(batch).execute()
                batch.clear()
        if batch:
            ChangeRecord.insert_many(batch).execute()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with demo_salon(args.customers):
        add_history(args.rows, random.Random(1))
        print(f"{ChangeRecord.select().count()} history rows")
        now = dt.datetime.now()
        month = now - dt.timedelta(days=30)
        staff = Staff.select(Staff.id).scalar()
        customer = Customer.select(Customer.id).scalar()
        filters = {
            "last 30 days, everyone": audit.AuditFilter(since=month),
            "last 30 days, one staff member": audit.AuditFilter(staff_id=staff, since=month),
            "last 30 days, complaints only": audit.AuditFilter(since=month, table="complaint"),
            "one customer, all time": audit.AuditFilter(customer_id=customer),
            "one staff member, all time": audit.AuditFilter(staff_id=staff),
        }
        for name, chosen in filters.items():
            ms = median_ms(lambda c=chosen: audit.audit_log(None, c, 2000), args.repeat)
            print(f"{name:34} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
