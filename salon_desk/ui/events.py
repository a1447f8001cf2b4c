"""Signals the pages use to tell each other that data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    customer_changed = Signal(int)  # customer id: her file or cards changed
    care_logged = Signal(int)  # customer id: an entry of hers was logged, corrected or voided
    catalogues_changed = Signal()
    staff_switched = Signal(int)  # staff id
    calls_changed = Signal()  # follow-up calls assigned, closed or reassigned
    complaints_changed = Signal(int)  # customer id
    # The shop whose customers the screens show, in a chain (0: the whole chain).
    shop_chosen = Signal(int)
