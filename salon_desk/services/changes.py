"""What the writes changed, for the screens (issue 15.8): the journal lives beside the
store (store/changes.py), where every write can reach it; the window reaches it here."""

from salon_desk.store.changes import (
    EVERYTHING,
    NOTHING,
    Changes,
    journal_kept,
    keep_journal,
    note,
    stop_keeping,
    take,
)

__all__ = [
    "EVERYTHING",
    "NOTHING",
    "Changes",
    "journal_kept",
    "keep_journal",
    "note",
    "stop_keeping",
    "take",
]
