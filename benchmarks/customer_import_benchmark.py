"""Importing customer files: rows per second, checks, search keys and history included.

    .venv/bin/python benchmarks/customer_import_benchmark.py [--rows 10000] [--runs 3]

Writes a sheet of ``--rows`` new customers (Chinese names, unique phones, birthdays,
notes), then imports it into an empty shop: read, check every row, write. Prints the
median of ``--runs`` for each step, CPU beside wall, and a bare anchor measured in the
same run: the same rows inserted into a plain table by one executemany.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from salon_desk.services import customer_import, excel_import
from salon_desk.services.excel_import import Vocabulary
from salon_desk.store.database import close_db, open_db

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁"
)
GIVEN = "丽芳敏静秀娟英华慧巧美娜雅婷雪琳晶欣怡佳玉兰凤洁梅琴云莲真环红霞平燕"


def sheet(path: Path, rows: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(7)
    lines = ["姓名,手机,生日,备注"]
    values = []
    for n in range(rows):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        phone = f"139{n:08d}"
        birthday = f"{rng.randint(1960, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        note = rng.choice(["", "喜欢玫瑰精油", "怕痛，力度轻", "周末来"])
        lines.append(f"{name},{phone},{birthday},{note}")
        values.append((name, phone, birthday, note))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return values


def anchor(folder: Path, values: list[tuple[str, str, str, str]]) -> float:
    connection = sqlite3.connect(folder / "anchor.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE c (name TEXT, phone TEXT, birthday TEXT, notes TEXT)")
    began = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO c VALUES (?, ?, ?, ?)", values)
    connection.execute("COMMIT")
    seconds = time.perf_counter() - began
    connection.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    timings: dict[str, list[tuple[float, float]]] = {"check": [], "write": [], "anchor": []}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            values = sheet(folder / "customers.csv", args.rows)
            open_db(folder / "shop.db")
            wall, cpu = time.perf_counter(), time.process_time()
            table = excel_import.read_table(folder / "customers.csv")
            mapping = excel_import.suggest_mapping(table.headers, Vocabulary())
            rows = excel_import.check_rows(table, mapping, Vocabulary(), dt.date.today())
            timings["check"].append((time.perf_counter() - wall, time.process_time() - cpu))
            wall, cpu = time.perf_counter(), time.process_time()
            result = customer_import.apply_import(rows, None, source="customers.csv")
            timings["write"].append((time.perf_counter() - wall, time.process_time() - cpu))
            assert len(result.created) == args.rows, result
            close_db()
            wall, cpu = time.perf_counter(), time.process_time()
            anchor(folder, values)
            timings["anchor"].append((time.perf_counter() - wall, time.process_time() - cpu))
    median = {key: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
              for key, v in timings.items()}  # fmt: skip
    total = median["check"][0] + median["write"][0]
    print(f"{args.rows} customers, median of {args.runs} runs")
    for key, (wall, cpu) in median.items():
        print(f"  {key:7} wall {wall:7.3f} s  cpu {cpu:7.3f} s")
    ratio = median["write"][0] / median["anchor"][0]
    print(f"  import {args.rows / total:,.0f} rows/s in all (read + check + write; goal ≥ 3,000); "
          f"write {ratio:.0f}× the bare executemany")  # fmt: skip


if __name__ == "__main__":
    main()
