"""Atomic, private export files; import files read within the size limit."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from infoview_gui.exchange import files
from infoview_gui.exchange.files import atomic_write, read_import_file
from infoview_gui.exchange.records import ImportFileError


def test_atomic_write_creates_a_private_file(tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    atomic_write(target, b"data")
    assert target.read_bytes() == b"data"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.csv"]


def test_atomic_write_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    target.write_bytes(b"old")
    atomic_write(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "contacts.csv"
    target.write_bytes(b"original")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, b"new data")
    monkeypatch.undo()
    assert target.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.csv"]


def test_atomic_write_into_a_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        atomic_write(tmp_path / "missing" / "x.csv", b"x")


def test_read_import_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"Name\nA\n")
    assert read_import_file(path) == b"Name\nA\n"
    with pytest.raises(ImportFileError, match="could not be opened"):
        read_import_file(tmp_path / "nope.csv")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 4)
    with pytest.raises(ImportFileError, match="larger than"):
        read_import_file(path)
