"""Searching everything the user wrote: the words of a query, and the match in context.

Pure: the store's full-text index finds the records; this module turns what the user
typed into the index's query, and a found text into a short excerpt with the matching
words marked, as escaped HTML. Matching ignores case and accents, and a word matches
every word it begins ("mar" finds "María").
"""

from __future__ import annotations

import enum
import html
import re
from dataclasses import dataclass

from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.text import fold

_WORD = re.compile(r"[^\W_]+")  # letters and digits, as the index's tokenizer splits
MAX_TERMS = 8
EXCERPT = 90  # characters of context around the first match


class HitKind(enum.IntEnum):
    """What a search result is; the number is part of the index's row ids."""

    CONVERSATION = 0  # a follow-up conversation (schema_conversations)
    CONTACT = 1
    INTERVIEW = 2
    ANSWER = 3
    RESEARCH = 4
    FIELD = 5
    QUESTION = 6
    LINK = 7

    @property
    def label(self) -> str:
        """The kind, in words, as a result shows it."""
        return _(_LABELS[self])


_LABELS = {
    HitKind.CONVERSATION: N_("Follow-up"),
    HitKind.CONTACT: N_("Contact"),
    HitKind.INTERVIEW: N_("Interview"),
    HitKind.ANSWER: N_("Answer"),
    HitKind.RESEARCH: N_("Research"),
    HitKind.FIELD: N_("Field"),
    HitKind.QUESTION: N_("Question"),
    HitKind.LINK: N_("Link"),
}


@dataclass(frozen=True)
class Hit:
    """One record found, with where it opens.

    Attributes:
        kind: what it is.
        record_id: its id in its own table.
        title: what it is about, in a few words ("Dana Ruiz", "Interview with Dana Ruiz").
        context: the text around the first match, on one line.
        spans: (start, end) of each matching word in ``context``.
        contact_id: the contact it belongs to, if any.
        interview_id: the interview it belongs to, if any.
        field_id: the career field it belongs to, if any.
        conversation_id: the follow-up it belongs to (an answer in a follow-up's list).
    """

    kind: HitKind
    record_id: int
    title: str
    context: str
    spans: tuple[tuple[int, int], ...] = ()
    contact_id: int | None = None
    interview_id: int | None = None
    field_id: int | None = None
    conversation_id: int | None = None

    def context_html(self) -> str:
        """The context as escaped HTML, the matching words in bold."""
        return marked_html(self.context, self.spans)


def terms(query: str) -> tuple[str, ...]:
    """Return the folded words of ``query`` (at most ``MAX_TERMS``), in order, once each."""
    found = dict.fromkeys(_WORD.findall(fold(query)))
    return tuple(found)[:MAX_TERMS]


def match_expression(words: tuple[str, ...], *, column: str = "") -> str:
    """Return the FTS5 query finding records holding every word as a word's beginning.

    The words are letters and digits only (``terms``), quoted all the same: a query can
    never be read as FTS5 syntax.
    """
    expression = " ".join(f'"{word}"*' for word in words)
    return f"{{{column}}} : ({expression})" if column else expression


def spans(text: str, words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Return where in ``text`` the words begin a word, ignoring case and accents."""
    found = []
    for match in _WORD.finditer(text):
        folded = fold(match.group())
        if any(folded.startswith(word) for word in words):
            found.append(match.span())
    return tuple(found)


def excerpt(text: str, words: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the part of ``text`` around its first match, on one line, with the matches."""
    flat = " ".join(text.split())
    marks = spans(flat, words)
    if not marks:
        return _shortened(flat), ()
    if len(flat) <= EXCERPT:  # short enough to show whole
        return flat, marks
    start = max(0, marks[0][0] - EXCERPT // 3)
    if start:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < marks[0][0] else start
    end = min(len(flat), start + EXCERPT)
    if end < len(flat):
        space = flat.rfind(" ", marks[0][1], end)
        end = space if space > 0 else end
    prefix, suffix = ("…" if start else ""), ("…" if end < len(flat) else "")
    shown = prefix + flat[start:end] + suffix
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in marks if a >= start and b <= end)
    return shown, inside


def _shortened(flat: str) -> str:
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT].rsplit(" ", 1)[0] + "…"


def marked_html(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """Return ``text`` as escaped HTML with each marked part in bold."""
    parts, at = [], 0
    for start, end in marks:
        parts.append(html.escape(text[at:start]))
        parts.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)
