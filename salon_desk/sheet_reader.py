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
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

COMMAND = "_read-sheet"
TIME_LIMIT_SECONDS = 120
MEMORY_LIMIT_BYTES = 3 * 1024**3  # a chain's million visit rows fit; a bomb does not


class SheetUnreadable(Exception):
    pass


def read_rows(path: Path) -> list[list[Any]]:
    """The first sheet's cells, row by row (dates as dates), read by a child process."""
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
            raise SheetUnreadable(f"reading took over {TIME_LIMIT_SECONDS} s; stopped") from exc
        reason = Path(f"{output}.error")
        if done.returncode != 0:
            if reason.exists():
                raise SheetUnreadable(reason.read_text(encoding="utf-8"))
            raise SheetUnreadable(
                "the reader stopped on this file (it claims a sheet far larger than its "
                "content, or it is damaged)"
            )
        with output.open(encoding="utf-8") as rows:
            return [json.loads(line, object_hook=_decode) for line in rows if line.strip()]


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
