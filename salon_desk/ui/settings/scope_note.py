"""In a chain, whose value a settings change sets (issue 16.1): the owner's change is the
chain's, a store manager's her shop's alone (services/settings_store.py). Said above the
settings it applies to; nothing is shown for a single salon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from salon_desk.services import shops
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui.widgets.naming import named


def scope_note(actor_id: int | None) -> QLabel | None:
    if not shops.is_chain():
        return None
    if allowed(actor_id, Permission.SHOPS):
        text = QCoreApplication.translate(
            "ScopeNote",
            "These settings are the chain's: every shop uses them, except a shop that set its own.",
        )
    else:
        text = QCoreApplication.translate(
            "ScopeNote", "These settings are this shop's own: the other shops keep theirs."
        )
    label = named(QLabel(text), "settings_scope_note")
    label.setWordWrap(True)
    return label
