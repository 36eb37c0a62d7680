"""The journal is copied into the data file by a worker after writes, not by the window's
commits (a checkpoint there stopped the window for a fifth of a second)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services.contacts import add_contact
from infoview_gui.store.connection import current
from infoview_gui.ui import checkpoints
from infoview_gui.ui.events import AppEvents


def file_size(paths: AppPaths) -> int:
    """The size of the data file itself (what a checkpoint writes to)."""
    return paths.database.stat().st_size


def test_the_windows_commits_leave_the_journal_to_the_worker_which_copies_it(
    store: object,
    paths: AppPaths,
    events: AppEvents,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(checkpoints, "DELAY_MS", 50)
    current().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_size(paths)
    keeper = checkpoints.keep_journal_short(events)
    for n in range(300):  # 6 MB: well past SQLite's own 1,000-page threshold
        add_contact(contact=ContactData(first_name=f"Ana{n}", notes="n" * 20_000))
    assert file_size(paths) == before  # no commit of the window's copied the journal
    events.publish()
    qtbot.waitUntil(lambda: keeper.done is not None, timeout=10_000)
    pages, copied = keeper.done  # type: ignore[misc]
    assert pages > 1000 and copied == pages
    assert file_size(paths) > before + 5_000_000
