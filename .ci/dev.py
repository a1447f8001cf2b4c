#!/usr/bin/env python3
"""Set-up and developer commands; needs only Python 3.11+ to start.

    python3 .ci/dev.py demo         # set up, build a demo database, open the app on it
    python3 .ci/dev.py test         # set up, then ruff, mypy, import-linter and pytest
    python3 .ci/dev.py screenshots  # render every screen to docs/screenshots/
    python3 .ci/dev.py translations # refresh the .ts sources and compile the .qm files
    python3 .ci/dev.py build        # PyInstaller one-folder build in dist/, smoke-tested

"Set up" makes .venv beside this repo and installs the project with its test extras;
it is skipped when pyproject.toml has not changed since the last install.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
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


def apt_install(packages: list[str]) -> None:
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", *packages], check=False)


def ensure_cjk_font() -> None:
    """Chinese renders as empty boxes without a CJK font; Debian's is small and free."""
    if have_cjk_font() or shutil.which("apt-get") is None:
        return
    print("Installing a Chinese font: fonts-wqy-microhei", flush=True)
    apt_install(["fonts-wqy-microhei"])


# What Qt's xcb platform plugin (a window on an X11 or XWayland desktop) needs beyond a
# desktop's usual libraries, and the Debian/Ubuntu package of each.
QT_XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    # A minimal system (a fresh container, a server image) lacks even these.
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libfreetype.so.6": "libfreetype6",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
}


