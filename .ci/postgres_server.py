"""A throwaway PostgreSQL server for the tests (issue 16): installed from Debian's package
when missing, initialised in a temporary folder with a password, listening on 127.0.0.1
only, and stopped and deleted at the end.

    with running() as url:   # postgresql://salon:…@127.0.0.1:PORT/postgres
        ...

It is for tests only: fsync is off (a test server that loses its data on a power cut
loses nothing of value, and every commit is ~10x faster). Its default collation is a
linguistic one (ICU, en-US), as on most real servers, so that a search which would only
work in byte order (a prefix as a range) fails here rather than at a salon: the app
declares the columns it searches that way COLLATE "C" (store/migrations.py).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "salon"
# A server refuses to run as root; Debian's package makes this account.
SERVICE_ACCOUNT = "postgres"


def server_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: on PATH, or Debian's versioned one."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def ensure_installed() -> Path | None:
    """The server's binaries, installing Debian's postgresql package if they are missing
    and apt-get is there; None when there is no way to have them."""
    found = server_binaries()
    if found is not None or shutil.which("apt-get") is None:
        return found
    print("Installing a PostgreSQL server for the tests: postgresql", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "postgresql"], check=False, env=env)
    return server_binaries()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_account(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVICE_ACCOUNT, "--", *command]


def _hand_over(folder: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(folder, SERVICE_ACCOUNT, SERVICE_ACCOUNT)
        folder.chmod(0o700)


@contextmanager
def running() -> Iterator[str]:
    """Start a fresh server; yield the URL of its maintenance database for USER (a
    superuser, who creates a database per test); stop it and delete it all afterwards."""
    binaries = ensure_installed()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl) and no apt-get")
    folder = Path(tempfile.mkdtemp(prefix="salon-desk-pg-"))
    folder.chmod(0o755)  # the service account reaches its data and socket folders
    data, sockets = folder / "data", folder / "sockets"
    for sub in (data, sockets):
        sub.mkdir()
        _hand_over(sub)
    password = secrets.token_urlsafe(16)
    password_file = sockets / "password"
    password_file.write_text(password + "\n")
    _hand_over(password_file)
    port = _free_port()
    log = sockets / "server.log"
    try:
        subprocess.run(
            _as_server_account(
                [
                    str(binaries / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    USER,
                    "--pwfile",
                    str(password_file),
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--locale-provider=icu",
                    "--icu-locale=en-US",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        password_file.unlink()
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            # (the app sets synchronous_commit on for its own sessions; fsync off is
            # what makes its commits cheap here)
            " -c max_connections=200"
        )
        start = [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log)]
        subprocess.run(
            _as_server_account([*start, "-w", "start"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        yield f"postgresql://{USER}:{password}@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_server_account(
                    [str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
                ),
                check=False,
                stdout=subprocess.DEVNULL,
            )
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":  # a server to try things against by hand: Ctrl+C stops it
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so does kill: cleaned up too
    with running() as url:
        print(url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
