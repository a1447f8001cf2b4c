"""Figures being counted again stay on screen, faded, until the new ones arrive (issue
15.3): a look only, so focus, selection and the keyboard stay where they were."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsOpacityEffect, QWidget

STALE_OPACITY = 0.45


def show_stale(widget: QWidget, stale: bool) -> None:
    if not stale:
        widget.setGraphicsEffect(None)  # type: ignore[arg-type]
    elif not is_stale(widget):
        effect = QGraphicsOpacityEffect(widget)
        effect.setOpacity(STALE_OPACITY)
        widget.setGraphicsEffect(effect)


def is_stale(widget: QWidget) -> bool:
    return isinstance(widget.graphicsEffect(), QGraphicsOpacityEffect)
