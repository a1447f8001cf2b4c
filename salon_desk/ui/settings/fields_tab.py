"""Settings > Customer fields (issue 17.1): the fields the shop adds to every customer
file — name, kind, choices, the group heading they show under, their order, hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from salon_desk.services import profile_fields
from salon_desk.services.catalogues import CatalogueError
from salon_desk.services.profile_fields import FieldDef
from salon_desk.ui.settings.catalogue_table import CatalogueTable
from salon_desk.ui.widgets.naming import named

NAME, KIND, CHOICES, HEADING, ORDER, HIDDEN = range(6)


class FieldsTable(CatalogueTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "profile_fields",
            [
                self.tr("Field"),
                self.tr("Kind"),
                self.tr("Choices"),
                self.tr("Group heading"),
                self.tr("Order"),
                self.tr("Hidden"),
            ],
            parent,
        )
        note = named(
            QLabel(
                self.tr(
                    "Fields the shop adds to every customer file. A choice field lists its "
                    "choices separated by commas; choice and yes/no fields can filter the "
                    "customer list. A hidden field leaves the form and exports; what was "
                    "filled in is kept."
                )
            ),
            "profile_fields_note",
        )
        note.setWordWrap(True)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, note)  # type: ignore[attr-defined]
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(CHOICES, QHeaderView.ResizeMode.Stretch)
        self.load()

    def kinds(self) -> dict[str, str]:
        return {
            "text": self.tr("Text"),
            "number": self.tr("Number"),
            "date": self.tr("Date"),
            "yes_no": self.tr("Yes / no"),
            "choice": self.tr("Choice"),
        }

    def _kind_combo(self, row: int, kind: str) -> None:
        combo = QComboBox()
        for code, text in self.kinds().items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        self._put(row, KIND, combo)

    def load(self) -> None:
        fields = profile_fields.list_fields(include_hidden=True)
        self.table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            self._set(row, NAME, field.label, field.id)
            self._kind_combo(row, field.kind)
            self._set(row, CHOICES, "、".join(field.choices))
            self._set(row, HEADING, field.heading)
            self._set(row, ORDER, str(field.position))
            self._check(row, HIDDEN, field.hidden)

    def fill_new_row(self, row: int) -> None:
        last = self._text(row - 1, ORDER) if row else ""
        self._set(row, NAME, "", 0)
        self._kind_combo(row, "text")
        self._set(row, CHOICES, "")
        self._set(row, HEADING, self._text(row - 1, HEADING) if row else "")
        self._set(row, ORDER, str(int(last) + 1 if last.lstrip("-").isdigit() else row))
        self._check(row, HIDDEN, False)

    def save_row(self, row: int, actor_id: int | None) -> None:
        combo = self.table.cellWidget(row, KIND)
        kind = combo.currentData() if isinstance(combo, QComboBox) else "text"
        order = self._text(row, ORDER)
        if not order.lstrip("-").isdigit():
            raise CatalogueError("order_invalid")
        profile_fields.save_field(
            FieldDef(
                self._id(row),
                self._text(row, NAME),
                kind,
                (self._text(row, CHOICES),),
                self._text(row, HEADING),
                int(order),
                self._checked(row, HIDDEN),
            ),
            actor_id,
        )
