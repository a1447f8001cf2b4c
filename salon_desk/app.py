"""Entry point: parse arguments, then run the window or one command.

salon-desk [--db PATH] [--lang zh_CN|zh_TW|en] [--staff NAME]
salon-desk demo --db PATH [--customers N] [--seed S] [--today YYYY-MM-DD]
salon-desk screenshots --db PATH --out DIR [--lang LANG]
salon-desk stats --db PATH --json [--window DAYS] [--responsible NAME]
salon-desk report satisfaction --db PATH [--from DAY] [--to DAY] --json
salon-desk export --db PATH --out FILE.xlsx [--lang LANG]
salon-desk import --db PATH FILE [--dry-run] [--lang LANG]
salon-desk backup --db PATH | restore --db PATH BACKUP | check --db PATH
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
from typing import Any

from salon_desk import commands, config, report_commands, retention_commands
from salon_desk.commands import database_target
from salon_desk.store.database import Circumstance, circumstance_of, is_server_url, shown_location

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file or postgresql:// URL")
    common.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="language of the window")
    parser = argparse.ArgumentParser(prog="salon-desk", parents=[common])
    parser.add_argument(
        "--staff", help="staff member on duty (preselected; asks her PIN if she has one)"
    )
    # For measuring start-up (the build's smoke test): quit once the window has painted.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    subcommands = parser.add_subparsers(dest="command")
    demo = subcommands.add_parser("demo", parents=[common], help="build a demo salon database")
    demo.add_argument("--customers", type=int, default=800)
    demo.add_argument("--seed", type=int, default=2024)
    demo.add_argument("--today", type=dt.date.fromisoformat, default=None)
    shots = subcommands.add_parser("screenshots", parents=[common], help="render screens to PNG")
    shots.add_argument("--out", type=Path, required=True)
    stats = subcommands.add_parser("stats", parents=[common], help="print the charts' figures")
    stats.add_argument("--json", action="store_true", required=True, help="as JSON")
    stats.add_argument("--window", type=int, help="days of visits (default: the shop's rule)")
    stats.add_argument("--responsible", help="only this staff member's customers")
    export = subcommands.add_parser("export", parents=[common], help="customers to .xlsx")
    export.add_argument("--out", type=Path, required=True)
    load = subcommands.add_parser(
        "import", parents=[common], help="customers, visits or card balances from a spreadsheet"
    )
    load.add_argument("file", type=Path)
    load.add_argument("--kind", choices=("customers", "visits", "balances"), default="customers")
    load.add_argument("--dry-run", action="store_true", help="check and report only")
    load.add_argument("--date-order", choices=("YMD", "MDY", "DMY"), help="visits: how dates read")
    load.add_argument(
        "--skip-client", action="append", default=[], help="visits: a pseudo-client (WALK_IN)"
    )
    load.add_argument("--taxes", choices=("included", "added", "ignored"))
    load.add_argument(
        "--match-names", action="store_true", help="visits: rows with only a name find her file"
    )
    load.add_argument("--map", type=Path, help="columns and choices from a saved mapping file")
    load.add_argument("--save-map", type=Path, help="save the columns and choices used")
    load.add_argument(
        "--report", type=Path, help="write the report (every row in question) as .xlsx"
    )
    undo = subcommands.add_parser(
        "undo-import", parents=[common], help="take the last import back out, whole"
    )
    undo.add_argument("--dry-run", action="store_true", help="say what would go; change nothing")
    subcommands.add_parser("backup", parents=[common], help="back up the database now")
    restore = subcommands.add_parser("restore", parents=[common], help="restore from a backup")
    restore.add_argument("backup", type=Path)
    move = subcommands.add_parser(
        "move", help="copy a shop's whole database file onto the chain's server, checked"
    )
    move.add_argument("--from", dest="source", type=Path, required=True, help="the shop's file")
    move.add_argument("--to", required=True, help="postgresql://… (an empty database)")
    move.add_argument("--shop", help="the shop's name in the chain (needed to join one)")
    move.add_argument(
        "--dry-run", action="store_true", help="joining a chain: report, change nothing"
    )
    report_commands.add_parser(subcommands, common)
    retention_commands.add_parser(subcommands, common)
    check = subcommands.add_parser("check", parents=[common], help="check the database's integrity")
    check.add_argument(
        "--deep",
        action="store_true",
        help="also recompute every kept figure from the rows and list any that differ",
    )
    check.add_argument(
        "--repair", action="store_true", help="with --deep: set the differing figures right"
    )
    return parser


class _NoTraceback(logging.Formatter):
    """On the console a problem is one line; its traceback goes to the log file only."""

    def formatException(self, ei: object) -> str:
        return ""

    def formatStack(self, stack_info: str) -> str:
        return ""


def setup_logging() -> None:
    if logging.getLogger().handlers:
        return  # already set up in this process
    folder = config.log_folder()
    console = logging.StreamHandler()
    console.setFormatter(_NoTraceback("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handlers: list[logging.Handler] = [console]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "salon-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass  # a read-only profile still gets the console log
    for handler in handlers[1:]:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=handlers)


def open_database_or_explain(target: str) -> str | None:
    """Open the database; return None, or a sentence for the user about what went wrong."""
    from PySide6.QtCore import QCoreApplication

    from salon_desk.store.database import (
        DatabaseError,
        SchemaTooNewError,
        open_db,
        write_problem,
    )

    read_only = write_problem(target)
    if read_only is not None:  # refused with the reason, not saves failing one by one
        return circumstance_words(Circumstance.READ_ONLY) + f"\n\n{read_only}"
    notices: list[Any] = []  # the window's notice of an upgrade, while it runs

    def upgrading(found: int, latest: int) -> None:
        from salon_desk.ui.upgrade_notice import show_upgrade_notice

        notices.append(show_upgrade_notice())

    try:
        open_db(target, on_upgrade=upgrading)
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
        circumstance = circumstance_of(exc)
        if circumstance is not None:
            return circumstance_words(circumstance) + f"\n\n{shown_location(target)}\n{exc}"
        return QCoreApplication.translate(
            "Startup", "The database could not be opened: %1"
        ).replace("%1", str(exc))
    finally:
        for notice in notices:
            notice.close()
    return None


def choose_staff(name: str | None, database: str) -> int | None:
    from salon_desk.services import accounts, catalogues
    from salon_desk.ui.staff_picker import StaffPicker

    members = catalogues.list_staff()
    named = next((m for m in members if m.name == name), None) if name else None
    if named is None and len(members) == 1:
        named = members[0]
    # A shortcut past the picker only for someone who needs no PIN.
    if named is not None and not accounts.needs_pin_to_sign_in(named.id):
        return named.id
    preselected = named.id if named else config.last_signed_in(database)
    picker = StaffPicker(preselected=preselected)
    if not picker.exec() or picker.chosen_id is None:
        return None
    config.save_last_signed_in(database, picker.chosen_id)
    return picker.chosen_id


def show_fatal(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Salon Desk", text)


def circumstance_words(circumstance: Circumstance) -> str:
    """What the user can do about it; what she was saving is not saved, nothing else lost."""
    from PySide6.QtCore import QCoreApplication

    words = {
        Circumstance.DISK_FULL: QCoreApplication.translate(
            "Startup",
            "The disk is full, so the last change was not saved (everything saved before "
            "is safe). Free some space, for example empty the recycle bin, and save again.",
        ),
        Circumstance.READ_ONLY: QCoreApplication.translate(
            "Startup",
            "The database file or its folder is read-only, so nothing can be saved. Ask "
            "whoever looks after this PC to allow writing to it.",
        ),
        Circumstance.LOCKED: QCoreApplication.translate(
            "Startup",
            "Another program is holding the database. The last change was not saved; try "
            "again in a moment.",
        ),
        Circumstance.CANNOT_OPEN: QCoreApplication.translate(
            "Startup",
            "The database cannot be reached (a missing folder, a disconnected drive or a "
            "disk error). Nothing was changed.",
        ),
        Circumstance.DAMAGED: QCoreApplication.translate(
            "Startup",
            "The database is damaged. Nothing more is saved to it; restore the newest sound "
            "backup from the File menu.",
        ),
        Circumstance.LOGIN_REFUSED: QCoreApplication.translate(
            "Startup",
            "The server refused this PC's user name or password. Check them in Settings > "
            "Database (or with whoever runs the server); nothing was changed.",
        ),
        Circumstance.SERVER_UNREACHABLE: QCoreApplication.translate(
            "Startup",
            "The server cannot be reached (the network, or the server itself). The last "
            "change was not saved and is still on the screen; save again when the "
            "connection is back. Lists shown may be out of date until then.",
        ),
    }
    return words[circumstance]


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtCore import QCoreApplication

        from salon_desk.services.permissions import PermissionDenied

        if isinstance(value, PermissionDenied):  # a screen offered what the role may not do
            log.warning("refused: %s", value)
            show_fatal(
                QCoreApplication.translate(
                    "Startup", "Only the store manager may do this. Nothing was changed."
                )
            )
            return
        circumstance = circumstance_of(value)
        if circumstance is not None:  # the disk, the folder, another program: not a bug
            log.error("could not save: %s (%s)", value, circumstance)
            show_fatal(circumstance_words(circumstance))
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        show_fatal(
            QCoreApplication.translate(
                "Startup",
                "Something went wrong: %1\nYour saved data is safe. Details are in the log file.",
            ).replace("%1", str(value))
        )

    sys.excepthook = hook


def repair_if_damaged(path: Path) -> bool:
    """A cheap check before opening (the full one runs once the window shows). A damaged
    file is moved aside and, if the user agrees, the newest sound backup takes its place;
    a file that cannot be opened where it is (a full disk, a read-only or missing folder,
    another program) is never moved: the user is told why. False: do not open."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from salon_desk.services import backups

    if not path.exists():
        return True
    found = backups.opening_problem(path)
    if found is None:
        return True
    circumstance, detail = found
    if circumstance is not Circumstance.DAMAGED:
        log.error("database %s cannot be opened: %s", path, detail)
        show_fatal(circumstance_words(circumstance) + f"\n\n{path}\n{detail}")
        return False
    log.error("database %s is damaged: %s", path, detail)
    good = backups.newest_good_backup(path)
    if good is None:
        show_fatal(
            QCoreApplication.translate(
                "Startup",
                "The database is damaged and there is no sound backup. Nothing was changed; "
                "ask for help before using it again.",
            )
        )
        return False
    question = (
        QCoreApplication.translate(
            "Startup",
            "The database is damaged. Restore the newest sound backup, taken %1 with %2 "
            "customers? The damaged file is kept beside it, not overwritten.",
        )
        .replace("%1", good.taken_at.strftime("%Y-%m-%d %H:%M"))
        .replace("%2", str(backups.customer_count(good.path) or 0))
    )
    answer = QMessageBox.question(None, "Salon Desk", question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        aside = backups.move_aside(path)
        backups.restore(path, good.path)
    except (OSError, backups.BackupFailed) as exc:
        show_fatal(circumstance_words(circumstance_of(exc) or Circumstance.CANNOT_OPEN))
        return False
    log.warning("restored %s from %s; damaged file kept as %s", path, good.path, aside)
    return True


def screenshot_copy(target: str) -> str:
    """A private copy of the database in a temporary folder, removed when the process ends."""
    import atexit
    import shutil
    import tempfile

    from salon_desk.store.backup import copy_database

    if is_server_url(target):
        raise SystemExit("salon-desk screenshots: needs a database file, not a server")
    if not Path(target).exists():
        raise SystemExit(f"salon-desk screenshots: no database at {shown_location(target)}")
    folder = Path(tempfile.mkdtemp(prefix="salon-desk-shots-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / "screenshots.db"
    copy_database(Path(target), copy)
    return str(copy)


def with_server_password(target: str) -> str:
    """The saved server's URL with its password: from the credential store, or asked for
    when this PC has none kept ("" when she cancels)."""
    from urllib.parse import urlsplit

    if urlsplit(target).password is not None:
        return target
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from salon_desk.services import server_address

    typed, given = QInputDialog.getText(
        None,
        QCoreApplication.translate("Startup", "Salon Desk"),
        QCoreApplication.translate("Startup", "Password for %1:").replace(
            "%1", shown_location(target)
        ),
        QLineEdit.EchoMode.Password,
    )
    if not given or not typed:
        return ""
    return server_address.url(server_address.address_of(target), typed)


def run_window(args: argparse.Namespace) -> int:
    if args.command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from salon_desk import i18n
    from salon_desk.store.database import looks_like_synced_folder
    from salon_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Salon Desk")
    QApplication.setWindowIcon(QIcon(str(config.asset("icons/salon-desk.png"))))
    language = i18n.choose_language(args.lang)
    i18n.install_translators(app, language)
    log.info("language %s", language)
    target = database_target(args)
    if args.command != "screenshots" and not args.db and config.saved_server() is not None:
        target = with_server_password(target)
        if not target:
            return 0  # she closed the password question
    if args.command == "screenshots":
        # Pictures are made by clicking through every screen (a care entry is saved, a
        # setting toggled): never on the shop's own file, always on a throw-away copy.
        target = screenshot_copy(target)
    elif not is_server_url(target) and not repair_if_damaged(Path(target)):
        return 2
    problem = open_database_or_explain(target)
    if problem:
        log.error(problem)
        if args.command != "screenshots":
            show_fatal(problem)
        return 2
    if not is_server_url(target) and looks_like_synced_folder(Path(target)):
        log.warning("database %s is in a synced folder", target)
    from salon_desk.services import catalogues

    catalogues.fill_missing_sort_keys()  # once after an upgrade: staff in pinyin order
    from salon_desk.ui.shop_picker import this_pcs_shop

    # The shop this PC stands in; a chain asks the first time — not for pictures, nor a
    # start that only paints and quits (smoke tests, the start-up benchmark).
    asking = args.command != "screenshots" and not args.quit_when_shown
    this_pcs_shop(shown_location(target), ask=asking)
    if args.command == "screenshots":
        from salon_desk.ui.screenshots import render_all

        members = sorted(catalogues.list_staff(), key=lambda m: m.role not in ("owner", "manager"))
        # The status bar names the file the pictures were made from, not the copy.
        window = MainWindow(
            members[0].id if members else None, shown_location(database_target(args))
        )
        for path in render_all(window, args.out):
            print(path)
        window.close()
        from salon_desk.store.database import close_db

        close_db()  # the copy is removed at exit; on Windows an open file would stay
        return 0
    actor = choose_staff(args.staff, shown_location(target))
    if actor is None:
        return 0
    install_excepthook()
    window = MainWindow(actor, shown_location(target))
    window.show()
    log.info("window shown")
    # (--quit-when-shown measures the window alone; the check runs off the UI thread.)
    if not is_server_url(target) and not args.quit_when_shown:
        from salon_desk.ui.health_check import check_in_background

        check_in_background(window, Path(target), actor)  # then today's backup
    if not args.quit_when_shown:
        from salon_desk.ui.value_count import count_values_in_background

        count_values_in_background(window)  # today's value tiers, then every half hour
        from salon_desk.ui.model_count import count_model_in_background

        count_model_in_background(window)  # the retention model, a minute after showing
    if args.quit_when_shown:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)  # after the first paint's events
    status = int(app.exec())
    from PySide6.QtCore import QThreadPool

    # A background check or backup still running finishes before the objects it reports
    # to are gone (closing the window at once must not abort the process).
    QThreadPool.globalInstance().waitForDone()
    return status


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging()
    if args.command in commands.COMMANDS:
        return commands.run_command(args)
    return run_window(args)
