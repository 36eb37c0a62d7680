"""``infoview import``: rows that look like a saved contact are listed, merged when asked."""

from __future__ import annotations

import locale
from pathlib import Path

import pytest

from infoview_gui.commands import import_cmd
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact, load_contact
from infoview_gui.store.database import close_database
from infoview_gui.store.models import Contact
from infoview_gui.store.opening import open_store
from tests.unit.test_import_export_commands import run

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "exchange" / "likely_merge.csv"


@pytest.fixture
def saved(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Dana, Robert and Jane in a data folder; local numbers read as American."""
    monkeypatch.setattr(locale, "getlocale", lambda *_args: ("en_US", "UTF-8"))
    open_store(paths.database)
    people = {
        "Dana": ContactData(first_name="Dana", last_name="Ruiz", phone="202-555-0147"),
        "Robert": ContactData(first_name="Robert", last_name="Smith", organisation="Acme"),
        "Jane": ContactData(first_name="Jane", last_name="Doe", organisation="Orbit Labs"),
    }
    ids = {name: add_contact(contact=contact) for name, contact in people.items()}
    close_database()
    return ids


def test_the_dry_run_lists_likely_rows_and_values_not_imported(
    paths: AppPaths, saved: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(import_cmd, str(FIXTURE), "--data-dir", str(paths.data_dir), "--dry-run") == 0
    assert capsys.readouterr().out.splitlines() == [
        "CSV file: 4 new, 0 rows matching saved contacts (0 would change), 0 repeated rows, "
        "0 rejected, 1 value not imported.",
        "  Line 4: Email not imported: “not an address” does not look like an email address "
        "(name@example.org).",
        "3 rows looking like a saved contact (added as new contacts; --merge-likely merges them):",
        "  Line 2: Dan Ruiz looks like Dana Ruiz (same phone +1 (202) 555-0147)",
        "  Line 3: Bob Smith looks like Robert Smith (close names at Acme)",
        "  Line 4: J. Doé looks like Jane Doe (close names at Orbit Labs)",
        "Dry run: nothing was saved.",
    ]


def test_without_the_option_likely_rows_are_added(paths: AppPaths, saved: dict[str, int]) -> None:
    assert run(import_cmd, str(FIXTURE), "--data-dir", str(paths.data_dir)) == 0
    open_store(paths.database)
    try:
        assert Contact.select().count() == 7
    finally:
        close_database()


def test_merge_likely_merges_them_into_the_saved_contacts(
    paths: AppPaths, saved: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = (str(FIXTURE), "--data-dir", str(paths.data_dir), "--merge-likely")
    assert run(import_cmd, *argv) == 0
    out = capsys.readouterr().out
    assert "CSV file: 1 new, 3 rows matching saved contacts (3 would change)" in out
    assert "3 rows looking like a saved contact (merged into it):" in out
    open_store(paths.database)
    try:
        assert Contact.select().count() == 4
        dana = load_contact(saved["Dana"])
        assert (dana.first_name, dana.email, dana.title) == (
            "Dana",
            "dan.ruiz@home.example",
            "Data engineer",
        )
        jane = load_contact(saved["Jane"])
        assert (jane.first_name, jane.email) == ("Jane", "jane.doe@orbit.example")
    finally:
        close_database()
