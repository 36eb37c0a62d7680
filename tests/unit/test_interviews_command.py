"""``infoview interviews`` and ``infoview sheet --contact``: finding interviews from a shell.

The sheet found by name and written is tested in tests/gui/test_sheet_command.py (it
starts Qt).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.profile import ProfileData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.services.question_lists import add_text, list_for_interview
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Interview
from infoview_gui.store.opening import open_store


def _interview(first: str, last: str, field_id: int, **values: object) -> int:
    contact_id = add_contact(
        contact=ContactData(first_name=first, last_name=last, field_id=field_id)
    )
    interview_id = start_request(contact_id=contact_id)
    if values:
        Interview.update(**values).where(Interview.id == interview_id).execute()
    return interview_id


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    """Ana (scheduled), Ben (asked), Anabel (held, with a question), Dana (a draft)."""
    open_store(paths.database)
    save_profile(profile=ProfileData(name="Sam Lee", time_zone="America/New_York"))
    law, nursing = add_field(name="Law"), add_field(name="Nursing")
    _interview(
        "Ana",
        "Ruiz",
        nursing,
        status="scheduled",
        scheduled_start=datetime(2026, 5, 12, 13, 30, tzinfo=UTC),
        time_zone="Europe/London",
        duration_min=30,
        format="video",
    )
    _interview("Ben", "Okafor", law, status="asked")
    held = _interview(
        "Anabel", "Ruiz", law, status="held", held_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    )
    add_text(list_id=list_for_interview(interview_id=held), text="What is a usual week?")
    _interview("Dana", "Draft", law)  # a request never sent: not an interview
    close_database()
    return paths


def infoview(paths: AppPaths, *argv: str) -> int:
    return main([*argv, "--data-dir", str(paths.data_dir)])


def test_interviews_prints_an_aligned_table_in_the_users_zone_without_drafts(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(data, "interviews") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "Contact", "Organization", "Field", "Status", "Time"]
    assert "Ana Ruiz" in lines[1] and "Scheduled" in lines[1]
    assert lines[1].endswith("Tue 5/12/26 9:30\u202fAM")  # 13:30 UTC in New York
    assert lines[2].endswith("Mon 3/2/26 4:00\u202fAM")  # held, in New York's winter time
    assert "Ben Okafor" in lines[3] and "Asked" in lines[3]
    assert lines[-1] == "Times are in America/New_York."
    assert not any("Dana" in line for line in lines)
    # aligned: each column starts at the same place on every row
    starts = [line.index("Nursing" if "Ana Ruiz" in line else "Field") for line in lines[:2]]
    assert starts[0] == starts[1]


def test_interviews_json_is_an_array_of_objects(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(data, "interviews", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["contact"], r["field"], r["status"]) for r in rows] == [
        ("Ana Ruiz", "Nursing", "scheduled"),
        ("Anabel Ruiz", "Law", "held"),
        ("Ben Okafor", "Law", "asked"),
    ]
    assert rows[0]["time"] == "2026-05-12T09:30-04:00"
    assert rows[2]["time"] is None
    assert all(isinstance(r["id"], int) for r in rows)


def test_interviews_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert re.search(r"^ +interviews +list the interviews", out, re.MULTILINE)


def test_interviews_without_data_says_so(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(paths, "interviews") == 1
    captured = capsys.readouterr()
    assert "There is no InfoView data" in captured.err
    assert "Traceback" not in captured.err


def test_sheet_with_several_matching_contacts_lists_them(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = data.data_dir / "sheet.pdf"
    assert infoview(data, "sheet", "--contact", "ana", "-o", str(pdf)) == 2
    err = capsys.readouterr().err
    assert "2 interviews match “ana”: 1 (Ana Ruiz), 3 (Anabel Ruiz)" in err
    assert not pdf.exists()


def test_sheet_with_an_unknown_contact_or_number_lists_the_interviews(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = str(data.data_dir / "sheet.pdf")
    valid = "The interviews are: 1 (Ana Ruiz), 2 (Ben Okafor), 3 (Anabel Ruiz)."
    assert infoview(data, "sheet", "--interview", "9", "-o", pdf) == 2
    assert capsys.readouterr().err.strip() == f"There is no interview number 9. {valid}"
    assert infoview(data, "sheet", "--contact", "Zed", "-o", pdf) == 2
    assert capsys.readouterr().err.strip() == (
        f"No interview is with a contact called “Zed”. {valid}"
    )


def test_interviews_does_not_load_qt(data: AppPaths) -> None:
    """A command that only prints text starts no Qt (ARCHITECTURE: commands stop before it)."""
    script = (
        "import sys\nfrom infoview_gui.app import main\n"
        "code = main(['interviews', '--json', '--data-dir', sys.argv[1]])\n"
        "print(code, 'PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(data.data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.splitlines()[-1] == "0 False", done.stderr
