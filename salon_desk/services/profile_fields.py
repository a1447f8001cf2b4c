"""Fields the shop adds to the customer file (issue 17.1): the catalogue of fields, and
each customer's values, checked and stored as text.

A value is stored in one form per kind, so a filter and an export read it without
guessing: a number as plain digits ("12.5"), a date ISO ("2020-05-03"), yes/no as "1" /
"0", a choice as its option. An empty value has no row. On her file and in the change
history a value is keyed ``field:<id>`` (``key_of``), beside the built-in fields.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import catalogues
from salon_desk.services.catalogues import CatalogueError
from salon_desk.services.permissions import Permission, require
from salon_desk.services.validation import FieldError, clean_text
from salon_desk.store.models import ProfileField, ProfileFieldValue

KINDS = ProfileField.KINDS
KEY_PREFIX = "field:"
MAX_VALUE_LENGTH = 200
YES, NO = "1", "0"


@dataclass(frozen=True)
class FieldDef:
    id: int
    label: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    heading: str = ""
    position: int = 0
    hidden: bool = False

    @property
    def key(self) -> str:
        return key_of(self.id)


def key_of(field_id: int) -> str:
    """Her value's name on the file, in the change history and in a save's errors."""
    return f"{KEY_PREFIX}{field_id}"


def field_id_of(key: str) -> int | None:
    """The field a ``field:<id>`` key names; None for a built-in field's name."""
    if key.startswith(KEY_PREFIX) and key[len(KEY_PREFIX) :].isdigit():
        return int(key[len(KEY_PREFIX) :])
    return None


def list_fields(include_hidden: bool = False) -> list[FieldDef]:
    """In the order the form shows them: by position, then as added."""
    query = ProfileField.select(
        ProfileField.id,
        ProfileField.label,
        ProfileField.kind,
        ProfileField.choices,
        ProfileField.heading,
        ProfileField.position,
        ProfileField.hidden,
    )
    if not include_hidden:
        query = query.where(ProfileField.hidden == False)  # noqa: E712
    rows = query.order_by(ProfileField.position, ProfileField.id).tuples()
    return [
        FieldDef(id_, label, kind, _options(choices), heading, position, hidden)
        for id_, label, kind, choices, heading, position, hidden in rows
    ]


def _options(text: str) -> tuple[str, ...]:
    """A choice list as typed: one option per line (or separated by 、 , ，), blanks and
    repeats dropped, the order kept."""
    for separator in ("、", "，", ","):
        text = text.replace(separator, "\n")
    options = (clean_text(part) for part in text.split("\n"))
    return tuple(dict.fromkeys(option for option in options if option))


def save_field(field: FieldDef, actor_id: int | None) -> int:
    """Add (id 0) or change a field; raises CatalogueError with the reason."""
    require(actor_id, Permission.SETTINGS)
    label = clean_text(field.label)
    if not label:
        raise CatalogueError("label_required")
    if field.kind not in KINDS:
        raise CatalogueError("kind_unknown")
    clash = ProfileField.select().where(
        (ProfileField.label == label) & (ProfileField.id != field.id)
    )
    if clash.exists():
        raise CatalogueError("name_taken")
    choices = _options("\n".join(field.choices))
    if field.kind == "choice" and not choices:
        raise CatalogueError("choices_required")
    if field.id:
        was = ProfileField.get_by_id(field.id)
        if was.kind != field.kind and _has_values(field.id):
            # Her stored "12" would not be a date: the kind stays while values exist.
            raise CatalogueError("kind_in_use")
    values: dict[str, object] = {
        "label": label,
        "kind": field.kind,
        "choices": "\n".join(choices) if field.kind == "choice" else "",
        "heading": clean_text(field.heading),
        "position": field.position,
        "hidden": field.hidden,
    }
    return catalogues.save_catalogue_row(
        ProfileField,
        "profile_field",
        field.id,
        values,
        actor_id,
        lambda: catalogues.chain_wide(actor_id),
    )


def _has_values(field_id: int) -> bool:
    return bool(ProfileFieldValue.select().where(ProfileFieldValue.field == field_id).exists())


