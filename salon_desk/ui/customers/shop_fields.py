"""The shop's own fields on the customer form (issue 17.1): one row each, under their
group headings, after the built-in fields; each kind with the widget it needs and its
error under it, as the built-in fields have."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from salon_desk.services import profile_fields
from salon_desk.services.profile_fields import FieldDef
from salon_desk.ui import labels
from salon_desk.ui.widgets.naming import named


def options_of(field: FieldDef) -> list[tuple[str, str]]:
    """A choice or yes/no field's values as stored and as shown; none for other kinds."""
    if field.kind == "yes_no":
        return [
            (profile_fields.YES, labels.yes_no(True)),
            (profile_fields.NO, labels.yes_no(False)),
        ]
    if field.kind == "choice":
        return [(option, option) for option in field.choices]
    return []


class ShopFieldRows(QObject):
    """The rows of the visible shop fields in ``form``, inserted before the row of
    ``before`` and made again when the shop changes its fields (``rebuild``); Tab goes
    from ``after`` through them to ``before``."""

    edited = Signal()

    def __init__(
        self,
        form: QFormLayout,
        after: QWidget,
        before: QWidget,
        with_error: Callable[[str, QWidget], QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._after = after
        self._before = before
        self._with_error = with_error
        self._rows: list[QWidget] = []  # each row's field widget, or its heading
        self.fields: list[FieldDef] = []
        self.widgets: dict[str, QLineEdit | QComboBox] = {}  # by field:<id>

    def rebuild(self) -> None:
        for row in self._rows:
            self._form.removeRow(row)
        self._rows.clear()
        self.widgets.clear()
        self.fields = profile_fields.list_fields()
        heading = ""
        for field in self.fields:
            position: Any = self._form.getWidgetPosition(self._before)  # (row, role)
            place = int(position[0])
            if field.heading and field.heading != heading:
                title = named(QLabel(field.heading), f"heading_{field.id}")
                title.setStyleSheet("font-weight: bold; margin-top: 6px;")
                self._form.insertRow(place, title)
                self._rows.append(title)
                place += 1
            heading = field.heading
            widget = self._widget_for(field)
            self.widgets[field.key] = widget
            row = self._with_error(field.key, widget)
            self._form.insertRow(place, field.label, row)
            self._rows.append(row)
        # Made after the rest of the window, they would come last in the Tab order.
        chain = [self._after, *self.widgets.values(), self._before]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _widget_for(self, field: FieldDef) -> QLineEdit | QComboBox:
        if field.kind in ("yes_no", "choice"):
            combo = named(QComboBox(), f"field_{field.id}")
            combo.addItem("", "")
            for value, text in options_of(field):
                combo.addItem(text, value)
            combo.activated.connect(self.edited)
            return combo
        edit = named(QLineEdit(), f"field_{field.id}")
        if field.kind == "number":
            edit.setPlaceholderText(
                QCoreApplication.translate("ShopFields", "A number, e.g. 12 or 3.5")
            )
        elif field.kind == "date":
            edit.setPlaceholderText(QCoreApplication.translate("ShopFields", "e.g. 2020-05-03"))
        edit.textEdited.connect(self.edited)
        return edit

    def show_values(self, values: dict[int, str]) -> None:
        for field in self.fields:
            widget = self.widgets[field.key]
            value = values.get(field.id, "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
                continue
            index = widget.findData(value)
            if index < 0:  # an option the shop has since removed: still hers, shown
                widget.addItem(value, value)
                index = widget.count() - 1
            widget.setCurrentIndex(index)

    def values(self) -> dict[int, str]:
        """Every visible field's value as typed or chosen ("" for none)."""
        found: dict[int, str] = {}
        for field in self.fields:
            widget = self.widgets[field.key]
            found[field.id] = (
                widget.text() if isinstance(widget, QLineEdit) else str(widget.currentData())
            )
        return found

    def shown_of(self, values: dict[int, str]) -> dict[int, str]:
        """``values`` as ``values()`` would read them back once shown: the visible fields
        only, each one present."""
        return {field.id: values.get(field.id, "") for field in self.fields}


TIER = "tier"  # a filter item's data for a value tier: (TIER, tier)


class FieldFilter(QComboBox):
    """Above the customer list: everyone, or those with one value of one of the shop's
    choice or yes/no fields (发质: 干性) — CustomerQuery's ``field_value`` — or in one
    value tier (价值: 高价值)."""

    def chosen(self) -> dict[str, object]:
        """The CustomerQuery fields for what is chosen."""
        data = self.currentData()
        if data is None:
            return {}
        if data[0] == TIER:
            return {"value_tier": data[1]}
        return {"field_value": data}

    def refill(self) -> None:
        """The shop's fields as they are now; the choice made stays while it exists."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("ShopFields", "Every customer"), None)
        for field in profile_fields.list_fields():
            for value, text in options_of(field):
                self.addItem(f"{field.label}: {text}", (field.id, value))
        # Her value tier (17.4): CustomerQuery's ``value_tier``.
        heading = QCoreApplication.translate("ShopFields", "Value")
        for tier, name in enumerate(labels.tier_names()):
            self.addItem(f"{heading}: {name}", (TIER, tier))
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setVisible(self.count() > 1)  # (the tiers are always there)
        self.blockSignals(False)
