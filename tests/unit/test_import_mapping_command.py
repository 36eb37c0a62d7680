"""``infoview import --map`` and what the dry-run report says of columns with no field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infoview_gui.app import main
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import load_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Contact
from infoview_gui.store.opening import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exchange"
SWEDISH = str(FIXTURES / "linkedin_sv_unknown.csv")
SWEDISH_MAP = "first=Förnamn,last=Efternamn,url=URL,email=E-postadress,org=Företag"


def infoview(paths: AppPaths, *argv: str) -> int:
    return main(["import", *argv, "--data-dir", str(paths.data_dir)])


def test_dry_run_lists_the_columns_kept_only_in_notes(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture = str(FIXTURES / "generic_birthday_spouse.csv")
    assert infoview(paths, fixture, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Not imported as details (kept in each contact's notes): Birthday, Spouse." in out
    assert infoview(paths, fixture, "--dry-run", "--json") == 0
    assert json.loads(capsys.readouterr().out)["unmapped"] == ["Birthday", "Spouse"]


def test_an_unknown_header_is_refused_with_how_to_map_it(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(paths, SWEDISH, "--dry-run") == 2
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert "--map" in said
    assert "“Förnamn”, “Efternamn”, “URL”, “E-postadress”" in said
    assert "Notes:" not in said
    assert "Traceback" not in said


def test_map_imports_a_header_we_do_not_know(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(paths, SWEDISH, "--map", SWEDISH_MAP, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["new"], report["rejected"]) == (2, [])
    assert report["unmapped"] == ["Befattning", "Kontakt sedan"]
    open_store(paths.database)
    try:
        names = sorted((c.first_name, c.organisation) for c in Contact.select())
    finally:
        close_database()
    assert names == [("Erik", "Volvo Lastvagnar"), ("Linnea", "Karolinska Sjukhuset")]


def test_a_bad_map_is_a_sentence_and_exit_2(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(paths, SWEDISH, "--dry-run", "--map", "first=Vorname") == 2
    captured = capsys.readouterr()
    assert "no column called “Vorname”" in captured.out + captured.err
    assert "Traceback" not in captured.out + captured.err


def test_every_email_and_phone_of_an_outlook_file_is_saved_with_its_label(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(paths, str(FIXTURES / "outlook_contacts.csv"), "--json") == 0
    capsys.readouterr()
    open_store(paths.database)
    try:
        row = Contact.get(Contact.last_name == "Okafor")
        tom = load_contact(int(row.id))
    finally:
        close_database()
    assert (tom.email, tom.phone, tom.phone_label) == (
        "tom.okafor@example.com",
        "+44 7700 900123",
        PointLabel.MOBILE,
    )
    assert tom.other_points == (
        ContactPoint(PointKind.EMAIL, "t.okafor@example.net"),
        ContactPoint(PointKind.PHONE, "+44 113 496 0000", PointLabel.WORK),
    )
    assert "Home Street: 12 Elm Road" in tom.notes
