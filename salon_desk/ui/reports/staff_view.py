"""Staff (issue 18.5) on the reports page: for each beautician in the period, visits,
customers, scores, takings, her customers overdue today, calls and their outcomes, cards
sold and complaints about her visits. The store manager sees everyone; a beautician her
own line. A double-click on customers or overdue lists them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from salon_desk.services import staff_report
from salon_desk.services.report_workbook import Sheet
from salon_desk.services.staff_report import StaffFigures, StaffReport
from salon_desk.ui.follow_ups import texts as call_texts
from salon_desk.ui.reports.view import (
    FigureTable,
    ReportView,
    count_column,
    money_column,
    share_column,
)
from salon_desk.ui.widgets.rows_model import Column

OVERDUE_COLUMNS = (6, 7)  # the share and the count: her overdue customers


class StaffView(ReportView):
    code = "staff"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_views")
        self.report: StaffReport | None = None
        self.only_staff_id: int | None = None  # a beautician's own line
        self.staff = FigureTable[StaffFigures]("staff_table", self._columns(), self._drill)
        self.addTab(self.staff.view, self.tr("By beautician"))

    def title(self) -> str:
        return self.tr("Staff")

    def _columns(self) -> list[Column[StaffFigures]]:
        outcomes = call_texts.outcomes()

        def outcome(code: str) -> Column[StaffFigures]:
            return count_column(outcomes[code], lambda s: s.calls.get(code, 0))

        return [
            Column(self.tr("Beautician"), lambda s: s.name, width=90),
            count_column(self.tr("Visits"), lambda s: s.visits),
            count_column(self.tr("Customers served"), lambda s: s.customers, width=90),
            Column(
                self.tr("Average score"),
                lambda s: "" if s.average is None else f"{s.average:.2f} ({s.scored})",
                sort_key=lambda s: s.average,
                numeric=True,
                width=100,
                export=lambda s: s.average,
            ),
            money_column(self.tr("Takings at her visits"), lambda s: s.takings_fen, width=110),
            count_column(self.tr("Her customers"), lambda s: s.in_care),
            share_column(self.tr("Overdue share"), lambda s: s.overdue_share),
            count_column(self.tr("Overdue now"), lambda s: s.overdue),
            count_column(self.tr("Calls done"), lambda s: s.calls_done),
            *(outcome(code) for code in staff_report.OUTCOMES),
            count_column(self.tr("Cards sold"), lambda s: s.cards_sold),
            money_column(self.tr("Cards' takings"), lambda s: s.cards_fen),
            count_column(self.tr("Complaints"), lambda s: s.complaints),
        ]

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        only = self.only_staff_id
        return lambda: staff_report.report(first, last, only_staff_id=only)

    def show_figures(self, found: Any) -> str:
        assert isinstance(found, StaffReport)
        self.report = found
        self.staff.model.set_rows(found.staff)
        visits = sum(s.visits for s in found.staff)
        return (
            self.tr("%1 visits by %2 staff members; overdue counted as of %3.")
            .replace("%1", str(visits))
            .replace("%2", str(len(found.staff)))
            .replace("%3", found.today.isoformat())
        )

    def sheets(self) -> list[Sheet]:
        return [self.staff.sheet(self.tr("By beautician"))]

    def _drill(self, row: StaffFigures, column: int) -> None:
        if self.report is None:
            return
        found = self.report
        kind = "overdue" if column in OVERDUE_COLUMNS else "served"
        header = self.staff.model.columns[column].header
        self.ask_behind(
            lambda: staff_report.customers_behind(found, row.staff_id, kind),
            f"{row.name} · {header}",
        )
