"""Customer profiles to an .xlsx workbook, written in streaming mode.

openpyxl's write-only mode keeps memory flat however many customers are exported. The
file is written under a temporary name beside the target and renamed at the end, so a
cancelled or failed export never leaves a half-written file under the chosen name.
Words (headers, sheet names, choice labels) come from the caller: services hold no
translations.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from salon_desk.services import audit, value_tiers
from salon_desk.services.clock import from_stored
from salon_desk.services.excel_rows import (
    CARD_COLUMNS,
    CARE_LOG_COLUMNS,
    COMPLAINT_COLUMNS,
    FOLLOW_UP_COLUMNS,
    Column,
    ExportSource,
)
from salon_desk.services.export_texts import ExportTexts
from salon_desk.services.permissions import Permission, require
from salon_desk.services.validation import CONTROL_CHARACTERS
from salon_desk.store.backup import still_running
from salon_desk.store.database import write_transaction

PROGRESS_EVERY = 250
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = '"¥"#,##0.00'
HEADER_FILL = PatternFill("solid", fgColor="FFE8EAF6")


class ExportCancelled(Exception):
    pass


# (done, total) → False to cancel
Progress = Callable[[int, int], bool]


FORMATS = {"datetime": DATETIME_FORMAT, "date": DATE_FORMAT, "money": MONEY_FORMAT}


class _ColumnCell(Cell):
    """The one cell a column's formatted values pass through (below), made cheaper for
    the two things openpyxl does to it per value: it formats the cell's repr into an
    error it raises and catches when a row holds a cell (the default repr named the
    cell's coordinate each time), and it looks up the cell's style in the workbook's
    style table, which a column's cell never changes after it is made."""

    __slots__ = ("_style_number",)

    def __repr__(self) -> str:
        return "<column cell>"

    @property
    def style_id(self) -> int:
        try:
            return self._style_number
        except AttributeError:
            self._style_number: int = super().style_id
            return self._style_number


def _column_cell(sheet: Any, column: Column) -> Any:
    """One cell per column for the whole sheet, given each row's value in turn: openpyxl
    writes a row out as it is appended, so the cell can be reused, and its format is set
    once per sheet instead of once per date or amount (the export was 1.66x bare openpyxl
    write-only)."""
    cell = _ColumnCell(sheet)
    if column.kind in FORMATS:
        cell.number_format = FORMATS[column.kind]
    return cell


def _converter(column: Column, texts: ExportTexts, cell: Any) -> Callable[[Any], Any]:
    """How each value of ``column`` becomes what the sheet stores, chosen once per sheet
    (a choice per value was most of the export's time over bare openpyxl): real dates,
    numbers with formats, phones as text.

    Plain values are written as they are (a str is a text cell, so a phone "013…" or
    "+852…" keeps its leading characters); formatted kinds go through the column's cell.
    """
    kind = column.kind

    def formatted(value: Any) -> Any:
        cell.value = value
        return cell

    if kind == "bool":
        return lambda value: (
            None if value is None or value == "" else texts.yes if value else texts.no
        )
    if kind == "text":
        return functools.partial(_text, cell)
    if kind in ("int", "number"):  # a shop field's number is read as one already
        return lambda value: None if value == "" else value
    if kind == "datetime":
        return lambda value: (
            None
            if value is None or value == ""
            else formatted(from_stored(value).replace(tzinfo=None, second=0, microsecond=0))
        )
    if kind == "date":
        return lambda value: None if value is None or value == "" else formatted(value)
    # money, stored in fen
    return lambda value: None if value is None or value == "" else formatted(value / 100)


def _text(cell: Any, value: Any) -> Any:
    if value is None or value == "":
        return None
    text = str(value)
    if not text.isprintable():  # from older files: a sheet refuses control characters
        text = CONTROL_CHARACTERS.sub("", text)
    if not text.startswith("="):
        return text
    cell.value = text  # would otherwise be stored as a formula
    cell.data_type = "s"
    return cell


def _header(sheet: Any, text: str) -> Any:
    cell = WriteOnlyCell(sheet, text)
    cell.font = Font(bold=True)
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(vertical="center")
    return cell


def _write_sheet(
    workbook: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    total_rows: int,
    texts: ExportTexts,
    tick: Callable[[], None],
) -> None:
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{max(total_rows + 1, 1)}"
    for number, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.append([_header(sheet, texts.headers.get(c.key, c.key)) for c in columns])
    converters = [_converter(column, texts, _column_cell(sheet, column)) for column in columns]
    for row in rows:
        sheet.append([convert(value) for convert, value in zip(converters, row, strict=True)])
        tick()


def _partial_name(target: Path) -> Path:
    return target.with_name(f".{target.stem}.partial-{os.getpid()}{target.suffix}")


TEMP_PREFIX = "salon-desk-export-"
_PARTIAL = re.compile(r"^\..*\.partial-(\d+)\.xlsx$")


def remove_leftovers(target: Path) -> list[Path]:
    """What exports killed earlier left: their hidden partial workbooks beside the target
    and their private temporary folders, once the process that wrote them is gone."""
    removed = []
    for path in target.parent.glob(".*.partial-*.xlsx"):
        match = _PARTIAL.match(path.name)
        if match and not still_running(int(match.group(1))):
            path.unlink(missing_ok=True)
            removed.append(path)
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        writer = folder.name.removeprefix(TEMP_PREFIX).split("-", 1)[0]
        if writer.isdigit() and not still_running(int(writer)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


@contextlib.contextmanager
def _private_temp_files() -> Iterator[Path]:
    """openpyxl streams each sheet through a temporary file in the system temp folder and
    removes it only at a normal exit; ours go in one folder named by our process, so a
    killed export's files are found and removed by the next one."""
    from openpyxl.worksheet import _writer

    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
    original = _writer.create_temporary_file

    def create_temporary_file(suffix: str = "") -> str:
        handle, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=folder)
        os.close(handle)
        _writer.ALL_TEMP_FILES.append(name)
        return name

    _writer.create_temporary_file = create_temporary_file
    try:
        yield folder
    finally:
        _writer.create_temporary_file = original
        shutil.rmtree(folder, ignore_errors=True)


def export_workbook(
    target: Path,
    customer_ids: frozenset[int] | None,
    texts: ExportTexts,
    labels: Callable[[str, Any], Any],
    today: dt.date | None = None,
    progress: Progress | None = None,
    actor_id: int | None = None,
    consenting_only: bool = False,
) -> int:
    """Write the customers (``None``: everyone on file) and their records; return how
    many customers were written. ``labels(field, code)`` turns codes into words;
    ``consenting_only`` keeps only those who agreed to offers (a marketing list)."""
    require(actor_id, Permission.EXPORT)
    today = today or dt.date.today()
    value_tiers.ensure_fresh(today)  # her tier as of the day written (17.4)
    source = ExportSource(customer_ids, today, labels, consenting_only)
    # A shop field's header is its own name: the shop's words, not translated.
    texts = dataclasses.replace(
        texts, headers={**texts.headers, **{f.key: f.label for f in source.shop_fields}}
    )
    counts = source.counts()
    total = sum(counts.values())
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, total):
            raise ExportCancelled

    sheets: list[tuple[str, Sequence[Column], Callable[[], Iterator[Sequence[Any]]]]] = [
        ("customers", source.customer_columns, source.customer_rows),
        ("care_log", CARE_LOG_COLUMNS, source.care_log_rows),
        ("cards", CARD_COLUMNS, source.card_rows),
        ("follow_ups", FOLLOW_UP_COLUMNS, source.follow_up_rows),
        ("complaints", COMPLAINT_COLUMNS, source.complaint_rows),
    ]
    remove_leftovers(target)
    partial = _partial_name(target)
    workbook = Workbook(write_only=True)
    with _private_temp_files():
        try:
            for key, columns, rows in sheets:
                title = texts.sheet_names.get(key, key)
                _write_sheet(workbook, title, columns, rows(), counts[key], texts, tick)
            if progress is not None and not progress(total, total):
                raise ExportCancelled
            workbook.save(partial)
            os.replace(partial, target)
        except BaseException:
            _abandon(workbook)
            raise
        finally:
            partial.unlink(missing_ok=True)
    record_export(target, customer_ids, consenting_only, counts["customers"], actor_id)
    return counts["customers"]


def record_export(
    target: Path,
    customer_ids: frozenset[int] | None,
    consenting_only: bool,
    written: int,
    actor_id: int | None,
) -> None:
    """Personal data left the program: who, which scope, how many, to which file."""
    scope = "marketing" if consenting_only else "all" if customer_ids is None else "chosen"
    parts = [f"{scope} {written}", target.name]
    if actor_id is None:
        parts.append(audit.command_line())
    with write_transaction():
        audit.record_action(
            None, "export", actor_id, table="database", record_id=0, note=" · ".join(parts)
        )


def _abandon(workbook: Workbook) -> None:
    """Close the sheets' streams of a workbook that will not be saved, so their
    temporary files go and no half-open XML writer complains later."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
