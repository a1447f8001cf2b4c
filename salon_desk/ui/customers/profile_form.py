"""The personal-data half of a customer file, with each error shown under its field."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import catalogues, customer_types, profile_fields
from salon_desk.services.customers import CustomerFile, CustomerInput
from salon_desk.services.validation import age_on
from salon_desk.ui import labels
from salon_desk.ui.customers.form_fields import (
    ReferrerField,
    birthday_text,
    parse_birthday,
)
from salon_desk.ui.customers.shop_fields import ShopFieldRows
from salon_desk.ui.customers.type_picker import TypePicker, strategy_lines
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.naming import named


class ProfileForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_form")
        self._loaded = CustomerInput()
        self._errors: dict[str, QLabel] = {}
        self._types: dict[int, catalogues.TypeEntry] = {}
        self._kind_of: dict[int, str] = {}
        self.today = dt.date.today()

        self.name = self._line("name")
        self.gender = self._combo("gender")
        self.phone = self._line("phone")
        self.phone.setPlaceholderText(self.tr("11-digit mobile, or +country code"))
        self.legacy_code = self._line("legacy_code")
        self.legacy_code.setPlaceholderText(self.tr("Her number in the previous system"))
        self.other_phone = self._line("other_phone")
        self.other_phone.setPlaceholderText(self.tr("A second mobile or a landline"))
        self.wechat = self._line("wechat")
        self.enquiry = self._line("enquiry")
        self.enquiry.setPlaceholderText(self.tr("Before her first visit: what she wanted"))
        self.phone_notice = named(QLabel(), "phone_notice")
        self.phone_notice.setWordWrap(True)
        self.phone_notice.hide()
        self.birthday = self._line("birthday")
        self.birthday.setPlaceholderText(self.tr("e.g. 1990-05-03"))
        self.age_label = named(QLabel(), "age_label")
        # The calendar she celebrates by (17.6): a lunar birthday is typed and shown as
        # the lunar date, kept as the day she was born.
        self.birthday_calendar = self._combo("birthday_calendar")
        self.birthday_calendar.addItem(self.tr("Gregorian"), False)
        self.birthday_calendar.addItem(self.tr("Lunar (农历)"), True)
        self.birthday_calendar.currentIndexChanged.connect(self._update_age)
        self.address = self._line("address")
        self.occupation = self._line("occupation")
        self.interests = self._line("interests")
        self.skin_type = self._combo("skin_type")
        self.skin_concerns = self._line("skin_concerns")
        self.allergies = self._line("allergies")
        self.allergies.setStyleSheet("QLineEdit { color: #b00020; }")
        self.referral_channel = self._combo("referral_channel")
        self.referred_by = ReferrerField(self)
        self.referred_by.setObjectName("referred_by")
        self.referred_by.setPlaceholderText(self.tr("Type her name or phone"))
        self.referred_by.textEdited.connect(self.edited)
        # The "staff" channel: which of the staff brought her (17.7), in the same row.
        self.referring_staff = self._combo("referred_by_staff")
        self.referral_note = self._line("referral_note")
        self.referral_note.setPlaceholderText(self.tr("e.g. the partner bank or gym"))
        self.marketing_consent = QCheckBox(self.tr("Agrees to receive offers and greetings"))
        self.marketing_consent.setObjectName("marketing_consent")
        self.marketing_consent.toggled.connect(self.edited)
        # Her types, each catalogue single or multiple choice (17.3), with what to do
        # about each type she has under it.
        self.type_pickers = {kind: TypePicker(kind) for kind in labels.type_catalogues()}
        self.strategies = {
            kind: self._strategy_label(f"{kind}_strategy") for kind in self.type_pickers
        }
        for picker in self.type_pickers.values():
            picker.edited.connect(self.edited)
            picker.edited.connect(self._update_strategies)
        self.psychology_type = self.type_pickers["psychology"].combo
        self.psychology_strategy = self.strategies["psychology"]
        self.personality_type = self.type_pickers["personality"].combo
        self.personality_strategy = self.strategies["personality"]
        self.responsible_staff = self._combo("responsible_staff")
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.notes.textChanged.connect(self.edited)

        self.birthday.textChanged.connect(self._update_age)
        self.referral_channel.currentIndexChanged.connect(self._update_referral_fields)
        self.psychology_type.currentIndexChanged.connect(self._update_strategies)
        self.personality_type.currentIndexChanged.connect(self._update_strategies)
        self._build_layout()
        self.shop_fields = ShopFieldRows(
            self._layout, self.marketing_consent, self.notes, self._with_error, self
        )
        self.shop_fields.edited.connect(self.edited)
        self._shop_values: dict[int, str] = {}  # every shop field of hers, shown or hidden
        self.reload_choices()

    # -- construction -------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = named(QLineEdit(), name)
        edit.textEdited.connect(self.edited)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.activated.connect(self.edited)
        return combo

    def _strategy_label(self, name: str) -> QLabel:
        label = named(QLabel(), name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #5b4a8a; font-style: italic;")
        return label

    def _with_error(
        self,
        field: str,
        widget: QWidget,
        extra: QWidget | None = None,
        below: QWidget | None = None,
    ) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if extra is None:
            column.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(extra)
            column.addLayout(row)
        error = named(QLabel(), f"{field}_error")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        if below is not None:
            column.addWidget(below)
        self._errors[field] = error
        return box

    def _build_layout(self) -> None:
        names = labels.field_names()
        form = self._layout = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(names["name"] + " *", self._with_error("name", self.name))
        form.addRow(names["gender"], self.gender)
        phone_box = self._with_error("phone", self.phone, below=self.phone_notice)
        form.addRow(names["phone"], phone_box)
        form.addRow(names["other_phone"], self._with_error("other_phone", self.other_phone))
        form.addRow(names["wechat"], self.wechat)
        form.addRow(names["legacy_code"], self.legacy_code)
        beside = QWidget()
        beside_row = QHBoxLayout(beside)
        beside_row.setContentsMargins(0, 0, 0, 0)
        beside_row.addWidget(self.birthday_calendar)
        beside_row.addWidget(self.age_label)
        form.addRow(names["birthday"], self._with_error("birthday", self.birthday, beside))
        form.addRow(names["skin_type"], self.skin_type)
        form.addRow(names["skin_concerns"], self.skin_concerns)
        form.addRow(names["allergies"], self.allergies)
        for kind, catalogue in labels.type_catalogues().items():
            form.addRow(catalogue, self.type_pickers[kind])
            form.addRow("", self.strategies[kind])
        form.addRow(names["responsible_staff_id"], self.responsible_staff)
        form.addRow(names["address"], self.address)
        form.addRow(names["occupation"], self.occupation)
        form.addRow(names["interests"], self.interests)
        form.addRow(names["referral_channel"], self.referral_channel)
        form.addRow(
            names["referred_by_id"],
            self._with_error("referred_by", self.referred_by, self.referring_staff),
        )
        form.addRow(names["referral_note"], self.referral_note)
        form.addRow(names["enquiry"], self.enquiry)
        form.addRow("", self.marketing_consent)
        form.addRow(names["notes"], self.notes)

    def reload_choices(self) -> None:
        """Fill the combo boxes from the catalogues (after settings change them)."""
        current = self.read() if self._types else None
        self._fill(self.gender, labels.genders())
        self._fill(self.skin_type, labels.skin_types())
        self._fill(self.referral_channel, labels.referral_channels())
        multiple = customer_types.multiple_choice()
        self._types.clear()
        for kind, picker in self.type_pickers.items():
            entries = catalogues.list_types(kind, include_retired=True)
            self._types.update((entry.id, entry) for entry in entries)
            picker.set_entries(entries, kind in multiple)
        self._kind_of = {type_id: entry.kind for type_id, entry in self._types.items()}
        staff: dict[Any, str] = {None: self.tr("Nobody yet")}
        staff.update({s.id: s.name for s in catalogues.list_staff(include_inactive=True)})
        self._fill(self.responsible_staff, staff)
        self._fill(self.referring_staff, staff)
        for key in [key for key in self._errors if key.startswith(profile_fields.KEY_PREFIX)]:
            del self._errors[key]  # their rows are made again
        self.shop_fields.rebuild()  # the shop may have added, hidden or reordered fields
        self._loaded.shop_fields = self.shop_fields.shown_of(self._shop_values)
        if current is not None:
            # What was typed stays; a field shown now for the first time shows her value.
            current.shop_fields = {**self._loaded.shop_fields, **current.shop_fields}
            self._show(current)

    @staticmethod
    def _fill(combo: QComboBox, choices: dict[Any, str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        for value, text in choices.items():
            combo.addItem(text, value)
        combo.blockSignals(False)

    # -- loading and reading ------------------------------------------------------
    def load(self, customer: CustomerFile | None) -> None:
        data = customer.data if customer else CustomerInput()
        self._shop_values = dict(data.shop_fields)
        # As read() gives it back: her visible fields, each present ("" for none).
        data = dataclasses.replace(data, shop_fields=self.shop_fields.shown_of(data.shop_fields))
        self._loaded = data
        self._show(data, referrer_name=customer.referred_by_name if customer else "")
        self.show_errors({})
        self.phone_notice.hide()

    def _show(self, data: CustomerInput, referrer_name: str | None = None) -> None:
        for widget in (
            self.name,
            self.address,
            self.occupation,
            self.interests,
            self.skin_concerns,
            self.allergies,
            self.referral_note,
            self.legacy_code,
            self.wechat,
            self.enquiry,
        ):
            widget.setText(getattr(data, widget.objectName()))
        hide_phone = phones.hidden() and bool(data.phone)
        self.phone.setText(phones.shown(data.phone))
        self.phone.setReadOnly(hide_phone)
        hide_other = phones.hidden() and bool(data.other_phone)
        self.other_phone.setText(phones.shown(data.other_phone))
        self.other_phone.setReadOnly(hide_other)
        self.phone.setToolTip(
            self.tr("Only staff who may see full numbers can change it.") if hide_phone else ""
        )
        self.birthday_calendar.setCurrentIndex(1 if data.birthday_lunar else 0)
        self.birthday.setText(birthday_text(data.birthday, data.birthday_lunar))
        self._select(self.gender, data.gender)
        self._select(self.skin_type, data.skin_type)
        self._select(self.referral_channel, data.referral_channel)
        firsts = {"psychology": data.psychology_type_id, "personality": data.personality_type_id}
        for kind, picker in self.type_pickers.items():
            first = firsts.get(kind)
            more = [t for t in data.more_type_ids if self._kind_of.get(t) == kind]
            picker.set_ids(([] if first is None else [first]) + more)
        self._select(self.responsible_staff, data.responsible_staff_id)
        if referrer_name is not None:
            self.referred_by.set_customer(data.referred_by_id, referrer_name)
        self._select(self.referring_staff, data.referred_by_staff_id)
        self.marketing_consent.blockSignals(True)
        self.marketing_consent.setChecked(data.marketing_consent)
        self.marketing_consent.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(data.notes)
        self.notes.blockSignals(False)
        self.shop_fields.show_values(data.shop_fields)
        self._update_strategies()
        self._update_referral_fields()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def read(self) -> CustomerInput:
        """The form's values; an unreadable birthday is kept as the loaded one."""
        lunar = bool(self.birthday_calendar.currentData())
        try:
            birthday = parse_birthday(self.birthday.text(), lunar)
        except ValueError:
            birthday = self._loaded.birthday
        by_staff = self.referral_channel.currentData() == "staff"
        referrer = (
            self.referred_by.customer_id
            if self.referred_by.text().strip() and not by_staff
            else None
        )
        return CustomerInput(
            name=self.name.text(),
            gender=self.gender.currentData(),
            phone=self._loaded.phone if self.phone.isReadOnly() else self.phone.text(),
            legacy_code=self.legacy_code.text(),
            other_phone=(
                self._loaded.other_phone
                if self.other_phone.isReadOnly()
                else self.other_phone.text()
            ),
            birthday=birthday,
            birthday_lunar=lunar,
            address=self.address.text(),
            occupation=self.occupation.text(),
            interests=self.interests.text(),
            skin_type=self.skin_type.currentData(),
            skin_concerns=self.skin_concerns.text(),
            allergies=self.allergies.text(),
            referral_channel=self.referral_channel.currentData(),
            referred_by_id=referrer,
            referred_by_staff_id=self.referring_staff.currentData() if by_staff else None,
            referral_note=self.referral_note.text(),
            wechat=self.wechat.text(),
            enquiry=self.enquiry.text(),
            marketing_consent=self.marketing_consent.isChecked(),
            notes=self.notes.toPlainText(),
            responsible_staff_id=self.responsible_staff.currentData(),
            shop_fields=self.shop_fields.values(),
            **self._types_read(),
        )

    def _types_read(self) -> dict[str, Any]:
        """Her first psychology and personality types (the one she had first stays
        first while ticked) and the rest, as CustomerInput holds them."""
        loaded = {
            "psychology": self._loaded.psychology_type_id,
            "personality": self._loaded.personality_type_id,
        }
        values: dict[str, Any] = {}
        more: list[int] = []
        for kind, picker in self.type_pickers.items():
            ids = picker.ids()
            if kind not in loaded:
                more += ids
                continue
            first = loaded[kind] if loaded[kind] in ids else (ids[0] if ids else None)
            values[f"{kind}_type_id"] = first
            more += [type_id for type_id in ids if type_id != first]
        values["more_type_ids"] = tuple(sorted(more))
        return values

    def form_errors(self) -> dict[str, str]:
        """Errors only the form can see: text that is not a date, a referrer not picked."""
        errors: dict[str, str] = {}
        lunar = bool(self.birthday_calendar.currentData())
        try:
            parse_birthday(self.birthday.text(), lunar)
        except ValueError:
            errors["birthday"] = (
                self.tr(
                    "Write the lunar date as year-month-day, e.g. 1965-3-5 (闰 before a leap"
                    " month); that day must exist in that lunar year."
                )
                if lunar
                else self.tr("Write the date as year-month-day, e.g. 1990-05-03.")
            )
        if (
            self.referred_by.isVisibleTo(self)
            and self.referred_by.text().strip()
            and self.referred_by.customer_id is None
        ):
            errors["referred_by"] = self.tr("Pick the customer from the suggestions.")
        return errors

    def is_dirty(self) -> bool:
        return bool(self.form_errors()) or self.read() != self._loaded

    def show_errors(self, messages: dict[str, str]) -> None:
        for field, label in self._errors.items():
            text = messages.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
        first = next((f for f in self._errors if f in messages), None)
        target = self.shop_fields.widgets.get(first or "") or getattr(self, first or "", None)
        if isinstance(target, QWidget):
            target.setFocus()
            # The form scrolls (the shop's own fields make it long): bring the field in
            # view, with its error under it.
            scroll = self.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                scroll.ensureWidgetVisible(target, 0, 60)

    # -- live helpers -------------------------------------------------------------
    def _update_age(self) -> None:
        lunar = bool(self.birthday_calendar.currentData())
        try:
            birthday = parse_birthday(self.birthday.text(), lunar)
        except ValueError:
            birthday = None
        age = age_on(birthday, self.today)
        text = self.tr("age %n", "", age) if age is not None and age >= 0 else ""
        if lunar and birthday is not None and text:  # the day she was born, to check
            text = self.tr("born %1, %2").replace("%1", birthday.isoformat()).replace("%2", text)
        self.age_label.setText(text)

    def _update_strategies(self) -> None:
        for kind, picker in self.type_pickers.items():
            label = self.strategies[kind]
            ids = picker.ids()
            if len(ids) == 1:  # one type: its strategy alone, as the form always showed
                entry = self._types.get(ids[0])
                label.setText(labels.type_strategy(entry) if entry else "")
            else:
                label.setText(strategy_lines(ids, self._types))
            label.setVisible(bool(ids) and bool(label.text()))

    def types_html(self, data: CustomerInput) -> str:
        """Every type she has, catalogue by catalogue, each with its strategy (shown
        beside her name)."""
        ids = [data.psychology_type_id, data.personality_type_id, *data.more_type_ids]
        chosen = [type_id for type_id in ids if type_id is not None]
        order = list(self._types)  # catalogue by catalogue, each in its order
        chosen.sort(key=lambda type_id: order.index(type_id) if type_id in order else 0)
        return strategy_lines(chosen, self._types, separator="　")  # one paragraph

    def _update_referral_fields(self) -> None:
        by_staff = self.referral_channel.currentData() == "staff"
        self.referring_staff.setVisible(by_staff)
        self.referred_by.setVisible(not by_staff)
        from_customer = self.referral_channel.currentData() == "old_customer"
        self.referred_by.setEnabled(from_customer or bool(self.referred_by.text()))
