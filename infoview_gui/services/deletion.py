"""Deleting with undo, for any kind of record (interviews use it as it is).

``delete_with_undo`` deletes rows in one transaction and returns the snapshot that
``undo_deletion`` (or ``ui.undo.DeletionCommand``) puts back exactly: the rows with
their ids, every child that ``ON DELETE CASCADE`` removed (an interview's question list
and its answers, say) and every link that ``ON DELETE SET NULL`` cut (as
``services.questions.delete_own_questions`` relies on for the lists that used a question).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from peewee import Model

from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.store.database import database
from infoview_gui.store.models import Interview
from infoview_gui.store.snapshots import Snapshot, restore, take

_BATCH = 500


def delete_with_undo(model: type[Model], ids: Sequence[int], *, gone: str) -> Snapshot:
    """Delete ``model`` rows with these ids and what hangs on them; return the snapshot.

    Args:
        model: the table.
        ids: the rows to delete.
        gone: the message when none of them exists any more.

    Raises:
        NotFoundError: none of the rows exists (deleted meanwhile).
    """
    wanted = list(dict.fromkeys(ids))
    with database.atomic():
        snapshot = take(model, wanted)
        if not snapshot.count(model):
            raise NotFoundError(gone)
        key = cast(Any, model._meta.primary_key)
        for start in range(0, len(wanted), _BATCH):
            model.delete().where(key << wanted[start : start + _BATCH]).execute()
    return snapshot


def undo_deletion(*, snapshot: Snapshot) -> None:
    """Put deleted records back exactly as they were, in one transaction."""
    restore(snapshot)


def delete_interviews(*, interview_ids: Sequence[int]) -> Snapshot:
    """Delete interview records with their question lists and answers; return the snapshot."""
    return delete_with_undo(Interview, interview_ids, gone=_("That interview no longer exists."))
