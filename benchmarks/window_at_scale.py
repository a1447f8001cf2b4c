"""The window on a chain's database (issue 15.3, 15.7): the longest the UI thread is busy
for each thing a person does, and the memory after every tab has been visited.

    .venv/bin/python benchmarks/scale.py --customers 100000 --keep /tmp/scale
    .venv/bin/python benchmarks/window_at_scale.py /tmp/scale/chain-100000-10.db
    (or on a demo: salon-desk demo --db chain.db --customers 100000; it logs one entry)

A timer ticks every 5 ms on the UI thread; the longest gap between two ticks after an
action (or the action's own call, if longer) is how long the window could not answer.
The anchors, measured in the same run: the longest gap while nothing happens, and the
memory of a bare PySide6 window in a process of its own.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

# Resident pages, not ru_maxrss: a child's peak counts the parent's pages it was forked with.
BARE_WINDOW_MEMORY = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); window = QMainWindow(); window.show(); app.processEvents()
print(int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE"))
"""


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    from salon_desk.services import care_log
    from salon_desk.store.database import open_db
    from salon_desk.store.models import Customer, ServiceItem, Staff

    app = QApplication([])
    path = sys.argv[1]
    open_db(path)
    from salon_desk.ui.main_window import MainWindow

    window = MainWindow(Staff.select().first().id, path)
    window.show()
    longest, last = [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        longest[0], last[0] = max(longest[0], now - last[0]), now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    def busiest(action: Callable[[], object], settle: float) -> float:
        pump(0.5)
        longest[0], last[0] = 0.0, time.perf_counter()
        started = time.perf_counter()
        action()
        call = time.perf_counter() - started
        pump(settle)
        return max(longest[0], call) * 1000

    pump(3)
    idle = busiest(lambda: None, 2)
    print(f"{'action':44} {'longest UI block':>17}   anchor: idle {idle:.1f} ms; goal ≤ 100 ms")
    for index in range(window.tabs.count()):
        name = window.tabs.tabText(index)
        first = busiest(lambda index=index: window.tabs.setCurrentIndex(index), 6)
        again = busiest(
            lambda index=index: (
                window.tabs.setCurrentIndex(0),
                window.tabs.setCurrentIndex(index),
            ),
            3,
        )
        print(f"{'tab ' + name + ', first time':44} {first:14.1f} ms")
        print(f"{'tab ' + name + ', again':44} {again:14.1f} ms")
    newest = Customer.select(Customer.id).order_by(Customer.id.desc()).scalar()
    opened = busiest(lambda: window.customers.open_customer(newest), 2)
    print(f"{'open a file':44} {opened:14.1f} ms")
    exported = busiest(lambda: window.export_customers().reject(), 2)
    print(f"{'export dialog':44} {exported:14.1f} ms")

    def save_an_entry() -> None:  # what the care log tab does on Ctrl+S
        care_log.log_care(
            care_log.CareEntryInput(
                customer_id=newest,
                visited_at=dt.datetime.now().astimezone(),
                beautician_id=Staff.select().first().id,
                service_item_ids=(ServiceItem.select().first().id,),
            ),
            None,
        )
        window.care_log.entries.refresh()
        window.events.publish()

    window.tabs.setCurrentWidget(window.frequency)
    pump(4)
    saved = busiest(save_an_entry, 3)
    print(f"{'save a care entry (frequency tab showing)':44} {saved:14.1f} ms")
    bare = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW_MEMORY], capture_output=True, text=True, check=True
    )
    print(
        f"\nmemory after every tab: {resident_mb():.0f} MB resident, peak "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
        f"(bare PySide6 window: {int(bare.stdout) / 2**20:.0f} MB); goal ≤ 250 MB"
    )


if __name__ == "__main__":
    main()
