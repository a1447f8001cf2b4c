"""Developer tool: refresh the .ts sources from the code and compile the .qm files.

Run through ``python3 .ci/dev.py translations``. Translations are written in the .ts
files (Qt Linguist can open them); this only extracts and compiles.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "resources" / "translations" / "salon_desk_zh_CN.ts"]
TOOLS = Path(PySide6.__file__).parent


def source_files() -> list[Path]:
    package = ROOT / "salon_desk"
    return sorted(
        p for p in package.rglob("*.py") if "store" not in p.parts and "services" not in p.parts
    )


def update_sources() -> None:
    files = [str(p) for p in source_files()]
    for ts in TS_FILES:
        subprocess.run(
            [str(TOOLS / "lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
            check=True,
        )


def compile_all() -> None:
    for ts in TS_FILES:
        subprocess.run(
            [str(TOOLS / "lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    update_sources()
    if "--no-compile" not in sys.argv:
        compile_all()
