"""Bring a salon's visit history in (issue 14, first part): one row per visit or per
receipt line, from a point-of-sale export or the shop's own sheet.

Everything is checked and matched before the write lock is taken (``plan_visits``, here);
``visit_writes.apply_visits`` then writes it. Lines of one customer on one day become ONE
care-log entry with every service item and the summed amount. Customers are found by
their code in the old system, else their phone, else (only when asked) their exact name;
unknown ones get a file. Staff and service items the shop does not have yet are created
inactive unless the user chose one of the shop's or to leave them out. A visit already on
file (same customer, day and amount) is not imported twice.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from salon_desk.services import (
    catalogues,
    import_people,
)
from salon_desk.services.excel_import import Table, match_headers
from salon_desk.services.import_values import (
    DateOrder,
    amount_fen,
    cell_text,
    detect_date_order,
    read_date,
    read_time,
)
from salon_desk.services.validation import (
    MAX_NAME_LENGTH,
    normalize_phone,
    normalize_text,
    phone_is_valid,
)

DATE_EXAMPLES = 3  # distinct dates of the file shown as read, so a wrong order is seen

VISIT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("原系统编号", "顾客编号", "客户编号", "会员编号", "编号", "code", "client",
             "clientcode", "customercode", "memberno"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "phone", "mobile", "tel"),
    "name": ("姓名", "顾客姓名", "客户姓名", "会员姓名", "name", "customername", "clientname"),
    "date": ("日期", "服务日期", "消费日期", "到店日期", "date", "visitdate", "servicedate"),
    "time": ("时间", "到店时间", "time"),
    "service": ("项目", "项目名称", "服务项目", "service", "description", "item", "services"),
    "staff": ("员工", "员工姓名", "美容师", "staff", "employee", "stylist", "beautician"),
    "amount": ("金额", "实付", "实付金额", "消费金额", "amount", "paid", "total", "price"),
    "quantity": ("数量", "quantity", "qty"),
    "receipt": ("单号", "护理单编号", "小票号", "receipt", "receiptno", "invoice"),
    "tax": ("税", "税额", "tax", "gst", "pst", "hst", "vat"),
    "products": ("产品", "使用产品", "products", "product"),
    "notes": ("备注", "顾客反馈", "notes", "note", "feedback", "comment"),
    "satisfaction": ("满意度", "顾客满意度", "satisfaction", "rating"),
    "card": ("使用卡", "所用卡", "卡名", "会员卡", "card", "cardused", "package"),
}  # fmt: skip


class Taxes(enum.StrEnum):
    INCLUDED = "included"  # the amount column already holds what she paid
    ADDED = "added"  # she paid the amount plus the tax columns
    IGNORED = "ignored"  # record the amount without the taxes


class VisitProblem(enum.StrEnum):
    NO_CUSTOMER = "no_customer"
    NAME_ONLY = "name_only"  # no code or phone: matched by name only when the user agrees
    DATE_UNREADABLE = "date_unreadable"
    DATE_AMBIGUOUS = "date_ambiguous"
    DATE_IN_FUTURE = "date_in_future"
    AMOUNT_UNREADABLE = "amount_unreadable"
    NO_SERVICE = "no_service"
    PHONE_INVALID = "phone_invalid"
    NAME_TOO_LONG = "name_too_long"
    NAME_AMBIGUOUS = "name_ambiguous"  # found by name, and several files have it


LEAVE_EMPTY = ""  # a choice for a name not on file: the visits go in without it


@dataclass(frozen=True)
class VisitOptions:
    date_order: DateOrder | None = None  # None: decided from the whole date column
    skip_clients: frozenset[str] = frozenset()  # pseudo-clients such as WALK_IN
    taxes: Taxes = Taxes.INCLUDED
    match_names: bool = False
    # A staff member or service item the shop does not have: the file's name → the name
    # of one it has, or LEAVE_EMPTY. A name not chosen for is created, inactive.
    staff_choices: Mapping[str, str] = field(default_factory=dict)
    service_choices: Mapping[str, str] = field(default_factory=dict)
    new_staff_role: str = "beautician"


@dataclass
class PlannedVisit:
    customer: tuple[str, str]  # ("code" | "phone" | "name", value)
    name: str
    phone: str
    day: dt.date
    time: dt.time | None
    staff: str
    services: list[str] = field(default_factory=list)
    amount_fen: int = 0
    products: str = ""
    notes: str = ""
    satisfaction: int | None = None
    card: str = ""  # the name of the card it was paid with, if the file says
    rows: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class PossibleDuplicate:
    """A file the import would make whose name is already on another file (or on another
    new one): shown before importing, never a silent second file."""

    row: int  # her first row in the file
    name: str
    key: str  # her code or phone in the file
    same_name_files: int  # files on record with exactly this name
    same_name_in_file: int  # other new customers of the file with this name


@dataclass
class VisitPlan:
    visits: list[PlannedVisit]
    date_order: DateOrder | None
    problems: list[tuple[int, str, VisitProblem]]  # row number, value, problem
    skipped: dict[str, int]  # pseudo-client → rows deliberately left out
    new_staff: list[str]  # to be created, inactive
    new_services: list[str]
    known_customers: int
    new_customers: int
    # Every name in the file the shop does not have, with its rows, whatever was chosen.
    unknown_staff: dict[str, int] = field(default_factory=dict)
    unknown_services: dict[str, int] = field(default_factory=dict)
    new_staff_role: str = "beautician"
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    date_examples: list[tuple[str, dt.date]] = field(default_factory=list)


def suggest_visit_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field; every tax column (GST, PST …) is a "tax" column."""
    return match_headers(headers, VISIT_SYNONYMS, repeatable=frozenset({"tax"}))


