"""Signals the pages use to tell each other that data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    customer_changed = Signal(int)  # customer id
    catalogues_changed = Signal()
    staff_switched = Signal(int)  # staff id
