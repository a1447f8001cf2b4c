"""Channels (issue 18.4) on the reports page: for each referral channel and partner, the
customers gained, their visits and spend, how many still came 6 and 12 months on; the
gained per month; the top referrers; the period's events. A double-click lists the
customers behind a figure."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from salon_desk.services import channel_report
from salon_desk.services.channel_report import (
    ChannelFigures,
    ChannelReport,
    EventFigures,
    Referrer,
)
from salon_desk.services.report_workbook import Sheet
from salon_desk.ui import labels
from salon_desk.ui.reports.view import (
    FigureTable,
    ReportView,
    count_column,
    money_column,
)
from salon_desk.ui.widgets.rows_model import Column


def _gained_in(month: int, figure: ChannelFigures) -> int:
    return figure.per_month[month]


class ChannelsView(ReportView):
    code = "channels"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_views")
        self.report: ChannelReport | None = None
        self.channels = FigureTable[ChannelFigures](
            "channel_table", self._channel_columns(), self._drill_channel
        )
        self.per_month = FigureTable[ChannelFigures]("channel_months", [], self._drill_month)
        self.referrers = FigureTable[Referrer](
            "channel_referrers",
            [
                Column(self.tr("Referrer"), lambda r: r.name, width=110),
                Column(
                    self.tr("Who"),
                    lambda r: self.tr("Customer") if r.kind == "customer" else self.tr("Staff"),
                    width=70,
                ),
                count_column(self.tr("Brought"), lambda r: r.brought),
                money_column(self.tr("Their spend"), lambda r: r.spend_fen),
            ],
            self._drill_referrer,
        )
        self.events = FigureTable[EventFigures](
            "channel_events",
            [
                Column(self.tr("Event"), lambda e: e.name, width=140),
                Column(self.tr("Held on"), lambda e: e.held_on.isoformat(), width=90),
                count_column(self.tr("Invited"), lambda e: e.invited),
                count_column(self.tr("Said yes"), lambda e: e.said_yes),
                count_column(self.tr("Came"), lambda e: e.attended),
                count_column(self.tr("Visited within 90 days"), lambda e: e.came_after),
                money_column(self.tr("Their spend in 90 days"), lambda e: e.spend_after_fen),
            ],
            self._drill_event,
        )
        self.addTab(self.channels.view, self.tr("By channel"))
        self.addTab(self.per_month.view, self.tr("Gained per month"))
        self.addTab(self.referrers.view, self.tr("Top referrers"))
        self.addTab(self.events.view, self.tr("Events"))

    def title(self) -> str:
        return self.tr("Channels")

    @staticmethod
    def channel_name(figure: ChannelFigures) -> str:
        name = labels.referral_channels().get(figure.channel, figure.channel)
        return f"{name} · {figure.partner}" if figure.partner else name

    def _channel_columns(self) -> list[Column[ChannelFigures]]:
        def average(f: ChannelFigures) -> int:
            return f.spend_fen // f.gained if f.gained else 0

        def kept(header: str, months: int) -> Column[ChannelFigures]:
            """ "60% (3/5)": of those whose first visit is that long ago, how many came."""

            def text(f: ChannelFigures) -> str:
                share, (came, could) = f.retention(months), f.kept[months]
                return "" if share is None else f"{share:.0%} ({came}/{could})"

            return Column(
                header,
                text,
                sort_key=lambda f: f.retention(months),
                numeric=True,
                width=110,
                export=lambda f: f.retention(months),
            )

        return [
            Column(self.tr("Channel"), self.channel_name, width=170),
            count_column(self.tr("Gained"), lambda f: f.gained),
            count_column(self.tr("Visits"), lambda f: f.visits),
            money_column(self.tr("Spend"), lambda f: f.spend_fen),
            money_column(self.tr("Spend per customer"), average),
            kept(self.tr("Still came 6 months on"), 6),
            kept(self.tr("Still came 12 months on"), 12),
        ]

    def counting(self, first: dt.date, last: dt.date) -> Callable[[], object]:
        return lambda: channel_report.report(first, last)

    def show_figures(self, found: Any) -> str:
        assert isinstance(found, ChannelReport)
        self.report = found
        self.channels.model.set_rows(found.channels)
        month_columns: list[Column[ChannelFigures]] = [
            Column(self.tr("Channel"), self.channel_name, width=170)
        ]
        month_columns += [
            count_column(month, functools.partial(_gained_in, n), width=64)
            for n, month in enumerate(found.months)
        ]
        self.per_month.model.columns = month_columns
        self.per_month.model.set_rows(found.channels)
        self.referrers.model.set_rows(found.referrers)
        self.events.model.set_rows(found.events)
        gained = sum(c.gained for c in found.channels)
        best = max(found.channels, key=lambda c: c.spend_fen, default=None)
        text = self.tr("%n customer(s) gained in the period.", "", gained)
        if best is not None and best.spend_fen:
            text += " " + self.tr("The most spend came through %1.").replace(
                "%1", self.channel_name(best)
            )
        return text

    def sheets(self) -> list[Sheet]:
        return [
            self.channels.sheet(self.tr("By channel")),
            self.per_month.sheet(self.tr("Gained per month")),
            self.referrers.sheet(self.tr("Top referrers")),
            self.events.sheet(self.tr("Events")),
        ]

    # -- the customers behind a figure --------------------------------------------------
    def _drill_channel(self, row: ChannelFigures, column: int) -> None:
        if self.report is None:
            return
        found = self.report
        months = {5: 6, 6: 12}.get(column)
        header = self.channels.model.columns[column].header
        self.ask_behind(
            lambda: channel_report.customers_behind(
                found, row.channel, row.partner, kept_months=months
            ),
            f"{self.channel_name(row)} · {header}",
        )

    def _drill_month(self, row: ChannelFigures, column: int) -> None:
        if self.report is None:
            return
        found = self.report
        month = found.months[column - 1] if column >= 1 else None
        shown = month or self.tr("Gained")
        self.ask_behind(
            lambda: channel_report.customers_behind(found, row.channel, row.partner, month),
            f"{self.channel_name(row)} · {shown}",
        )

    def _drill_referrer(self, row: Referrer, _column: int) -> None:
        if self.report is None:
            return
        found = self.report
        self.ask_behind(
            lambda: channel_report.customers_behind(found, referrer=(row.kind, row.referrer_id)),
            self.tr("Brought by %1").replace("%1", row.name),
        )

    def _drill_event(self, row: EventFigures, _column: int) -> None:
        self.ask_behind(
            lambda: channel_report.guests_behind(row.event_id),
            self.tr("Came to %1").replace("%1", row.name),
        )