def clean_value(field: FieldDef, text: str) -> str:
    """``text`` as ``field`` stores it; raises ValueError(FieldError) when it cannot be.
    Dates are read as the import reads them (2020-05-03, 2020/5/3, 2020年5月3日,
    20200503); numbers may carry thousands separators."""
    text = clean_text(text)
    if not text:
        return ""
    if field.kind == "number":
        try:
            number = decimal.Decimal(text.replace(",", "").replace("，", ""))
        except decimal.InvalidOperation:
            raise ValueError(FieldError.NUMBER_INVALID) from None
        if not number.is_finite():
            raise ValueError(FieldError.NUMBER_INVALID)
        return format(number.normalize(), "f")
    if field.kind == "date":
        # Imported here: the import's readers are not on the start-up path (issue 15.4).
        from salon_desk.services.import_values import DateOrder, read_date

        try:
            return read_date(text, DateOrder.YMD).isoformat()
        except (ValueError, LookupError):
            raise ValueError(FieldError.DATE_INVALID) from None
    if field.kind == "yes_no":
        if text not in (YES, NO):
            raise ValueError(FieldError.CHOICE_UNKNOWN)
        return text
    if field.kind == "choice" and text not in field.choices:
        raise ValueError(FieldError.CHOICE_UNKNOWN)
    if len(text) > MAX_VALUE_LENGTH:
        raise ValueError(FieldError.TEXT_TOO_LONG)
    return text


def clean_values(
    values: Mapping[int, str], fields: Mapping[int, FieldDef] | None = None
) -> tuple[dict[int, str], dict[str, FieldError]]:
    """Her values as stored, and the problem of each that cannot be (keyed ``field:<id>``).
    A field that no longer exists is dropped; a hidden one is checked like the others.
    ``fields`` (by id, hidden ones too): read once by a caller checking many files."""
    if not values:
        return {}, {}
    if fields is None:
        fields = by_id()
    cleaned: dict[int, str] = {}
    errors: dict[str, FieldError] = {}
    for field_id, text in values.items():
        field = fields.get(field_id)
        if field is None:
            continue
        try:
            cleaned[field_id] = clean_value(field, text)
        except ValueError as problem:
            errors[key_of(field_id)] = FieldError(str(problem.args[0]))
    return cleaned, errors


def by_id() -> dict[int, FieldDef]:
    """Every field, hidden ones too, by id."""
    return {field.id: field for field in list_fields(include_hidden=True)}


def values_of(customer_id: int) -> dict[int, str]:
    rows = (
        ProfileFieldValue.select(ProfileFieldValue.field, ProfileFieldValue.value)
        .where(ProfileFieldValue.customer == customer_id)
        .tuples()
    )
    return {field_id: value for field_id, value in rows}


def write_values(customer_id: int, values: Mapping[int, str]) -> None:
    """Her values of the fields named in ``values`` (an empty one removed); the others
    stay. Inside the caller's write transaction, as part of saving her file."""
    if not values:
        return
    ProfileFieldValue.delete().where(
        (ProfileFieldValue.customer == customer_id) & ProfileFieldValue.field.in_(list(values))
    ).execute()
    rows = [
        {"customer": customer_id, "field": field_id, "value": value}
        for field_id, value in values.items()
        if value
    ]
    if rows:
        ProfileFieldValue.insert_many(rows).execute()


def erase_values(customer_id: int) -> None:
    """Her personal data erased: her answers go with it (in the caller's transaction)."""
    ProfileFieldValue.delete().where(ProfileFieldValue.customer == customer_id).execute()


def filter_condition(field_id: int, value: str, customer_id: pw.Field) -> pw.Expression:
    """Customers whose ``field_id`` holds ``value`` (a choice or yes/no filter), through
    the (field, value) index."""
    having = ProfileFieldValue.select(ProfileFieldValue.customer).where(
        (ProfileFieldValue.field == field_id) & (ProfileFieldValue.value == value)
    )
    return customer_id.in_(having)
