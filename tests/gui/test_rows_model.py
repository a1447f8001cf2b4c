"""The in-memory table model, tested without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from salon_desk.ui.widgets.paged_model import ObjectRole
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel, SortRole

ROWS = [("王芳", 30), ("曾丽", None), ("张慧敏", 7), ("刘梅", 120)]


def make_model() -> RowsTableModel[tuple[str, int | None]]:
    return RowsTableModel(
        [
            Column("Name", lambda r: r[0]),
            Column("Days", lambda r: "" if r[1] is None else str(r[1]), lambda r: r[1], True),
        ],
        highlight=lambda r: QColor("red") if (r[1] or 0) > 60 else None,
    )


def test_numbers_sort_as_numbers_and_blanks_stay_last(qtbot) -> None:
    model = make_model()
    model.set_rows(ROWS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(i, 1).data() for i in range(4)] == ["7", "30", "120", ""]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(i, 1).data() for i in range(4)] == ["120", "30", "7", ""]
    # New rows keep the chosen order.
    model.set_rows([*ROWS, ("孙倩", 45)])
    assert [model.index(i, 0).data() for i in range(5)][:2] == ["刘梅", "孙倩"]


def test_roles(qtbot) -> None:
    model = make_model()
    model.set_rows(ROWS)
    assert model.index(3, 0).data(ObjectRole) == ("刘梅", 120)
    assert model.index(3, 1).data(SortRole) == 120
    assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Days"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
