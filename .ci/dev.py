#!/usr/bin/env python3
"""Set-up and developer commands; needs only Python 3.11+ to start.

    python3 .ci/dev.py demo         # set up, build a demo database, open the app on it
    python3 .ci/dev.py test         # set up, then ruff, mypy, import-linter and pytest
    python3 .ci/dev.py screenshots  # render every screen to docs/screenshots/
    python3 .ci/dev.py translations # refresh the .ts sources and compile the .qm files

"Set up" makes .venv beside this repo and installs the project with its test extras;
it is skipped when pyproject.toml has not changed since the last install.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"
DEMO_DB = ROOT / "demo-data" / "salon-desk-demo.db"


def run(*args: str | Path, **env: str) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, env={**os.environ, **env})


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script may run on an older python3)
        sys.exit("Salon Desk needs Python 3.11 or newer")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(
        PYTHON,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-e",
        f"{ROOT}[test]",
    )
    STAMP.write_text(wanted)


def have_cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return os.name == "nt" or sys.platform == "darwin"
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(out.strip())


def ensure_cjk_font() -> None:
    """Chinese renders as empty boxes without a CJK font; Debian's is small and free."""
    if have_cjk_font() or shutil.which("apt-get") is None:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "fonts-wqy-microhei"], check=False)


def demo() -> None:
    setup()
    ensure_cjk_font()
    if not DEMO_DB.exists():
        run(PYTHON, "-m", "salon_desk", "demo", "--db", DEMO_DB)
    run(PYTHON, "-m", "salon_desk", "--db", DEMO_DB, *sys.argv[2:])


def test() -> None:
    setup()
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run(BIN / "ruff", "check", "salon_desk", "tests", "benchmarks", ".ci")
    run(BIN / "ruff", "format", "--check", "salon_desk", "tests", "benchmarks", ".ci")
    run(BIN / "mypy")
    run(BIN / "lint-imports")
    run(PYTHON, "-m", "pytest", *sys.argv[2:], **env)


def screenshots() -> None:
    setup()
    ensure_cjk_font()
    out = ROOT / "docs" / "screenshots"
    db = ROOT / "demo-data" / "screenshots.db"
    if db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    run(PYTHON, "-m", "salon_desk", "demo", "--db", db, "--today", "2026-11-20")
    for lang in ("zh_CN", "en"):
        run(
            PYTHON,
            "-m",
            "salon_desk",
            "screenshots",
            "--db",
            db,
            "--out",
            out / lang,
            "--lang",
            lang,
            QT_QPA_PLATFORM="offscreen",
        )


def translations() -> None:
    setup()
    run(PYTHON, "-m", "salon_desk.i18n_tools")


COMMANDS = {
    "demo": demo,
    "test": test,
    "screenshots": screenshots,
    "translations": translations,
    "setup": setup,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    try:
        COMMANDS[sys.argv[1]]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
