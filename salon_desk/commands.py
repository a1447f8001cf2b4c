"""The commands that run without a window: demo, stats, export, import, backup, restore,
check. Each opens the database, does one thing, closes it, and returns an exit status."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from salon_desk import config


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

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install_translators(app, i18n.choose_language(args.lang))
    open_db(database_target(args))
    try:
        vocabulary = texts.import_vocabulary()
        table = excel_import.read_table(args.file)
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
    return 0


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
    print(backups.back_up(target, "manual"))
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
    problems = backups.integrity_problems(target)
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
