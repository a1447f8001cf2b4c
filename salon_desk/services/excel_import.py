"""Reading a salon's old customer list: the table, which column is which, each row checked.

Files: .xlsx/.xls/.ods through python-calamine, .csv in UTF-8 or GB18030. Headers are
recognised from common Chinese and English names (and from our own export's headers,
passed in); values are cleaned the way the form cleans them (full-width digits, phones
stored as numbers, dates as text or Excel serials) and checked by the same validation.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salon_desk import sheet_reader
from salon_desk.services import customers, lunar, profile_fields
from salon_desk.services.customers import CustomerInput
from salon_desk.services.import_values import DateOrder, cell_text, read_date
from salon_desk.services.validation import normalize_phone, normalize_text
from salon_desk.store.models import Customer

HEADER_SEARCH_ROWS = 10

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "姓名",
        "顾客姓名",
        "客户姓名",
        "客户名称",
        "会员姓名",
        "名字",
        "name",
        "customername",
    ),
    "phone": (
        "手机",
        "手机号",
        "手机号码",
        "联系电话",
        "电话",
        "电话号码",
        "联系方式",
        "移动电话",
        "phone",
        "mobile",
        "mobilephone",
        "tel",
        "telephone",
        "cell",
    ),
    "legacy_code": (
        "原系统编号",
        "顾客编号",
        "客户编号",
        "会员编号",
        "编号",
        "code",
        "client",
        "clientcode",
        "customercode",
        "customerno",
        "memberno",
    ),
    "other_phone": (
        "其他电话",
        "座机",
        "固定电话",
        "固话",
        "电话2",
        "备用电话",
        "第二电话",
        "otherphone",
        "landline",
        "phone2",
        "homephone",
    ),
    "birthday": ("生日", "出生日期", "出生年月", "birthday", "dateofbirth", "dob", "birthdate"),
    "gender": ("性别", "gender", "sex"),
    "address": ("地址", "住址", "联系地址", "家庭住址", "address"),
    "occupation": ("职业", "工作", "occupation", "job"),
    "interests": ("爱好", "兴趣", "兴趣爱好", "interests", "hobbies", "hobby"),
    "skin_type": ("肤质", "肤质类型", "皮肤类型", "skintype", "skin"),
    "skin_concerns": ("皮肤问题", "改善重点", "skinconcerns"),
    "allergies": ("过敏", "过敏史", "过敏与禁忌", "禁忌", "allergies", "allergy"),
    "notes": ("备注", "说明", "notes", "note", "remarks", "comment", "comments"),
    "referral_channel": ("顾客来源", "客户来源", "来源", "referralchannel", "source"),
    "referrer_phone": ("推荐人电话", "推荐人手机", "referrerphone"),
    "referred_by": ("推荐人", "介绍人", "referredby", "referrer"),
    "referral_note": ("来源说明", "referralnote"),
    "wechat": ("微信", "微信号", "wechat", "wechatid"),
    "enquiry": ("咨询内容", "咨询项目", "咨询", "enquiry"),
    "referred_by_staff": ("介绍员工", "推荐员工", "介绍人员工", "referredbystaff"),
    "marketing_consent": ("同意营销", "营销许可", "marketingconsent", "consent"),
    "psychology_type": ("消费心理", "psychology", "consumptionpsychology"),
    "personality_type": ("性格", "性格类型", "personality"),
    "traits": ("顾客特征", "客户特征", "特征", "traits", "customertraits"),
    "lunar_birthday": ("农历生日", "阴历生日", "lunarbirthday"),
    "responsible_staff": ("所属美容师", "专属美容师", "美容师", "负责人", "responsiblestaff"),
}
FIELDS = tuple(SYNONYMS)

GENDER_WORDS = {
    "女": "F", "女士": "F", "f": "F", "female": "F", "男": "M", "先生": "M", "m": "M", "male": "M",
}  # fmt: skip
SKIN_WORDS = {
    "干性": "dry", "干": "dry", "油性": "oily", "油": "oily", "混合性": "combination",
    "混合": "combination", "敏感性": "sensitive", "敏感": "sensitive", "中性": "normal",
    "dry": "dry", "oily": "oily", "combination": "combination", "sensitive": "sensitive",
    "normal": "normal",
}  # fmt: skip
YES_WORDS = {"是", "同意", "有", "y", "yes", "true", "1", "√"}
NO_WORDS = {"否", "不同意", "无", "n", "no", "false", "0", "×"}


# Import fields that are ids on the profile.
INPUT_FIELDS = {
    "psychology_type": "psychology_type_id",
    "personality_type": "personality_type_id",
    "traits": "traits",  # her further types (more_type_ids) of the trait catalogue
    "lunar_birthday": "birthday_lunar",
    "responsible_staff": "responsible_staff_id",
    "referred_by_staff": "referred_by_staff_id",
}


class ImportProblem(enum.StrEnum):
    DATE_UNREADABLE = "import_date_unreadable"
    CHOICE_UNKNOWN = "choice_unknown"
    TYPE_UNKNOWN = "import_type_unknown"
    STAFF_UNKNOWN = "import_staff_unknown"
    REFERRER_UNKNOWN = "import_referrer_unknown"


@dataclass
class Vocabulary:
    """The shop's words for choices, as the screen shows them (from the UI), so a file
    exported by Salon Desk in either language reads back."""

    headers: dict[str, str] = field(default_factory=dict)  # header text → field
    choices: dict[str, dict[str, Any]] = field(default_factory=dict)  # field → word → code
    yes: set[str] = field(default_factory=set)
    no: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # FieldError or ImportProblem value
    value: str


@dataclass
class ImportRow:
    number: int  # the row as the spreadsheet numbers it
    data: CustomerInput
    problems: list[Problem] = field(default_factory=list)
    existing_id: int | None = None  # a file on record with the same phone
    duplicate_of: int | None = None  # an earlier row of the file with the same phone
    referrer_phone: str = ""
    referrer_name: str = ""
    # Profile fields the file gave a value for: updating a file on record changes only these.
    provided: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Table:
    header_row: int  # 1-based, as the spreadsheet numbers it
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number, cells)


def _key(text: object) -> str:
    folded = unicodedata.normalize("NFKC", str(text or "")).lower()
    return re.sub(r"[\s\W_]+", "", folded)


class UnreadableFile(Exception):
    """The file is not a spreadsheet this program can read (or cannot be read at all);
    ``code`` as ``sheet_reader.SheetUnreadable.code`` when the sheet reader said why."""

    def __init__(self, message: str, code: str = "", figure: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.figure = figure


def read_table(path: Path) -> Table:
    """The file's cells, its header row found; UnreadableFile for anything else, whatever
    the reader raised (calamine raises its own errors, and a Rust panic on a malformed
    file arrives as a BaseException)."""
    try:
        return _read_table(path)
    except (KeyboardInterrupt, SystemExit, MemoryError, UnreadableFile):
        raise
    except BaseException as exc:  # a reader's panic must not end the program
        raise UnreadableFile(f"{path.name}: {exc}") from exc


def _read_table(path: Path) -> Table:
    cells = _read_csv(path) if path.suffix.lower() == ".csv" else _read_sheet(path)
    header_at = _header_row(cells)
    width = max((len(row) for row in cells), default=0)
    headers = [normalize_text(str(v or "")) for v in cells[header_at]] if cells else []
    headers += [""] * (width - len(headers))
    rows = []
    for number, row in enumerate(cells):
        if number > header_at and any(str(v).strip() for v in row if v is not None):
            row.extend([""] * (width - len(row)))  # the row itself: a million rows, one copy
            rows.append((number + 1, row))
    cells.clear()
    return Table(header_at + 1, headers, rows)


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return shared_values(csv.reader(io.StringIO(text)))


def shared_values(rows: Iterable[Iterable[Any]]) -> list[list[Any]]:
    """Rows with each repeated value held once: a history repeats its dates, services,
    staff and amounts on every line (a million rows: 0.97 GB read as is)."""
    seen: dict[tuple[type, Any], Any] = {}  # by type too: 1, 1.0 and True are equal keys
    return [[seen.setdefault((type(value), value), value) for value in row] for row in rows]


def _read_sheet(path: Path) -> list[list[Any]]:
    try:
        return sheet_reader.read_rows(path)
    except sheet_reader.SheetUnreadable as exc:
        raise UnreadableFile(f"{path.name}: {exc}", exc.code, exc.figure) from exc


def _header_row(cells: Sequence[Sequence[Any]]) -> int:
    """The row among the first few that names the most known columns (a merged title
    row above the headers names none)."""
    known = {_key(word) for words in SYNONYMS.values() for word in words}
    scores = [sum(_key(value) in known for value in row) for row in cells[:HEADER_SEARCH_ROWS]]
    return scores.index(max(scores)) if scores else 0


def suggest_mapping(headers: Sequence[str], vocabulary: Vocabulary) -> dict[int, str]:
    """Column index → field, for the columns recognised; each field at most once."""
    ours: dict[str, list[str]] = {}
    for text, name in vocabulary.headers.items():
        ours.setdefault(name, []).append(text)
    # Our own export's exact headers first: its "Code in the old system" column is the
    # code, even where its "Customer no." (a synonym of a code elsewhere) comes earlier;
    # the shop's own fields by their names, as the export heads them.
    shop_fields = {field.key: [field.label] for field in profile_fields.list_fields()}
    return match_headers(headers, ours, SYNONYMS, shop_fields)


def match_headers(
    headers: Sequence[str],
    *word_lists: Mapping[str, Sequence[str]],
    repeatable: frozenset[str] = frozenset(),
) -> dict[int, str]:
    """Column index → field for every header one of ``word_lists`` (field → its words)
    knows, earlier lists first; each field at most once unless ``repeatable``."""
    mapping: dict[int, str] = {}
    for words in word_lists:
        lookup = {_key(word): name for name, known in words.items() for word in known}
        for index, header in enumerate(headers):
            name = lookup.get(_key(header))
            if name is None or index in mapping:
                continue
            if name in repeatable or name not in mapping.values():
                mapping[index] = name
    return dict(sorted(mapping.items()))


def parse_date(value: Any) -> dt.date | None:
    """A date from an Excel date, an Excel serial number, or text written year first
    (1990-3-5, 1990/03/05, 1990年3月5日, 19900305); raises ValueError."""
    if value is None or value == "":
        return None
    try:
        return read_date(value, DateOrder.YMD)
    except LookupError as exc:
        raise ValueError(cell_text(value)) from exc


def _choice(raw: str, builtin: Mapping[str, str], shop: Mapping[str, Any]) -> Any:
    """The code for a word, or None if the word is empty; raises KeyError if unknown."""
    if not raw:
        return None
    for words in (shop, builtin):
        for candidate in (raw, raw.lower(), _key(raw)):
            if candidate in words:
                return words[candidate]
    raise KeyError(raw)


def check_rows(
    table: Table, mapping: Mapping[int, str], vocabulary: Vocabulary, today: dt.date
) -> list[ImportRow]:
    """Every row as a customer input, with its problems; duplicates marked."""
    phones_on_file = dict(
        Customer.select(Customer.phone, Customer.id)
        .where((Customer.phone != "") & Customer.erased_at.is_null())
        .tuples()
    )
    first_row_of_phone: dict[str, int] = {}
    checked = []
    shop_fields = profile_fields.by_id()  # read once, not per row
    for number, cells in table.rows:
        row = _check_row(number, cells, mapping, vocabulary, today, shop_fields)
        phone = row.data.phone
        if phone:
            row.existing_id = phones_on_file.get(phone)
            if phone in first_row_of_phone:
                row.duplicate_of = first_row_of_phone[phone]
            else:
                first_row_of_phone[phone] = number
        checked.append(row)
    return checked


def _check_row(
    number: int,
    cells: Sequence[Any],
    mapping: Mapping[int, str],
    vocabulary: Vocabulary,
    today: dt.date,
    shop_fields: Mapping[int, profile_fields.FieldDef],
) -> ImportRow:
    raw = {name: cells[index] for index, name in mapping.items() if index < len(cells)}
    text = {name: cell_text(value) for name, value in raw.items()}
    problems: list[Problem] = []
    values: dict[str, Any] = {
        name: text.get(name, "")
        for name in (
            "name", "address", "occupation", "interests", "skin_concerns", "allergies",
            "notes", "referral_note", "other_phone", "legacy_code", "wechat", "enquiry",
        )
    }  # fmt: skip
    values["phone"] = normalize_phone(text.get("phone", ""))
    try:
        values["birthday"] = parse_date(raw.get("birthday"))
    except ValueError:
        problems.append(Problem("birthday", ImportProblem.DATE_UNREADABLE, text["birthday"]))
    # A lunar birthday (农历生日, 17.6) gives the day she was born and how she celebrates.
    values["birthday_lunar"] = False
    if text.get("lunar_birthday"):
        try:
            typed = lunar.parse_lunar(text["lunar_birthday"])
        except ValueError:
            problems.append(
                Problem("lunar_birthday", ImportProblem.DATE_UNREADABLE, text["lunar_birthday"])
            )
        else:
            if typed is not None:
                values["birthday"] = lunar.from_lunar(typed)
                values["birthday_lunar"] = True
    shop = vocabulary.choices
    for name, builtin, problem in (
        ("gender", GENDER_WORDS, ImportProblem.CHOICE_UNKNOWN),
        ("skin_type", SKIN_WORDS, ImportProblem.CHOICE_UNKNOWN),
        ("referral_channel", {}, ImportProblem.CHOICE_UNKNOWN),
        ("responsible_staff", {}, ImportProblem.STAFF_UNKNOWN),
        ("referred_by_staff", {}, ImportProblem.STAFF_UNKNOWN),
    ):
        # The staff who brought her are named as the responsible staff are.
        words = shop.get("responsible_staff" if name == "referred_by_staff" else name, {})
        try:
            values[name] = _choice(text.get(name, ""), builtin, words)
        except KeyError:
            values[name] = None
            problems.append(Problem(name, problem, text.get(name, "")))
    more_types = _types(text, shop, values, problems)
    consent = _key(text.get("marketing_consent", ""))
    yes = {_key(word) for word in YES_WORDS | vocabulary.yes}
    no = {_key(word) for word in NO_WORDS | vocabulary.no}
    if consent and consent not in yes | no:
        problems.append(Problem("marketing_consent", ImportProblem.CHOICE_UNKNOWN, consent))
    data = CustomerInput(
        name=values["name"],
        gender=values["gender"] if values["gender"] is not None else "F",
        phone=values["phone"],
        other_phone=values["other_phone"],
        wechat=values["wechat"],
        enquiry=values["enquiry"],
        legacy_code=values["legacy_code"],
        birthday=values.get("birthday"),
        birthday_lunar=values["birthday_lunar"],
        address=values["address"],
        occupation=values["occupation"],
        interests=values["interests"],
        skin_type=values["skin_type"] or "",
        skin_concerns=values["skin_concerns"],
        allergies=values["allergies"],
        referral_channel=values["referral_channel"] or "",
        referral_note=values["referral_note"],
        marketing_consent=consent in yes,
        notes=values["notes"],
        psychology_type_id=values["psychology_type"],
        personality_type_id=values["personality_type"],
        responsible_staff_id=values["responsible_staff"],
        referred_by_staff_id=values["referred_by_staff"],
        more_type_ids=tuple(more_types),
    )
    data.shop_fields = _shop_fields(raw, yes, no, shop_fields)
    data = customers.clean_input(data)
    stored, field_errors = profile_fields.clean_values(data.shop_fields, shop_fields)
    data.shop_fields = stored
    errors = {**customers.validate(data, today=today), **field_errors}
    for name, code in errors.items():
        if not any(p.field == name for p in problems):
            problems.append(Problem(name, code.value, text.get(name, "")))
    return ImportRow(
        number,
        data,
        problems,
        referrer_phone=normalize_phone(text.get("referrer_phone", "")),
        referrer_name=text.get("referred_by", ""),
        provided=frozenset(INPUT_FIELDS.get(name, name) for name, value in text.items() if value)
        | ({"birthday"} if values["birthday_lunar"] else set()),
    )


TYPE_SEPARATORS = re.compile(r"[、,，;；/]")


def _types(
    text: Mapping[str, str],
    shop: Mapping[str, Mapping[str, Any]],
    values: dict[str, Any],
    problems: list[Problem],
) -> list[int]:
    """Her types from the psychology, personality and trait cells, each cell one or
    several names ("冲动型、理智型"): a catalogue's first goes in ``values``, the rest
    and every trait are returned (17.3)."""
    more: list[int] = []
    for name in ("psychology_type", "personality_type", "traits"):
        found = []
        for part in TYPE_SEPARATORS.split(text.get(name, "")):
            try:
                type_id = _choice(part.strip(), {}, shop.get(name, {}))
            except KeyError:
                problems.append(Problem(name, ImportProblem.TYPE_UNKNOWN, part.strip()))
                continue
            if type_id is not None:
                found.append(type_id)
        if name == "traits":
            more += found
        else:
            values[name] = found[0] if found else None
            more += found[1:]
    return more


def _shop_fields(
    raw: Mapping[str, Any],
    yes: set[str],
    no: set[str],
    fields: Mapping[int, profile_fields.FieldDef],
) -> dict[int, str]:
    """The shop's own fields among the mapped columns, as their cells say them: a date
    cell as its date, a yes/no in the words the consent column takes."""
    found: dict[int, str] = {}
    for name, value in raw.items():
        field_id = profile_fields.field_id_of(name)
        if field_id is None:
            continue
        if isinstance(value, dt.datetime):
            value = value.date()
        text = value.isoformat() if isinstance(value, dt.date) else cell_text(value)
        field = fields.get(field_id)
        if field is not None and field.kind == "yes_no" and _key(text) in yes | no:
            text = profile_fields.YES if _key(text) in yes else profile_fields.NO
        found[field_id] = text
    return found


def write_report(
    path: Path,
    header: Sequence[str],
    lines: Sequence[Sequence[Any]],
    summary: Sequence[str] = (),
    summary_title: str = "Summary",
) -> None:
    """The import report as a small workbook (the caller supplies the words); the
    ``summary`` sentences, if any, on a second sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in lines:
        sheet.append(list(line))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for letter, width in zip("ABCDE", (8, 14, 16, 40, 20), strict=False):
        sheet.column_dimensions[letter].width = width
    if summary:
        overview = book.create_sheet(summary_title[:31])  # Excel's limit on a sheet name
        for sentence in summary:
            overview.append([sentence])
        overview.column_dimensions["A"].width = 100
    book.save(path)
