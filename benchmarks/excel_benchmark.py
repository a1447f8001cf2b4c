"""Excel speed and memory over a large demo salon.

    .venv/bin/python benchmarks/excel_benchmark.py [--customers 5000]

Exports every customer with all their records (write-only, streaming), reports the time and
how much the process grew; then CPU medians of the export beside a bare anchor in the same
run (the same rows written by openpyxl write-only with no formats); then reads the
customers sheet back and checks it as an import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from common import demo_salon
from openpyxl import Workbook

from salon_desk.services import excel_export, excel_import
from salon_desk.services.excel_rows import ExportSource
from salon_desk.store.models import CareLog


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument(
        "--memory", action="store_true", help="trace Python memory (the export runs ~7x slower)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of the export vs the anchor")
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
        app, bare = [], []
        for _ in range(args.runs):
            cpu = time.process_time()
            excel_export.export_workbook(
                target, None, excel_export.ExportTexts(), lambda field, value: value
            )
            app.append(time.process_time() - cpu)
            cpu = time.process_time()
            _bare_export(Path(folder) / "bare.xlsx")
            bare.append(time.process_time() - cpu)
        ratio = statistics.median(app) / statistics.median(bare)
        print(
            f"export CPU, median of {args.runs}: app {statistics.median(app):.2f} s, the same "
            f"rows written bare (openpyxl write-only, no formats) {statistics.median(bare):.2f} s"
            f" — {ratio:.2f}x (goal ≤ 1.1x)"
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


def _bare_export(target: Path) -> None:
    """The anchor: the same rows from the same queries, as plain values."""
    source = ExportSource(None, dt.date.today(), lambda field, value: value, False)
    book = Workbook(write_only=True)
    plain = (int, float, str, dt.date, dt.datetime, type(None))
    for rows in (source.customer_rows, source.care_log_rows, source.card_rows,
                 source.follow_up_rows, source.complaint_rows):  # fmt: skip
        sheet = book.create_sheet()
        for row in rows():
            sheet.append([v if isinstance(v, plain) else str(v) for v in row])
    book.save(target)


if __name__ == "__main__":
    main()
