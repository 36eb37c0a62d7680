"""A JSON backup written by every earlier InfoView still restores, its data upgraded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact_points import PointKind, PointLabel
from infoview_gui.exchange.json_backup import FORMAT_VERSION, BackupError
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import load_contact
from infoview_gui.services.invariants import check_invariants
from infoview_gui.services.restore import restore_backup
from infoview_gui.store.models import Contact
from infoview_gui.store.queries import tuples

FIXTURES = Path(__file__).parents[2] / "fixtures" / "backup"
FORMATS = sorted(FIXTURES.glob("format*.json"))


def _saved_contacts(document: dict[str, object]) -> list[tuple[int, str, str]]:
    """Return (id, email, phone) of every contact in a backup document."""
    table = document["tables"]["contact"]  # type: ignore[index]
    index = {name: i for i, name in enumerate(table["columns"])}
    rows = table["rows"]
    return [(row[index["id"]], row[index["email"]], row[index["phone"]]) for row in rows]


def test_there_is_a_fixture_for_every_backup_format() -> None:
    assert [path.stem for path in FORMATS] == [f"format{n}" for n in range(1, FORMAT_VERSION + 1)]


@pytest.mark.parametrize("fixture", FORMATS, ids=lambda path: path.stem)
def test_a_backup_of_every_format_restores_every_contact_with_a_uid(
    store: SqliteDatabase, paths: AppPaths, fixture: Path
) -> None:
    document = json.loads(fixture.read_text(encoding="utf-8"))
    counts = restore_backup(data=fixture.read_bytes())
    assert counts["contact"] == len(document["tables"]["contact"]["rows"])
    restored = tuples(Contact.select(Contact.id, Contact.email, Contact.phone).order_by(Contact.id))
    assert restored == _saved_contacts(document)
    uids = [load_contact(contact_id).uid for contact_id, _, _ in restored]
    assert all(uid.startswith("urn:uuid:") for uid in uids) and len(set(uids)) == len(uids)
    report = check_invariants(cards_dir=paths.cards_dir, fix=False)
    assert not [problem for problem in report.problems if "search text" in problem]


def test_a_format_2_backup_keeps_every_further_email_and_label(store: SqliteDatabase) -> None:
    fixture = FIXTURES / "format2.json"
    document = json.loads(fixture.read_text(encoding="utf-8"))
    table = document["tables"]["contact"]
    uid_column = table["columns"].index("uid")
    restore_backup(data=fixture.read_bytes())
    first = load_contact(1)
    assert first.uid == table["rows"][0][uid_column]
    assert first.email_label is PointLabel.WORK
    assert [(p.kind, p.label) for p in first.other_points] == [(PointKind.EMAIL, PointLabel.HOME)]


def test_a_backup_with_a_script_link_among_a_contacts_web_addresses_is_refused(
    store: SqliteDatabase,
) -> None:
    document = json.loads((FIXTURES / "format2.json").read_text(encoding="utf-8"))
    points = document["tables"]["contact_point"]
    point = points["rows"][0]
    point[points["columns"].index("kind")] = "web"
    point[points["columns"].index("value")] = "javascript:alert(1)"
    with pytest.raises(BackupError, match="contact point .*, value: is a link InfoView does not"):
        restore_backup(data=json.dumps(document).encode("utf-8"))
    assert Contact.select().count() == 0
