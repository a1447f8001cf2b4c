"""A chain's shops side by side (issue 16.2): one column per shop, stacked by frequency
group, each segment clickable for its customers. Shown only in a chain."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication

from salon_desk.services import shops
from salon_desk.services.charts import Bar, Figures
from salon_desk.ui import labels
from salon_desk.ui.charts import palette
from salon_desk.ui.charts.segments import Segment
from salon_desk.ui.follow_ups.texts import groups as group_names


def _customers_of(bar: Bar) -> frozenset[int]:
    return bar.customer_ids


def shop_columns(found: Figures) -> tuple[list[str], list[list[Segment]]]:
    """The shops' names and, per shop, one segment per frequency group."""
    names = {str(row.id): labels.shop_name(row) for row in shops.list_shops()}
    groups = group_names()
    titles, columns = [], []
    for key, bars in found.shops_by_group.items():
        shop = names.get(key, key)
        titles.append(shop)
        columns.append(
            [
                Segment(
                    bar.count,
                    palette.GROUP_COLOURS[bar.key],
                    functools.partial(_customers_of, bar),
                    f"{shop} · {groups[bar.key]}",
                )
                for bar in bars
            ]
        )
    return titles, columns


def caption(found: Figures) -> str:
    overdue = sum(bar.marked for bars in found.shops_by_group.values() for bar in bars)
    return QCoreApplication.translate(
        "ShopsChart",
        "Each shop's customers: her home shop, or a visit there within the window; a "
        "customer of two shops counts in both. %1 overdue in all.",
    ).replace("%1", str(overdue))
