"""Add or change one of her family or friends (issue 17.2): the relation, then either
the customer she is (typed and picked like a referrer) or a name, birthday and gender;
each error under its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_desk.services import relations
from salon_desk.services.relations import Person, RelationInput, RelationInvalid
from salon_desk.services.validation import FieldError
from salon_desk.ui import labels
from salon_desk.ui.customers.form_fields import ReferrerField, parse_date
from salon_desk.ui.widgets.field_form import FieldForm
from salon_desk.ui.widgets.naming import named


class RelationDialog(QDialog):
    def __init__(
        self,
        customer_id: int,
        actor_id: int | None,
        existing: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relation_dialog")
        self.setWindowTitle(
            self.tr("Change a family member or friend")
            if existing
            else self.tr("Add a family member or friend")
        )
        self.customer_id = customer_id
        self.actor_id = actor_id
        self.existing = existing
        self.kind = named(QComboBox(), "relation_kind")
        for code, text in labels.relation_kinds().items():
            self.kind.addItem(text, code)
        self.customer = ReferrerField(self)
        self.customer.setObjectName("relation_customer")
        self.customer.setPlaceholderText(self.tr("If she is a customer: her name or phone"))
        self.name = named(QLineEdit(), "relation_name")
        self.birthday = named(QLineEdit(), "relation_birthday")
        self.birthday.setPlaceholderText(self.tr("e.g. 2012-09-01"))
        self.gender = named(QComboBox(), "relation_gender")
        self.gender.addItem("", "")
        for code, text in labels.genders().items():
            self.gender.addItem(text, code)
        self.note = named(QLineEdit(), "relation_note")
        self.form = FieldForm("relation")
        self.form.add_field("kind", self.tr("Relation"), self.kind)
        self.form.add_field("other", self.tr("A customer"), self.customer)
        self.form.add_field("name", self.tr("Or her name"), self.name)
        self.form.add_field("birthday", labels.field_names()["birthday"], self.birthday)
        self.form.add_field("gender", labels.field_names()["gender"], self.gender)
        self.form.addRow(labels.field_names()["notes"], self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.customer.textChanged.connect(self._linked_or_written)
        if existing is not None:
            self._show(existing)
        self._linked_or_written()
        self.kind.setFocus()

    def _show(self, person: Person) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(person.kind), 0))
        if person.other_id is not None:
            self.customer.set_customer(person.other_id, person.name)
        else:
            self.name.setText(person.name)
            self.birthday.setText(person.birthday.isoformat() if person.birthday else "")
            self.gender.setCurrentIndex(max(self.gender.findData(person.gender), 0))
        self.note.setText(person.note)

    def _linked_or_written(self) -> None:
        """A customer's own file gives her name, birthday and gender."""
        written = not self.customer.text().strip()
        for widget in (self.name, self.birthday, self.gender):
            widget.setEnabled(written)

    def read(self) -> RelationInput | None:
        """What the dialog says, or None after showing why it cannot be read."""
        problems: dict[str, str] = {}
        linked = bool(self.customer.text().strip())
        if linked and self.customer.customer_id is None:
            problems["other"] = self.tr("Pick the customer from the suggestions.")
        try:
            birthday = None if linked else parse_date(self.birthday.text())
        except ValueError:
            birthday = None
            problems["birthday"] = self.tr("Write the date as year-month-day, e.g. 2012-09-01.")
        self.form.show_errors(problems)
        if problems:
            return None
        return RelationInput(
            kind=self.kind.currentData(),
            other_id=self.customer.customer_id if linked else None,
            name=self.name.text(),
            birthday=birthday,
            gender=self.gender.currentData(),
            note=self.note.text(),
        )

    def save(self) -> None:
        person = self.read()
        if person is None:
            return
        try:
            if self.existing is None:
                relations.add_relation(self.customer_id, person, self.actor_id)
            else:
                relations.update_relation(self.existing.relation_id, person, self.actor_id)
        except RelationInvalid as refused:
            words = labels.field_errors()
            messages = {field: words.get(code, code) for field, code in refused.errors.items()}
            if refused.errors.get("other") == FieldError.REFERRER_IS_SELF:
                messages["other"] = self.tr("She cannot be her own relation.")
            self.form.show_errors(messages)
            return
        self.accept()
