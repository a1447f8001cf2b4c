"""One signal tells every screen what the writes changed (issue 15.8; Anki's
``operation_did_execute`` is the model): ``changed`` carries a ``Changes`` naming the
customers whose file, visits, calls or complaints changed, or the catalogues, or
everything. Each screen updates what it shows of those customers.

The writes note what they change as they write (store/changes.py); a screen that has
just written calls ``publish`` and the window sends what was noted, whichever service
wrote it and on whichever thread (background jobs hand their notes over with their
result).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from salon_desk.services import changes
from salon_desk.services.changes import NOTHING, Changes


class AppEvents(QObject):
    changed = Signal(object)  # Changes
    staff_switched = Signal(int)  # staff id
    # The shop whose customers the screens show, in a chain (0: the whole chain).
    shop_chosen = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        journal = changes.keep_journal()
        self.destroyed.connect(lambda: changes.stop_keeping(journal))

    def publish(self, also: Changes = NOTHING) -> None:
        """Tell the screens what the writes since the last publish changed, and ``also``
        what only the window knows (a restored file: everything)."""
        found = changes.take() | also
        if found:
            self.changed.emit(found)
