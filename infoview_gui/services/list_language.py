"""'Use the current language' on a question list: the bank's questions re-worded, one action.

A list keeps the text each question had when it was added (``question_lists``): a list made
in English stays English after the user switches InfoView to German. This action brings the
list's questions that came from the bank, and that the user has not reworded, into the
language InfoView speaks now (``bank_words.BankWordings``); the user's own questions,
research lines and reworded ones are kept as they are. Undo puts the old wording back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from peewee import JOIN

from infoview_gui.domain.bank_words import BankWordings
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.i18n import _
from infoview_gui.store.database import database, execute_many
from infoview_gui.store.models import ListQuestion, Question, QuestionList
from infoview_gui.store.queries import tuples


@dataclass(frozen=True)
class Retranslation:
    """What 'Use the current language' changed on a list.

    Attributes:
        list_id: the list.
        before: item id -> its text before, for the questions re-worded.
        after: item id -> its text now.
        kept: how many questions from the bank were kept because the user reworded them.
    """

    list_id: int
    before: Mapping[int, str]
    after: Mapping[int, str]
    kept: int = 0

    @property
    def count(self) -> int:
        """How many questions were re-worded."""
        return len(self.after)


def _bank_items(list_id: int) -> list[tuple[int, str, str | None]]:
    """Return (item id, text, bank key or None) of each question on a list."""
    query = (
        ListQuestion.select(ListQuestion.id, ListQuestion.text, Question.builtin_key)
        .join(Question, JOIN.LEFT_OUTER, on=(ListQuestion.question == Question.id))
        .where(ListQuestion.question_list == list_id)
    )
    return [(int(i), str(t), None if k is None else str(k)) for i, t, k in tuples(query)]


def plan(list_id: int, wordings: BankWordings) -> Retranslation:
    """Return what 'Use the current language' would change on a list (nothing is written)."""
    before: dict[int, str] = {}
    after: dict[int, str] = {}
    kept = 0
    for item_id, text, key in _bank_items(list_id):
        new = wordings.retranslation(key, text)
        if new is not None:
            before[item_id], after[item_id] = text, new
        elif key is not None and not wordings.is_shipped(key, text):
            kept += 1
    return Retranslation(list_id, before, after, kept)


def use_current_language(*, list_id: int, wordings: BankWordings) -> Retranslation:
    """Re-word a list's unedited bank questions in the current language; return the change.

    Raises:
        NotFoundError: the list no longer exists.
    """
    with database.atomic():
        if not QuestionList.select().where(QuestionList.id == list_id).exists():
            raise NotFoundError(_("That question list no longer exists."))
        change = plan(list_id, wordings)
        _replace(change.before, change.after)
    return change


def undo(*, change: Retranslation) -> None:
    """Put back the wording a list had before 'Use the current language'.

    A question reworded since (or removed) is left as it is now.
    """
    with database.atomic():
        _replace(change.after, change.before)


def redo(*, change: Retranslation) -> None:
    """Re-word the same questions once more, after an undo."""
    with database.atomic():
        _replace(change.before, change.after)


def _replace(old: Mapping[int, str], new: Mapping[int, str]) -> None:
    """Set each item's text from ``old`` to ``new`` where it still reads ``old``."""
    execute_many(
        "UPDATE list_question SET text = ? WHERE id = ? AND text = ?",
        [(new[item_id], item_id, text) for item_id, text in old.items()],
    )
