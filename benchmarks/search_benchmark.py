"""Search speed over a large demo salon: median ms per query, by kind of query.

    .venv/bin/python benchmarks/search_benchmark.py [--customers 20000]

Builds a fresh demo database in a temporary folder (takes a while for large N).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from salon_desk.services.customer_search import CustomerQuery, count_customers, fetch_page
from salon_desk.services.demo import build_demo
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Customer

QUERIES = {
    "last 4 digits": "5678",
    "pinyin initials": "zhm",
    "full pinyin": "zhanghui",
    "name part": "慧",
    "no match": "qqqq",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        open_db(Path(folder) / "bench.db")
        started = time.perf_counter()
        build_demo(customers=args.customers, seed=1)
        print(
            f"built {Customer.select().count()} customers in {time.perf_counter() - started:.1f} s"
        )
        for label, text in QUERIES.items():
            timings = []
            for _ in range(args.repeat):
                began = time.perf_counter()
                query = CustomerQuery(text=text)
                total = count_customers(query)
                fetch_page(query, 0, 200)
                timings.append((time.perf_counter() - began) * 1000)
            print(
                f"{label:16} {statistics.median(timings):7.2f} ms median "
                f"(count + first page, {total} matches)"
            )
        close_db()


if __name__ == "__main__":
    main()
