"""The retention model's refit (issue 19.5): read every customer's visit days from the care
log and fit BG/NBD, on databases ``scale.py --keep FOLDER`` built (10k and 100k customers),
beside a bare anchor measured in the same run: reading the same rows with no work on them.

    .venv/bin/python benchmarks/retention_fit_benchmark.py FOLDER/chain-10000-10.db \\
                                                          FOLDER/chain-100000-10.db [--runs 3]

Goals: under 2 s for 10,000 customers, under 20 s for 100,000, off the window's thread.
"kept" times the window's own refit (``retention_model.refit``: a chain's shops fitted
apart, each trusted fit's figures stored) — it adds a fit to the database each run.
``--shops N`` first makes the file a chain of N shops, its customers spread over them by
id (the demo's customers leave the way the model describes, so its fits are trusted):

    .venv/bin/python -m salon_desk demo --db /tmp/chain.db --customers 100000
    .venv/bin/python benchmarks/retention_fit_benchmark.py /tmp/chain.db --shops 10
(scale.py's customers visit on a steady rhythm and never leave: the fit runs to the edge
of its bounds and the verdict refuses it — the time is that of the hardest case.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from salon_desk.services import bgnbd, bgnbd_data, retention_model
from salon_desk.store.database import close_db, db, open_db, write_transaction
from salon_desk.store.models import Customer, Shop

GOALS = {10_000: 2.0, 100_000: 20.0}


def refit(today: dt.date) -> int:
    data = bgnbd_data.summaries(bgnbd_data.visit_days(today), today)
    bgnbd.fit(data.x, data.t_x, data.big_t)
    return len(data.customer_ids)


def bare_read() -> None:
    rows = db.execute_sql(
        "SELECT customer_id, visited_at FROM care_log WHERE voided_at IS NULL"
        " ORDER BY customer_id, visited_at"
    )
    for _ in rows:
        pass


def spread_over_shops(count: int) -> None:
    """A chain of ``count`` shops (made once), customer n's home shop the (n mod count)th."""
    with write_transaction():
        made = [row.id for row in Shop.select(Shop.id).order_by(Shop.id)]
        for number in range(len(made), count):
            made.append(int(Shop.insert(name=f"分店{number + 1}").execute()))
        Shop.update(name="分店1").where((Shop.id == made[0]) & (Shop.name == "")).execute()
        ids = [customer_id for (customer_id,) in Customer.select(Customer.id).tuples()]
        for shop_number, shop_id in enumerate(made[:count]):
            theirs = ids[shop_number::count]
            for start in range(0, len(theirs), 500):
                Customer.update(home_shop=shop_id).where(
                    Customer.id.in_(theirs[start : start + 500])
                ).execute()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("databases", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shops", type=int, default=0, help="make each file a chain first")
    args = parser.parse_args()
    today = dt.date.today()
    print(f"{'database':<28}{'customers':>10}{'app wall':>10}{'(CPU)':>9}{'anchor':>9}"
          f"{'ratio':>8}  goal{'kept':>17}{'(CPU)':>9}  groups, trusted")  # fmt: skip
    for path in args.databases:
        open_db(path)
        if args.shops > 1:
            spread_over_shops(args.shops)
        try:
            walls, cpus, anchors, kept_walls, kept_cpus = [], [], [], [], []
            customers, fits = 0, []
            for _ in range(args.runs):
                wall, cpu = time.perf_counter(), time.process_time()
                customers = refit(today)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
                wall = time.perf_counter()
                bare_read()
                anchors.append(time.perf_counter() - wall)
                wall, cpu = time.perf_counter(), time.process_time()
                fits = retention_model.refit(today)
                kept_walls.append(time.perf_counter() - wall)
                kept_cpus.append(time.process_time() - cpu)
        finally:
            close_db()
        app, anchor = statistics.median(walls), statistics.median(anchors)
        size = min(GOALS, key=lambda n: abs(n - customers))
        met = "met" if app <= GOALS[size] else "NOT met"
        print(
            f"{path.name:<28}{customers:>10}{app:>9.2f}s{statistics.median(cpus):>8.2f}s"
            f"{anchor:>8.2f}s{app / anchor:>7.1f}×  ≤ {GOALS[size]:.0f} s {met:<7}"
            f"{statistics.median(kept_walls):>8.2f}s{statistics.median(kept_cpus):>8.2f}s"
            f"  {len(fits)}, {sum(bool(fit.trusted) for fit in fits)}"
        )


if __name__ == "__main__":
    main()
