"""PySide6 6.12.0 on CPython 3.11 loses a reference to None on every void Qt call and
aborts after a few thousand (MEASURED.md). Reaching the end of this loop is the test."""

import PySide6
from PySide6.QtWidgets import QWidget


def test_many_void_qt_calls_do_not_crash(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for i in range(200_000):
        widget.resize(100 + i % 7, 100)
    assert widget.width() == 100 + (199_999 % 7)


def test_pyside_version_is_inside_the_pin() -> None:
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (6, 8) <= (major, minor) < (6, 12)
