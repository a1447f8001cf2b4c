"""What the front desk sees while a new version upgrades the shop's file at start: a
chain's file takes most of a minute once (ranking a million visits), and a window that
does not appear for that long looks broken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog


def show_upgrade_notice() -> QProgressDialog:
    """A busy notice, shown and painted before the upgrade holds the UI thread."""
    notice = QProgressDialog("", "", 0, 0)
    words = QLabel(
        QCoreApplication.translate(
            "Startup",
            "Bringing this shop's file up to the new version of Salon Desk. This happens "
            "once; a large chain's file takes a minute or two. A copy of the file is kept "
            "first.",
        )
    )
    words.setWordWrap(True)
    notice.setLabel(words)
    notice.setObjectName("upgrade_notice")
    notice.setWindowTitle(QCoreApplication.translate("Startup", "Salon Desk"))
    notice.setCancelButton(None)  # an upgrade runs to its end or is undone whole
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(0)
    notice.setFixedWidth(440)
    notice.show()
    for _ in range(3):  # shown and painted before the upgrade takes the thread
        QApplication.processEvents()
    return notice
