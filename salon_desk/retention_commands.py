"""salon-desk retention-check --db … [--as-of DAY] [--holdout DAYS] [--shop NAME] [--json]
(issue 19.4): the model fitted on the history before a split, checked against the holdout
after it — the fitted parameters, whether it is trusted and why not, predicted against
actual visits per number of repeat visits, and how P(alive) and the overdue rule rank
those not back (a chain's one shop: its own customers).

salon-desk retention-fit --db … [--json] (19.5): fit the kept model now, as the window
does each new day — for a server's nightly scheduled task, or on demand."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from salon_desk.store.database import is_server_url, shown_location

# The service's default (retention_check.DEFAULT_HOLDOUT_DAYS), not imported here: the
# parser is made at every start, and the model's scipy loads only when a check runs.
DEFAULT_HOLDOUT_DAYS = 120


def add_parser(subcommands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    check = subcommands.add_parser(
        "retention-check", parents=[common], help="check the retention model on a holdout"
    )
    check.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        help="YYYY-MM-DD: the history's last day (later visits ignored); default today",
    )
    check.add_argument(
        "--holdout",
        type=int,
        default=DEFAULT_HOLDOUT_DAYS,
        metavar="DAYS",
        help=f"the last DAYS before --as-of are the holdout (default {DEFAULT_HOLDOUT_DAYS})",
    )
    check.add_argument("--shop", metavar="NAME", help="a chain's shop: its own customers")
    check.add_argument("--json", action="store_true", help="as JSON")
    fit = subcommands.add_parser(
        "retention-fit", parents=[common], help="fit the retention model the lists use, now"
    )
    fit.add_argument("--json", action="store_true", help="as JSON")


def _opened(command: str, args: argparse.Namespace) -> bool:
    from salon_desk.commands import database_target
    from salon_desk.store.database import open_db

    target = database_target(args)
    if not is_server_url(target) and not Path(target).exists():
        print(f"salon-desk {command}: no database at {shown_location(target)}", file=sys.stderr)
        return False
    open_db(target)
    return True


def _shop_id(name: str) -> int | None:
    from salon_desk.services import shops

    known = {row.name: row.id for row in shops.list_shops(include_closed=True) if row.name}
    if name not in known:
        names = ", ".join(sorted(known)) or "none: this file is a single salon"
        print(f"salon-desk retention-check: no shop {name!r} (shops: {names})", file=sys.stderr)
        return None
    return known[name]


def run_retention_check(args: argparse.Namespace) -> int:
    from salon_desk.services import retention_check
    from salon_desk.store.database import close_db

    if args.holdout < 7:
        print("salon-desk retention-check: --holdout must be at least 7 days", file=sys.stderr)
        return 2
    if not _opened("retention-check", args):
        return 2
    try:
        shop_id = None if args.shop is None else _shop_id(args.shop)
        if args.shop is not None and shop_id is None:
            return 2
        found = retention_check.check(args.as_of or dt.date.today(), args.holdout, shop_id)
    finally:
        close_db()
    ready = retention_check.as_json_ready(found)
    if args.json:
        print(json.dumps(ready, ensure_ascii=False, indent=1))
        return 0
    print(_table(ready))
    return 0


def run_retention_fit(args: argparse.Namespace) -> int:
    from salon_desk.services import retention_model
    from salon_desk.store.database import close_db

    if not _opened("retention-fit", args):
        return 2
    try:
        retention_model.refit()
        fits = retention_model.fits_in_use()
    finally:
        close_db()
    ready = [
        {
            "shop": fit.shop_name or None,
            "as_of": fit.as_of.isoformat(),
            "customers": fit.customers,
            "returning_customers": fit.verdict.returning,
            "trusted": fit.verdict.trusted,
            "problems": list(fit.verdict.problems),
        }
        for fit in fits
    ]
    if args.json:
        print(json.dumps(ready, ensure_ascii=False, indent=1))
        return 0
    for row in ready:
        verdict = "trusted" if row["trusted"] else "NOT trusted: " + ", ".join(row["problems"])
        print(
            f"{row['shop'] or 'the whole file'}: fitted {row['as_of']} on {row['customers']}"
            f" customers ({row['returning_customers']} came back); {verdict}"
        )
    return 0


def _table(ready: dict[str, object]) -> str:
    """The same figures for a person at a terminal."""

    def shown(value: object) -> str:
        return "—" if value is None else str(value)

    lines = [
        f"history to {ready['as_of']}; fitted on the days before {ready['split']}, "
        f"checked on the {ready['holdout_days']} days after",
        f"customers {ready['customers']}, returning {ready['returning_customers']}, "
        f"not back in the holdout {ready['not_back']}",
        f"r {shown(ready['r'])}  alpha {shown(ready['alpha_weeks'])} weeks "
        f"({shown(ready['alpha_days'])} days)  a {shown(ready['a'])}  b {shown(ready['b'])}  "
        f"log-likelihood {shown(ready['log_likelihood'])}",
        "trusted" if ready["trusted"] else f"NOT trusted: {', '.join(ready['problems'])}",  # type: ignore[arg-type]
        "",
        f"{'repeat visits':>14} {'customers':>10} {'actual':>8} {'predicted':>10}",
    ]
    for bucket in ready["buckets"]:  # type: ignore[attr-defined]
        lines.append(
            f"{bucket['repeat_visits']:>14} {bucket['customers']:>10} "
            f"{shown(bucket['actual']):>8} {shown(bucket['predicted']):>10}"
        )
    lines += [
        "",
        "ranking the customers not back (AUC; 0.5 is a coin):",
        f"  1 - P(alive)            {shown(ready['auc_p_alive'])}",
        f"  fewest expected visits  {shown(ready['auc_expected_visits'])}",
        f"  days away / allowed     {shown(ready['auc_overdue_rule'])}",
        f"  overdue yes/no          {shown(ready['auc_overdue_flag'])}",
    ]
    return "\n".join(lines)
