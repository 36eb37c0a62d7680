"""P15 on a real disk: a full, read-only or locked data folder is a sentence, never a traceback.

Each case runs on a real small tmpfs where the machine lets the test mount one (as root);
where it cannot, the same command meets the same error injected where SQLite or Python
would raise it, so the test still runs and still fails if the sentence is lost.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from infoview_gui import logfiles
from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.os_errors import file_error, folder_problem
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.store import write_errors
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from infoview_gui.store.storage_errors import (
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_IOERR,
    StoreBusyError,
    StoreFullError,
    StoreReadOnlyError,
)

VCARD = Path(__file__).parents[1] / "fixtures" / "exchange" / "vcard30.vcf"
COMMANDS = {
    "export": ["export", "--format", "csv", "-o", "{out}"],
    "import": ["import", str(VCARD)],
    "backup": ["backup"],
    "check": ["check"],
    "interviews": ["interviews"],
}


def _sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def _mount(where: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    where.mkdir(exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    return done.returncode == 0


def _unmount(where: Path) -> None:
    close_database()
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(folder: Path) -> None:
    """Write zeros until the disk of ``folder`` has no byte left."""
    for size in (64 * 1024, 4096, 512, 1):
        with (folder / f"filler{size}").open("wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(bytes(size))
            except OSError:
                pass


def _some_data(paths: AppPaths) -> None:
    open_store(paths.database)
    for n in range(20):
        add_contact(contact=ContactData(first_name=f"Ana {n}", notes="x" * 300))
    close_database()


@pytest.fixture
def full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[AppPaths]:
    """A data folder with data, on a disk with no space left (real, or injected)."""
    disk = tmp_path / "disk"
    mounted = _mount(disk, "size=8m")
    if mounted:
        request.addfinalizer(lambda: _unmount(disk))
    paths = AppPaths((disk if mounted else tmp_path) / "data")
    paths.ensure()
    _some_data(paths)
    if mounted:
        _fill(disk)
    else:  # SQLite meets the full disk where it would: growing the -wal and -shm files
        monkeypatch.setattr(write_errors, "disk_is_full", lambda _folder: True)
        real_connect = sqlite3.connect

        def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
            conn = real_connect(*args, **kwargs)  # type: ignore[call-overload]
            conn.execute("PRAGMA max_page_count = 1")
            return conn  # type: ignore[no-any-return]

        monkeypatch.setattr(sqlite3, "connect", connect)
    yield paths
    close_database()


@pytest.fixture
def read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[AppPaths]:
    """A data folder with data on a read-only disk (real, or injected)."""
    disk = tmp_path / "disk"
    mounted = _mount(disk, "size=8m")
    if mounted:
        request.addfinalizer(lambda: _unmount(disk))
    paths = AppPaths((disk if mounted else tmp_path) / "data")
    paths.ensure()
    _some_data(paths)
    for name in ("infoview.sqlite3-wal", "infoview.sqlite3-shm"):
        (paths.data_dir / name).unlink(missing_ok=True)
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    else:
        monkeypatch.setattr(write_errors, "folder_is_read_only", lambda _folder: True)

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise _sqlite_error(SQLITE_CANTOPEN, "unable to open database file")

        monkeypatch.setattr(sqlite3, "connect", refuse)
        monkeypatch.setattr(AppPaths, "ensure", _raise(errno.EROFS))
        monkeypatch.setattr(AppPaths, "ensure_logs_dir", _raise(errno.EROFS))
    yield paths
    close_database()


def _raise(code: int) -> object:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _run(paths: AppPaths, command: str, out: Path) -> int:
    argv = [a.replace("{out}", str(out / "out.csv")) for a in COMMANDS[command]]
    return main(["--data-dir", str(paths.data_dir), *argv])


@pytest.mark.parametrize("command", ["export", "import", "backup", "interviews"])
def test_a_command_on_a_full_disk_says_the_disk_is_full(
    full: AppPaths, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(full, command, tmp_path) == 1
    said = capsys.readouterr().err
    assert "Traceback" not in said and "Errno" not in said
    assert "disk is full" in said.lower() and "typed" not in said
    assert "Free some space" in said


@pytest.mark.parametrize("command", ["export", "import", "backup", "interviews"])
def test_a_command_on_a_read_only_disk_says_read_only(
    read_only: AppPaths, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = read_only.database.read_bytes()
    assert _run(read_only, command, tmp_path) == 1
    said = capsys.readouterr().err
    assert "Traceback" not in said and "Errno" not in said and "typed" not in said
    assert "read-only" in said
    assert "cannot create" not in said
    assert read_only.database.read_bytes() == before


def test_the_window_on_a_read_only_folder_does_not_say_cannot_create(
    read_only: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(read_only.data_dir), "--smoke-test"]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"InfoView cannot use its data folder {read_only.data_dir}: the disk")
    assert "read-only" in said and "cannot create" not in said and "Errno" not in said


def test_a_log_that_cannot_be_closed_on_a_full_disk_troubles_nobody(paths: AppPaths) -> None:
    handler = logfiles.start_log(paths, logfiles.COMMANDS_LOG)
    assert handler is not None
    logging.getLogger("infoview_gui").warning("last words")

    def no_space() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert isinstance(handler, logging.StreamHandler)
    handler.flush = no_space  # type: ignore[method-assign]
    logfiles.stop_log(handler)  # before: OSError, printed as a traceback at exit


def test_an_io_error_on_a_full_disk_is_said_to_be_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = _sqlite_error(SQLITE_IOERR | (4 << 8), "disk I/O error")
    assert not isinstance(write_errors.translated(error, str(tmp_path)), StoreFullError)
    monkeypatch.setattr(write_errors, "disk_is_full", lambda _folder: True)
    assert isinstance(write_errors.translated(error, str(tmp_path)), StoreFullError)


def test_busy_and_cannot_open_have_their_own_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = write_errors.translated(_sqlite_error(SQLITE_BUSY, "database is locked"))
    assert isinstance(busy, StoreBusyError)
    assert busy.for_command("import").startswith(
        "Another InfoView is writing to this data folder, so 'infoview import' stopped;"
    )
    cant_open = _sqlite_error(SQLITE_CANTOPEN, "unable to open database file")
    assert write_errors.translated(cant_open, str(tmp_path)) is None  # a writable folder
    monkeypatch.setattr(write_errors, "folder_is_read_only", lambda _folder: True)
    assert isinstance(write_errors.translated(cant_open, str(tmp_path)), StoreReadOnlyError)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "you do not have permission"),
        (errno.EEXIST, "a file of that name is already there"),
        (errno.ENOENT, "it does not exist"),
        (errno.ENOTDIR, "a file stands where a folder should be"),
        (errno.EIO, "the disk reported an error"),
    ],
)
def test_every_os_error_is_said_in_words(code: int, words: str) -> None:
    error = OSError(code, os.strerror(code), "/x/y")
    said = str(file_error(error, "write the export /x/y", "Your data is as it was."))
    assert said.startswith(f"InfoView could not write the export /x/y: {words}")
    assert "Errno" not in said and os.strerror(code) not in said
    assert said.count(".") >= 3  # what happened, what was kept, what to do
    assert words in folder_problem(error, "/x", "Nothing was changed.")


def test_an_os_error_that_escapes_a_command_is_a_sentence(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from infoview_gui.commands import interviews

    _some_data(paths)

    def fail(*_args: object) -> int:
        raise OSError(errno.EACCES, "Permission denied", str(paths.data_dir))

    monkeypatch.setattr(interviews, "run", fail)
    assert main(["--data-dir", str(paths.data_dir), "interviews"]) == 1
    said = capsys.readouterr().err
    assert "you do not have permission" in said and "Errno" not in said


def test_two_commands_writing_at_once_the_second_says_another_is_writing(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A writer holds the file past the busy timeout: the import waits, then says so."""
    _some_data(paths)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO setting (key, value) VALUES ('held', '1')")
    from infoview_gui.store import connection

    original = dict(connection.PRAGMAS)
    connection.PRAGMAS["busy_timeout"] = 200  # the 5 s of a real run, shortened
    try:
        assert main(["--data-dir", str(paths.data_dir), "import", str(VCARD)]) == 1
    finally:
        connection.PRAGMAS.clear()
        connection.PRAGMAS.update(original)
        holder.execute("ROLLBACK")
        holder.close()
    said = capsys.readouterr().err
    assert said.startswith("Another InfoView is writing to this data folder")
    assert "Traceback" not in said and "locked" not in said
