"""Give a widget an objectName inline (tests and style sheets find widgets by it)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(widget: ObjectT, name: str) -> ObjectT:
    widget.setObjectName(name)
    return widget
