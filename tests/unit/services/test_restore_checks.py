"""P17: a restore checks every value with the dialogs' rules and refuses a bad file whole."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.links import is_safe_link
from infoview_gui.domain.profile import ProfileData
from infoview_gui.exchange.backup_check import add_rules, value_problems
from infoview_gui.exchange.json_backup import BackupError, TableData
from infoview_gui.exchange.records import MAX_FILE_BYTES
from infoview_gui.exchange.value_rules import integer
from infoview_gui.paths import AppPaths
from infoview_gui.services import exports, restore
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field, add_link
from infoview_gui.services.interviews import start_request
from infoview_gui.services.profile import save_profile
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from infoview_gui.store.schema_search import NOT_DERIVED

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
BAD = Path(__file__).parents[2] / "fixtures" / "restore"
V1 = Path(__file__).parents[2] / "fixtures" / "db" / "v1.sqlite3"
CASES = sorted(path.stem for path in BAD.glob("*.json"))


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small backup InfoView wrote: a profile, a field with a link, a contact, an interview."""
    paths = AppPaths(tmp_path_factory.mktemp("source") / "data")
    paths.ensure()
    open_store(paths.database)
    try:
        save_profile(profile=ProfileData(name="Sam", email="sam@example.org", time_zone="UTC"))
        field_id = add_field(name="Law")
        add_link(field_id=field_id, url="https://www.bls.gov/ooh", title="Outlook")
        contact = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
        start_request(contact_id=contact)
        target = paths.data_dir / "backup.json"
        exports.export_json(path=target, now=NOW)
        document: dict[str, Any] = json.loads(target.read_bytes())
    finally:
        close_database()
    return document


def _value(given: object) -> object:
    if isinstance(given, dict) and set(given) == {"repeat", "times"}:
        return str(given["repeat"]) * int(given["times"])
    return given


def _bad(document: dict[str, Any], case: str) -> tuple[bytes, str]:
    """The backup with the value of ``case`` in row 1 of its table, and the reason expected."""
    spec = json.loads((BAD / f"{case}.json").read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(document))
    table = bad["tables"][spec["table"]]
    table["rows"][0][table["columns"].index(spec["column"])] = _value(spec["value"])
    return json.dumps(bad, ensure_ascii=False).encode(), str(spec["reason"])


def _rows(db: SqliteDatabase) -> dict[str, list[tuple[object, ...]]]:
    names = [
        r[0]
        for r in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            f"AND {NOT_DERIVED}"  # the search index is rebuilt, not restored
        ).fetchall()
    ]
    return {n: db.execute_sql(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}


def test_the_good_backup_restores(good_backup: dict[str, Any], store: SqliteDatabase) -> None:
    counts = restore.restore_backup(data=json.dumps(good_backup).encode())
    assert counts["contact"] == 1 and counts["field_link"] == 1


@pytest.mark.parametrize("case", CASES)
def test_a_backup_with_one_bad_value_is_refused_whole(
    case: str, good_backup: dict[str, Any], store: SqliteDatabase
) -> None:
    data, reason = _bad(good_backup, case)
    before = _rows(store)
    with pytest.raises(BackupError) as refused:
        restore.restore_backup(data=data)
    said = str(refused.value)
    assert said.startswith("This backup holds values InfoView would never store, so it was not")
    assert f"- {reason}" in said
    assert _rows(store) == before  # the current data as it was
    assert restore.database_is_empty()


def test_the_first_few_reasons_are_given(
    good_backup: dict[str, Any], store: SqliteDatabase
) -> None:
    bad = json.loads(json.dumps(good_backup))
    contact = bad["tables"]["contact"]
    for column in ("rank", "score", "email", "created_at", "updated_at", "source", "phone"):
        contact["rows"][0][contact["columns"].index(column)] = "?&" * 30
    with pytest.raises(BackupError) as refused:
        restore.restore_backup(data=json.dumps(bad).encode())
    assert str(refused.value).count("\n- contact 1, ") == 5
    assert "(and maybe more)" in str(refused.value)


def test_a_backup_past_the_size_limit_is_refused_unread(store: SqliteDatabase) -> None:
    data = b'{"format": "infoview-backup", "tables": {}, "padding": "' + b"x" * MAX_FILE_BYTES
    with pytest.raises(BackupError, match="larger than 50 MB"):
        restore.restore_backup(data=data)
    assert restore.database_is_empty()


def test_the_restore_command_refuses_a_bad_backup_and_a_big_one(
    good_backup: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths(tmp_path / "empty")
    data, reason = _bad(good_backup, "javascript_link")
    backup = tmp_path / "bad.json"
    backup.write_bytes(data)
    for dry_run in (["--dry-run"], []):
        assert main(["--data-dir", str(paths.data_dir), "import", *dry_run, str(backup)]) == 2
        said = capsys.readouterr()
        assert reason in said.err and "Traceback" not in said.err
    big = tmp_path / "big.json"
    big.write_bytes(b'{"format": "infoview-backup", "x": "' + b"x" * MAX_FILE_BYTES + b'"}')
    assert main(["--data-dir", str(paths.data_dir), "import", str(big)]) == 2
    assert "larger than 50 MB" in capsys.readouterr().err
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 0  # nothing half-restored


def test_every_backup_of_the_released_fixture_passes_the_checks(tmp_path: Path) -> None:
    """No false refusal: the populated database of every released version restores."""
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(V1, path)
    open_store(path)
    try:
        backup = exports.dump_database(now=NOW)
    finally:
        close_database()
    assert sum(len(t.rows) for t in backup.tables.values()) > 50
    assert value_problems(backup.tables) == []


def test_a_later_table_adds_its_rules() -> None:
    tables = {"contact_phone": TableData(("id", "contact_id"), [(1, 0)])}
    assert value_problems(tables) == []  # no rule yet: a number is a value InfoView stores
    add_rules("contact_phone", {"contact_id": integer(1)})
    assert value_problems(tables) == ["contact phone 1, contact id: is 0, outside 1 to …"]


@pytest.mark.parametrize(
    ("url", "opens"),
    [
        ("https://www.bls.gov/ooh", True),
        ("http://example.org", True),
        ("mailto:ana@example.org?subject=Hello%20there", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("vbscript:msgbox", False),
        ("https://", False),
        ("https://example.org/Civil engineering", True),  # as released versions kept it
        ("https://example.org/\r\nSet-Cookie: x", False),
        (" javascript:alert(1)", False),
        ("", False),
        ("ms-settings:privacy", False),
    ],
)
def test_only_http_https_and_mailto_links_open(url: str, opens: bool) -> None:
    assert is_safe_link(url) is opens
