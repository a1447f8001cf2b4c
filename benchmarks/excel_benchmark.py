"""Excel speed and memory over a large demo salon.

    .venv/bin/python benchmarks/excel_benchmark.py [--customers 5000]

Exports every customer with all their records (write-only, streaming), reports the time and
how much the process grew, then reads the customers sheet back and checks it as an import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import tracemalloc
from pathlib import Path

from common import demo_salon

from salon_desk.services import excel_export, excel_import
from salon_desk.store.models import CareLog


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument(
        "--memory", action="store_true", help="trace Python memory (the export runs ~7x slower)"
    )
    args = parser.parse_args()
    with demo_salon(args.customers), tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.xlsx"
        if args.memory:
            tracemalloc.start()
        started = time.perf_counter()
        written = excel_export.export_workbook(
            target, None, excel_export.ExportTexts(), lambda field, value: value
        )
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory() if args.memory else (0, 0)
        tracemalloc.stop()
        rows = written + CareLog.select().count()
        print(
            f"export: {written} customers + their records ({rows} rows) in {seconds:.1f} s, "
            f"{rows / seconds:,.0f} rows/s, file {target.stat().st_size / 1e6:.1f} MB"
            + (f", peak Python memory {peak / 1e6:.0f} MB" if args.memory else "")
        )
        started = time.perf_counter()
        table = excel_import.read_table(target)
        vocabulary = excel_import.Vocabulary(
            headers={"customer_no": "", "name": "name", "phone": "phone"}
        )
        mapping = excel_import.suggest_mapping(table.headers, vocabulary)
        checked = excel_import.check_rows(table, mapping, vocabulary, dt.date.today())
        print(
            f"import check: {len(checked)} rows read and checked in "
            f"{time.perf_counter() - started:.1f} s"
        )


if __name__ == "__main__":
    main()
