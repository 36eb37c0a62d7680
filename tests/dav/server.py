"""A real Radicale for the sync tests and benchmark: on 127.0.0.1, a free port, its own folder.

Started as a child process (``python -m radicale``) with plain htpasswd users, no
configuration file of the machine read; ``stop()`` ends it, ``start()`` again brings it
back on the same port with the same storage (the "server stopped mid-sync" test).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

USER = "student"
PASSWORD = "correct-horse-7Qx!battery"


_NO_FSYNC = (
    "import radicale.pathutils as p; p.fsync = lambda fd: None; "
    "from radicale.__main__ import run; run()"
)
"""Radicale without an fsync per write (its ``_filesystem_fsync`` is not settable from a
configuration file): a test server need not survive a power cut, and a PUT takes a few
milliseconds instead of tens. A real server's disk pays them (``Radicale(fsync=True)``)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Radicale:
    """One Radicale server process over one storage folder."""

    def __init__(self, folder: Path, *, fsync: bool = False) -> None:
        self.folder = folder
        self.fsync = fsync
        self.port = free_port()
        folder.mkdir(parents=True, exist_ok=True)
        self.users = folder / "users"
        self.users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        command = [
            sys.executable,
            "-c",
            _NO_FSYNC if not self.fsync else "from radicale.__main__ import run; run()",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder",
            str(self.folder / "collections"),
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(self.users),
            "--auth-htpasswd-encryption",
            "plain",
            "--rights-type",
            "owner_only",
            "--logging-level",
            "warning",
        ]
        log = (self.folder / "radicale.log").open("ab")
        self.process = subprocess.Popen(command, stdout=log, stderr=log)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError((self.folder / "radicale.log").read_text()) from None
                time.sleep(0.05)
        raise RuntimeError("radicale did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None
