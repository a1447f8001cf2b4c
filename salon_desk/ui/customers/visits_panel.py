"""Her visits on her file: every care entry, newest first; Enter or a double-click opens
the entry (to read in full, correct or void) as the care log tab does."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salon_desk.services.care_log_list import EntryFilter
from salon_desk.ui.care_log.entry_list import CareLogListModel
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tables import row_table

CUSTOMER_COLUMN = 1  # her own name on every row says nothing here


class VisitsPanel(QWidget):
    open_entry = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.model = CareLogListModel(self)
        self.table = row_table("file_visits_table")
        self.table.setSortingEnabled(False)  # newest first, paged from SQL
        self.table.setModel(self.model)
        self.table.setColumnHidden(CUSTOMER_COLUMN, True)
        for column, width in ((0, 118), (2, 70), (3, 130), (4, 70), (5, 110), (6, 40)):
            self.table.setColumnWidth(column, width)
        self.count = named(QLabel(), "file_visits_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.table.activated.connect(self._activated)
        self.model.counted.connect(self._update_count)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        # A customer id that matches nothing (0) when no file is open.
        self.model.set_filter(EntryFilter(customer_id=customer_id or 0, include_voided=True))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.model.count_text(
                lambda rows: self.tr("%1 entries, newest first. Enter opens one.").replace(
                    "%1", str(rows)
                )
            )
        )

    def _activated(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.open_entry.emit(row.id)
