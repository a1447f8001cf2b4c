"""A care list as a contact list (issue 17.6): who, her phone and WeChat, the occasion
and its day, and the greeting written for her, for sending by SMS or WeChat outside the
program. Only customers who agreed to greetings are written, whatever the list held;
the export is recorded like any other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from salon_desk.services.excel_export import record_export
from salon_desk.services.permissions import Permission, require
from salon_desk.services.validation import CONTROL_CHARACTERS
from salon_desk.store.models import Customer


@dataclass(frozen=True)
class Contact:
    customer_id: int
    occasion: str  # as the screen words it: 春节, 生日 …
    on: dt.date | None
    greeting: str


def _clean(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


def write_contact_list(
    target: Path,
    contacts: Sequence[Contact],
    headers: Sequence[str],
    actor_id: int | None,
) -> int:
    """Write the sheet (``headers``: customer, phone, WeChat, occasion, date, greeting,
    in the screen's language); return how many customers were written."""
    require(actor_id, Permission.EXPORT)
    ids = sorted({contact.customer_id for contact in contacts})
    found = {
        row[0]: row[1:]
        for row in Customer.select(Customer.id, Customer.name, Customer.phone, Customer.wechat)
        .where(Customer.id.in_(ids) & Customer.marketing_consent & Customer.erased_at.is_null())
        .tuples()
    }
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(headers))
    written: set[int] = set()
    for contact in contacts:
        if contact.customer_id not in found:
            continue  # no consent (any more): not on a greeting list
        name, phone, wechat = found[contact.customer_id]
        sheet.append(
            [_clean(name), phone, _clean(wechat), _clean(contact.occasion), contact.on,
             _clean(contact.greeting)]
        )  # fmt: skip
        written.add(contact.customer_id)
    partial = target.with_name(target.name + ".part")
    book.save(partial)
    partial.replace(target)
    record_export(target, frozenset(written), True, len(written), actor_id)
    return len(written)