def missing_qt_libraries(window: bool = True) -> list[str]:
    """Shared libraries Qt cannot find (ldd): for a window, the xcb plugin's chain plus
    xcb-cursor, which Qt loads only at run time and refuses to start without; for the
    tests (offscreen), Qt's own libraries and bindings."""
    if not sys.platform.startswith("linux"):
        return []
    plugins = sorted(VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms"))
    if not plugins or shutil.which("ldd") is None:
        return []
    qt = plugins[0].parent.parent
    modules = ("Core", "Gui", "Widgets", "OpenGL", "DBus")
    libraries = [qt / "lib" / f"libQt6{module}.so.6" for module in modules]
    libraries += [qt.parent / f"Qt{module}.abi3.so" for module in modules[:4]]
    if window:
        libraries += [plugins[0] / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    else:
        libraries.append(plugins[0] / "libqoffscreen.so")
    missing: set[str] = set()
    for library in libraries:
        if library.exists():
            out = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    if window and ctypes.util.find_library("xcb-cursor") is None:
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def ensure_qt_libraries(window: bool = True) -> None:
    """Without these Qt aborts before it starts; install them on Debian/Ubuntu, name them
    elsewhere."""
    missing = missing_qt_libraries(window)
    packages = sorted({QT_XCB_LIBRARIES[m] for m in missing if m in QT_XCB_LIBRARIES})
    if packages and shutil.which("apt-get") is not None:
        print("Installing the libraries Qt needs: " + " ".join(packages), flush=True)
        apt_install(packages)
        missing = missing_qt_libraries(window)
    if missing:
        sys.exit(
            "Qt cannot start: these system libraries are missing: "
            + ", ".join(missing)
            + ". Install them with your system's package manager (README lists them)."
        )


def demo() -> None:
    setup()
    ensure_qt_libraries()
    ensure_cjk_font()
    if not DEMO_DB.exists():
        run(PYTHON, "-m", "salon_desk", "demo", "--db", DEMO_DB)
    run(PYTHON, "-m", "salon_desk", "--db", DEMO_DB, *sys.argv[2:])


@contextlib.contextmanager
def postgres_for_tests() -> Iterator[str]:
    """The PostgreSQL server the tests run their second engine on: one already named by
    SALON_DESK_TEST_POSTGRES, or a throwaway one started here and stopped at the end
    (.ci/postgres_server.py). Where none can be had, the tests run on SQLite alone, except
    on CI, where that is a failure."""
    given = os.environ.get("SALON_DESK_TEST_POSTGRES")
    if given:
        yield given
        return
    import postgres_server  # beside this script

    try:
        server = postgres_server.running()
        url = server.__enter__()
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        if os.environ.get("CI"):
            sys.exit(f"CI needs a PostgreSQL server for the tests and none started: {exc}")
        print(f"No PostgreSQL server ({exc}): the tests run on SQLite only.", flush=True)
        yield ""
        return
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


def test() -> None:
    setup()
    ensure_qt_libraries(window=False)  # the tests run Qt offscreen
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run(BIN / "ruff", "check", "salon_desk", "tests", "benchmarks", ".ci")
    run(BIN / "ruff", "format", "--check", "salon_desk", "tests", "benchmarks", ".ci")
    run(BIN / "mypy")
    run(BIN / "lint-imports")
    with postgres_for_tests() as server:
        run(PYTHON, "-m", "pytest", *sys.argv[2:], **env, SALON_DESK_TEST_POSTGRES=server)


def screenshots() -> None:
    setup()
    ensure_cjk_font()
    out = ROOT / "docs" / "screenshots"
    db = ROOT / "demo-data" / "screenshots.db"
    if db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    run(PYTHON, "-m", "salon_desk", "demo", "--db", db, "--today", "2026-11-20")
    for lang in ("zh_CN", "zh_TW", "en"):
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


def build() -> None:
    """Build dist/SalonDesk with build.spec, then use the built program as a shop would,
    headless: a demo database, an integrity check, start-up to a painted window, every
    screen rendered, an export read back and imported into a new file."""
    import tempfile
    import time

    setup()
    run(PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec")
    folder = ROOT / "dist" / "SalonDesk"
    program = folder / ("SalonDesk.exe" if os.name == "nt" else "SalonDesk")
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"build: {folder} is {size / 2**20:.0f} MiB", flush=True)
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        db = work / "demo.db"
        run(program, "demo", "--db", db, "--customers", "120", **offscreen)
        run(program, "check", "--db", db, **offscreen)
        # The retention model (scipy's optimize and special) runs in the built program.
        fitted = subprocess.run(
            [str(program), "retention-check", "--db", str(db), "--json"],
            capture_output=True, text=True, check=True, env={**os.environ, **offscreen},
        )  # fmt: skip
        figures = json.loads(fitted.stdout)
        if not figures["r"] > 0 or not figures["customers"] > 0:
            sys.exit(f"build: the retention model did not fit: {fitted.stdout[:300]}")
        print(f"build: retention model fitted (trusted: {figures['trusted']})")
        starts = []
        for _ in range(5):
            began = time.perf_counter()
            run(program, "--db", db, "--staff", "陈美玲", "--quit-when-shown", **offscreen)
            starts.append(time.perf_counter() - began)
        print(f"build: start to painted window, median of 5: {sorted(starts)[2]:.2f} s")
        shots = work / "shots"
        run(program, "screenshots", "--db", db, "--out", shots, "--lang", "zh_TW", **offscreen)
        pictures = sorted(shots.glob("*.png"))
        if len(pictures) < 20 or min(p.stat().st_size for p in pictures) < 5000:
            sys.exit(f"build: screenshots missing or blank in {shots}")
        export = work / "export.xlsx"
        run(program, "export", "--db", db, "--out", export, **offscreen)
        check_export = (
            "import sys, openpyxl; sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; "
            "rows = sheet.max_row; print(f'build: export has {rows - 1} customers');"
            "sys.exit(0 if rows == 121 and sheet['B2'].value else 1)"
        )
        run(PYTHON, "-c", check_export, export)
        # Another shop with the same staff (the export names them) and 10 customers of its own.
        fresh = work / "fresh.db"
        run(program, "demo", "--db", fresh, "--customers", "10", "--seed", "99", **offscreen)
        run(program, "import", "--db", fresh, export, **offscreen)
        count = (
            "import sqlite3, sys; n = sqlite3.connect(sys.argv[1]).execute("
            "'select count(*) from customer').fetchone()[0]; print(f'build: imported {n}');"
            "sys.exit(0 if n == 130 else 1)"
        )
        run(PYTHON, "-c", count, fresh)
    print("build: smoke test passed", flush=True)


COMMANDS = {
    "demo": demo,
    "test": test,
    "screenshots": screenshots,
    "translations": translations,
    "build": build,
    "setup": setup,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    try:
        COMMANDS[sys.argv[1]]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
