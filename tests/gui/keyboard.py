"""A person at the keyboard: every key goes to whatever has focus, and is counted.

Nothing here calls setFocus(): if the program does not put focus where the work
starts, the keys land somewhere else and the test fails.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Keyboard:
    def __init__(self) -> None:
        self.presses = 0

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focus(), key, modifiers)
        self.presses += 1

    def type(self, text: str, counted: bool = True) -> None:
        """Each character as an input method delivers it (QTest only knows ASCII)."""
        for char in text:
            widget = self.focus()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
            self.presses += counted
