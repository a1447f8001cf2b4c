"""A table model that fetches its rows from SQL one page at a time.

With 100k rows an eager list costs ~340 ms and 140 MB; pages keep the first paint
near 40 ms and memory flat (MEASURED.md). Subclasses say how to count and fetch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ObjectRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._pages: dict[int, list[Any]] = {}

    def count_rows(self) -> int:
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        """Count again and drop the cached pages; call after the query or the data changed."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self.count_rows()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._pages[page] = self.fetch_rows(page * PAGE_SIZE, PAGE_SIZE)
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

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count
