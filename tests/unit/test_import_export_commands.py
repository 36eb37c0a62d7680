"""``infoview import`` and ``infoview export``: same rules as the window, JSON for scripts."""

from __future__ import annotations

import argparse
import json
import stat
from pathlib import Path
from types import ModuleType

import pytest

from infoview_gui.commands import command_modules, export_cmd, import_cmd
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Contact
from infoview_gui.store.opening import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exchange"
LINKEDIN = FIXTURES / "linkedin_new_with_preamble.csv"


def run(module: ModuleType, *argv: str) -> int:
    """Run one command module as ``infoview`` would (whether or not it is registered yet)."""
    if module in command_modules():
        from infoview_gui.app import main

        return main([module.NAME, *argv])
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    return int(module.run(args, AppPaths(Path(args.data_dir))))


def output(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    result = json.loads(capsys.readouterr().out)
    assert isinstance(result, dict)
    return result


def contacts(paths: AppPaths) -> list[str]:
    open_store(paths.database)
    try:
        return sorted(f"{c.first_name} {c.last_name}".strip() for c in Contact.select())
    finally:
        close_database()


def test_import_prints_one_json_object_and_imports(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(import_cmd, str(LINKEDIN), "--data-dir", str(paths.data_dir), "--json")
    assert code == 0
    result = output(capsys)
    assert result["format"] == "linkedin"
    assert (result["new"], result["matched"]) == (6, 0)
    assert result["rejected"] == [
        {"line": 7, "reason": "The row is empty: no name or email address."},
        {"line": 13, "reason": "A contact needs a name or an email address."},
        {"line": 14, "reason": "The profile address must start with http:// or https://."},
        {"line": 15, "reason": "The row is empty: no name or email address."},
    ]
    assert isinstance(result["batch"], int)
    assert len(contacts(paths)) == 6
    assert run(import_cmd, str(LINKEDIN), "--data-dir", str(paths.data_dir), "--json") == 0
    again = output(capsys)
    assert (again["new"], again["matched"]) == (0, 7)
    assert len(contacts(paths)) == 6


def test_an_import_is_preceded_by_a_backup(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(paths.database)
    close_database()
    assert run(import_cmd, str(LINKEDIN), "--data-dir", str(paths.data_dir), "--json") == 0
    backups = sorted(p.name for p in paths.backups_dir.glob("*.sqlite3"))
    assert len(backups) == 1 and backups[0].endswith("-import.sqlite3")


def test_a_dry_run_saves_nothing_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "none"
    assert run(import_cmd, str(LINKEDIN), "--data-dir", str(folder), "--dry-run", "--json") == 0
    result = output(capsys)
    assert result["new"] == 6 and "batch" not in result
    assert not folder.exists()


def test_the_new_contacts_go_into_the_named_field(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(paths.database)
    field_id = add_field(name="Data Analysis")
    close_database()
    argv = ["--data-dir", str(paths.data_dir), "--field", "data analysis", "--source", "friend"]
    assert run(import_cmd, str(LINKEDIN), *argv) == 0
    assert "Imported as batch" in capsys.readouterr().out
    open_store(paths.database)
    try:
        rows = [(c.field_id, c.source) for c in Contact.select()]
    finally:
        close_database()
    assert rows == [(field_id, "friend")] * 6


def test_an_unknown_field_is_refused(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    open_store(paths.database)
    add_field(name="Nursing")
    close_database()
    argv = ["--data-dir", str(paths.data_dir), "--field", "Law"]
    assert run(import_cmd, str(LINKEDIN), *argv) == 2
    assert "no career field called “Law” (fields: “Nursing”)" in capsys.readouterr().err
    assert contacts(paths) == []


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("renamed_workbook.csv", "spreadsheet workbook: save it as CSV first"),
        ("missing.csv", "could not be opened"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2_with_the_reason(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], name: str, words: str
) -> None:
    argv = ["--data-dir", str(paths.data_dir), "--json"]
    assert run(import_cmd, str(FIXTURES / name), *argv) == 2
    captured = capsys.readouterr()
    assert words in json.loads(captured.out)["error"]
    assert words in captured.err


def test_the_format_can_be_forced(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(paths.data_dir), "--format", "vcard", "--json"]
    assert run(import_cmd, str(LINKEDIN), *argv) == 2
    assert "No vCard was found" in output(capsys)["error"]


def test_human_output_lists_the_rejects(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(import_cmd, str(LINKEDIN), "--data-dir", str(paths.data_dir), "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("Networking-site connections export: 6 new, 0 rows matching")
    assert "  Line 14: The profile address must start with http:// or https://." in out
    assert out.rstrip().endswith("Dry run: nothing was saved.")


def test_a_dry_run_says_which_tags_the_import_gives(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    google = str(FIXTURES / "google_labels.csv")
    assert run(import_cmd, google, "--data-dir", str(paths.data_dir), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Tags given to 4 contacts: Nursing, Met at the fair, alumni, Café club, Mentors." in out
    assert run(import_cmd, google, "--data-dir", str(paths.data_dir), "--dry-run", "--json") == 0
    result = output(capsys)
    assert result["tags"] == ["Nursing", "Met at the fair", "alumni", "Café club", "Mentors"]
    assert result["tagged"] == 4


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", "csv"), ("vcard", "vcf"), ("ics", "ics")])
def test_export_writes_a_private_file(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana", phone="+44 1"))
    close_database()
    target = tmp_path / f"out.{suffix}"
    assert (
        run(export_cmd, "--data-dir", str(paths.data_dir), "--format", fmt, "-o", str(target)) == 0
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in capsys.readouterr().out


def test_export_for_spreadsheets(paths: AppPaths, tmp_path: Path) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana", phone="+44 1"))
    close_database()
    target = tmp_path / "out.csv"
    argv = ["--data-dir", str(paths.data_dir), "--format", "csv", "--spreadsheet", "-o"]
    assert run(export_cmd, *argv, str(target)) == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b",'+44 1," in data
    assert run(export_cmd, *argv[:3], "vcard", "--spreadsheet", "-o", str(target)) == 2


def test_export_is_safe_by_default_and_raw_on_request(paths: AppPaths, tmp_path: Path) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="@SUM(1)", phone="+1-555-0100"))
    close_database()
    target = tmp_path / "out.csv"
    argv = ["--data-dir", str(paths.data_dir), "--format", "csv", "-o", str(target)]
    assert run(export_cmd, *argv) == 0
    assert b"'@SUM(1)," in target.read_bytes() and b",'+1-555-0100," in target.read_bytes()
    assert run(export_cmd, *argv, "--raw") == 0
    assert b"\n@SUM(1)," in target.read_bytes() and b",+1-555-0100," in target.read_bytes()
    assert run(export_cmd, *argv, "--raw", "--spreadsheet") == 2


def test_a_backup_goes_through_export_and_import_into_an_empty_folder(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(paths.database)
    add_contact(contact=ContactData(first_name="Ana", notes="Line 1\nLine 2"))
    close_database()
    backup = tmp_path / "backup.json"
    assert (
        run(export_cmd, "--data-dir", str(paths.data_dir), "--format", "json", "-o", str(backup))
        == 0
    )
    fresh = AppPaths(tmp_path / "fresh")
    assert run(import_cmd, str(backup), "--data-dir", str(fresh.data_dir), "--json") == 0
    capsys.readouterr()
    assert contacts(fresh) == ["Ana"]
    assert run(import_cmd, str(backup), "--data-dir", str(fresh.data_dir), "--json") == 1
    assert "only into an empty data folder" in output(capsys)["error"]
    assert contacts(fresh) == ["Ana"]


def test_export_without_data_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(tmp_path / "none"), "--format", "csv", "-o", str(tmp_path / "x")]
    assert run(export_cmd, *argv) == 1
    assert "no InfoView data" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_export_to_a_folder_that_cannot_be_written(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(paths.database)
    close_database()
    target = tmp_path / "missing" / "out.csv"
    assert (
        run(export_cmd, "--data-dir", str(paths.data_dir), "--format", "csv", "-o", str(target))
        == 1
    )
    said = capsys.readouterr().err
    assert said.startswith(f"InfoView could not write the export {target}: it does not exist")
    assert "Errno" not in said and "Check the name and the folder" in said


def test_export_then_import_by_command_keeps_field_rank_and_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``infoview export --format csv`` into ``infoview import`` in another folder (P10)."""
    from infoview_gui.services.ranking import add_criterion, set_score

    first, second = AppPaths(tmp_path / "a"), AppPaths(tmp_path / "b")
    first.ensure()
    open_store(first.database)
    law = add_field(name="Law")
    pay = add_criterion(field_id=law, name="Pay")
    for name, score in (("Ben", 4), ("Cy", 2)):
        contact_id = add_contact(contact=ContactData(first_name=name, field_id=law))
        set_score(contact_id=contact_id, criterion_id=pay, score=score)
    close_database()
    target = tmp_path / "out.csv"
    folder = ["--data-dir", str(first.data_dir)]
    assert run(export_cmd, *folder, "--format", "csv", "-o", str(target)) == 0
    assert capsys.readouterr().out.strip() == f"Exported 2 contacts to {target}"
    lines = target.read_text("utf-8").splitlines()
    assert lines[0].split(",")[19:] == [
        "Career field",
        "Rank",
        "Weighted score",
        "Score: How close their job is to the one I want",
        "Score: We know someone in common",
        "Score: Easy to meet (location)",
        "Score: Pay",
    ]
    assert lines[1].startswith("Ben,") and lines[1].endswith(",Law,1,4,,,,4")
    assert lines[2].startswith("Cy,") and lines[2].endswith(",Law,2,2,,,,2")
    assert run(import_cmd, str(target), "--data-dir", str(second.data_dir), "--json") == 0
    assert output(capsys)["new"] == 2
    open_store(second.database)
    try:
        rows = [
            (c.first_name, c.field.name, c.score) for c in Contact.select().order_by(Contact.rank)
        ]
    finally:
        close_database()
    assert rows == [("Ben", "Law", 4.0), ("Cy", "Law", 2.0)]
