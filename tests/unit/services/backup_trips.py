"""Helpers of the backup round-trip tests: write a backup of a filled folder, restore it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import pytest

from infoview_gui.exchange.json_backup import BackupError
from infoview_gui.paths import AppPaths
from infoview_gui.services import exports, restore
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store

T = TypeVar("T")


@contextmanager
def data_folder(folder: Path) -> Iterator[AppPaths]:
    """Open a new data folder's store for the block, closed after it."""
    paths = AppPaths(folder)
    paths.ensure()
    open_store(paths.database)
    try:
        yield paths
    finally:
        close_database()


def backed_up(folder: Path, fill: Callable[[], T], now: datetime) -> tuple[bytes, T]:
    """Fill a new data folder with ``fill`` and return its JSON backup and what fill gave."""
    with data_folder(folder) as paths:
        state = fill()
        target = paths.data_dir / "backup.json"
        exports.export_json(path=target, now=now)
        return target.read_bytes(), state


def refused_with_one_bad_value(
    data: bytes, folder: Path, table: str, column: str, value: object, reason: str
) -> None:
    """Put ``value`` in the first row's ``column`` of ``table``: the restore refuses it all."""
    document = json.loads(data)
    columns = document["tables"][table]["columns"]
    document["tables"][table]["rows"][0][columns.index(column)] = value
    with data_folder(folder):
        with pytest.raises(BackupError, match=f"{table.replace('_', ' ')} 1, .*{reason}"):
            restore.restore_backup(data=json.dumps(document).encode())
        assert restore.database_is_empty()
