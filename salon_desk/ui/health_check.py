"""The full integrity check of the open database, off the UI thread once the window
shows (it costs seconds on a large file), then today's backup. If the file turns out
damaged, nothing more is saved to it and the newest sound backup is offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from salon_desk.services import backups
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.tasks import run_task


def check_in_background(window: QWidget, path: Path, actor_id: int | None) -> None:
    keep, months = backups.keep_count(), backups.months_kept()  # read here, on this thread
    run_task(
        lambda: backups.check_and_back_up(path, keep, months),
        lambda problems: _checked(window, path, actor_id, problems) if problems else None,
    )


def _checked(window: QWidget, path: Path, actor_id: int | None, problems: list[str]) -> None:
    backups.stop_saving(problems)
    if not isValid(window):
        return
    title = QCoreApplication.translate("HealthCheck", "The database is damaged")
    good = backups.newest_good_backup(path)
    if good is None:
        prompts.inform(
            window,
            title,
            QCoreApplication.translate(
                "HealthCheck",
                "The check after opening found the database damaged, and there is no sound "
                "backup. Nothing more will be saved to it; ask for help before going on.",
            ),
        )
        return
    if not allowed(actor_id, Permission.RESTORE):
        prompts.inform(
            window,
            title,
            QCoreApplication.translate(
                "HealthCheck",
                "The check after opening found the database damaged. Nothing more will be "
                "saved to it. Ask the store manager to restore the newest sound backup.",
            ),
        )
        return
    question = (
        QCoreApplication.translate(
            "HealthCheck",
            "The check after opening found the database damaged, so nothing more will be "
            "saved to it. Restore the newest sound backup, taken %1 with %2 customers? The "
            "damaged file is kept beside it.",
        )
        .replace("%1", good.taken_at.strftime("%Y-%m-%d %H:%M"))
        .replace("%2", str(backups.customer_count(good.path) or 0))
    )
    if prompts.confirm(window, title, question):
        backups.restore_open_database(good.path, actor_id)
        restored = getattr(window, "restored_from_backup", None)
        if restored is not None:
            restored(good.taken_at.strftime("%Y-%m-%d %H:%M"))
