"""What the writes changed (issue 15.8), so each screen updates what it shows of those
customers instead of counting a whole shop again. Anki's ``OpChanges`` is the model.

Writes say what they changed by ``note``-ing it as they write: the change history
(services/audit.py) notes every record it is told about, and the kept visit figures
(store/visit_figures.py) note every customer whose care log they refresh, so a write
cannot change a file without saying so. The notes go to the journal of the thread that
writes, if it keeps one: the window keeps one on the UI thread and ui/widgets/tasks.py
one per background job, handed to the UI thread with the job's result; the window then
publishes them as one ``Changes`` (ui/events.py). Where no journal is kept (the command
line, a test calling a service) ``note`` does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

NO_IDS: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Changes:
    """Customers are named by id under what of theirs changed."""

    files: frozenset[int] = NO_IDS  # her file: profile, cards, archived, erased
    visits: frozenset[int] = NO_IDS  # her care log: an entry logged, corrected or voided
    calls: frozenset[int] = NO_IDS  # follow-up calls about her
    complaints: frozenset[int] = NO_IDS
    catalogues: bool = False  # staff, service items, types, shops, settings
    everything: bool = False  # the data as a whole (a restore, an import): read it all again

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.files | other.files,
            self.visits | other.visits,
            self.calls | other.calls,
            self.complaints | other.complaints,
            self.catalogues or other.catalogues,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(
            self.files
            or self.visits
            or self.calls
            or self.complaints
            or self.catalogues
            or self.everything
        )

    @property
    def customers(self) -> frozenset[int]:
        """Everyone named, whatever of hers changed."""
        return self.files | self.visits | self.calls | self.complaints


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


@dataclass
class Journal:
    """Sets that grow in place: a long import notes thousands of customers per step."""

    files: set[int] = field(default_factory=set)
    visits: set[int] = field(default_factory=set)
    calls: set[int] = field(default_factory=set)
    complaints: set[int] = field(default_factory=set)
    catalogues: bool = False
    everything: bool = False

    def add(self, changes: Changes) -> None:
        self.files |= changes.files
        self.visits |= changes.visits
        self.calls |= changes.calls
        self.complaints |= changes.complaints
        self.catalogues = self.catalogues or changes.catalogues
        self.everything = self.everything or changes.everything

    @property
    def changes(self) -> Changes:
        return Changes(
            frozenset(self.files),
            frozenset(self.visits),
            frozenset(self.calls),
            frozenset(self.complaints),
            self.catalogues,
            self.everything,
        )

    def take(self) -> Changes:
        taken = self.changes
        for kept in (self.files, self.visits, self.calls, self.complaints):
            kept.clear()
        self.catalogues = self.everything = False
        return taken


_threads = threading.local()


def _journal() -> Journal | None:
    journal: Journal | None = getattr(_threads, "journal", None)
    return journal


def note(changes: Changes) -> None:
    journal = _journal()
    if journal is not None:
        journal.add(changes)


def note_visits(customer_ids: Iterable[int]) -> None:
    if _journal() is not None:
        note(Changes(visits=frozenset(customer_ids)))


def keep_journal() -> Journal:
    """This thread notes what its writes change from now on, in a journal of its own
    (the window's UI thread)."""
    journal = _threads.journal = Journal()
    return journal


def stop_keeping(journal: Journal) -> None:
    """This thread's writes are no longer noted in ``journal`` (its window closed; a
    window opened since keeps its own)."""
    if _journal() is journal:
        _threads.journal = None


def take() -> Changes:
    """What this thread's writes changed since the last take, forgotten once taken."""
    journal = _journal()
    return NOTHING if journal is None else journal.take()


@contextmanager
def journal_kept() -> Iterator[Journal]:
    """What the writes inside change, kept apart (a background job's)."""
    before = _journal()
    kept = _threads.journal = Journal()
    try:
        yield kept
    finally:
        _threads.journal = before
