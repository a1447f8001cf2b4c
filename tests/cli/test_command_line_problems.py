"""Every command ends with one line and a documented status for ordinary problems, and
never a traceback (issue 13.8); import, backup and export refuse a damaged database
(issue 13.6); 300 hostile spreadsheets are read or refused, none crashes the reader."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest

from salon_desk import app
from salon_desk.commands import ExitStatus
from salon_desk.services import backups
from salon_desk.store.database import close_db
from tests.unit.test_backups import damage

FUZZED = int(os.environ.get("SALON_DESK_FUZZ_FILES", "300"))


def _run(capfd: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = app.main(list(argv))
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    return status, err


def _good_workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日", "备注"])
    for number in range(30):
        sheet.append([f"顾客{number}", f"139{number:08d}", "1990/3/5", "备注"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _hostile_files(folder: Path, count: int) -> list[Path]:
    rng = random.Random(2026)
    good = _good_workbook()
    made = []
    for number in range(count):
        kind = number % 10
        suffix = (".xlsx", ".xls", ".ods", ".csv")[number % 4]
        if kind == 0:
            data = rng.randbytes(rng.randint(0, 4000))
        elif kind == 1:
            data, suffix = good[: rng.randint(0, len(good))], ".xlsx"  # cut short
        elif kind == 2:  # a zip that says it is a workbook, with garbage parts
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as archive:
                archive.writestr("[Content_Types].xml", rng.randbytes(200))
                archive.writestr("xl/workbook.xml", "<workbook>" + "<" * rng.randint(1, 50))
                archive.writestr("xl/worksheets/sheet1.xml", rng.randbytes(300))
            data, suffix = out.getvalue(), ".xlsx"
        elif kind == 3:  # a good workbook with bytes flipped inside
            flipped = bytearray(good)
            for _ in range(rng.randint(1, 30)):
                flipped[rng.randrange(len(flipped))] ^= rng.randint(1, 255)
            data, suffix = bytes(flipped), ".xlsx"
        elif kind == 4:  # CSV: control characters, NULs, stray quotes, odd widths
            rows = [
                ",".join(
                    "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 12)))
                    for _ in range(rng.randint(0, 9))
                )
                for _ in range(rng.randint(0, 40))
            ]
            data, suffix = "\n".join(rows).encode("utf-8", "surrogatepass"), ".csv"
        elif kind == 5:
            data, suffix = b"\xef\xbb\xbf" + rng.randbytes(rng.randint(0, 500)), ".csv"
        elif kind == 6:  # one enormous cell
            data, suffix = ("姓名,手机\n" + "长" * 200_000 + ",1\n").encode(), ".csv"
        elif kind == 7:
            data = b""
        elif kind == 8:  # headers only, in GB18030
            data, suffix = "姓名,手机,生日\n".encode("gb18030"), ".csv"
        else:  # a real workbook under the wrong name
            data, suffix = good, rng.choice((".xls", ".ods", ".csv"))
        path = folder / f"file{number:03d}{suffix}"
        path.write_bytes(data)
        made.append(path)
    return made


@pytest.mark.slow
def test_hostile_spreadsheets_never_crash_the_import(
    qapp, db_path: Path, manager_id: int, tmp_path: Path, capfd
) -> None:
    close_db()
    files = _hostile_files(tmp_path, FUZZED)
    statuses = {}
    for path in files:
        status, err = _run(capfd, "import", "--db", str(db_path), str(path), "--dry-run")
        # 0 all rows in, 1 the file could not be read (one line), 2 rows refused (listed)
        assert status in (0, 1, 2), (path.name, err)
        if status == 1:
            assert err.count("\n") == 1 and err.startswith("salon-desk import: "), err
        statuses[status] = statuses.get(status, 0) + 1
    assert sum(statuses.values()) == FUZZED and statuses.get(0) and statuses.get(1)


def test_each_ordinary_problem_has_one_line_and_its_status(
    qapp, db_path: Path, manager_id: int, tmp_path: Path, capfd
) -> None:
    close_db()
    missing = tmp_path / "nowhere.db"
    assert _run(capfd, "export", "--db", str(missing), "--out", str(tmp_path / "x.xlsx"))[0] == 2
    assert _run(capfd, "import", "--db", str(db_path), str(tmp_path / "no.xlsx"))[0] == 1
    backups.back_up(db_path, "manual")
    damage(db_path)
    for command in (
        ["import", "--db", str(db_path), str(_write(tmp_path / "ok.csv", "姓名\n王芳\n"))],
        ["backup", "--db", str(db_path)],
        ["export", "--db", str(db_path), "--out", str(tmp_path / "y.xlsx")],
    ):
        status, err = _run(capfd, *command)
        assert status == ExitStatus.DAMAGED and "damaged" in err and err.count("\n") == 1
    assert not (tmp_path / "y.xlsx").exists()
    assert _run(capfd, "check", "--db", str(db_path))[0] == ExitStatus.PROBLEM_FOUND


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_newer_database_and_a_full_disk_have_their_own_status(
    qapp, small_disk: Path, tmp_path: Path, capfd
) -> None:
    import sqlite3

    from salon_desk.store.database import open_db
    from tests.conftest import fill_disk

    newer = tmp_path / "newer.db"
    open_db(newer)
    close_db()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE schema_info SET version = 99")
    status, err = _run(capfd, "stats", "--db", str(newer), "--json")
    assert status == ExitStatus.TOO_NEW and "newer" in err

    full = small_disk / "shop.db"
    open_db(full)
    close_db()
    fill_disk(small_disk, leave_bytes=2048)
    sheet = _write(
        tmp_path / "many.csv",
        "姓名,备注\n" + "".join(f"顾客{n},{'长' * 500}\n" for n in range(300)),
    )
    status, err = _run(capfd, "import", "--db", str(full), str(sheet))
    assert status == ExitStatus.CIRCUMSTANCE and "disk is full" in err, err


def test_an_output_file_that_cannot_be_written_is_named(
    qapp, db_path: Path, manager_id: int, tmp_path: Path, capfd
) -> None:
    close_db()
    target = tmp_path / "no-such-folder" / "x.xlsx"
    status, err = _run(capfd, "export", "--db", str(db_path), "--out", str(target))
    assert status == ExitStatus.CANNOT_START and "no-such-folder" in err and "database" not in err


def test_a_sheet_that_makes_the_reader_abort_is_refused_and_we_live_on(
    qapp, db_path: Path, manager_id: int, tmp_path: Path, capfd
) -> None:
    """Issue 14.9: calamine allocates the whole claimed range of XFD1048576 and aborts the
    process; the read happens in a child, so this process says why and goes on."""
    close_db()
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["王芳", "13800138000"])
    book.active["XFD1048576"] = "x"
    far = tmp_path / "far.xlsx"
    book.save(far)
    status, err = _run(capfd, "import", "--db", str(db_path), str(far), "--dry-run")
    # Seen in the sheet's declared range before any reading (the child is the backstop).
    assert status == ExitStatus.PROBLEM_FOUND and "claims 17,179,869,184 cells" in err
    ok = tmp_path / "ok.xlsx"
    ok.write_bytes(_good_workbook())
    assert _run(capfd, "import", "--db", str(db_path), str(ok), "--dry-run")[0] == 0


def test_a_workbook_that_would_unpack_to_gigabytes_is_refused_before_reading(
    qapp, db_path: Path, tmp_path: Path, capfd, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14.9: the zip's own directory says how large it would be; a bomb is refused
    from that, before the reader unpacks anything. (The limit is lowered for the test, so
    the bomb is 30 MB of zeros rather than gigabytes.)"""
    import zipfile

    from salon_desk import sheet_reader

    monkeypatch.setattr(sheet_reader, "MAX_UNPACKED_BYTES", 20 * 1024**2)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024**2))
    assert bomb.stat().st_size < 100_000
    close_db()
    status, err = _run(capfd, "import", "--db", str(db_path), str(bomb), "--dry-run")
    assert status == ExitStatus.PROBLEM_FOUND and "would unpack to 30 MB" in err
