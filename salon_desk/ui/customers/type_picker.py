"""Choosing her types in one catalogue (issue 17.3), and showing what to do about them.

A single-choice catalogue is a combo box; a multiple-choice one (or one where she holds
several already, so none is lost from view) is a list of check boxes: one stop for Tab,
arrows move, Space ticks.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from salon_desk.services.catalogues import TypeEntry
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named


class TickList(QListWidget):
    """Check boxes that flow in rows, as tall as they need (no scroll bar of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_height(self) -> None:
        self.doItemsLayout()
        bottom = max(
            (self.visualItemRect(self.item(row)).bottom() for row in range(self.count())),
            default=0,
        )
        self.setFixedHeight(bottom + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())


class TypePicker(QWidget):
    """Her types of one catalogue: ``ids()`` in catalogue order, ``set_ids`` to show."""

    edited = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}_types")
        self._entries: list[TypeEntry] = []
        self._multiple = False
        self.combo = named(QComboBox(), f"{kind}_type")
        self.ticks = named(TickList(), f"{kind}_ticks")
        # One of the two shows; a hidden one takes no room (a stacked layout would make
        # the combo as tall as the ticks).
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.ticks)
        self.ticks.hide()
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(self.edited)
        self.ticks.itemChanged.connect(self._ticked)

    def set_entries(self, entries: list[TypeEntry], multiple: bool) -> None:
        """The catalogue (retired ones too: an old file still shows its type)."""
        self._entries = entries
        self._multiple = multiple
        self.combo.blockSignals(True)
        self.combo.clear()
        unset = self.tr("Not yet classified")
        self.combo.addItem(unset, None)
        for entry in entries:
            self.combo.addItem(labels.type_name(entry), entry.id)
        self.combo.blockSignals(False)
        self.set_ids([])

    def set_ids(self, type_ids: list[int]) -> None:
        """Show her types; several in a single-choice catalogue show as ticks too."""
        as_list = self._multiple or len(type_ids) > 1
        self.ticks.blockSignals(True)
        self.ticks.clear()
        for entry in self._entries:
            if entry.retired and entry.id not in type_ids:
                continue
            item = QListWidgetItem(labels.type_name(entry))
            item.setToolTip(labels.type_strategy(entry) or labels.type_name(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = entry.id in type_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.ticks.addItem(item)
        self.ticks.blockSignals(False)
        if self.ticks.count():
            self.ticks.setCurrentRow(0)
        index = self.combo.findData(type_ids[0] if type_ids else None)
        self.combo.setCurrentIndex(max(index, 0))
        shown = self.ticks if as_list else self.combo
        self.combo.setVisible(not as_list)
        self.ticks.setVisible(as_list)
        self.setFocusProxy(shown)
        if as_list:
            self.ticks.fit_height()

    def ids(self) -> list[int]:
        if self.ticks.isHidden():
            chosen = self.combo.currentData()
            return [] if chosen is None else [int(chosen)]
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.ticks.item(row) for row in range(self.ticks.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _ticked(self, _item: QListWidgetItem) -> None:
        self.edited.emit()


def strategy_lines(
    type_ids: list[int], entries: dict[int, TypeEntry], separator: str = "<br>"
) -> str:
    """HTML: each type's name in bold and its serving strategy, one line each (or one
    paragraph, with another ``separator``)."""
    lines = []
    for type_id in type_ids:
        entry = entries.get(type_id)
        if entry is None:
            continue
        strategy = labels.type_strategy(entry)
        line = f"<b>{escape(labels.type_name(entry))}</b>"
        lines.append(f"{line}: <i>{escape(strategy)}</i>" if strategy else line)
    return separator.join(lines)
