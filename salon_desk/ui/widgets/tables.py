"""Table views set up the way every list in the app behaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.paged_model import ObjectRole
from salon_desk.ui.widgets.rows_model import RowsTableModel


def row_table(name: str, multi_select: bool = False, parent: QWidget | None = None) -> QTableView:
    view = named(QTableView(parent), name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the table for the next field instead of cycling its cells for ever.
    view.setTabKeyNavigation(False)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def show_rows_model(view: QTableView, model: RowsTableModel[Any]) -> None:
    """Put the model in the view and give each column the width it asks for."""
    view.setModel(model)
    for number, column in enumerate(model.columns):
        if column.width is not None:
            view.setColumnWidth(number, column.width)
    fit_headers(view)


HEADER_PADDING = 22  # the sort arrow and the section's margins


def fit_headers(view: QTableView) -> None:
    """Widen any column whose header would be cut ("Gen…"): widths are chosen for
    Chinese, and English headers are longer."""
    model = view.model()
    if model is None:
        return
    metrics = view.horizontalHeader().fontMetrics()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(text) + HEADER_PADDING
        if view.columnWidth(column) < needed:
            view.setColumnWidth(column, needed)


def selected_objects(view: QTableView) -> list[Any]:
    """The rows behind the selected lines, top to bottom."""
    selection = view.selectionModel()
    if selection is None:
        return []
    indexes = sorted(selection.selectedRows(), key=lambda index: index.row())
    return [index.data(ObjectRole) for index in indexes]


def current_object(view: QTableView) -> Any:
    index = view.currentIndex()
    return index.data(ObjectRole) if index.isValid() else None
