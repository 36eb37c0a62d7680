"""The JSON backup format: lossless for every value SQLite stores; refuses what it cannot read."""

from __future__ import annotations

import contextlib
import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview_gui.exchange.json_backup import (
    FORMAT_VERSION,
    Backup,
    BackupError,
    TableData,
    looks_like_backup,
    read_backup,
    write_backup,
)

VALUES = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(st.characters(exclude_categories=["Cs"])),
    st.binary(max_size=20),
)


@st.composite
def backups(draw: st.DrawFn) -> Backup:
    tables = {}
    for name in draw(st.lists(st.sampled_from(["contact", "setting", "x_y"]), unique=True)):
        columns = draw(st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=4))
        rows = draw(st.lists(st.tuples(*(VALUES for _ in columns)), max_size=4))
        tables[name] = TableData(tuple(columns), rows)
    return Backup(1, tables, "0.1.0", "2026-03-01T09:00:00+00:00")


@settings(max_examples=200, deadline=None)
@given(backups())
def test_every_value_comes_back_exactly(backup: Backup) -> None:
    data = write_backup(backup)
    assert looks_like_backup(data)
    back = read_backup(data, schema_version=1)
    assert back == backup
    for name, table in backup.tables.items():
        for row, again in zip(table.rows, back.tables[name].rows, strict=True):
            assert [type(v) for v in row] == [type(v) for v in again]


def _document(**changes: object) -> bytes:
    document: dict[str, object] = {
        "format": "infoview-backup",
        "version": FORMAT_VERSION,
        "schema_version": 1,
        "tables": {"setting": {"columns": ["key", "value"], "rows": [["a", "b"]]}},
    }
    document.update(changes)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\xff\xfe garbage", "not valid JSON"),
        (b"[1, 2]", "not an InfoView backup"),
        (b'{"format": "something-else"}', "not an InfoView backup"),
        (_document(version=FORMAT_VERSION + 1), "newer InfoView"),
        (_document(schema_version=2), "newer InfoView"),
        (_document(schema_version=0), "data version is missing"),
        (_document(version="1"), "damaged"),
        (_document(tables=[]), "damaged"),
        (_document(tables={"t": {"columns": ["a"], "rows": [[1, 2]]}}), "does not fit"),
        (_document(tables={"t": {"columns": ["a"], "rows": [[[1]]]}}), "does not store"),
        (_document(tables={"t": {"columns": ["a"], "rows": [[{"base64": "!!"}]]}}), "damaged"),
        (_document(tables={"t": {"columns": [1], "rows": []}}), "no column names"),
    ],
)
def test_what_cannot_be_restored_is_refused_in_words(data: bytes, words: str) -> None:
    with pytest.raises(BackupError, match=words):
        read_backup(data, schema_version=1)


def test_a_byte_order_mark_and_pretty_printing_are_fine() -> None:
    document = json.loads(_document())
    data = b"\xef\xbb\xbf" + json.dumps(document, indent=2).encode()
    assert looks_like_backup(data)
    assert read_backup(data, schema_version=1).tables["setting"].rows == [("a", "b")]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_raise_only_the_documented_error_quickly(data: bytes) -> None:
    start = time.perf_counter()
    with contextlib.suppress(BackupError):
        read_backup(data, schema_version=1)
    assert time.perf_counter() - start < 1.0


def test_deeply_nested_json_is_refused_not_crashed() -> None:
    data = _document(tables={"t": {"columns": ["a"], "rows": [[]]}}).replace(
        b"[[]]", b"[" * 100_000 + b"]" * 100_000
    )
    with pytest.raises(BackupError):
        read_backup(data, schema_version=1)


def test_other_files_do_not_look_like_backups() -> None:
    assert not looks_like_backup(b"First Name,Last Name\n")
    assert not looks_like_backup(b'{"format": "other"}')
    assert not looks_like_backup(b"BEGIN:VCARD\r\n")
