"""File > Back up now: a copy of the file beside it, or on a server the owner's pg_dump
copy to this PC, made on a worker thread (minutes for a chain), its outcome said in the
status bar. The words keep the main window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from salon_desk import config
from salon_desk.services import backups, server_backups
from salon_desk.ui.widgets.tasks import run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def back_up_now(database_label: str, actor_id: int | None, say: Callable[[str], None]) -> None:
    if backups.database_file() is not None:
        saved = backups.back_up_open_database()
        say(_tr("Backed up to %1.").replace("%1", str(saved)))
        return
    say(_tr("Backing up the server's database…"))
    folder = config.server_backups_folder(database_label)

    def back_up() -> Path | server_backups.BackupFailed:
        try:
            return server_backups.back_up_open_server(folder, actor_id)
        except server_backups.BackupFailed as failed:
            return failed

    run_task(back_up, lambda result: say(_outcome(result)))


def _outcome(result: Path | server_backups.BackupFailed) -> str:
    if isinstance(result, Path):
        return _tr("Backed up to %1.").replace("%1", str(result))
    if isinstance(result, server_backups.ToolsMissing):
        return _tr(
            "PostgreSQL's client tools (pg_dump) are not on this PC. Install them "
            "(Debian or Ubuntu: sudo apt install postgresql-client; Windows: the "
            "PostgreSQL installer with only its Command Line Tools) and back up again."
        )
    return _tr("No backup was made: %1").replace("%1", str(result))
