"""One care log entry in full, with its change history; correct or void it from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import audit, care_log
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts
from salon_desk.ui.customers.history_table import HistoryTable
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named


class EntryDialog(QDialog):
    correct_requested = Signal(int)  # entry id
    voided = Signal(int)  # customer id

    def __init__(self, entry_id: int, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entry_dialog")
        self.setWindowTitle(self.tr("Care log entry"))
        self.resize(620, 560)
        self.entry_id = entry_id
        self.actor_id = actor_id
        self.details = QFormLayout()
        self.status = named(QLabel(), "entry_status")
        self.history = HistoryTable(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.correct_button = named(QPushButton(self.tr("&Correct this entry")), "entry_correct")
        self.void_button = named(QPushButton(self.tr("&Void…")), "entry_void")
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.void_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.correct_button.clicked.connect(self._correct)
        self.void_button.clicked.connect(self._void)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.details)
        history_title = QLabel(self.tr("Change history"))
        history_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        entry = self.entry = care_log.get_entry(self.entry_id)
        data = entry.data
        while self.details.rowCount():
            self.details.removeRow(0)
        satisfaction = str(data.satisfaction) if data.satisfaction else "—"
        card = (
            texts.card_paid(entry.card_name, entry.card_sessions_used, data.card_amount_fen)
            if entry.card_name
            else ""
        )
        names = texts.entry_field_names()
        when = data.visited_at.strftime("%Y-%m-%d %H:%M") if data.visited_at else ""
        rows = [
            (self.tr("Customer"), entry.customer_name),
            (names["visited_at"], when),
            (names["beautician_id"], entry.beautician_name),
            (names["service_item_ids"], "、".join(entry.service_names)),
            (names["products_used"], data.products_used),
            (names["skin_condition"], data.skin_condition),
            (names["feedback"], data.feedback),
            (names["satisfaction"], satisfaction),
            (names["amount_fen"], labels.money(data.amount_fen)),
            (names["card_id"], card),
            (names["suggestion"], data.suggestion),
            (
                self.tr("Written by"),
                f"{entry.created_by_name} · {labels.local_datetime(entry.created_at)}",
            ),
        ]
        for title, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            self.details.addRow(title, label)
        if entry.voided_at is not None:
            self.status.setText(
                self.tr("Voided %1: %2")
                .replace("%1", labels.local_datetime(entry.voided_at))
                .replace("%2", entry.void_reason)
            )
            self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.status.setText("")
        self.status.setVisible(entry.voided_at is not None)
        self.correct_button.setEnabled(entry.voided_at is None)
        self.void_button.setEnabled(entry.voided_at is None)
        self.history.show_rows(audit.record_history("care_log", self.entry_id))

    def _correct(self) -> None:
        self.correct_requested.emit(self.entry_id)
        self.accept()

    def _void(self) -> None:
        reason = prompts.ask_reason(
            self,
            self.tr("Void entry"),
            self.tr(
                "Why is this entry wrong? It stays in the log marked void, and any card "
                "session it used is given back."
            ),
        )
        if reason is None:
            return
        if not reason.strip():
            prompts.inform(self, self.tr("Void entry"), texts.problems()["reason_required"])
            return
        care_log.void_care_log(self.entry_id, reason, self.actor_id)
        self.refresh()
        self.voided.emit(self.entry.data.customer_id or 0)
