"""Columns shared by the lists of calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from salon_desk.services.follow_up_lists import CallRow, Due
from salon_desk.ui.care_log.texts import follow_up_reasons
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.rows_model import Column

LATE_COLOUR = QColor("#b3261e")


def call_columns(today: dt.date, with_assignee: bool) -> list[Column[CallRow]]:
    states = texts.due_states()
    reasons = follow_up_reasons()
    priorities = texts.priorities()
    columns: list[Column[CallRow]] = [
        Column(
            QCoreApplication.translate("CallColumns", "When"),
            lambda r: states[r.due(today)],
            sort_key=lambda r: (r.due(today), r.priority, r.due_on),
            width=80,
        ),
        Column(
            QCoreApplication.translate("CallColumns", "Due"),
            lambda r: r.due_on.isoformat(),
            width=90,
        ),
        Column(
            QCoreApplication.translate("CallColumns", "Priority"),
            lambda r: priorities.get(r.priority, str(r.priority)),
            sort_key=lambda r: r.priority,
            width=70,
        ),
        Column(
            QCoreApplication.translate("CallColumns", "Customer"),
            lambda r: r.customer_name,
            width=80,
        ),
        Column(
            QCoreApplication.translate("CallColumns", "Phone"),
            lambda r: phones.shown(r.phone),
            width=100,
        ),
        Column(
            QCoreApplication.translate("CallColumns", "Reason"),
            lambda r: reasons.get(r.reason, r.reason),
            width=200,
        ),
    ]
    if with_assignee:
        columns.append(
            Column(
                QCoreApplication.translate("CallColumns", "Who calls"),
                lambda r: r.assignee_name,
                width=80,
            )
        )
    columns.append(Column(QCoreApplication.translate("CallColumns", "Note"), lambda r: r.note))
    return columns


def late_colour(today: dt.date) -> Callable[[CallRow], QColor | None]:
    def colour(row: CallRow) -> QColor | None:
        return LATE_COLOUR if row.due(today) is Due.OVERDUE else None

    return colour
