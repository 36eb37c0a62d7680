from __future__ import annotations

from datetime import UTC, datetime
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from infoview_gui.domain.handover import (
    Manifest,
    ManifestError,
    Verdict,
    data_file_name,
    is_data_file_name,
    parse_manifest,
    weigh,
)
from infoview_gui.domain.synced_folders import synced_service

WHEN = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)
A, B, C, D = ("a" * 40, "b" * 40, "c" * 40, "d" * 40)


def manifest(fingerprint: str = C, based_on: str = A) -> Manifest:
    return Manifest(WHEN, "laptop", "f" * 32, fingerprint, based_on, data_file_name(WHEN), 9, 3)


def test_a_manifest_reads_back_as_written() -> None:
    written = manifest()
    assert parse_manifest(written.to_json()) == written
    assert written.data_file == "infoview-handover-20260510-090000.sqlite3"
    assert is_data_file_name(written.data_file)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("format", "zip"),
        ("version", 99),
        ("version", "1"),
        ("data_file", "../infoview.sqlite3"),
        ("data_file", "/etc/passwd"),
        ("fingerprint", "x" * 40),
        ("based_on", "nope"),
        ("size", -1),
        ("size", True),
        ("written_at", "yesterday"),
        ("written_at", "2026-05-10T09:00:00"),
        ("computer", ["a"]),
        ("data_folder_id", "../"),
    ],
)
def test_a_manifest_with_any_wrong_value_is_refused_in_words(key: str, value: object) -> None:
    raw = {**manifest().to_json(), key: value}
    with pytest.raises(ManifestError) as refused:
        parse_manifest(raw)
    assert " " in str(refused.value)  # a sentence, never a bare key


def test_not_a_dictionary_is_refused() -> None:
    with pytest.raises(ManifestError):
        parse_manifest([1, 2])


def test_the_same_data_or_one_seen_before_is_nothing_new() -> None:
    assert weigh(manifest(C), local=C, last=A, known=[A], local_has_data=True) is Verdict.SAME
    assert weigh(manifest(C), local=D, last=C, known=[C, A], local_has_data=True) is (Verdict.OLDER)


def test_a_hand_over_that_follows_the_last_one_here_is_newer_when_nothing_changed_here() -> None:
    assert weigh(manifest(C, A), local=A, last=A, known=[A], local_has_data=True) is (Verdict.NEWER)


def test_changes_on_both_sides_need_a_choice() -> None:
    assert weigh(manifest(C, A), local=D, last=A, known=[A], local_has_data=True) is Verdict.BOTH


def test_a_hand_over_from_another_line_needs_a_choice_even_if_nothing_changed_here() -> None:
    assert weigh(manifest(C, B), local=A, last=A, known=[A, B], local_has_data=True) is (
        Verdict.BOTH
    )


def test_a_first_hand_over_opens_on_empty_data_and_asks_over_the_users_data() -> None:
    assert weigh(manifest(C, ""), local=D, last="", known=[], local_has_data=False) is (
        Verdict.NEWER
    )
    assert weigh(manifest(C, ""), local=D, last="", known=[], local_has_data=True) is (Verdict.BOTH)


def exists_in(*present: str):  # type: ignore[no-untyped-def]
    return lambda path: str(path) in present


@pytest.mark.parametrize(
    ("folder", "markers", "service"),
    [
        ("/home/ana/Dropbox/InfoView", (), "Dropbox"),
        ("/home/ana/Dropbox (Personal)/apps", (), "Dropbox"),
        ("/home/ana/OneDrive - Contoso/InfoView", (), "OneDrive"),
        ("/home/ana/Google Drive/x", (), "Google Drive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/x", (), "iCloud Drive"),
        ("/home/ana/sync/InfoView", ("/home/ana/sync/.stfolder",), "Syncthing"),
        ("/home/ana/work/InfoView", ("/home/ana/work/.dropbox",), "Dropbox"),
        ("/home/ana/r/InfoView", ("/home/ana/r/.sync",), "Resilio Sync"),
        ("/home/ana/.local/share/InfoView", (), ""),
        ("/home/ana/Dropboxes/InfoView", (), ""),
        ("/home/ana/InfoView", ("/home/ana/InfoView/backups/.stfolder",), ""),
    ],
)
def test_a_synced_folder_is_told_by_its_markers_or_its_name(
    folder: str, markers: tuple[str, ...], service: str
) -> None:
    assert synced_service(PurePosixPath(folder), exists_in(*markers)) == service


def test_a_windows_onedrive_folder_is_seen() -> None:
    folder = PureWindowsPath("C:/Users/Ana/OneDrive/Documents/InfoView")
    assert synced_service(folder, exists_in()) == "OneDrive"
