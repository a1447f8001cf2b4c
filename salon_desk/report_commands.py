"""salon-desk report NAME --from DAY --to DAY --json (issue 18.6): a report's figures
for owners' scripts, the same the window shows."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from salon_desk.store.database import is_server_url, shown_location

REPORTS = ("satisfaction", "retention", "declines", "channels", "staff", "complaints")


def add_parser(subcommands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = subcommands.add_parser("report", parents=[common], help="print a report's figures")
    report.add_argument("name", choices=REPORTS)
    report.add_argument("--from", dest="first", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    report.add_argument("--to", dest="last", type=dt.date.fromisoformat, help="YYYY-MM-DD")
    report.add_argument(
        "--lost-after",
        type=int,
        default=90,
        metavar="DAYS",
        help="retention: lapsed and not back within DAYS is lost (default 90)",
    )
    report.add_argument("--json", action="store_true", required=True, help="as JSON")


def run_report(args: argparse.Namespace) -> int:
    from salon_desk.commands import database_target
    from salon_desk.store.database import close_db, open_db

    target = database_target(args)
    if not is_server_url(target) and not Path(target).exists():
        print(f"salon-desk report: no database at {shown_location(target)}", file=sys.stderr)
        return 2
    last = args.last or dt.date.today()
    first = args.first or last - dt.timedelta(days=29)
    if first > last:
        print("salon-desk report: --from is after --to", file=sys.stderr)
        return 2
    open_db(target)
    try:
        found = _figures(args.name, first, last, args.lost_after)
        print(json.dumps(found, ensure_ascii=False, indent=1))
    finally:
        close_db()
    return 0


def _figures(name: str, first: dt.date, last: dt.date, lost_after: int) -> dict[str, object]:
    """A report's figures as the window counts them, ready for JSON."""
    shown: dict[str, object] = {"report": name, "from": first.isoformat(), "to": last.isoformat()}
    if name == "declines":  # why customers declined on calls (18.3)
        from salon_desk.services import follow_ups

        return {**shown, "reasons": follow_ups.decline_reasons(first, last)}
    if name == "retention":
        from salon_desk.services import retention_report

        kept = retention_report.report(first, last, lost_after_days=lost_after)
        return retention_report.as_json_ready(kept)
    if name == "channels":
        from salon_desk.services import channel_report

        return channel_report.as_json_ready(channel_report.report(first, last))
    if name == "staff":
        from salon_desk.services import staff_report

        return staff_report.as_json_ready(staff_report.report(first, last))
    if name == "complaints":
        from salon_desk.services import complaint_register

        return complaint_register.as_json_ready(complaint_register.counts(first, last))
    from salon_desk.services import satisfaction_report

    return satisfaction_report.as_json_ready(satisfaction_report.report(first, last))
