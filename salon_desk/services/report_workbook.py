"""A report's tables as an Excel workbook (issue 18.6): one sheet per table, its title
and period on top, headers bold, numbers as numbers. Written beside the target and moved
into place, so a failed write never leaves half a file where the last one was."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from salon_desk.services import audit
from salon_desk.services.permissions import Permission, require
from salon_desk.store.database import write_transaction

SHEET_TITLE_LIMIT = 31  # Excel refuses longer sheet names
FORBIDDEN_IN_TITLES = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: list[str]
    rows: Sequence[Sequence[object]]


def sheet_title(title: str, taken: set[str]) -> str:
    base = title.translate(FORBIDDEN_IN_TITLES).strip()[:SHEET_TITLE_LIMIT] or "Sheet"
    name, n = base, 2
    while name in taken:
        suffix = f" {n}"
        name, n = base[: SHEET_TITLE_LIMIT - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def write_report(target: Path, heading: str, sheets: Sequence[Sheet], actor_id: int | None) -> None:
    """Write the sheets; the export is recorded (a report may name customers)."""
    require(actor_id, Permission.EXPORT)
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    for sheet in sheets:
        page = workbook.create_sheet(sheet_title(sheet.title, taken))
        page.append([heading])
        page["A1"].font = Font(bold=True, size=13)
        page.append([])
        page.append(list(sheet.headers))
        for cell in page[3]:
            cell.font = bold
        for row in sheet.rows:
            page.append([value for value in row])
        page.freeze_panes = "A4"
        for number, header in enumerate(sheet.headers, start=1):
            width = max([len(str(header))] + [len(str(r[number - 1])) for r in sheet.rows[:200]])
            page.column_dimensions[get_column_letter(number)].width = min(max(width + 4, 8), 50)
    partial = target.with_name(f".{target.stem}.partial-{os.getpid()}{target.suffix}")
    try:
        workbook.save(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    with write_transaction():
        audit.record_action(
            None, "export", actor_id, table="database", record_id=0,
            note=f"report · {heading} · {target.name}",
        )  # fmt: skip
