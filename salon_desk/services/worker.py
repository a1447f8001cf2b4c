"""Reads that run on a worker thread, on that thread's own database connection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from salon_desk.store.database import release_thread_connection

Result = TypeVar("Result")


def in_own_connection(work: Callable[[], Result]) -> Result:
    """Run ``work`` and close the connection it opened: SQLite connections belong to the
    thread that made them, and pooled threads outlive the task."""
    try:
        return work()
    finally:
        release_thread_connection()
