"""What every benchmark needs: a demo salon in a temporary database, and a median timer."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from salon_desk.services.demo import build_demo
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import CareLog, Customer


@contextmanager
def demo_salon(customers: int) -> Iterator[None]:
    """A fresh demo database (seed 1) open for the duration; it says how long it took."""
    with tempfile.TemporaryDirectory() as folder:
        open_db(Path(folder) / "bench.db")
        started = time.perf_counter()
        build_demo(customers=customers, seed=1)
        print(
            f"built {Customer.select().count()} customers, {CareLog.select().count()} entries "
            f"in {time.perf_counter() - started:.1f} s"
        )
        try:
            yield
        finally:
            close_db()


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