def plan_visits(
    table: Table, mapping: dict[int, str], options: VisitOptions, today: dt.date | None = None
) -> VisitPlan:
    """Check every row and group the lines into visits; nothing is written."""
    today = today or dt.date.today()
    column = {name: index for index, name in mapping.items() if name != "tax"}
    taxes = [index for index, name in mapping.items() if name == "tax"]
    order = options.date_order
    if order is None and "date" in column:
        order = detect_date_order([cells[column["date"]] for _, cells in table.rows])
    skip = {code.upper() for code in options.skip_clients}
    problems: list[tuple[int, str, VisitProblem]] = []
    skipped: dict[str, int] = {}
    visits: dict[tuple[tuple[str, str], dt.date], PlannedVisit] = {}
    names_in_file: list[tuple[str, str]] = []  # (staff, service) of every row planned
    date_examples: dict[str, dt.date] = {}  # as written → as read, shown to the user

    def text(cells: list[Any], name: str) -> str:
        return normalize_text(cell_text(cells[column[name]])) if name in column else ""

    for number, cells in table.rows:
        code, name = text(cells, "code").upper(), text(cells, "name")
        phone = normalize_phone(text(cells, "phone"))
        if code in skip or name.upper() in skip:
            key = code or name.upper()
            skipped[key] = skipped.get(key, 0) + 1
            continue
        if phone and not phone_is_valid(phone):  # her file could not be saved with it
            if not code:
                problems.append((number, phone, VisitProblem.PHONE_INVALID))
                continue
            phone = ""  # her code finds her; the number is left out
        if len(name) > MAX_NAME_LENGTH:
            problems.append((number, name, VisitProblem.NAME_TOO_LONG))
            continue
        customer = _customer_key(code, phone, name, options.match_names)
        if isinstance(customer, VisitProblem):
            problems.append((number, name or phone, customer))
            continue
        try:
            day = read_date(cells[column["date"]] if "date" in column else None, order)
        except LookupError as ambiguous:
            problems.append((number, str(ambiguous), VisitProblem.DATE_AMBIGUOUS))
            continue
        except ValueError as unreadable:
            problems.append((number, str(unreadable), VisitProblem.DATE_UNREADABLE))
            continue
        if day > today:
            problems.append((number, day.isoformat(), VisitProblem.DATE_IN_FUTURE))
            continue
        if len(date_examples) < DATE_EXAMPLES:
            date_examples.setdefault(text(cells, "date"), day)
        amount = amount_fen(text(cells, "amount"))
        tax_total = (
            [amount_fen(normalize_text(cell_text(cells[i]))) for i in taxes]
            if options.taxes is Taxes.ADDED
            else []
        )
        if amount is None or None in tax_total:
            problems.append((number, text(cells, "amount"), VisitProblem.AMOUNT_UNREADABLE))
            continue
        amount += sum(t for t in tax_total if t is not None)
        service = text(cells, "service")
        if not service:
            problems.append((number, "", VisitProblem.NO_SERVICE))
            continue
        found_staff = text(cells, "staff")
        names_in_file.append((found_staff, service))
        service = options.service_choices.get(service, service)
        visit = visits.setdefault(
            (customer, day),
            PlannedVisit(
                customer,
                name or code,
                phone,
                day,
                None,
                options.staff_choices.get(found_staff, found_staff),
            ),
        )
        visit.time = visit.time or (read_time(cells[column["time"]]) if "time" in column else None)
        if service and service not in visit.services:
            visit.services.append(service)
        visit.amount_fen += amount
        visit.products = "、".join(
            filter(None, dict.fromkeys([visit.products, text(cells, "products")]))
        )
        visit.notes = " / ".join(filter(None, dict.fromkeys([visit.notes, text(cells, "notes")])))
        visit.card = visit.card or text(cells, "card")
        rating = text(cells, "satisfaction")
        if rating.isdigit() and 1 <= int(rating) <= 5:
            visit.satisfaction = int(rating)
        visit.rows.append(number)
    planned = sorted(visits.values(), key=lambda v: (v.day, v.rows[0]))
    planned, known, new, duplicates = _resolve_customers(planned, problems)
    staff_names = {m.name for m in catalogues.list_staff(include_inactive=True)}
    item_names = {i.name for i in catalogues.list_service_items(include_inactive=True)}
    unknown_staff: dict[str, int] = {}
    unknown_services: dict[str, int] = {}
    for staff, service in names_in_file:
        if staff and staff not in staff_names:
            unknown_staff[staff] = unknown_staff.get(staff, 0) + 1
        if service not in item_names:
            unknown_services[service] = unknown_services.get(service, 0) + 1
    return VisitPlan(
        visits=planned,
        date_order=order,
        problems=problems,
        skipped=skipped,
        new_staff=sorted({v.staff for v in planned if v.staff} - staff_names),
        new_services=sorted({s for v in planned for s in v.services} - item_names),
        known_customers=known,
        new_customers=new,
        possible_duplicates=duplicates,
        unknown_staff=dict(sorted(unknown_staff.items())),
        unknown_services=dict(sorted(unknown_services.items())),
        new_staff_role=options.new_staff_role,
        date_examples=list(date_examples.items()),
    )


