"""A follow-up interview's question list: prepared as an interview's is, answered as it is held.

A second interview (or a follow-up held by phone or video) can have a list of its own
(``question_list.conversation``; its field and interview left empty, so that neither the
field's own list nor the first interview's ever finds it). It is edited with the same
services as every list (``services.question_lists``) and answered with interview mode's
(``services.holding``); what was said outside any question goes in the conversation's
notes. Deleting the conversation deletes its list, answers and all (Edit > Undo).
"""

from __future__ import annotations

from dataclasses import dataclass

from infoview_gui.domain.conversations import NOTES_MAX, ConversationKind
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _, formats
from infoview_gui.domain.validation import clean_long
from infoview_gui.domain.wording import plural
from infoview_gui.store import question_queries as qq
from infoview_gui.store.database import database
from infoview_gui.store.holding_queries import conversation_question_rows
from infoview_gui.store.models import Conversation, QuestionList, utc_now
from infoview_gui.store.queries import tuples


@dataclass(frozen=True)
class ListSummary:
    """How far a follow-up's list is: its questions, and how many were answered."""

    list_id: int | None
    count: int = 0
    answered: int = 0

    @property
    def text(self) -> str:
        """One sentence for the conversation's form."""
        if self.list_id is None:
            return _("No questions prepared yet.")
        if not self.count:
            return _("The list is empty: add the questions you want answered.")
        said = plural(
            self.count,
            "{n} question prepared, {answered} answered.",
            "{n} questions prepared, {answered} answered.",
        )
        return said.replace("{answered}", formats().number(self.answered))


def _kind(conversation_id: int) -> ConversationKind:
    rows = tuples(Conversation.select(Conversation.kind).where(Conversation.id == conversation_id))
    if not rows:
        raise NotFoundError(_("That conversation no longer exists."))
    return ConversationKind(rows[0][0])


def list_for_conversation(*, conversation_id: int) -> int:
    """Return the id of a follow-up's list, making it (empty) on first use.

    Raises:
        NotFoundError: the conversation was deleted meanwhile.
        ValidationError: it is a coffee or an email exchange, which keeps notes only.
    """
    with database.atomic():
        found = qq.conversation_list_id(conversation_id)
        if found is not None:
            return found
        kind = _kind(conversation_id)
        if not kind.takes_questions:
            raise ValidationError(
                "kind",
                _(
                    "A {kind} keeps notes only: questions are prepared for a second "
                    "interview, a call or a video call."
                ).format(kind=kind.label.lower(), label=kind.label),
            )
        return int(QuestionList.create(conversation=conversation_id).id)


def list_summary(conversation_id: int) -> ListSummary:
    """Return how many questions a follow-up's list has and how many were answered."""
    list_id = qq.conversation_list_id(conversation_id)
    if list_id is None:
        return ListSummary(None)
    _must_ask, rows = conversation_question_rows(conversation_id)
    return ListSummary(list_id, len(rows), sum(1 for row in rows if row[3]))


def save_other_notes(*, conversation_id: int, text: str) -> None:
    """Store what was noted outside any question: the conversation's own notes."""
    text = clean_long("notes", "The notes", text, limit=NOTES_MAX)
    updated = (
        Conversation.update(notes=text, updated_at=utc_now())
        .where(Conversation.id == conversation_id)
        .execute()
    )
    if not updated:
        raise NotFoundError(_("That conversation no longer exists."))
