"""Every error a user may see shares one root, UserError, whose str() is the sentence."""

from __future__ import annotations

import pytest
from peewee import OperationalError

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.commands.import_cmd import _RefusedError
from infoview_gui.commands.sheet import SheetCommandError
from infoview_gui.domain import errors
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.pipeline import IllegalTransition
from infoview_gui.exchange.json_backup import BackupError as BackupFileError
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.services.imports import ImportUndoRefusedError
from infoview_gui.store import storage_errors
from infoview_gui.store.connection import NewerDatabaseError, StoreError

USER_FACING = [
    errors.DomainError,
    errors.ValidationError,
    errors.NotFoundError,
    errors.StorageError,
    errors.StorageFullError,
    errors.ReadOnlyStorageError,
    errors.DiskError,
    errors.DamagedStorageError,
    errors.BackupError,
    IllegalTransition,
    ImportUndoRefusedError,
    StoreError,
    NewerDatabaseError,
    ImportFileError,
    BackupFileError,
    CommandError,
    _RefusedError,
    SheetCommandError,
    *storage_errors.BY_CODE.values(),
]


@pytest.mark.parametrize("kind", USER_FACING, ids=lambda kind: kind.__name__)
def test_every_user_facing_error_has_the_one_root(kind: type[Exception]) -> None:
    assert issubclass(kind, UserError)


@pytest.mark.parametrize("kind", list(storage_errors.BY_CODE.values()), ids=lambda k: k.__name__)
def test_disk_errors_are_still_peewee_errors_with_a_sentence(kind: type[Exception]) -> None:
    error = kind()
    assert isinstance(error, OperationalError)
    assert str(error).endswith(".") and len(str(error).split()) > 8
