"""Visit-frequency and charts speed over a large demo salon: median ms per operation.

    .venv/bin/python benchmarks/frequency_benchmark.py [--customers 5000]

What the manager waits for when she opens the frequency tab (every customer's statistics,
groups, rhythm and file signals), the care lists, and her team's call overview; and what
logging a visit now costs on top (it closes her open "overdue" calls in the same write).
"""

from __future__ import annotations

import argparse
import datetime as dt

from common import demo_salon, median_ms

from salon_desk.services import charts, frequency, reminders
from salon_desk.services.follow_up_lists import overview
from salon_desk.store import visit_figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with demo_salon(args.customers):
        today = dt.date.today()
        rows = frequency.visit_statistics(today)
        print(f"{sum(r.overdue for r in rows)} of {len(rows)} customers overdue")
        timings = {
            "kept visit figures recomputed (check --deep)": visit_figures.compute,
            "frequency tab: every customer's row": lambda: frequency.visit_statistics(today),
            "care list: birthdays in 30 days": lambda: reminders.birthdays_within(today, 30),
            "care list: cards running out": lambda: reminders.cards_running_out(today),
            "care list: stale complaints": lambda: reminders.stale_complaints(today),
            "team overview": lambda: overview(today),
            "charts panel: every figure": lambda: charts.figures(today),
        }
        for name, action in timings.items():
            print(f"{name:<45} {median_ms(action, args.repeat):8.1f} ms")


if __name__ == "__main__":
    main()
