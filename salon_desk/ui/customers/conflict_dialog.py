"""Two people edited her file at once: show what each changed, then let the second choose."""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import profile_fields
from salon_desk.services.customers import Conflict
from salon_desk.ui import labels
from salon_desk.ui.customers.history_table import ValueFormatter
from salon_desk.ui.widgets.naming import named

BOTH_CHANGED = QColor("#fde2e1")


class Resolution(enum.Enum):
    KEEP_MINE = enum.auto()
    TAKE_THEIRS = enum.auto()
    KEEP_EDITING = enum.auto()


class ConflictDialog(QDialog):
    def __init__(self, clash: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed elsewhere"))
        self.resize(760, 380)
        self.resolution = Resolution.KEEP_EDITING
        who = clash.saved_by or self.tr("Someone")
        when = labels.local_datetime(clash.saved_at) if clash.saved_at else ""
        intro = named(
            QLabel(
                self.tr(
                    "%1 saved %2's file at %3, after you opened it. Nothing of yours is "
                    "saved yet. Keeping your changes saves them on top of theirs: a field "
                    "only they changed keeps their value."
                )
                .replace("%1", who)
                .replace("%2", clash.saved.data.name)
                .replace("%3", when)
            ),
            "conflict_intro",
        )
        intro.setWordWrap(True)
        self.table = named(QTableWidget(len(clash.fields), 4), "conflict_table")
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("When you opened it"),
                self.tr("Changed by %1").replace("%1", who),
                self.tr("Your change"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        names = labels.field_names()
        names.update((f.key, f.label) for f in profile_fields.list_fields(include_hidden=True))
        formatter = ValueFormatter()
        unchanged = self.tr("(no change)")
        for row, field in enumerate(clash.fields):
            theirs_changed = field.saved != field.when_opened
            mine_changed = field.mine != field.when_opened
            cells = (
                names.get(field.field, field.field),
                formatter.text(field.field, field.when_opened),
                formatter.text(field.field, field.saved) if theirs_changed else unchanged,
                formatter.text(field.field, field.mine) if mine_changed else unchanged,
            )
            both = theirs_changed and mine_changed
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if both:
                    item.setBackground(BOTH_CHANGED)
                self.table.setItem(row, column, item)
        legend = QLabel(
            self.tr("Red rows were changed by both of you; keeping your changes keeps yours there.")
        )
        buttons = QDialogButtonBox()
        self.keep_mine = named(QPushButton(self.tr("Keep my changes")), "conflict_mine")
        self.take_theirs = named(QPushButton(self.tr("Drop my changes")), "conflict_theirs")
        self.keep_editing = named(QPushButton(self.tr("Keep editing")), "conflict_edit")
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_editing, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.clicked.connect(lambda: self._choose(Resolution.KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(Resolution.TAKE_THEIRS))
        self.keep_editing.clicked.connect(lambda: self._choose(Resolution.KEEP_EDITING))
        self.keep_editing.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addWidget(buttons)

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.done(QDialog.DialogCode.Accepted.value)


def ask_about_conflict(parent: QWidget, clash: Conflict) -> Resolution:
    dialog = ConflictDialog(clash, parent)
    dialog.exec()
    return dialog.resolution
