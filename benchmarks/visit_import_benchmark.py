"""How long a visit-history import holds the write lock, while another PC saves.
Since the import writes a few thousand visits per transaction, the figure that matters
to the other PC is the longest single transaction.

    .venv/bin/python benchmarks/visit_import_benchmark.py [--customers 10000] [--rows 5000]
    .venv/bin/python benchmarks/visit_import_benchmark.py --customers 100 --rows 1000000 \
        --new-clients 100000          # a chain moving in (the other PC saves for 30 s only)

Builds a demo shop, writes a receipts file of ``--rows`` lines for its customers (by
phone, two or three lines per visit), then imports it while a second process logs a care
entry every 50 ms and reports each save's time and every "database is locked". Prints
the import's planning time (no lock), its writing time (the lock), CPU beside wall, the
other process's slowest save and its failures — beside a bare anchor measured in the same
run: one empty IMMEDIATE transaction.
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from salon_desk.services import excel_import, visit_import, visit_writes
from salon_desk.services.demo import build_demo
from salon_desk.store.database import close_db, open_db, write_transaction
from salon_desk.store.models import Customer

SAVER = """
import sys, time, datetime as dt
from pathlib import Path
from salon_desk.services import care_log
from salon_desk.services.care_log import CareEntryInput
from salon_desk.store.database import open_db
open_db(Path(sys.argv[1]), migrate=False)
end = time.time() + float(sys.argv[2])
while time.time() < end:
    started = time.perf_counter()
    try:
        care_log.log_care(CareEntryInput(customer_id=1, beautician_id=3,
            visited_at=dt.datetime.now().astimezone() - dt.timedelta(minutes=5),
            service_item_ids=(1,)), None)
        print(f"ok {time.perf_counter() - started:.4f} {time.time():.3f}", flush=True)
    except Exception as exc:
        print(f"failed {exc}", flush=True)
    time.sleep(0.05)
"""


def receipts(path: Path, rows: int, new_clients: int = 0) -> None:
    """Receipt lines for the demo's customers (by phone), or with ``new_clients`` for that
    many clients the shop does not have yet (by old-system code, as a chain moving in)."""
    phones = [p for (p,) in Customer.select(Customer.phone).where(Customer.phone != "").tuples()]
    clients = [f"C{n:06d}" for n in range(new_clients)] or phones
    rng = random.Random(1)
    header = (
        "Receipt,Date,Description,Client,Staff,Amount"
        if new_clients
        else ("Receipt,Date,Description,Phone,Staff,Amount")
    )
    services = (
        [f"项目{n}" for n in range(40)] if new_clients else ["面部护理", "肩颈按摩", "补水", "刮痧"]
    )
    with path.open("w", encoding="utf-8") as out:
        out.write(header + "\n")
        written, receipt = 0, 0
        while written < rows:
            receipt += 1
            client = rng.choice(clients)
            day = f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for service in rng.sample(services, rng.randint(1, 3)):
                if written < rows:
                    out.write(f"{receipt},{day},{service},{client},陈美玲,{rng.randint(50, 400)}\n")
                    written += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument(
        "--new-clients", type=int, default=0, help="lines for this many clients not on file"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "shop.db"
        open_db(db)
        started = time.perf_counter()
        build_demo(customers=args.customers, seed=1)
        print(f"demo of {args.customers} customers in {time.perf_counter() - started:.0f} s")
        sheet = Path(folder) / "receipts.csv"
        receipts(sheet, args.rows, args.new_clients)
        anchors = []
        for _ in range(20):
            began = time.perf_counter()
            with write_transaction():
                pass
            anchors.append(time.perf_counter() - began)
        wall, cpu = time.perf_counter(), time.process_time()
        table = excel_import.read_table(sheet)
        mapping = visit_import.suggest_visit_mapping(table.headers)
        plan = visit_import.plan_visits(table, mapping, visit_import.VisitOptions())
        plan_wall, plan_cpu = time.perf_counter() - wall, time.process_time() - cpu
        # The other PC saves through the whole write (about 8,000 lines a second) and more.
        seconds = str(max(30, args.rows // 5_000))
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(db), seconds], stdout=subprocess.PIPE, text=True
        )
        time.sleep(2)
        wall, cpu, began = time.perf_counter(), time.process_time(), time.time()
        commits: list[float] = []
        real_backup = visit_writes.backups.back_up

        def timed_backup(*args: object, **kwargs: object) -> Path:
            began_backup = time.perf_counter()
            saved = real_backup(*args, **kwargs)  # type: ignore[arg-type]
            commits.append(time.perf_counter())  # the first transaction starts here
            backup_seconds.append(commits[-1] - began_backup)
            return saved

        def after_each_transaction(done: int, total: int) -> bool:
            commits.append(time.perf_counter())
            return True

        backup_seconds: list[float] = []
        visit_writes.backups.back_up = timed_backup  # type: ignore[assignment]
        result = visit_writes.apply_visits(plan, None, sheet.name, after_each_transaction)
        write_wall, write_cpu = time.perf_counter() - wall, time.process_time() - cpu
        longest = max(b - a for a, b in itertools.pairwise(commits))
        time.sleep(1)
        saver.terminate()
        out, _ = saver.communicate()
        close_db()
    saves = [float(line.split()[1]) for line in out.splitlines() if line.startswith("ok")]
    during = [
        line for line in out.splitlines()
        if line.startswith("ok") and began <= float(line.split()[2]) <= began + write_wall + 1
    ]  # fmt: skip
    failures = [line for line in out.splitlines() if line.startswith("failed")]
    anchor = sorted(anchors)[len(anchors) // 2]
    print(f"anchor: empty IMMEDIATE transaction  {anchor * 1000:7.2f} ms (median of 20)")
    print(f"plan (no lock)   wall {plan_wall:6.2f} s  cpu {plan_cpu:6.2f} s  "
          f"{len(plan.visits)} visits from {args.rows} rows")  # fmt: skip
    print(f"write            wall {write_wall:6.2f} s  cpu {write_cpu:6.2f} s  "
          f"{result.visits} visits, {result.items} items, "
          f"{len(commits) - 1} transactions")  # fmt: skip
    print(f"backup before the import (no lock) {backup_seconds[0]:6.2f} s")
    print(f"longest between two commits (a transaction + the pause) {longest:6.2f} s  "
          f"({longest / anchor:,.0f}× the anchor)")  # fmt: skip
    slowest = max(
        (line.split() for line in out.splitlines() if line.startswith("ok")),
        key=lambda parts: float(parts[1]),
        default=["ok", "0", str(began)],
    )
    print(
        f"other PC's slowest save ended {float(slowest[2]) - began:+.2f} s after the write began "
        f"(backup ends at +{commits[0] - wall:.2f} s, last commit +{commits[-1] - wall:.2f} s)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process {peak:,.0f} MB")
    print(f"other PC: {len(saves)} saves ({len(during)} during the import), slowest "
          f"{max(saves, default=0) * 1000:.0f} ms, "
          f"{len(failures)} failed{': ' + failures[0] if failures else ''}")  # fmt: skip


if __name__ == "__main__":
    main()
