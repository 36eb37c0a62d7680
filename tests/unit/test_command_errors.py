"""P15/P16 for the commands: an error is one sentence and an exit code, its details go
to ``logs/commands.log``, never a traceback on the terminal."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.commands.dispatch import EXIT_UNEXPECTED, EXIT_USER_ERROR
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import UserError
from infoview_gui.logfiles import COMMANDS_LOG, KEEP, ROTATE_BYTES
from infoview_gui.paths import AppPaths
from infoview_gui.services import exports
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from infoview_gui.store.storage_errors import StoreDiskError

MAIN = Path(__file__).parents[2] / "main.py"
LINKEDIN = Path(__file__).parents[1] / "fixtures" / "exchange" / "linkedin_new_with_preamble.csv"
DAMAGE = "InfoView found damage in its data file"


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    field_id = add_field(name="Law")
    for n in range(300):  # about 40 pages of contacts
        add_contact(contact=ContactData(first_name=f"Ana {n}", notes="x" * 500, field_id=field_id))
    close_database()
    return paths


@pytest.fixture
def damaged(data: AppPaths) -> AppPaths:
    """The contacts' pages zeroed: SQLite reads the header, then finds the damage."""
    raw = bytearray(data.database.read_bytes())
    raw[4096 * 3 : 4096 * 6] = bytes(4096 * 3)
    data.database.write_bytes(bytes(raw))
    return data


def infoview(paths: AppPaths, *argv: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *argv])


def commands_log(paths: AppPaths) -> str:
    return (paths.logs_dir / COMMANDS_LOG).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "csv", "-o", "{out}"],
        ["export", "--format", "json", "-o", "{out}"],
        ["import", str(LINKEDIN)],
    ],
    ids=["export csv", "export json", "import"],
)
def test_a_command_on_a_damaged_file_says_so_in_one_sentence(
    damaged: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    argv = [a.replace("{out}", str(tmp_path / "out")) for a in argv]
    assert infoview(damaged, *argv) == EXIT_USER_ERROR
    captured = capsys.readouterr()
    assert captured.err.startswith(DAMAGE)
    assert "Traceback" not in captured.out + captured.err
    assert "StoreDamagedError" in commands_log(damaged)  # named in the log, with its stack
    assert "Traceback" in commands_log(damaged)


def test_a_disk_error_is_a_sentence_and_exit_code_1(
    data: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(**_: object) -> None:
        raise StoreDiskError()

    monkeypatch.setattr(exports, "export_vcard", fail)
    assert infoview(data, "export", "--format", "vcard", "-o", str(tmp_path / "x.vcf")) == 1
    err = capsys.readouterr().err
    assert err.strip() == StoreDiskError().for_command("export") and "Traceback" not in err
    assert err.startswith("The disk reported an error, so 'infoview export' stopped;")
    assert "typed" not in err  # nothing was typed: a command never says it kept it
    assert isinstance(StoreDiskError(), UserError)


def test_an_unexpected_error_names_the_log_which_holds_its_traceback(
    data: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(**_: object) -> None:
        raise RuntimeError("forced for the test")

    monkeypatch.setattr(exports, "export_csv", fail)
    assert infoview(data, "export", "--format", "csv", "-o", str(tmp_path / "x.csv")) == (
        EXIT_UNEXPECTED
    )
    err = capsys.readouterr().err
    assert "unexpected error (RuntimeError)" in err
    assert str(data.logs_dir / COMMANDS_LOG) in err
    assert "Traceback" not in err and "forced for the test" not in err
    log = commands_log(data)
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: forced for the test" in log


def test_the_real_process_prints_no_traceback(damaged: AppPaths, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(damaged.data_dir), "export"]
        + ["--format", "csv", "-o", str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_USER_ERROR
    assert done.stderr.startswith(DAMAGE) and "Traceback" not in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_commands_write_a_private_log(data: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert infoview(data, "check") == 0
    log = data.logs_dir / COMMANDS_LOG
    assert stat.S_IMODE(data.logs_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = commands_log(data)
    assert "command check started" in text and str(data.data_dir) in text
    assert "command check ended with exit code 0" in text


def test_the_log_is_rotated_at_start_and_stays_bounded(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    log = data.logs_dir / COMMANDS_LOG
    for run in range(KEEP + 3):
        log.parent.mkdir(exist_ok=True)
        log.write_text(f"run {run}\n" + "." * ROTATE_BYTES)
        assert infoview(data, "check") == 0
        assert log.stat().st_size < 10_000  # a new file for this run
        assert log.with_name(f"{COMMANDS_LOG}.1").read_text().startswith(f"run {run}\n")
    kept = sorted(p.name for p in data.logs_dir.iterdir())
    assert kept == [COMMANDS_LOG] + [f"{COMMANDS_LOG}.{n}" for n in range(1, KEEP + 1)]
    assert sum(p.stat().st_size for p in data.logs_dir.iterdir()) < (KEEP + 1) * 2 * ROTATE_BYTES


def test_a_small_log_is_kept_across_runs(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    infoview(data, "check")
    infoview(data, "check")
    assert commands_log(data).count("command check started") == 2
    assert not (data.logs_dir / f"{COMMANDS_LOG}.1").exists()


def test_the_exit_codes_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert f"{EXIT_USER_ERROR} when it stopped on a problem" in text
    assert f"{EXIT_UNEXPECTED} on a fault of InfoView" in text
