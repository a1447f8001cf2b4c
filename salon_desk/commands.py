"""The commands that run without a window: demo, stats, export, import, backup, restore,
check. Each opens the database, does one thing, closes it, and returns an exit status.

Every ordinary problem ends in one line on standard error and a documented status (see
``ExitStatus``; README lists them); only a bug leaves a traceback, and that goes to the
log file, not the screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from salon_desk import config

log = logging.getLogger(__name__)


class ExitStatus(enum.IntEnum):
    DONE = 0
    PROBLEM_FOUND = 1  # `check` found damage; `restore` refused the copy; `import`: the
    # file could not be read
    CANNOT_START = 2  # no database there, a missing file, wrong arguments; `import`:
    # some rows were refused (each one listed)
    DAMAGED = 3  # the database is damaged: nothing was read from or written to it
    CIRCUMSTANCE = 4  # the disk is full, the file or folder read-only, or locked
    TOO_NEW = 5  # the database was written by a newer Salon Desk
    BUG = 70  # something unexpected: one line here, the details in the log


class CommandFailed(Exception):
    def __init__(self, status: ExitStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


CIRCUMSTANCE_WORDS = {
    "disk_full": "the disk is full; nothing was changed",
    "read_only": "the database file or its folder is read-only",
    "locked": "another program is holding the database; try again in a moment",
    "cannot_open": "the database cannot be opened (a missing folder or a disk error)",
    "damaged": "the database is damaged; nothing was changed (run `salon-desk check`, "
    "then restore a backup)",
}


def run_command(args: argparse.Namespace) -> int:
    """One command, with every ordinary problem turned into one line and its status."""
    from salon_desk.store.database import Circumstance, SchemaTooNewError, circumstance_of

    try:
        return COMMANDS[args.command](args)
    except CommandFailed as failure:
        problem, status = str(failure), failure.status
    except SchemaTooNewError as exc:
        problem = f"written by a newer Salon Desk ({exc}); nothing was changed"
        status = ExitStatus.TOO_NEW
    except OSError as exc:  # a file the command reads or writes (the database's own
        # problems arrive as database errors): its name and the system's reason
        circumstance = circumstance_of(exc)
        problem = f"cannot use {exc.filename or 'a file'}: {exc.strerror or exc}"
        disk = circumstance in (Circumstance.DISK_FULL, Circumstance.READ_ONLY)
        status = ExitStatus.CIRCUMSTANCE if disk else ExitStatus.CANNOT_START
    except Exception as exc:
        circumstance = circumstance_of(exc)
        if circumstance is not None:
            problem = CIRCUMSTANCE_WORDS[circumstance.value]
            damaged = circumstance.value == "damaged"
            status = ExitStatus.DAMAGED if damaged else ExitStatus.CIRCUMSTANCE
        else:
            log.exception("salon-desk %s failed", args.command)
            problem = f"unexpected error: {exc} (details in the log file)"
            status = ExitStatus.BUG
    print(f"salon-desk {args.command}: {problem}", file=sys.stderr)
    return int(status)


def require_sound(target: str) -> None:
    """import, backup and export refuse a damaged database rather than spread the damage."""
    from salon_desk.services import backups

    if target.startswith("postgres") or not Path(target).exists():
        return
    try:
        problems = backups.integrity_problems(Path(target))
    except backups.CannotCheck as exc:
        raise CommandFailed(
            ExitStatus.CIRCUMSTANCE, f"{CIRCUMSTANCE_WORDS[exc.circumstance.value]} ({exc})"
        ) from exc
    if problems:
        raise CommandFailed(
            ExitStatus.DAMAGED,
            f"the database is damaged ({problems[0]}); nothing was read or written. "
            "Run `salon-desk check`, then restore a backup.",
        )


def database_target(args: argparse.Namespace) -> str:
    return str(args.db) if args.db else str(config.default_database())


def run_demo(args: argparse.Namespace) -> int:
    from salon_desk.services.demo import build_demo
    from salon_desk.store.database import close_db, open_db

    target = database_target(args)
    open_db(target)
    try:
        summary = build_demo(customers=args.customers, seed=args.seed, today=args.today)
    except RuntimeError as exc:
        print(f"salon-desk demo: {exc}: {target}", file=sys.stderr)
        return 1
    finally:
        close_db()
    print(
        f"demo salon in {target}: {summary.customers} customers, {summary.care_logs} care "
        f"log entries, {summary.cards} cards, {summary.follow_ups} follow-ups, "
        f"{summary.complaints} complaints"
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    """The charts' figures as JSON, for owners' scripts and for checking the charts."""
    import json

    from salon_desk.services import catalogues, charts
    from salon_desk.store.database import close_db, open_db

    target = database_target(args)
    if not target.startswith("postgres") and not Path(target).exists():
        print(f"salon-desk stats: no database at {target}", file=sys.stderr)
        return 2
    open_db(target)
    try:
        staff_id = None
        if args.responsible:
            members = catalogues.list_staff(include_inactive=True)
            found = [m.id for m in members if m.name == args.responsible]
            if not found:
                print(f"salon-desk stats: no staff member {args.responsible}", file=sys.stderr)
                return 2
            staff_id = found[0]
        result = charts.figures(chart_filter=charts.ChartFilter(args.window, staff_id))
        print(json.dumps(charts.as_json_ready(result), ensure_ascii=False, indent=1))
    finally:
        close_db()
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Every customer on file and their records to one workbook, headers in --lang."""
    from PySide6.QtCore import QCoreApplication

    from salon_desk import i18n
    from salon_desk.services import excel_export
    from salon_desk.store.database import close_db, open_db
    from salon_desk.ui.excel import texts

    target = database_target(args)
    if not target.startswith("postgres") and not Path(target).exists():
        print(f"salon-desk export: no database at {target}", file=sys.stderr)
        return 2
    require_sound(target)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install_translators(app, i18n.choose_language(args.lang))
    open_db(target)
    try:
        written = excel_export.export_workbook(
            args.out, None, texts.export_texts(), texts.labeller()
        )
    finally:
        close_db()
    print(f"{written} customers exported to {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Check every row, print the report, and (unless --dry-run) import the good rows."""
    from PySide6.QtCore import QCoreApplication

    from salon_desk import i18n
    from salon_desk.services import customer_import, excel_import
    from salon_desk.store.database import close_db, open_db
    from salon_desk.ui.excel import import_report, texts

    try:
        table = excel_import.read_table(args.file)
    except excel_import.UnreadableFile as exc:
        raise CommandFailed(
            ExitStatus.PROBLEM_FOUND, f"cannot read it as a spreadsheet: {exc}"
        ) from exc
    target = database_target(args)
    require_sound(target)
    if args.kind == "visits":
        return run_visit_import(args, table, target)
    if args.kind == "balances":
        return run_balance_import(args, table, target)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install_translators(app, i18n.choose_language(args.lang))
    open_db(target)
    try:
        vocabulary = texts.import_vocabulary()
        mapping = excel_import.suggest_mapping(table.headers, vocabulary)
        rows = excel_import.check_rows(table, mapping, vocabulary, dt.date.today())
        by_field = {field: table.headers[i] for i, field in mapping.items()}
        for line in import_report.report_lines(rows, by_field):
            print("\t".join(str(part) for part in line))
        good = sum(row.ok for row in rows)
        print(f"{len(rows)} rows, {good} without problems")
        if not args.dry_run:
            result = customer_import.apply_import(rows, None, source=args.file.name)
            print(
                f"imported {len(result.created)}, skipped {len(result.skipped)}, "
                f"not imported {len(result.refused)}"
            )
    finally:
        close_db()
    return ExitStatus.DONE if good == len(rows) else ExitStatus.CANNOT_START


def run_visit_import(args: argparse.Namespace, table: Any, target: str) -> int:
    """A visit history: one care-log entry per customer and day; 0 when every row went in
    or was left out on purpose, 2 when any row was refused (each listed)."""
    from salon_desk.services import visit_import
    from salon_desk.store.database import close_db, open_db

    saved = _saved_map(args, "visits")
    date_order = args.date_order or (saved.date_order if saved else None)
    options = visit_import.VisitOptions(
        date_order=visit_import.DateOrder(date_order) if date_order else None,
        skip_clients=frozenset(args.skip_client or (saved.skip_clients if saved else ())),
        taxes=visit_import.Taxes(args.taxes or (saved.taxes if saved else None) or "included"),
        match_names=args.match_names or bool(saved and saved.match_names),
    )
    mapping = _columns(saved, table.headers, visit_import.suggest_visit_mapping)
    open_db(target)
    try:
        plan = visit_import.plan_visits(table, mapping, options)
        for number, value, problem in plan.problems:
            print(f"row {number}\t{problem.value}\t{value}")
        skipped = ", ".join(f"{name} ×{count}" for name, count in plan.skipped.items())
        print(
            f"dates read as {plan.date_order or 'unknown (use --date-order)'}; "
            f"{len(plan.visits)} visits of {plan.known_customers + plan.new_customers} "
            f"customers ({plan.new_customers} new); {len(plan.problems)} rows refused"
            + (f"; left out: {skipped}" if skipped else "")
            + (f"; new staff: {', '.join(plan.new_staff)}" if plan.new_staff else "")
            + (f"; new service items: {len(plan.new_services)}" if plan.new_services else "")
        )
        if args.save_map:
            _save_map(args, "visits", table.headers, mapping, plan.date_order, options)
        if not args.dry_run:
            result = visit_import.apply_visits(plan, None, args.file.name)
            print(
                f"imported {result.visits} visits ({result.items} service items), "
                f"{result.customers_created} new customers; {result.already_on_file} "
                "already on file"
            )
    finally:
        close_db()
    return ExitStatus.CANNOT_START if plan.problems else ExitStatus.DONE


def _columns(
    saved: Any, headers: list[str], suggest: Callable[[list[str]], dict[int, str]]
) -> dict[int, str]:
    """The columns a saved mapping names, else the ones recognised; printed either way."""
    mapping = saved.mapping_for(headers) if saved else suggest(headers)
    print("columns: " + ", ".join(f"{headers[i]} → {name}" for i, name in mapping.items()))
    return mapping


def _saved_map(args: argparse.Namespace, kind: str) -> Any:
    """The mapping file given with --map (None without one); refused for another kind."""
    from salon_desk.services import import_maps

    if not args.map:
        return None
    try:
        saved = import_maps.load_map(args.map)
    except import_maps.MapUnreadable as exc:
        raise CommandFailed(ExitStatus.CANNOT_START, f"cannot use the mapping file: {exc}") from exc
    if saved.kind != kind:
        raise CommandFailed(
            ExitStatus.CANNOT_START, f"{args.map.name} maps a {saved.kind} file, not {kind}"
        )
    return saved


def _save_map(
    args: argparse.Namespace,
    kind: str,
    headers: list[str],
    mapping: dict[int, str],
    date_order: Any = None,
    options: Any = None,
) -> None:
    from salon_desk.services import import_maps

    import_maps.save_map(
        args.save_map,
        import_maps.ImportMap(
            kind=kind,
            columns={headers[i]: name for i, name in mapping.items()},
            date_order=date_order.value if date_order else None,
            skip_clients=tuple(sorted(options.skip_clients)) if options else (),
            taxes=options.taxes.value if options else None,
            match_names=bool(options and options.match_names),
        ),
    )
    print(f"mapping saved to {args.save_map}")


def run_balance_import(args: argparse.Namespace, table: Any, target: str) -> int:
    """Opening balances: cards with what was left on them in the previous system."""
    from salon_desk.services import balance_import
    from salon_desk.store.database import close_db, open_db

    saved = _saved_map(args, "balances")
    mapping = _columns(saved, table.headers, balance_import.suggest_balance_mapping)
    if args.save_map:
        _save_map(args, "balances", table.headers, mapping)
    open_db(target)
    try:
        plan = balance_import.plan_balances(table, mapping)
        for number, value, problem in plan.problems:
            print(f"row {number}\t{problem}\t{value}")
        print(
            f"{len(plan.cards)} cards to carry over; {plan.already_on_file} already on file; "
            f"{len(plan.problems)} rows refused"
        )
        if not args.dry_run:
            print(f"carried over {balance_import.apply_balances(plan, None, args.file.name)} cards")
    finally:
        close_db()
    return ExitStatus.CANNOT_START if plan.problems else ExitStatus.DONE


def _sqlite_file(args: argparse.Namespace, command: str) -> Path | None:
    target = Path(database_target(args))
    if not target.exists():
        print(f"salon-desk {command}: no database at {target}", file=sys.stderr)
        return None
    return target


def run_backup(args: argparse.Namespace) -> int:
    from salon_desk.services import backups

    target = _sqlite_file(args, "backup")
    if target is None:
        return 2
    require_sound(str(target))
    try:
        print(backups.back_up(target, "manual"))
    except backups.BackupFailed as exc:
        raise CommandFailed(ExitStatus.CIRCUMSTANCE, f"no backup was made: {exc}") from exc
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from salon_desk.services import backups
    from salon_desk.store.database import close_db, open_db

    target = Path(database_target(args))
    try:
        saved = backups.restore(target, args.backup)
    except backups.RestoreRefused as exc:
        print(f"salon-desk restore: not restored, nothing changed: {exc}", file=sys.stderr)
        return 1
    open_db(target)
    try:
        backups.record_restore(args.backup, None)
    finally:
        close_db()
    print(
        f"restored {target} from {args.backup}"
        + (f"; the replaced one is {saved}" if saved else "")
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from salon_desk.services import backups

    target = _sqlite_file(args, "check")
    if target is None:
        return 2
    try:
        problems = backups.integrity_problems(target)
    except backups.CannotCheck as exc:
        raise CommandFailed(
            ExitStatus.CIRCUMSTANCE, f"{CIRCUMSTANCE_WORDS[exc.circumstance.value]} ({exc})"
        ) from exc
    for problem in problems:
        print(problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


COMMANDS = {
    "demo": run_demo,
    "stats": run_stats,
    "export": run_export,
    "import": run_import,
    "backup": run_backup,
    "restore": run_restore,
    "check": run_check,
}
