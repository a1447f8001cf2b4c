"""What every report on the reports page is (issue 18.6): a set of tabs (tables and a
trend) filled from figures counted on a worker, the customers behind a figure on a
double-click, and its tables as sheets for Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget
from shiboken6 import isValid

from salon_desk.services.report_workbook import Sheet
from salon_desk.ui import labels
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import row_table, show_rows_model
from salon_desk.ui.widgets.tasks import run_task

Row = TypeVar("Row")
Drill = Callable[[Any, int], None]  # (the row's object, the column number)


def money_column(header: str, fen: Callable[[Any], int], width: int = 90) -> Column[Any]:
    return Column(
        header,
        lambda r: labels.money(fen(r)),
        sort_key=fen,
        numeric=True,
        width=width,
        export=lambda r: fen(r) / 100,
    )


def count_column(header: str, value: Callable[[Any], int | None], width: int = 70) -> Column[Any]:
    return Column(
        header,
        lambda r: "" if value(r) is None else str(value(r)),
        sort_key=value,
        numeric=True,
        width=width,
        export=value,
    )


def share_column(header: str, value: Callable[[Any], float | None], width: int = 70) -> Column[Any]:
    return Column(
        header,
        lambda r: "" if value(r) is None else f"{value(r):.0%}",
        sort_key=value,
        numeric=True,
        width=width,
        export=lambda r: None if value(r) is None else round(value(r) or 0.0, 4),
    )


class FigureTable(Generic[Row]):
    """A table of a report's rows; a double-click asks for what is behind the cell."""

    def __init__(self, name: str, columns: list[Column[Row]], drill: Drill | None = None):
        self.model: RowsTableModel[Row] = RowsTableModel(columns)
        self.view: QTableView = row_table(name)
        show_rows_model(self.view, self.model)
        self._drill = drill
        if drill is not None:
            # A double-click, or Enter on the current cell (the platform's activation).
            self.view.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and self._drill is not None:
            self._drill(row, index.column())

    def sheet(self, title: str) -> Sheet:
        """What the table shows, as numbers where a column is numeric."""
        columns = self.model.columns
        rows = [
            [
                column.text(row) if column.export is None else column.export(row)
                for column in columns
            ]
            for row in self.model.rows()
        ]
        return Sheet(title, [c.header for c in columns], rows)


class ReportView(QTabWidget):
    """One report: the page counts it with ``counting`` on a worker and shows it."""

    customers_behind = Signal(object, str)  # frozenset of customer ids, who they are
    open_customer = Signal(int)

    code = ""

    def title(self) -> str:
        raise NotImplementedError

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        """The counting, to run on a worker (no widget touched there)."""
        raise NotImplementedError

    def show_figures(self, found: Any) -> str:
        """Fill the tabs; return the summary line."""
        raise NotImplementedError

    def sheets(self) -> list[Sheet]:
        raise NotImplementedError

    def ask_behind(self, find: Callable[[], Iterable[int]], what: str) -> None:
        """Find the customers behind a figure on a worker, then show them in the list."""

        def found(ids: frozenset[int]) -> None:
            if isValid(self):
                self.customers_behind.emit(ids, f"{what} ({len(ids)})")

        run_task(lambda: frozenset(find()), found)

    def picture(self) -> QWidget:
        """What "Save as picture" saves: the tab in view."""
        return self.currentWidget() or self
