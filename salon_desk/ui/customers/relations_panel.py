"""Her family and friends, and who she comes in with, inside her file (issue 17.2).
Enter or a double-click on someone who is a customer opens her file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_desk.services import relations
from salon_desk.services.relations import Companion, Person
from salon_desk.services.validation import age_on
from salon_desk.ui import labels
from salon_desk.ui.customers.relation_dialog import RelationDialog
from salon_desk.ui.widgets import prompts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.rows_model import Column, RowsTableModel
from salon_desk.ui.widgets.tables import current_object, row_table, show_rows_model


class RelationsPanel(QWidget):
    open_customer = Signal(int)
    changed = Signal()  # a relation was added, changed or removed here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor_id: int | None = None
        self.customer_id: int | None = None
        self.today = dt.date.today()
        kinds = labels.relation_kinds()
        genders = labels.genders()
        self.people: RowsTableModel[Person] = RowsTableModel(
            [
                Column(self.tr("Relation"), lambda p: kinds.get(p.kind, p.kind), width=90),
                Column(
                    self.tr("Name"),
                    lambda p: p.name + (" ▸" if p.other_id is not None else ""),
                    width=90,
                ),
                Column(
                    self.tr("Birthday"),
                    lambda p: p.birthday.isoformat() if p.birthday else "",
                    width=84,
                ),
                Column(self.tr("Age"), lambda p: _age(p.birthday, self.today), width=40),
                Column(self.tr("Gender"), lambda p: genders.get(p.gender, ""), width=50),
                Column(self.tr("Note"), lambda p: p.note),
            ]
        )
        self.companions: RowsTableModel[Companion] = RowsTableModel(
            [
                Column(
                    self.tr("Comes with"),
                    lambda c: c.name + (" ★ " + self.tr("leads the group") if c.leader else ""),
                    width=150,
                ),
                Column(self.tr("Visits together"), lambda c: str(c.visits_together), width=90),
                Column(self.tr("Last together"), lambda c: labels.local_date(c.last_together)),
            ]
        )
        self.people_table = row_table("relations_table")
        show_rows_model(self.people_table, self.people)
        self.companions_table = row_table("companions_table")
        show_rows_model(self.companions_table, self.companions)
        self.leader_note = named(QLabel(), "leader_note")
        self.leader_note.setWordWrap(True)
        self.add_button = named(QPushButton(self.tr("Add…")), "add_relation")
        self.change_button = named(QPushButton(self.tr("Change…")), "change_relation")
        self.remove_button = named(QPushButton(self.tr("Remove")), "remove_relation")
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        # Enter or a double-click on someone who is a customer opens her file.
        self.people_table.activated.connect(self._open_person)
        self.companions_table.activated.connect(self._open_companion)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Family and friends")), 1)
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.people_table, 2)
        layout.addWidget(self.companions_table, 1)
        layout.addWidget(self.leader_note)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        people = relations.relations_of(customer_id) if customer_id is not None else []
        together = relations.comes_with(customer_id) if customer_id is not None else []
        self.people.set_rows(people)
        self.companions.set_rows(together)
        leader = next((c for c in together if c.leader), None)
        if together and leader is None:
            self.leader_note.setText(self.tr("She leads the group she comes with."))
        elif leader is not None:
            self.leader_note.setText(
                self.tr("%1 leads the group she comes with: work through her.").replace(
                    "%1", leader.name
                )
            )
        else:
            self.leader_note.setText("")
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setEnabled(customer_id is not None)

    def _chosen(self) -> Person | None:
        person: Person | None = current_object(self.people_table)
        return person

    def _open_person(self) -> None:
        person = self._chosen()
        if person is not None and person.other_id is not None:
            self.open_customer.emit(person.other_id)

    def _open_companion(self) -> None:
        companion: Companion | None = current_object(self.companions_table)
        if companion is not None:
            self.open_customer.emit(companion.customer_id)

    def add(self) -> RelationDialog | None:
        if self.customer_id is None:
            return None
        return self._edit(RelationDialog(self.customer_id, self.actor_id, None, self))

    def change(self) -> RelationDialog | None:
        person = self._chosen()
        if self.customer_id is None or person is None:
            return None
        if not person.written_here and person.other_id is not None:
            self.open_customer.emit(person.other_id)  # written on her file: changed there
            return None
        return self._edit(RelationDialog(self.customer_id, self.actor_id, person, self))

    def _edit(self, dialog: RelationDialog) -> RelationDialog:
        dialog.accepted.connect(lambda: self.show_customer(self.customer_id))
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def remove(self) -> None:
        person = self._chosen()
        if person is None or not person.written_here:
            return
        if prompts.confirm(
            self,
            self.tr("Remove"),
            self.tr("Remove %1 from her family and friends?").replace("%1", person.name),
        ):
            relations.remove_relation(person.relation_id, self.actor_id)
            self.show_customer(self.customer_id)
            self.changed.emit()


def _age(birthday: dt.date | None, today: dt.date) -> str:
    age = age_on(birthday, today)
    return "" if age is None else str(age)
