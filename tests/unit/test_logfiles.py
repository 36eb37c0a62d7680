"""The private log's files: private, bounded, and no links (a mailto: link is an email)."""

from __future__ import annotations

import errno
import io
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from infoview_gui import logfiles
from infoview_gui.logfiles import (
    FULL_NOTICE,
    MAX_BYTES,
    WINDOW_LOG,
    last_lines,
    log,
    start_log,
    stop_log,
    without_links,
)
from infoview_gui.paths import AppPaths


@pytest.fixture
def handler(paths: AppPaths) -> Iterator[logging.Handler]:
    opened = start_log(paths, WINDOW_LOG)
    assert opened is not None
    yield opened
    stop_log(opened)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_is_private_even_under_a_lax_umask(paths: AppPaths) -> None:
    old = os.umask(0o022)
    try:
        stop_log(start_log(paths, WINDOW_LOG))
    finally:
        os.umask(old)
    assert stat.S_IMODE(paths.logs_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((paths.logs_dir / WINDOW_LOG).stat().st_mode) == 0o600


def test_one_run_stops_writing_at_the_bound(
    paths: AppPaths, handler: logging.Handler, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logfiles, "MAX_BYTES", 20_000)
    for n in range(2_000):
        log.warning("a warning that repeats %d %s", n, "." * 50)
    path = paths.logs_dir / WINDOW_LOG
    assert 20_000 <= path.stat().st_size < 21_000
    assert last_lines(path, 1)[0].endswith(FULL_NOTICE)
    assert MAX_BYTES <= 5_000_000  # a few MB at most, per file


def test_no_log_when_the_data_folder_is_missing(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "none")
    assert start_log(paths, WINDOW_LOG) is None
    assert not paths.data_dir.exists()


def test_last_lines_reads_the_end_of_a_long_log(paths: AppPaths) -> None:
    paths.ensure_logs_dir()
    path = paths.logs_dir / WINDOW_LOG
    path.write_text("".join(f"line {n}\n" for n in range(100_000)))
    assert last_lines(path, 3) == ["line 99997", "line 99998", "line 99999"]
    assert last_lines(paths.logs_dir / "none.log") == []


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        (
            "This plugin does not support QPlatformServices::openUrl() for "
            "'mailto:zq@example.org?subject=Hello Zebulon&body=It's me'.",
            "This plugin does not support QPlatformServices::openUrl() for 'mailto:<link left out>",
        ),
        (
            "Unable to detect a launcher for 'https://www.example.com/in/zebulon-q'",
            "Unable to detect a launcher for 'https:<link left out>",
        ),
        ("QWidget::repaint: Recursive repaint detected", "QWidget::repaint: Recursive repaint"),
    ],
)
def test_links_in_messages_are_left_out(message: str, kept: str) -> None:
    cleaned = without_links(message)
    assert cleaned.startswith(kept)
    assert "zebulon" not in cleaned.lower() and "zq@" not in cleaned


def test_a_log_that_cannot_be_written_stops_without_a_word(
    paths: AppPaths, handler: logging.Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    class FullDisk(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    assert isinstance(handler, logging.FileHandler)
    handler.setStream(FullDisk()).close()  # type: ignore[union-attr]
    log.warning("first")
    log.warning("second")
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
