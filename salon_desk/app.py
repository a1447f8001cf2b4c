"""Entry point: parse arguments, then run the window or one command.

salon-desk [--db PATH] [--lang zh_CN|en] [--staff NAME]
salon-desk demo --db PATH [--customers N] [--seed S] [--today YYYY-MM-DD]
salon-desk screenshots --db PATH --out DIR [--lang LANG]
salon-desk stats --db PATH --json [--window DAYS] [--responsible NAME]
salon-desk export --db PATH --out FILE.xlsx [--lang LANG]
salon-desk import --db PATH FILE [--dry-run] [--lang LANG]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from salon_desk import config

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file or postgresql:// URL")
    common.add_argument("--lang", choices=("zh_CN", "en"), help="language of the window")
    parser = argparse.ArgumentParser(prog="salon-desk", parents=[common])
    parser.add_argument("--staff", help="staff member on duty (skips the picker)")
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", parents=[common], help="build a demo salon database")
    demo.add_argument("--customers", type=int, default=800)
    demo.add_argument("--seed", type=int, default=2024)
    demo.add_argument("--today", type=dt.date.fromisoformat, default=None)
    shots = commands.add_parser("screenshots", parents=[common], help="render screens to PNG")
    shots.add_argument("--out", type=Path, required=True)
    stats = commands.add_parser("stats", parents=[common], help="print the charts' figures")
    stats.add_argument("--json", action="store_true", required=True, help="as JSON")
    stats.add_argument("--window", type=int, help="days of visits (default: the shop's rule)")
    stats.add_argument("--responsible", help="only this staff member's customers")
    export = commands.add_parser("export", parents=[common], help="customers to .xlsx")
    export.add_argument("--out", type=Path, required=True)
    load = commands.add_parser("import", parents=[common], help="customers from .xlsx/.csv")
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check and report only")
    return parser


def setup_logging() -> None:
    if logging.getLogger().handlers:
        return  # already set up in this process
    folder = config.log_folder()
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "salon-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass  # a read-only profile still gets the console log
    logging.basicConfig(
        level=logging.INFO,
        handlers=handlers,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
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
            result = customer_import.apply_import(rows, None)
            print(
                f"imported {len(result.created)}, skipped {len(result.skipped)}, "
                f"not imported {len(result.refused)}"
            )
    finally:
        close_db()
    return 0


def open_database_or_explain(target: str) -> str | None:
    """Open the database; return None, or a sentence for the user about what went wrong."""
    from PySide6.QtCore import QCoreApplication

    from salon_desk.store.database import DatabaseError, SchemaTooNewError, open_db

    try:
        open_db(target)
    except SchemaTooNewError as exc:
        return (
            QCoreApplication.translate(
                "Startup",
                "This database was written by a newer version of Salon Desk (schema %1; "
                "this version understands up to %2). Nothing was changed. Install the newer "
                "version to open it.",
            )
            .replace("%1", str(exc.found))
            .replace("%2", str(exc.supported))
        )
    except DatabaseError as exc:
        return QCoreApplication.translate(
            "Startup", "The database could not be opened: %1"
        ).replace("%1", str(exc))
    return None


def choose_staff(name: str | None) -> int | None:
    from salon_desk.services import catalogues
    from salon_desk.ui.staff_picker import StaffPicker

    members = catalogues.list_staff()
    if name:
        match = next((m for m in members if m.name == name), None)
        if match:
            return match.id
    elif len(members) == 1:
        return members[0].id
    picker = StaffPicker()
    return picker.chosen_id if picker.exec() else None


def show_fatal(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Salon Desk", text)


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from PySide6.QtCore import QCoreApplication

        show_fatal(
            QCoreApplication.translate(
                "Startup",
                "Something went wrong: %1\nYour saved data is safe. Details are in the log file.",
            ).replace("%1", str(value))
        )

    sys.excepthook = hook


def run_window(args: argparse.Namespace) -> int:
    if args.command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from salon_desk import i18n
    from salon_desk.store.database import looks_like_synced_folder
    from salon_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Salon Desk")
    language = i18n.choose_language(args.lang)
    i18n.install_translators(app, language)
    log.info("language %s", language)
    target = database_target(args)
    problem = open_database_or_explain(target)
    if problem:
        log.error(problem)
        if args.command != "screenshots":
            show_fatal(problem)
        return 2
    if not target.startswith("postgres") and looks_like_synced_folder(Path(target)):
        log.warning("database %s is in a synced folder", target)
    if args.command == "screenshots":
        from salon_desk.services import catalogues
        from salon_desk.ui.screenshots import render_all

        members = sorted(catalogues.list_staff(), key=lambda m: m.role != "manager")
        window = MainWindow(members[0].id if members else None, target)
        for path in render_all(window, args.out):
            print(path)
        return 0
    actor = choose_staff(args.staff)
    if actor is None:
        return 0
    install_excepthook()
    window = MainWindow(actor, target)
    window.show()
    log.info("window shown")
    return int(app.exec())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging()
    if args.command == "demo":
        return run_demo(args)
    if args.command == "stats":
        return run_stats(args)
    if args.command == "export":
        return run_export(args)
    if args.command == "import":
        return run_import(args)
    return run_window(args)
