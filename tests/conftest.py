"""Fixtures shared by every test: an open store in a temporary data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks the source language whatever the machine's: InfoView follows the system
# into every shipped language, and the tests that follow another one say so themselves.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

from infoview_gui.paths import AppPaths  # noqa: E402
from infoview_gui.store.database import close_database  # noqa: E402
from infoview_gui.store.opening import open_store  # noqa: E402


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A data folder of its own for the test."""
    app_paths = AppPaths(tmp_path / "data")
    app_paths.ensure()
    return app_paths


@pytest.fixture
def store(paths: AppPaths) -> Iterator[SqliteDatabase]:
    """The real database, migrated, in the test's data folder."""
    db = open_store(paths.database)
    yield db
    close_database()


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real CalDAV/CardDAV server (Radicale) on 127.0.0.1, for the sync's tests of a module."""
    from tests.dav.server import Radicale

    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()
