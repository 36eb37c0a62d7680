"""The question bank: the user's own questions."""

from __future__ import annotations

from infoview_gui.domain.enums import Topic
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.validation import clean_short
from infoview_gui.store.models import Question


def add_own_question(*, text: str, topic: Topic = Topic.OWN) -> int:
    """Add a question of the user's own to the bank; return its id."""
    text = clean_short("text", "The question", text, limit=500)
    if not text:
        raise ValidationError("text", "Write the question first.")
    return int(Question.create(text=text, topic=Topic(topic).value).id)
