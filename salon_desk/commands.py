"""The commands that run without a window: demo, stats, export, import, backup, restore,
check. Each opens the database, does one thing, closes it, and returns an exit status.

Every ordinary problem ends in one line on standard error and a documented status (see
``ExitStatus``; README lists them); only a bug leaves a traceback, and that goes to the
log file, not the screen.
"""

from __future__ import annotations

import argparse
import enum
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from salon_desk import config
from salon_desk.store.database import is_server_url, shown_location

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
    "server_unreachable": "the server cannot be reached (the network or the server is "
    "down); nothing was changed",
    "login_refused": "the server refused the user name or password; nothing was changed",
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

    if is_server_url(target) or not Path(target).exists():
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
    """--db, else the server chosen in Settings > Database (its password from the OS
    credential store), else this PC's own file."""
    if args.db:
        return str(args.db)
    server = config.saved_server()
    if server is None:
        return str(config.default_database())
    from salon_desk import credentials
    from salon_desk.services.server_address import from_saved, url

    address = from_saved(server)
    return url(address, credentials.password(address.account) or "")


def run_demo(args: argparse.Namespace) -> int:
    from salon_desk.services.demo import CUSTOMERS_PER_BATCH, build_demo
    from salon_desk.store.database import close_db, open_db

    target = database_target(args)
    open_db(target)

    def made(count: int) -> None:
        if args.customers > CUSTOMERS_PER_BATCH:  # a chain's demo takes minutes
            print(f"{count:,} of {args.customers:,} customers", file=sys.stderr)

    try:
        summary = build_demo(
            customers=args.customers, seed=args.seed, today=args.today, progress=made
        )
    except RuntimeError as exc:
        print(f"salon-desk demo: {exc}: {shown_location(target)}", file=sys.stderr)
        return 1
    finally:
        close_db()
    print(
        f"demo salon in {shown_location(target)}: {summary.customers} customers, "
        f"{summary.care_logs} care log entries, {summary.cards} cards, "
        f"{summary.follow_ups} follow-ups, {summary.complaints} complaints"
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    """The charts' figures as JSON, for owners' scripts and for checking the charts."""
    import json

    from salon_desk.services import catalogues, charts
    from salon_desk.store.database import close_db, open_db

    target = database_target(args)
    if not is_server_url(target) and not Path(target).exists():
        print(f"salon-desk stats: no database at {shown_location(target)}", file=sys.stderr)
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
    if not is_server_url(target) and not Path(target).exists():
        print(f"salon-desk export: no database at {shown_location(target)}", file=sys.stderr)
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


def _sqlite_file(args: argparse.Namespace, command: str) -> Path | None:
    if is_server_url(database_target(args)):
        shown = shown_location(database_target(args))
        print(
            f"salon-desk {command}: needs a database file, not a server: {shown}", file=sys.stderr
        )
        return None
    target = Path(database_target(args))
    if not target.exists():
        print(f"salon-desk {command}: no database at {shown_location(target)}", file=sys.stderr)
        return None
    return target


def _back_up_server(url: str) -> int:
    from salon_desk.services import backups, server_backups
    from salon_desk.store.database import DatabaseError, close_db, open_db

    try:
        open_db(url)  # its own settings say how many copies to keep
        keep, months = backups.keep_count(), backups.months_kept()
    except DatabaseError as exc:
        raise CommandFailed(ExitStatus.CIRCUMSTANCE, f"cannot reach the server: {exc}") from exc
    finally:
        close_db()
    try:
        saved = server_backups.back_up_server(
            url, config.server_backups_folder(shown_location(url)), "manual", keep, months
        )
    except server_backups.BackupFailed as exc:
        raise CommandFailed(ExitStatus.CIRCUMSTANCE, f"no backup was made: {exc}") from exc
    print(saved)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from salon_desk.services import backups

    if is_server_url(database_target(args)):
        return _back_up_server(database_target(args))
    target = _sqlite_file(args, "backup")
    if target is None:
        return 2
    require_sound(str(target))
    try:
        print(backups.back_up(target, "manual"))
    except backups.BackupFailed as exc:
        raise CommandFailed(ExitStatus.CIRCUMSTANCE, f"no backup was made: {exc}") from exc
    return 0


def _restore_server(url: str, dump: Path) -> int:
    from salon_desk.services import server_backups

    try:
        server_backups.restore_server(url, dump)
    except server_backups.RestoreRefused as exc:
        print(f"salon-desk restore: not restored, nothing changed: {exc}", file=sys.stderr)
        return 1
    except server_backups.BackupFailed as exc:
        raise CommandFailed(ExitStatus.CIRCUMSTANCE, f"not restored: {exc}") from exc
    print(f"restored {shown_location(url)} from {dump}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from salon_desk.services import backups
    from salon_desk.store.database import close_db, open_db

    if is_server_url(database_target(args)):
        return _restore_server(database_target(args), args.backup)
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
        f"restored {shown_location(target)} from {args.backup}"
        + (f"; the replaced one is {saved}" if saved else "")
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from salon_desk.services import backups

    if is_server_url(database_target(args)):
        # The server checks its own pages; what is ours to check is the kept figures.
        problems = _kept_figures_problems(database_target(args), args.repair) if args.deep else []
        print("ok" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
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
    if not problems and args.deep:
        problems = _kept_figures_problems(target, repair=args.repair)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def _kept_figures_problems(target: Path | str, repair: bool) -> list[str]:
    """Each customer's kept visit figures against her care log (issue 15.1): a difference
    is a bug to report; --repair recomputes them all."""
    from salon_desk.store import visit_figures
    from salon_desk.store.database import close_db, open_db, write_transaction

    open_db(target)
    try:
        found = visit_figures.differences(limit=1_000)
        for difference in found:
            print(
                f"visit figures of customer {difference.customer_id}: kept "
                f"{_figures_text(difference.kept)}, her care log gives "
                f"{_figures_text(difference.recomputed)}"
            )
        if found and repair:
            with write_transaction():
                visit_figures.rebuild()  # every customer's, however many differed
            print("rebuilt every customer's visit figures from the care log")
            return []
        return [str(difference.customer_id) for difference in found]
    finally:
        close_db()


def _figures_text(figures: object) -> str:
    return "nothing" if figures is None else str(figures)


def run_import(args: argparse.Namespace) -> int:
    from salon_desk import import_commands  # its own module: it imports this one

    return import_commands.run_import(args)


def run_undo_import(args: argparse.Namespace) -> int:
    from salon_desk import import_commands

    return import_commands.run_undo_import(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": run_demo,
    "stats": run_stats,
    "export": run_export,
    "import": run_import,
    "undo-import": run_undo_import,
    "backup": run_backup,
    "restore": run_restore,
    "check": run_check,
    "move": lambda args: _run_move(args),
    "report": lambda args: _run_report(args),
    "retention-check": lambda args: _run_retention_check(args),
    "retention-fit": lambda args: _run_retention_fit(args),
}


def _run_retention_check(args: argparse.Namespace) -> int:
    from salon_desk.retention_commands import run_retention_check  # (imports this module)

    return run_retention_check(args)


def _run_retention_fit(args: argparse.Namespace) -> int:
    from salon_desk.retention_commands import run_retention_fit  # (imports this module)

    return run_retention_fit(args)


def _run_report(args: argparse.Namespace) -> int:
    from salon_desk.report_commands import run_report  # its own module: it imports this one

    return run_report(args)


def _run_move(args: argparse.Namespace) -> int:
    from salon_desk.move_command import run_move  # its own module: it imports this one

    return run_move(args)
