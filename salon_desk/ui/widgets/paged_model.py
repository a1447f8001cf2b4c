"""A table model that fetches its rows from SQL one page at a time.

With 100k rows an eager list costs ~340 ms and 140 MB; pages keep the first paint
near 40 ms and memory flat (MEASURED.md). Subclasses say how to count and fetch.

The first page is shown before the rows are counted: a one-letter search matching
17,000 customers paints its first page, and the count (and the scroll bar's length)
follows from the event loop. A page after a loaded one is read by key (``after``, its
last row), so scrolling costs the same at any depth; a jump far down reads by offset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

ObjectRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel):
    counted = Signal()  # rowCount() is the full count now

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._pages: dict[int, list[Any]] = {}
        self._counted = True
        self._reloads = 0  # a count queued by an earlier reload is dropped

    def count_rows(self) -> int:
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int, after: Any = None) -> list[Any]:
        """``limit`` rows from ``offset``; a subclass that can read by key starts after
        the row ``after`` instead (it is the row just before ``offset``) when given."""
        raise NotImplementedError

    def reload(self) -> None:
        """Drop the cached pages and show the first; call after the query or the data
        changed. The rest is counted once the first page is on screen."""
        self.beginResetModel()
        self._pages = {0: self.fetch_rows(0, PAGE_SIZE)}
        self._count = len(self._pages[0])
        self._counted = self._count < PAGE_SIZE
        self._reloads += 1
        self.endResetModel()
        if self._counted:
            self.counted.emit()
        else:
            reload = self._reloads
            QTimer.singleShot(0, self, lambda: self._count_the_rest(reload))

    def is_counted(self) -> bool:
        return self._counted

    @property
    def loaded(self) -> bool:
        """Rows were read at least once (for the query the subclass holds)."""
        return self._reloads > 0

    def count_text(self, counted: Callable[[int], str]) -> str:
        """The words under a paged list: "Counting…" until every row is counted, then
        ``counted(rows)``."""
        if not self._counted:
            return QCoreApplication.translate("PagedTableModel", "Counting…")
        return counted(self._count)

    def _count_the_rest(self, reload: int) -> None:
        if reload != self._reloads:
            return
        total = self.count_rows()
        if total >= self._count:
            if total > self._count:
                self.beginInsertRows(QModelIndex(), self._count, total - 1)
                self._count = total
                self.endInsertRows()
        else:  # files went out in the moment between: start again from what is there
            self.beginResetModel()
            self._pages.clear()
            self._count = total
            self.endResetModel()
        self._counted = True
        self.counted.emit()

    def row_at(self, row: int) -> Any:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            before = self._pages.get(page - 1)
            after = before[-1] if before is not None and len(before) == PAGE_SIZE else None
            self._pages[page] = self.fetch_rows(page * PAGE_SIZE, PAGE_SIZE, after)
        rows = self._pages[page]
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_of(self, row_id: int) -> int | None:
        """The row showing the record ``row_id`` among the pages loaded so far."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == row_id:
                    return page * PAGE_SIZE + offset
        return None

    def shows_any(self, row_ids: frozenset[int]) -> bool:
        """Whether any of these records is on a page read so far."""
        return bool(row_ids) and any(
            row.id in row_ids for rows in self._pages.values() for row in rows
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count
