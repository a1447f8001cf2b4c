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


def test_rows_sorted_on_a_worker_are_shown_as_given(qtbot) -> None:
    model = make_model()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    ordered = model.sorted_copy(ROWS, model.sorted_by)  # what the worker thread does
    assert [row[1] for row in ordered] == [120, 30, 7, None]
    model.set_rows(ordered, in_order=True)
    assert [model.index(i, 0).data() for i in range(4)] == ["刘梅", "王芳", "张慧敏", "曾丽"]
    model.set_rows(list(reversed(ordered)), in_order=True)  # trusted: not sorted again
    assert model.index(0, 0).data() == "曾丽"
    model.set_rows(list(reversed(ordered)))  # otherwise sorted as shown
    assert model.index(0, 0).data() == "刘梅"


def test_rows_put_in_place_land_where_sorting_everything_again_puts_them(qtbot) -> None:
    import random

    model = make_model()
    rng = random.Random(15)
    for _ in range(200):
        rows = [(f"客{n}", rng.choice([None, *range(8)])) for n in range(rng.randint(0, 30))]
        new = [(f"新{n}", rng.choice([None, *range(8)])) for n in range(rng.randint(1, 3))]
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(1, order)
            in_order = model.sorted_copy(rows, model.sorted_by)
            expected = model.sorted_copy(in_order + new, model.sorted_by)
            assert model.with_inserted(in_order, new, model.sorted_by) == expected
