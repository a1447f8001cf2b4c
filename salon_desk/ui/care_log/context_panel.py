"""Beside the entry: what the beautician must know before writing (allergies first)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from salon_desk.services.customer_brief import CustomerBrief, customer_brief
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.naming import named

ALERT_STYLE = "background: #fdecea; color: #b71c1c; border: 1px solid #f5c2c0; padding: 4px;"
# A long note shows its beginning and "more…": a 5,000-character note must not push the
# later notes, cards and open complaints out of sight.
SHORT_NOTE_CHARS = 160
SHORT_NOTE_LINES = 3


def _label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return label


def shortened(text: str) -> str | None:
    """The beginning of a long text, or None when it is short enough to show whole."""
    lines = text.splitlines()
    if len(text) <= SHORT_NOTE_CHARS and len(lines) <= SHORT_NOTE_LINES:
        return None
    return "\n".join(lines[:SHORT_NOTE_LINES])[:SHORT_NOTE_CHARS].rstrip()


class CustomerContextPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_context")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = _label("context_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.allergies = _label("context_allergies")
        self.allergies.setStyleSheet(ALERT_STYLE)
        self.profile = _label("context_profile")
        self.cards = _label("context_cards")
        self.notes = _label("context_notes")
        self.open_items = _label("context_open_items")
        self._brief: CustomerBrief | None = None
        self._today = dt.date.today()
        self.expanded: set[str] = set()
        for label in (self.profile, self.notes):
            label.linkActivated.connect(self._expand)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.allergies)
        layout.addWidget(self.profile)
        for title, content in (
            (self.tr("Cards"), self.cards),
            (self.tr("Last care notes"), self.notes),
            (self.tr("Open follow-ups and complaints"), self.open_items),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(content)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None, today: dt.date | None = None) -> None:
        self.expanded.clear()
        if customer_id is None:
            self.title.setText(self.tr("Choose a customer to see her file here."))
            for label in (self.profile, self.cards, self.notes, self.open_items):
                label.setText("")
            self.allergies.hide()
            return
        self.show_brief(customer_brief(customer_id), today or dt.date.today())

    def _expand(self, link: str) -> None:
        self.expanded.add(link)
        if self._brief is not None:
            self.show_brief(self._brief, self._today)

    def _text(self, key: str, text: str) -> str:
        """``text`` as HTML: whole, or its beginning and a "more…" link until clicked."""
        beginning = None if key in self.expanded else shortened(text)
        if beginning is None:
            return escape(text).replace("\n", "<br>")
        more = escape(self.tr("more…"))
        return f"{escape(beginning)}… <a href='{key}'>{more}</a>".replace("\n", "<br>")

    def show_brief(self, brief: CustomerBrief, today: dt.date) -> None:
        self._brief, self._today = brief, today
        phone = f"  {escape(phones.shown(brief.phone))}" if brief.phone else ""
        tier = labels.tier_name(brief.value_tier)  # her value tier beside her name (17.4)
        tier_html = f"  <span style='color:#8a5a00'>{escape(tier)}</span>" if tier else ""
        self.title.setText(escape(brief.name) + phone + tier_html)
        if brief.allergies:
            heading = self.tr("Allergies and contraindications")
            self.allergies.setText(f"<b>{escape(heading)}:</b> {escape(brief.allergies)}")
        self.allergies.setVisible(bool(brief.allergies))
        self.profile.setText(self._profile_html(brief))
        self.cards.setText(self._cards_html(brief, today) or escape(self.tr("No cards.")))
        self.notes.setText(self._notes_html(brief) or escape(self.tr("No care notes yet.")))
        self.open_items.setText(self._open_html(brief) or escape(self.tr("Nothing open.")))

    def _profile_html(self, brief: CustomerBrief) -> str:
        skin = labels.skin_types().get(brief.skin_type, brief.skin_type)
        skin_heading = self.tr("Skin type")
        unclassified = self.tr("not yet classified")
        lines = [f"<b>{escape(skin_heading)}:</b> {escape(skin)}"]
        if brief.skin_concerns:
            lines[0] += f" · {escape(brief.skin_concerns)}"
        types = labels.types_by_id()
        for kind, heading in labels.type_catalogues().items():
            entries = [types[t] for t in brief.types.get(kind, []) if t in types]
            if not entries:
                if kind != "trait":  # traits are noted only when someone sees one
                    lines.append(f"<b>{escape(heading)}:</b> {escape(unclassified)}")
                continue
            names = "、".join(labels.type_name(entry) for entry in entries)
            lines.append(f"<b>{escape(heading)}:</b> {escape(names)}")
            for entry in entries:
                strategy = labels.type_strategy(entry)
                if strategy and len(entries) > 1:  # which type each strategy is for
                    strategy = f"{labels.type_name(entry)}: {strategy}"
                if strategy:
                    lines.append(f"<i>{escape(strategy)}</i>")
        if brief.notes:
            notes_heading = self.tr("Notes")
            lines.append(f"<b>{escape(notes_heading)}:</b> {self._text('notes', brief.notes)}")
        return "<br>".join(lines)

    def _cards_html(self, brief: CustomerBrief, today: dt.date) -> str:
        lines = []
        for card in brief.cards:
            line = escape(texts.card_line(card))
            if card.expires_on is not None:
                line += " · " + escape(
                    self.tr("expires %1").replace("%1", card.expires_on.isoformat())
                )
            if not card.usable_on(today):
                state = escape(texts.card_state(card, today))
                line = f"<span style='color:#888'>{line} ({state})</span>"
            lines.append(line)
        return "<br>".join(lines)

    def _notes_html(self, brief: CustomerBrief) -> str:
        parts = []
        for row in brief.recent:
            head = " · ".join(
                part
                for part in (
                    labels.local_datetime(row.visited_at),
                    row.beautician_name,
                    "、".join(row.services),
                )
                if part
            )
            details = [
                (self.tr("Skin"), row.skin_condition),
                (self.tr("Products"), row.products_used),
                (self.tr("She said"), row.feedback),
                (self.tr("Next time"), row.suggestion),
            ]
            body = "<br>".join(
                f"{escape(name)}: {self._text(f'{row.id}:{name}', text)}"
                for name, text in details
                if text
            )
            parts.append(f"<b>{escape(head)}</b><br>{body}")
        return "<hr>".join(parts)

    def _open_html(self, brief: CustomerBrief) -> str:
        reasons = texts.follow_up_reasons()
        categories = texts.complaint_categories()
        lines = [
            escape(
                self.tr("Call due %1 (%2), %3")
                .replace("%1", call.due_on.isoformat())
                .replace("%2", reasons.get(call.reason, call.reason))
                .replace("%3", call.assignee_name)
            )
            for call in brief.follow_ups
        ]
        lines += [
            "<span style='color:#b26a00'>"
            + escape(
                self.tr("Complaint since %1 (%2): %3")
                .replace("%1", complaint.received_on.isoformat())
                .replace("%2", categories.get(complaint.category, complaint.category))
                .replace("%3", complaint.description)
            )
            + "</span>"
            for complaint in brief.complaints
        ]
        return "<br>".join(lines)
