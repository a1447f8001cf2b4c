"""Search speed over a large demo salon: median ms per query, by kind of query.

    .venv/bin/python benchmarks/search_benchmark.py [--customers 20000]

Builds a fresh demo database in a temporary folder (takes a while for large N).
"""

from __future__ import annotations

import argparse

from common import demo_salon, median_ms

from salon_desk.services.customer_search import CustomerQuery, count_customers, fetch_page

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
    with demo_salon(args.customers):
        for label, text in QUERIES.items():
            query = CustomerQuery(text=text)
            total = count_customers(query)
            timing = median_ms(
                lambda q=query: (count_customers(q), fetch_page(q, 0, 200)), args.repeat
            )
            print(f"{label:16} {timing:7.2f} ms median (count + first page, {total} matches)")


if __name__ == "__main__":
    main()
