"""A second front-desk PC, as a child process, for the tests of two PCs at once.

    python -m tests.crash.pc DATABASE GO_FILE ACTION ARGS…

It opens DATABASE (a file or a server URL), prints "ready", waits until GO_FILE exists (so
both PCs start the same moment), does ACTION and prints one line: what happened.

- ``last-session CUSTOMER CARD STAFF ITEM``: log a visit paid by a session card. The card is
  read, then the PC dawdles 0.4 s before writing: without a lock both PCs would read
  "one left" and both spend it.
- ``save-file CUSTOMER VERSION ADDRESS``: save her file opened at VERSION.
- ``open``: only open (and so create or upgrade the schema).
- ``import FILE STAFF``: import a visit history (receipt lines) as that staff member.
- ``keep-logging CUSTOMER STAFF ITEM COUNT``: log COUNT visits, 20 ms apart, as a front
  desk does while the other PC imports; prints how many were saved and how many failed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import time
from pathlib import Path

from salon_desk.services import cards, care_log, customers
from salon_desk.services.care_log import CareEntryInput, EntryInvalid
from salon_desk.store.database import open_db
from salon_desk.store.migrations import current_version

DAWDLE = 0.4


def wait_for(go: Path) -> None:
    deadline = time.monotonic() + 30
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.005)


def last_session(customer_id: int, card_id: int, staff_id: int, item_id: int) -> str:
    read = cards.card_status

    def read_then_dawdle(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = read(*args, **kwargs)
        time.sleep(DAWDLE)
        return found

    care_log.card_status = read_then_dawdle  # type: ignore[assignment]
    entry = CareEntryInput(
        customer_id=customer_id,
        visited_at=dt.datetime.now().replace(microsecond=0),
        beautician_id=staff_id,
        service_item_ids=(item_id,),
        card_id=card_id,
    )
    try:
        return f"saved {care_log.log_care(entry, staff_id)}"
    except EntryInvalid as refused:
        return "refused " + ",".join(f"{k}={v}" for k, v in refused.errors.items())


def save_file(customer_id: int, version: int, address: str) -> str:
    data = dataclasses.replace(customers.get_customer(customer_id).data, address=address)
    try:
        return f"saved {customers.update_customer(customer_id, data, version, None)}"
    except customers.EditConflict:
        return "conflict"


def import_visits(path: str, staff_id: int) -> str:
    from salon_desk.services import excel_import, visit_import, visit_writes
    from salon_desk.services.visit_import import VisitOptions

    table = excel_import.read_table(Path(path))
    mapping = visit_import.suggest_visit_mapping(table.headers)
    plan = visit_import.plan_visits(table, mapping, VisitOptions(), dt.date.today())
    return f"imported {visit_writes.apply_visits(plan, staff_id, Path(path).name).visits}"


def keep_logging(customer_id: int, staff_id: int, item_id: int, count: int) -> str:
    saved = failed = 0
    slowest = 0.0
    for number in range(count):
        entry = CareEntryInput(
            customer_id=customer_id,
            visited_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=number),
            beautician_id=staff_id,
            service_item_ids=(item_id,),
        )
        started = time.monotonic()
        try:
            care_log.log_care(entry, staff_id)
            saved += 1
        except Exception:  # counted: the test says how many failed
            failed += 1
        slowest = max(slowest, time.monotonic() - started)
        time.sleep(0.02)
    return f"saved {saved} failed {failed} slowest {slowest:.2f}"


def main() -> None:
    database, go, action, *args = sys.argv[1:]
    target: str | Path = database if "://" in database else Path(database)
    if action == "open":
        print("ready", flush=True)
        wait_for(Path(go))
        open_db(target)
        print(f"version {current_version()}", flush=True)
        return
    open_db(target, migrate=False)
    print("ready", flush=True)
    wait_for(Path(go))
    if action == "last-session":
        print(last_session(*map(int, args)), flush=True)
    elif action == "save-file":
        print(save_file(int(args[0]), int(args[1]), args[2]), flush=True)
    elif action == "import":
        print(import_visits(args[0], int(args[1])), flush=True)
    elif action == "keep-logging":
        print(keep_logging(*map(int, args)), flush=True)
    else:
        sys.exit(f"unknown action {action}")


if __name__ == "__main__":
    main()