def _resolve_customers(
    planned: list[PlannedVisit], problems: list[tuple[int, str, VisitProblem]]
) -> tuple[list[PlannedVisit], int, int, list[PossibleDuplicate]]:
    """Which customers are on file, which are new; a name that finds several files is
    refused (which one would be a guess), and a new file whose name is taken is listed."""
    keys = list(dict.fromkeys(visit.customer for visit in planned))
    found = import_people.files_for(keys)
    ambiguous = {key for key in keys if key[0] == "name" and len(found.get(key, ())) > 1}
    for visit in planned:
        if visit.customer in ambiguous:
            problems.extend((row, visit.name, VisitProblem.NAME_AMBIGUOUS) for row in visit.rows)
    problems.sort(key=lambda problem: problem[0])
    planned = [visit for visit in planned if visit.customer not in ambiguous]
    new_keys = [key for key in keys if key not in found]
    first_visit: dict[tuple[str, str], PlannedVisit] = {}
    for visit in planned:
        first_visit.setdefault(visit.customer, visit)
    names = [first_visit[key].name for key in new_keys]
    named_in_file = Counter(names)
    on_record = import_people.named_counts(
        name for key, name in zip(new_keys, names, strict=True) if key[0] != "name"
    )
    duplicates = []
    for key, name in zip(new_keys, names, strict=True):
        on_file = on_record[name] if key[0] != "name" else 0
        in_file = named_in_file[name] - 1
        if on_file or in_file:
            rows = first_visit[key].rows
            duplicates.append(PossibleDuplicate(min(rows), name, key[1], on_file, in_file))
    known = sum(1 for key in keys if key in found and key not in ambiguous)
    return planned, known, len(new_keys), sorted(duplicates, key=lambda d: d.row)


def _customer_key(
    code: str, phone: str, name: str, match_names: bool
) -> tuple[str, str] | VisitProblem:
    if code:
        return ("code", code)
    if phone:
        return ("phone", phone)
    if name:
        return ("name", name) if match_names else VisitProblem.NAME_ONLY
    return VisitProblem.NO_CUSTOMER
