"""Complaints (issue 18.2) on the reports page, for saving with the others: the period's
complaints by cause, category, service gap, channel and month, with the first replies
(the complaints tab shows the same counts beside the register itself). A line's
customers open in the customer list."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from salon_desk.services import complaint_register, complaints
from salon_desk.services.complaint_register import ComplaintCounts
from salon_desk.services.report_workbook import Sheet
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.follow_ups import texts as call_texts
from salon_desk.ui.reports.view import FigureTable, ReportView, count_column, share_column
from salon_desk.ui.widgets.rows_model import Column

Line = tuple[str, str, int, float | None]  # (the code, its words, complaints, share)


class ComplaintsView(ReportView):
    code = "complaints"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_report_views")
        self.counts: ComplaintCounts | None = None
        self.titles = {
            "cause": self.tr("By cause"),
            "category": self.tr("By category"),
            "service_gap": self.tr("By service gap"),
            "channel": self.tr("By channel"),
            "month": self.tr("By month"),
        }
        headers = {
            "cause": self.tr("Cause"),
            "category": self.tr("Category"),
            "service_gap": self.tr("Service gap"),
            "channel": self.tr("Channel"),
            "month": self.tr("Month"),
        }
        self.tables: dict[str, FigureTable[Line]] = {}
        for code, title in self.titles.items():
            table = FigureTable[Line](
                f"complaint_report_{code}",
                [
                    Column(headers[code], lambda r: r[1], width=200),
                    count_column(self.tr("Complaints"), lambda r: r[2]),
                    share_column(self.tr("Share"), lambda r: r[3]),
                ],
                functools.partial(self._drill, code),
            )
            self.tables[code] = table
            self.addTab(table.view, title)

    def title(self) -> str:
        return self.tr("Complaints")

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        return lambda: complaint_register.counts(first, last)

    def show_figures(self, found: Any) -> str:
        assert isinstance(found, ComplaintCounts)
        self.counts = found
        total = found.total

        def lines(words: dict[str, str], counted: dict[str, int], order: list[str]) -> list[Line]:
            return [
                (code, words.get(code, code), counted.get(code, 0),
                 counted.get(code, 0) / total if total else None)
                for code in order
            ]  # fmt: skip

        causes = [c for c in complaints.CAUSES if c] + [""]
        gaps = [g for g in complaints.SERVICE_GAPS if g] + [""]
        channels = call_texts.complaint_channels()
        months = {month: sum(c.values()) for month, c in found.by_month}
        self.tables["cause"].model.set_rows(lines(register_texts.causes(), found.by_cause, causes))
        self.tables["category"].model.set_rows(
            lines(complaint_categories(), found.by_category, list(complaints.CATEGORIES))
        )
        self.tables["service_gap"].model.set_rows(
            lines(register_texts.service_gaps(), found.by_gap, gaps)
        )
        self.tables["channel"].model.set_rows(lines(channels, found.by_channel, list(channels)))
        self.tables["month"].model.set_rows(lines({m: m for m in months}, months, list(months)))
        average = found.average_reply_days
        return (
            self.tr("%1 received, %2 answered (in %3 days on average, %4 late), %5 waiting.")
            .replace("%1", str(total))
            .replace("%2", str(found.replied))
            .replace("%3", "—" if average is None else f"{average:.1f}")
            .replace("%4", str(found.replied_late))
            .replace("%5", str(found.waiting_late))
        )

    def sheets(self) -> list[Sheet]:
        return [table.sheet(self.titles[code]) for code, table in self.tables.items()]

    def _drill(self, code: str, row: Line, _column: int) -> None:
        """The customers who made the line's complaints."""
        if self.counts is None:
            return
        first, last = self.counts.first, self.counts.last
        wanted, shown = row[0], row[1]

        def customers() -> list[int]:
            found = complaints.list_complaints(received=(first, last))
            if code == "month":
                return [c.customer_id for c in found if c.received_on.strftime("%Y-%m") == wanted]
            return [c.customer_id for c in found if getattr(c, code) == wanted]

        self.ask_behind(customers, shown)
