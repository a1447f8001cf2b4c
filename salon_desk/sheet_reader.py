"""Read a spreadsheet in a child process, so a file that makes the reader abort cannot
take the program down with it.

python-calamine is fast, but a sheet whose cells claim a far corner (``XFD1048576``)
makes it allocate half a terabyte and abort the whole process (Rust's out-of-memory
handler; no exception to catch). The child (``salon-desk _read-sheet FILE``, hidden; the
same command in a PyInstaller build) reads the first sheet and writes its cells as JSON
lines to a file; the parent gets rows, or a ``SheetUnreadable`` saying why, within a time
limit.
Outside both layers: services call it, and it imports nothing of ours.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

COMMAND = "_read-sheet"
TIME_LIMIT_SECONDS = 120
MEMORY_LIMIT_BYTES = 3 * 1024**3  # a chain's million visit rows fit; a bomb does not
# Checked before any reading, from the zip's own directory and the sheet's first bytes:
# a million visit rows unpack to about 0.4 GB of XML, and claim about 10 million cells.
MAX_UNPACKED_BYTES = 2 * 1024**3
MAX_CLAIMED_CELLS = 100_000_000
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')


class SheetUnreadable(Exception):
    """``code`` says why in a word the window translates: too_large, too_many_cells,
    reader_stopped, too_slow, or "" (the reader's own message)."""

    def __init__(self, message: str, code: str = "", figure: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.figure = figure  # the size or count behind it, for the window's words


def check_before_reading(path: Path) -> None:
    """Refuse at once, without unpacking, a workbook that would unpack to gigabytes or
    whose sheet claims a far corner (XFD1048576: 17 billion cells)."""
    if not zipfile.is_zipfile(path):
        return  # .xls (not a zip) and anything else is left to the reader and its limits
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED_BYTES:
                size = f"{unpacked / 1024**2:,.0f} MB"
                raise SheetUnreadable(f"it would unpack to {size}", "too_large", size)
            for member in members:
                if member.filename.startswith("xl/worksheets/") and member.filename.endswith(
                    ".xml"
                ):
                    with archive.open(member) as sheet:
                        cells = _claimed_cells(sheet.read(64 * 1024))
                    if cells > MAX_CLAIMED_CELLS:
                        raise SheetUnreadable(f"a sheet claims {cells:,} cells", "too_many_cells")
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise SheetUnreadable(f"not a readable workbook: {exc}") from exc


def _claimed_cells(start: bytes) -> int:
    """Rows × columns of the sheet's declared range (<dimension ref="A1:XFD1048576"/>)."""
    found = _DIMENSION.search(start)
    if found is None or found.group(3) is None:
        return 0
    first_col, first_row, last_col, last_row = found.groups()
    columns = _column_number(last_col) - _column_number(first_col or b"A") + 1
    rows = int(last_row) - int(first_row or b"1") + 1
    return max(columns, 0) * max(rows, 0)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - ord("A") + 1)
    return number


def read_rows(path: Path) -> list[list[Any]]:
    """The first sheet's cells, row by row (dates as dates), read by a child process."""
    check_before_reading(path)
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "salon_desk"]
    # Through files, not pipes: a windowed build (no console on Windows) has no stdout.
    with tempfile.TemporaryDirectory(prefix="salon-desk-sheet-") as folder:
        output = Path(folder) / "rows.jsonl"
        try:
            done = subprocess.run(
                [*command, COMMAND, str(path), str(output)],
                capture_output=True,
                timeout=TIME_LIMIT_SECONDS,
                env={**os.environ, "RUST_BACKTRACE": "0"},
            )
        except subprocess.TimeoutExpired as exc:
            raise SheetUnreadable(
                f"reading took over {TIME_LIMIT_SECONDS} s; stopped", "too_slow"
            ) from exc
        reason = Path(f"{output}.error")
        if done.returncode != 0:
            if reason.exists():
                raise SheetUnreadable(reason.read_text(encoding="utf-8"))
            raise SheetUnreadable(
                "the reader stopped on this file (it claims a sheet far larger than its "
                "content, or it is damaged)",
                "reader_stopped",
            )
        seen: dict[tuple[type, Any], Any] = {}  # repeated values held once (as for CSV)
        with output.open(encoding="utf-8") as rows:
            return [
                [seen.setdefault((type(v), v), v) for v in json.loads(line, object_hook=_decode)]
                for line in rows
                if line.strip()
            ]


def main(path: str, output: str) -> int:
    """The child: write the first sheet's rows as JSON lines to ``output``; 0, or 3 with
    the reason in ``output``.error."""
    _limit_memory()
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:
        Path(f"{output}.error").write_text(str(exc), encoding="utf-8")
        return 3
    with open(output, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps([_encode(value) for value in row], ensure_ascii=False) + "\n")
    return 0


def _limit_memory() -> None:
    """A zip that inflates to gigabytes ends in this child, not in the machine's memory."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_AS; the time limit still holds


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"seconds": value.total_seconds()}
    return value


def _decode(tagged: dict[str, Any]) -> Any:
    if "datetime" in tagged:
        return dt.datetime.fromisoformat(tagged["datetime"])
    if "date" in tagged:
        return dt.date.fromisoformat(tagged["date"])
    if "time" in tagged:
        return dt.time.fromisoformat(tagged["time"])
    if "seconds" in tagged:
        return dt.timedelta(seconds=tagged["seconds"])
    return tagged
