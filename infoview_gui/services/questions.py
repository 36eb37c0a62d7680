"""The question bank: the shipped questions kept up to date, and the user's own.

The shipped bank (``resources/questions/bank.json``) is copied into the ``question``
table at start by ``sync_builtin_bank``, in the language InfoView speaks (``bank_words``:
the shipped wording, ``builtin_text``, is the current language's); the digest of what was
copied is kept in the ``setting`` table, so a start with an unchanged bank and language
costs one small read. After a change of language the next start brings every question the
user has not reworded into the new language; lists keep their own text.

What an upgrade of the shipped bank does, question by question (``builtin_key`` is the
stable id):

- new in the bank: inserted, visible;
- still in the bank: topic, tags, minutes and the shipped wording (``builtin_text``)
  follow the bank; the text the user sees follows too *unless the user edited it*
  (``text != builtin_text``): an edit is never overwritten. A hidden mark is never
  touched;
- gone from the bank ("retired"): if the user never edited it and no list uses it, it
  is deleted; otherwise it stays, as an ordinary question of the user's (no
  ``builtin_key``), hidden if the user had not edited it (we no longer offer it) and
  visible if they had (it is their wording now). A question used in a list is never
  deleted by an upgrade; lists keep their own copy of the text anyway.

The user may edit the text of any question, the topic of their own, hide or show any,
and delete their own (a shipped question is hidden instead, so an upgrade cannot bring
it back).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from infoview_gui.domain import i18n
from infoview_gui.domain.bank_words import translated
from infoview_gui.domain.enums import Topic
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.question_bank import MAX_TEXT, BankQuestion, parse_bank
from infoview_gui.domain.validation import clean_short
from infoview_gui.store.database import database, execute_many
from infoview_gui.store.models import ListQuestion, Question, Setting
from infoview_gui.store.queries import tuples
from infoview_gui.store.snapshots import Snapshot, restore, take

BANK_DIGEST_KEY = "question_bank_digest"
BANK_FILE_KEY = "question_bank_file_digest"
SYNC_RULES = 1
"""Bumped when the upgrade rules change, so that every store is synced once more."""


@dataclass(frozen=True)
class SyncReport:
    """What ``sync_builtin_bank`` did."""

    skipped: bool = False
    added: int = 0
    updated: int = 0
    kept_edits: int = 0
    retired: int = 0
    removed: int = 0


def bank_digest(bank: Sequence[BankQuestion]) -> str:
    """Return a digest of everything a sync copies from the bank."""
    content = [
        (
            q.key,
            q.topic.value,
            q.text,
            q.decidedness_mask,
            q.stage_mask,
            q.minutes,
        )
        for q in bank
    ]
    data = json.dumps([SYNC_RULES, content], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def sync_builtin_bank(*, bank: Sequence[BankQuestion]) -> SyncReport:
    """Bring the shipped questions in the database up to ``bank``; see the module rules."""
    digest = bank_digest(bank)
    stored = Setting.select(Setting.value).where(Setting.key == BANK_DIGEST_KEY).scalar()
    if stored == digest:
        return SyncReport(skipped=True)
    with database.atomic():
        existing = _builtin_rows()
        added = _insert_new([q for q in bank if q.key not in existing])
        updated, kept = _update_known(bank, existing)
        retired, removed = _retire(
            {key: row for key, row in existing.items() if key not in {q.key for q in bank}}
        )
        Setting.insert(key=BANK_DIGEST_KEY, value=digest).on_conflict_replace().execute()
    return SyncReport(False, added, updated, kept, retired, removed)


def sync_bank_file(*, data: bytes) -> bool:
    """Sync the built-in questions with the bank file's ``data``; True when any changed.

    The questions are written in the language InfoView speaks (``i18n.bank_text``). One
    small read when the file and the bank's catalogue are those synced last (every start
    but the first after an update or a change of language): the file's length and CRC and
    the catalogue's tag are kept, and the file is then not even parsed.

    Raises:
        ValueError: the file is not a valid question bank.
    """
    file_digest = f"{len(data)}:{zlib.crc32(data):08x}:{i18n.bank_tag()}"
    stored = Setting.select(Setting.value).where(Setting.key == BANK_FILE_KEY).scalar()
    if stored == file_digest:
        return False
    report = sync_builtin_bank(bank=translated(parse_bank(data)))
    Setting.insert(key=BANK_FILE_KEY, value=file_digest).on_conflict_replace().execute()
    return not report.skipped


def _builtin_rows() -> dict[str, tuple[Any, ...]]:
    """Return builtin_key -> (id, text, builtin_text, topic, masks, minutes)."""
    query = Question.select(
        Question.builtin_key,
        Question.id,
        Question.text,
        Question.builtin_text,
        Question.topic,
        Question.decidedness_mask,
        Question.stage_mask,
        Question.minutes,
    ).where(Question.builtin_key.is_null(False))
    return {str(row[0]): row[1:] for row in tuples(query)}


def _insert_new(questions: Sequence[BankQuestion]) -> int:
    rows = [
        {
            "text": q.text,
            "builtin_text": q.text,
            "builtin_key": q.key,
            "topic": q.topic.value,
            "decidedness_mask": q.decidedness_mask,
            "stage_mask": q.stage_mask,
            "minutes": q.minutes,
        }
        for q in questions
    ]
    for start in range(0, len(rows), 200):
        Question.insert_many(rows[start : start + 200]).execute()
    return len(rows)


def _update_known(
    bank: Sequence[BankQuestion], existing: dict[str, tuple[Any, ...]]
) -> tuple[int, int]:
    """Update shipped questions still in the bank; return (rows changed, edits kept)."""
    changes: list[tuple[object, ...]] = []
    kept = 0
    for q in bank:
        row = existing.get(q.key)
        if row is None:
            continue
        row_id, text, builtin_text, *rest = row
        edited = text != builtin_text
        new_text = text if edited else q.text
        kept += int(edited and builtin_text != q.text)
        shipped = (q.topic.value, q.decidedness_mask, q.stage_mask, q.minutes)
        if (new_text, q.text, *shipped) != (text, builtin_text, *rest):
            changes.append((new_text, q.text, *shipped, row_id))
    execute_many(
        "UPDATE question SET text = ?, builtin_text = ?, topic = ?, decidedness_mask = ?, "
        "stage_mask = ?, minutes = ? WHERE id = ?",
        changes,
    )
    return len(changes), kept


def _retire(gone: dict[str, tuple[Any, ...]]) -> tuple[int, int]:
    """Retire shipped questions the bank no longer has; return (kept, deleted)."""
    if not gone:
        return 0, 0
    ids = [int(row[0]) for row in gone.values()]
    used = {
        int(q)
        for (q,) in tuples(
            ListQuestion.select(ListQuestion.question).where(ListQuestion.question << ids)
        )
    }
    unused_plain = [
        int(row[0]) for row in gone.values() if row[1] == row[2] and int(row[0]) not in used
    ]
    Question.delete().where(Question.id << unused_plain).execute()
    kept = [i for i in ids if i not in set(unused_plain)]
    execute_many(
        "UPDATE question SET hidden = CASE WHEN text = builtin_text THEN 1 ELSE hidden END, "
        "builtin_key = NULL, builtin_text = NULL WHERE id = ?",
        [(i,) for i in kept],
    )
    return len(kept), len(unused_plain)


# --- the user's edits ---------------------------------------------------------------


def _clean_text(text: str) -> str:
    text = clean_short("text", "The question", text, limit=MAX_TEXT)
    if not text:
        raise ValidationError("text", _("Write the question first."))
    return text


def _row(question_id: int) -> Question:
    row = Question.get_or_none(Question.id == question_id)
    if row is None:
        raise NotFoundError(_("That question no longer exists."))
    return row


def add_own_question(*, text: str, topic: Topic = Topic.OWN) -> int:
    """Add a question of the user's own to the bank; return its id."""
    text = _clean_text(text)
    return int(Question.create(text=text, topic=Topic(topic).value).id)


