"""Process start to a painted main window, against a bare PySide6 window measured in the
same run (the floor no Qt program goes below on this machine).

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 9] [--program dist/SalonDesk/SalonDesk]
                                                     [--db chain.db --staff 美容师0]

Without --program the source checkout runs (python -m salon_desk); with it, the built
one-folder program. Both open a 200-customer demo and quit as soon as the window painted
(--quit-when-shown). Medians of wall and CPU time; the ratio to the bare window.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); window = QMainWindow(); window.show()
QTimer.singleShot(0, app.quit); app.exec()
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (children's CPU, user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # Bytecode as an installed (or built) program has it: the warm-up run writes it.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(command: list[str], runs: int) -> tuple[float, float]:
    timed(command)  # warm the disk cache
    results = [timed(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--program", type=Path, help="a built SalonDesk to measure instead")
    parser.add_argument(
        "--db", type=Path, help="start on this database (e.g. one benchmarks/scale.py --keep made)"
    )
    parser.add_argument("--staff", default="陈美玲", help="who signs in (the demo's beautician)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "start.db"
        if args.db is None:
            subprocess.run(
                [sys.executable, "-m", "salon_desk", "demo", "--db", str(db), "--customers", "200"],
                check=True,
                capture_output=True,
            )
        app = [str(args.program)] if args.program else [sys.executable, "-m", "salon_desk"]
        app += ["--db", str(db), "--staff", args.staff, "--quit-when-shown"]
        bare_wall, bare_cpu = medians([sys.executable, "-c", BARE_WINDOW], args.runs)
        wall, cpu = medians(app, args.runs)
    what = args.program or "python -m salon_desk"
    print(f"bare PySide6 window   wall {bare_wall * 1000:6.0f} ms   cpu {bare_cpu * 1000:6.0f} ms")
    print(f"{what!s:<21} wall {wall * 1000:6.0f} ms   cpu {cpu * 1000:6.0f} ms")
    print(f"ratio                 wall {wall / bare_wall:6.2f}×     cpu {cpu / bare_cpu:6.2f}×")


if __name__ == "__main__":
    main()
