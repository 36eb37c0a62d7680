"""``infoview sheet``: the same PDF from the command line, or a plain reason and exit 2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.profile import ProfileData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.services.question_lists import add_text, list_for_field, list_for_interview
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Interview
from infoview_gui.store.opening import open_store

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="needs poppler-utils"
)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(paths: AppPaths) -> dict[str, int]:
    """A data folder with a scheduled interview (4 questions) and an empty field."""
    open_store(paths.database)
    try:
        save_profile(profile=ProfileData(name="Sam <Lee>", email="sam@example.com"))
        field_id = add_field(name="Nursing")
        add_field(name="Law")
        contact_id = add_contact(
            contact=ContactData(first_name="Ana", last_name="Ruiz & Co", field_id=field_id)
        )
        interview_id = start_request(contact_id=contact_id)
        Interview.update(
            scheduled_start=datetime(2026, 5, 12, 13, 30, tzinfo=UTC), time_zone="Europe/London"
        ).where(Interview.id == interview_id).execute()
        for text in ("Field one?", "Field two?"):
            add_text(list_id=list_for_field(field_id=field_id), text=text)
        list_id = list_for_interview(interview_id=interview_id)
        for text in ("Is <b>this</b> bold?", "What next?"):
            add_text(list_id=list_id, text=text)
        empty = start_request(contact_id=contact_id)
    finally:
        close_database()
    return {"interview": interview_id, "empty_interview": empty}


def run_sheet(paths: AppPaths, *argv: str) -> int:
    """Run ``infoview sheet`` as the command line does (the dispatcher prints refusals)."""
    return main(["--data-dir", str(paths.data_dir), "sheet", *argv])


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_size(path: Path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return next(line for line in out.stdout.splitlines() if line.startswith("Page size"))


def test_an_interview_sheet_is_written_and_its_pages_counted(
    qapp: QApplication,
    paths: AppPaths,
    data: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "sheet.pdf"
    code = run_sheet(paths, "--interview", str(data["interview"]), "-o", str(out), "--paper", "a4")
    assert code == 0
    assert capsys.readouterr().out.strip() == f"1 page written to {out}"
    text = text_of(out)
    assert "Informational interview with Ana Ruiz & Co" in text
    assert "Field one?" in text  # the interview's list began as a copy of the field's
    assert text.index("Field two?") < text.index("Is <b>this</b> bold?") < text.index("What next")
    assert "Sam <Lee>" in text
    assert "14:30" in text
    assert "Page 1 of 1" in text
    assert "(A4)" in page_size(out)


def test_a_sheet_found_by_the_contacts_name_whatever_the_case(
    qapp: QApplication,
    paths: AppPaths,
    data: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    open_store(paths.database)
    Interview.update(status="scheduled").where(Interview.id == data["interview"]).execute()
    close_database()  # the other request, never sent, is not an interview
    out = tmp_path / "sheet.pdf"
    assert run_sheet(paths, "--contact", "ANA  ruiz & co", "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"1 page written to {out}"
    assert "Informational interview with Ana Ruiz & Co" in text_of(out)
    assert "Is <b>this</b> bold?" in text_of(out)


def test_a_field_sheet_with_options(
    qapp: QApplication,
    paths: AppPaths,
    data: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "field.pdf"
    argv = ["--field", "nursing", "-o", str(out), "--paper", "letter", "--spacing", "roomy"]
    assert run_sheet(paths, *argv, "--notes-page") == 0
    assert capsys.readouterr().out.startswith("2 pages written")
    text = text_of(out)
    assert "Informational interview questions: Nursing" in text
    assert "Notes" in text
    assert "(letter)" in page_size(out)


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--interview", "99"], "There is no interview number 99."),
        (["--field", "Dentistry"], "There is no career field called “Dentistry”."),
        (["--field", "Law"], "“Law” has no question list yet"),
        (["--interview", "{empty}"], "has no questions yet"),
    ],
)
def test_what_cannot_be_printed_is_refused_with_the_reason(
    qapp: QApplication,
    paths: AppPaths,
    data: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    reason: str,
) -> None:
    out = tmp_path / "x.pdf"
    argv = [a.replace("{empty}", str(data["empty_interview"])) for a in argv]
    assert run_sheet(paths, *argv, "-o", str(out)) == 2
    assert reason in capsys.readouterr().err
    assert not out.exists()


def test_a_file_that_cannot_be_written_is_refused(
    qapp: QApplication,
    paths: AppPaths,
    data: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "no-such-folder" / "x.pdf"
    assert run_sheet(paths, "--interview", str(data["interview"]), "-o", str(out)) == 2
    assert f"InfoView could not write {out}: " in capsys.readouterr().err


def test_no_data_yet_is_refused_without_creating_any(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = AppPaths(tmp_path / "empty")
    assert run_sheet(empty, "--field", "Law", "-o", str(tmp_path / "x.pdf")) == 2
    assert "no InfoView data" in capsys.readouterr().err
    assert not empty.data_dir.exists()


DRIVER = """
import argparse, pathlib, sys
from infoview_gui.commands import sheet
from infoview_gui.paths import AppPaths
parser = argparse.ArgumentParser()
sheet.add_arguments(parser)
paths = AppPaths(pathlib.Path(sys.argv[1]))
sys.exit(sheet.run(parser.parse_args(sys.argv[2:]), paths))
"""


def test_the_command_needs_no_display(
    paths: AppPaths, data: dict[str, int], tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "headless.pdf"
    argv = [str(paths.data_dir), "--interview", str(data["interview"]), "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, *argv], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"1 page written to {out}"
    assert done.stderr == ""
    assert "What next?" in text_of(out)