def edit_question(*, question_id: int, text: str, topic: Topic | None = None) -> None:
    """Change a question's wording, and the topic of one of the user's own.

    Raises:
        ValidationError: empty or over-long text, or a new topic for a shipped question.
    """
    text = _clean_text(text)
    with database.atomic():
        row = _row(question_id)
        values: dict[str, object] = {"text": text}
        if topic is not None and Topic(topic).value != row.topic:
            if row.builtin_key is not None:
                raise ValidationError("topic", _("A built-in question keeps its topic."))
            values["topic"] = Topic(topic).value
        Question.update(values).where(Question.id == question_id).execute()


def restore_wording(*, question_id: int) -> str:
    """Put a shipped question back to its shipped wording; return that wording."""
    with database.atomic():
        row = _row(question_id)
        if row.builtin_text is None:
            raise ValidationError("text", _("This is your own question: it has no other wording."))
        Question.update(text=row.builtin_text).where(Question.id == question_id).execute()
    return str(row.builtin_text)


def set_hidden(*, question_ids: Sequence[int], hidden: bool) -> int:
    """Hide questions from the bank (or show them again); return how many changed."""
    ids = list(question_ids)
    with database.atomic():
        return int(
            Question.update(hidden=hidden)
            .where((Question.id << ids) & (Question.hidden != hidden))
            .execute()
        )


def delete_own_questions(*, question_ids: Sequence[int]) -> Snapshot:
    """Delete questions of the user's own; lists that use them keep their text.

    Returns what ``undo_delete`` needs to put them back, linked to their lists again.

    Raises:
        ValidationError: one of them is a shipped question (hide it instead).
    """
    ids = list(question_ids)
    with database.atomic():
        shipped = Question.select().where(
            (Question.id << ids) & Question.builtin_key.is_null(False)
        )
        if shipped.exists():
            raise ValidationError("question", _("A built-in question can be hidden, not deleted."))
        snapshot = take(Question, ids)
        Question.delete().where(Question.id << ids).execute()
    return snapshot


def undo_delete(*, snapshot: Snapshot) -> None:
    """Put deleted questions back exactly as they were."""
    restore(snapshot)
