"""Customer files: create, update, archive, read. Every write records who changed what."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salon_desk.chinese import has_han, search_form
from salon_desk.services import audit, backups, customer_types, profile_fields
from salon_desk.services.permissions import Permission, require
from salon_desk.services.search_keys import key_rows, sort_key
from salon_desk.services.service_status import sql_datetime
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import (
    Choices,
    FieldError,
    FieldsInvalid,
    clean_text,
    last4,
    normalize_phone,
    normalize_text,
    validate_customer_fields,
)
from salon_desk.store import bulk
from salon_desk.store.database import db, sqlite_path, write_transaction
from salon_desk.store.erase import CUSTOMER_BLANKS, RECORD_BLANKS
from salon_desk.store.models import (
    CareLog,
    ChangeRecord,
    Complaint,
    ComplaintSignOff,
    Customer,
    CustomerSearchKey,
    FollowUp,
    utc_now,
)

CHOICES = Choices(
    genders=Customer.GENDERS,
    skin_types=Customer.SKIN_TYPES,
    referral_channels=Customer.REFERRAL_CHANNELS,
)


@dataclass
class CustomerInput:
    """The fields a person edits on the profile form."""

    name: str = ""
    gender: str = "F"
    phone: str = ""
    other_phone: str = ""  # a second mobile or a landline, as typed
    wechat: str = ""  # her WeChat id (a prospect may leave only this)
    enquiry: str = ""  # what she asked about before her first visit
    legacy_code: str = ""  # her number in the shop's previous system (原系统编号)
    birthday: dt.date | None = None  # the day she was born (公历)
    birthday_lunar: bool = False  # she celebrates it by the lunar calendar (17.6)
    address: str = ""
    occupation: str = ""
    interests: str = ""
    skin_type: str = ""
    skin_concerns: str = ""
    allergies: str = ""
    referral_channel: str = ""
    referred_by_id: int | None = None
    referred_by_staff_id: int | None = None  # a staff member brought her (17.7)
    referral_note: str = ""
    marketing_consent: bool = False
    notes: str = ""
    psychology_type_id: int | None = None
    personality_type_id: int | None = None
    responsible_staff_id: int | None = None
    # The shop's own fields (issue 17.1): field id → her value as typed or stored ("" for
    # none). A save writes the fields named here and leaves her others as they were.
    shop_fields: dict[int, str] = dataclasses.field(default_factory=dict)
    # Her further types (issue 17.3), sorted ids: the second and later of a multiple-
    # choice catalogue and every trait. A save stores exactly these.
    more_type_ids: tuple[int, ...] = ()


# The columns of her row (her shop fields and further types are rows of their own).
EDITABLE_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(CustomerInput)
    if f.name not in ("shop_fields", "more_type_ids")
)
MORE_TYPES = "more_type_ids"  # her further types in the change history: "3,7"
_FK_COLUMNS = {
    "referred_by_id": "referred_by",
    "referred_by_staff_id": "referred_by_staff",
    "psychology_type_id": "psychology_type",
    "personality_type_id": "personality_type",
    "responsible_staff_id": "responsible_staff",
}


@dataclass(frozen=True)
class CustomerFile:
    id: int
    data: CustomerInput
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    archived_at: dt.datetime | None
    referred_by_name: str


class ValidationFailed(FieldsInvalid[FieldError]):
    pass


class EditConflict(Exception):
    """Someone else saved this file after it was opened here."""


class CustomerNotFound(LookupError):
    pass


def clean_input(data: CustomerInput) -> CustomerInput:
    """Trim every text; the name also gets full-width letters made half-width (so search
    finds it), while notes and addresses keep their Chinese punctuation (NFKC would turn
    "，" into ",")."""
    text_fields: dict[str, Any] = {
        f.name: clean_text(getattr(data, f.name))
        for f in dataclasses.fields(data)
        if isinstance(getattr(data, f.name), str)
    }
    cleaned = dataclasses.replace(data, **text_fields)
    cleaned.name = normalize_text(data.name)
    cleaned.phone = normalize_phone(data.phone)
    cleaned.other_phone = normalize_text(data.other_phone)
    cleaned.legacy_code = normalize_text(data.legacy_code).upper()
    cleaned.wechat = normalize_text(data.wechat)
    cleaned.shop_fields = {
        field_id: clean_text(text) for field_id, text in data.shop_fields.items()
    }
    types = customer_types.arranged(
        data.psychology_type_id, data.personality_type_id, data.more_type_ids
    )
    cleaned.psychology_type_id = types.psychology_type_id
    cleaned.personality_type_id = types.personality_type_id
    cleaned.more_type_ids = types.more_type_ids
    return cleaned


def validate(
    data: CustomerInput, *, customer_id: int | None = None, today: dt.date | None = None
) -> dict[str, FieldError]:
    return validate_customer_fields(
        name=data.name,
        phone=data.phone,
        other_phone=data.other_phone,
        birthday=data.birthday,
        today=today or dt.date.today(),
        gender=data.gender,
        skin_type=data.skin_type,
        referral_channel=data.referral_channel,
        choices=CHOICES,
        customer_id=customer_id,
        referred_by_id=data.referred_by_id,
    )


@dataclass(frozen=True)
class SameName:
    """Another file with the same name, with what tells her apart."""

    id: int
    name: str
    phone: str
    last_visit: dt.datetime | None  # UTC


def same_name_files(name: str, excluding_id: int | None = None) -> list[SameName]:
    """Files (not erased) whose name is this one, in either script (陈丽华 = 陳麗華)."""
    name = normalize_text(name)
    if not name:
        return []
    same = Customer.name == name
    if has_han(name):
        written_otherwise = CustomerSearchKey.select(CustomerSearchKey.customer).where(
            (CustomerSearchKey.kind == "simplified") & (CustomerSearchKey.key == search_form(name))
        )
        same = same | Customer.id.in_(written_otherwise)
    last_visit = (
        CareLog.select(pw.fn.MAX(CareLog.visited_at))
        .where((CareLog.customer == Customer.id) & CareLog.voided_at.is_null())
        .alias("last_visit")
    )
    query = Customer.select(Customer.id, Customer.name, Customer.phone, last_visit).where(
        same & Customer.erased_at.is_null()
    )
    if excluding_id is not None:
        query = query.where(Customer.id != excluding_id)
    return [
        SameName(row[0], row[1], row[2], sql_datetime(row[3]))
        for row in query.order_by(Customer.id).tuples()
    ]


def phone_owner(phone: str, excluding_id: int | None = None) -> tuple[int, str] | None:
    """The other customer file that already has this phone number, if any."""
    phone = normalize_phone(phone)
    if not phone:
        return None
    query = Customer.select(Customer.id, Customer.name).where(
        (Customer.phone == phone) & Customer.erased_at.is_null()
    )
    if excluding_id is not None:
        query = query.where(Customer.id != excluding_id)
    row = query.order_by(Customer.archived_at.is_null(False), Customer.id).tuples().first()
    return (row[0], row[1]) if row else None


def row_values(data: CustomerInput) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in EDITABLE_FIELDS:
        values[_FK_COLUMNS.get(name, name)] = getattr(data, name)
    values["phone_last4"] = last4(data.phone)
    values["name_sort"] = sort_key(data.name)
    values["other_phone_last4"] = last4(data.other_phone)
    values["wechat_key"] = data.wechat.lower()
    return values


def _write_search_keys(customer_id: int, data: CustomerInput) -> None:
    CustomerSearchKey.delete().where(CustomerSearchKey.customer == customer_id).execute()
    bulk.insert_rows(
        CustomerSearchKey,
        key_rows(customer_id, data.name, data.phone, data.other_phone, data.legacy_code),
    )


def _checked(data: CustomerInput, customer_id: int | None = None) -> CustomerInput:
    """``data`` cleaned, her shop fields in their stored form; raises ValidationFailed
    naming every field that cannot be saved."""
    data = clean_input(data)
    stored, field_errors = profile_fields.clean_values(data.shop_fields)
    errors = {**validate(data, customer_id=customer_id), **field_errors}
    if errors:
        raise ValidationFailed(errors)
    data.shop_fields = stored
    return data


def create_customer(data: CustomerInput, actor_id: int | None) -> int:
    data = _checked(data)
    with write_transaction():
        customer_id = Customer.insert(**row_values(data), home_shop=this_pc_shop()).execute()
        _write_search_keys(customer_id, data)
        profile_fields.write_values(customer_id, data.shop_fields)
        customer_types.write_marks(customer_id, data.more_type_ids)
        audit.record_create(customer_id, snapshot(data), actor_id)
    return int(customer_id)


def update_customer(
    customer_id: int, data: CustomerInput, expected_version: int, actor_id: int | None
) -> int:
    """Save edits; return the new version. Raises EditConflict when the file moved on."""
    data = _checked(data, customer_id)
    with write_transaction():
        before = get_customer(customer_id).data
        data.shop_fields = {**before.shop_fields, **data.shop_fields}
        values = row_values(data)
        values.update(updated_at=utc_now(), version=Customer.version + 1)
        changed = (
            Customer.update(**values)
            .where((Customer.id == customer_id) & (Customer.version == expected_version))
            .execute()
        )
        if changed == 0:
            raise EditConflict(customer_id)
        if (before.name, before.phone, before.other_phone, before.legacy_code) != (
            data.name,
            data.phone,
            data.other_phone,
            data.legacy_code,
        ):
            _write_search_keys(customer_id, data)
        if data.shop_fields != before.shop_fields:
            profile_fields.write_values(customer_id, data.shop_fields)
        if data.more_type_ids != before.more_type_ids:
            customer_types.write_marks(customer_id, data.more_type_ids)
        audit.record_update(customer_id, snapshot(before), snapshot(data), actor_id)
    return expected_version + 1


def set_archived(customer_id: int, archived: bool, actor_id: int | None) -> None:
    require(actor_id, Permission.ARCHIVE)
    with write_transaction():
        current = get_customer(customer_id)
        if (current.archived_at is not None) == archived:
            return
        stamp = utc_now() if archived else None
        Customer.update(
            archived_at=stamp, updated_at=utc_now(), version=Customer.version + 1
        ).where(Customer.id == customer_id).execute()
        audit.record_action(customer_id, "archive" if archived else "restore", actor_id)


def get_customer(customer_id: int) -> CustomerFile:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise CustomerNotFound(customer_id)
    data = CustomerInput(
        **{
            name: getattr(row, _FK_COLUMNS[name] + "_id" if name in _FK_COLUMNS else name)
            for name in EDITABLE_FIELDS
        },
        shop_fields=profile_fields.values_of(customer_id),
        more_type_ids=customer_types.marks_of(customer_id),
    )
    referrer = ""
    if row.referred_by_id is not None:
        referrer = (
            Customer.select(Customer.name).where(Customer.id == row.referred_by_id).scalar() or ""
        )
    return CustomerFile(
        id=row.id,
        data=data,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        archived_at=row.archived_at,
        referred_by_name=referrer,
    )


def snapshot(data: CustomerInput) -> dict[str, str]:
    """Her file as the change history stores it: every built-in field by name, her
    further types as one list, then her shop fields as ``field:<id>``."""
    values = {name: audit.as_text(getattr(data, name)) for name in EDITABLE_FIELDS}
    values[MORE_TYPES] = ",".join(str(type_id) for type_id in sorted(data.more_type_ids))
    values.update(
        (profile_fields.key_of(field_id), value) for field_id, value in data.shop_fields.items()
    )
    return values


def erase_personal_data(customer_id: int, actor_id: int | None) -> None:
    """On her request: wipe who she is, keep what happened.

    Her name becomes "#<id>", every personal field and free text about her (notes, what
    she said at visits, complaint texts, call notes, the old values in her change
    history) is emptied; visits, amounts, cards and dates stay, so counts and revenue
    remain right. The file is archived; the erase itself is recorded (who, when)."""
    require(actor_id, Permission.ARCHIVE)
    now = utc_now()
    with write_transaction():
        get_customer(customer_id)
        # peewee names a foreign key without the column's "_id"
        blanks = {column.removesuffix("_id"): value for column, value in CUSTOMER_BLANKS.items()}
        Customer.update(
            **blanks, name=f"#{customer_id}", name_sort=f"#{customer_id}", erased_at=now,
            updated_at=now, version=Customer.version + 1,
        ).where(Customer.id == customer_id).execute()  # fmt: skip
        Customer.update(archived_at=now).where(
            (Customer.id == customer_id) & Customer.archived_at.is_null()
        ).execute()
        CustomerSearchKey.delete().where(CustomerSearchKey.customer == customer_id).execute()
        profile_fields.erase_values(customer_id)
        from salon_desk.services import relations  # (not on the start-up path)

        relations.erase_for(customer_id)
        for model in (CareLog, Complaint, FollowUp, ChangeRecord):
            columns = RECORD_BLANKS[model._meta.table_name]
            model.update(**dict.fromkeys(columns, "")).where(
                model.customer == customer_id
            ).execute()
        ComplaintSignOff.update(opinion="").where(
            ComplaintSignOff.complaint.in_(
                Complaint.select(Complaint.id).where(Complaint.customer == customer_id)
            )
        ).execute()
        FollowUp.update(status="cancelled", completed_at=now).where(
            (FollowUp.customer == customer_id) & (FollowUp.status == "open")
        ).execute()
        audit.record_action(customer_id, "erase", actor_id)
    path = sqlite_path()
    if path is not None:
        # Old page images of her row may sit in the WAL: fold them into the file, whose
        # freed space secure_delete has overwritten; then the same erase in every backup.
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        backups.erase_from_backups(path, customer_id)


@dataclass(frozen=True)
class FieldClash:
    field: str
    when_opened: str  # as the change history stores values
    saved: str
    mine: str


@dataclass(frozen=True)
class Conflict:
    saved: CustomerFile
    saved_by: str  # who saved it last ("" if unknown)
    saved_at: dt.datetime | None  # UTC
    fields: list[FieldClash]


def _in_stored_form(data: CustomerInput) -> CustomerInput:
    """As a save would store it (a typed date "2020/5/3" is "2020-05-03"), so only real
    changes count; a value that cannot be stored stays as typed."""
    data = clean_input(data)
    stored, _ = profile_fields.clean_values(data.shop_fields)
    data.shop_fields = {**data.shop_fields, **stored}
    return data


def merge_edits(opened: CustomerInput, saved: CustomerInput, mine: CustomerInput) -> CustomerInput:
    """The saved file with the fields changed in ``mine`` (since ``opened``) applied on top;
    where both sides changed a field, ``mine`` wins."""
    mine = _in_stored_form(mine)
    changed = {
        name: getattr(mine, name)
        for name in (*EDITABLE_FIELDS, MORE_TYPES)
        if getattr(mine, name) != getattr(opened, name)
    }
    shop_fields = dict(saved.shop_fields)
    shop_fields.update(
        (field_id, value)
        for field_id, value in mine.shop_fields.items()
        if value != opened.shop_fields.get(field_id, "")
    )
    return dataclasses.replace(saved, **changed, shop_fields=shop_fields)


def conflict(opened: CustomerFile, mine: CustomerInput) -> Conflict:
    """What happened to her file since ``opened`` was read, beside what is in the form:
    every field that either side changed."""
    saved = get_customer(opened.id)
    before, theirs = snapshot(opened.data), snapshot(saved.data)
    ours = snapshot(_in_stored_form(mine))
    fields = [
        FieldClash(name, before.get(name, ""), theirs.get(name, ""), ours.get(name, ""))
        for name in dict.fromkeys([*before, *theirs, *ours])
        if theirs.get(name, "") != before.get(name, "")
        or ours.get(name, "") != before.get(name, "")
    ]
    last = audit.record_history("customer", opened.id, limit=1)
    return Conflict(
        saved,
        last[0].staff_name if last else "",
        last[0].changed_at if last else None,
        fields,
    )


def referred_by_her(customer_id: int) -> list[tuple[int, str]]:
    """The customers she brought (her referrals), first brought first."""
    rows = (
        Customer.select(Customer.id, Customer.name)
        .where((Customer.referred_by == customer_id) & Customer.erased_at.is_null())
        .order_by(Customer.created_at, Customer.id)
        .tuples()
    )
    return list(rows)
