"""Why a bank question is suggested: the kind of student its tags were written for.

A question tagged for every decidedness (or every stage) says nothing about the user on
that count; a question tagged for fewer says the user's own situation. This module reads
tags as stored text values and returns words for the user; it does no I/O.

The words are the question bank's (``i18n.bank_text`` with the context
``i18n.SUGGESTION_CONTEXT``): each sentence is translated whole, never assembled from
translated pieces, so that every language can order it as it needs; ``source_texts``
lists them all for the catalogue.
"""

from __future__ import annotations

from collections.abc import Set
from typing import NamedTuple

from infoview_gui.domain import i18n
from infoview_gui.domain.enums import Decidedness, Stage

# value -> (short words for a caption, a clause for a sentence)
_DECIDEDNESS: dict[Decidedness, tuple[str, str]] = {
    Decidedness.EXPLORING: ("exploring fields", "you are exploring fields"),
    Decidedness.COMPARING: ("comparing fields", "you are comparing fields"),
    Decidedness.DECIDED: ("decided on a field", "you have decided on a field"),
}
_STAGE: dict[Stage, tuple[str, str]] = {
    Stage.EARLY: ("early in your studies", "you are early in your studies"),
    Stage.FINAL_YEAR: ("final year", "you are in your final year"),
    Stage.GRADUATED: ("graduated", "you have graduated"),
}
_YOU_ARE = "you are "
RESEARCH = "Suggested because your research on this field marks it to verify in an interview."
FOR_ANYONE = "Suggested for every student: a question that suits anyone."
NOT_KNOWN = (
    "Suggested for every student. Say in your profile how decided you are and when you "
    "graduate, and the suggestions will fit you."
)


class Reason(NamedTuple):
    """Why a question is suggested, short (for a caption) and as a sentence."""

    short: str
    """Words like "comparing fields, final year"; empty for a question for everyone."""
    sentence: str
    """A full sentence, such as "Suggested because you are comparing fields."."""


def suggestion_reason(
    decidedness_tags: Set[str],
    stage_tags: Set[str],
    decidedness: Decidedness | None,
    stage: Stage | None,
) -> Reason:
    """Return why a question with these tags is suggested to this user.

    Args:
        decidedness_tags: the ``Decidedness`` values the question is tagged with.
        stage_tags: the ``Stage`` values the question is tagged with.
        decidedness: the user's decidedness, None when not given.
        stage: the user's closeness to graduating, None when not known.
    """
    found: list[tuple[str, str]] = []
    if decidedness is not None and _narrow(decidedness_tags, Decidedness):
        found.append(_DECIDEDNESS[decidedness])
    if stage is not None and _narrow(stage_tags, Stage):
        found.append(_STAGE[stage])
    if not found:
        known = decidedness is not None or stage is not None
        return Reason("", _said(FOR_ANYONE if known else NOT_KNOWN))
    short = ", ".join(_said(words) for words, _clause in found)
    return Reason(short, _said(_sentence([clause for _words, clause in found])))


def research_reason() -> str:
    """Return why a research line is suggested, in the user's language."""
    return _said(RESEARCH)


def source_texts() -> list[str]:
    """Return every text this module shows, in US English (for the bank's catalogue)."""
    captions = [words for words, _clause in (*_DECIDEDNESS.values(), *_STAGE.values())]
    sentences = []
    for one in (None, *_DECIDEDNESS.values()):
        for other in (None, *_STAGE.values()):
            clauses = [pair[1] for pair in (one, other) if pair is not None]
            if clauses:
                sentences.append(_sentence(clauses))
    return [*captions, *sentences, FOR_ANYONE, NOT_KNOWN, RESEARCH]


def _said(text: str) -> str:
    return i18n.bank_text(i18n.SUGGESTION_CONTEXT, text)


def _sentence(clauses: list[str]) -> str:
    """Return "Suggested because you are comparing fields and in your final year."."""
    if len(clauses) == 2 and all(clause.startswith(_YOU_ARE) for clause in clauses):
        clauses = [clauses[0], clauses[1].removeprefix(_YOU_ARE)]
    return f"Suggested because {' and '.join(clauses)}."


def _narrow(tags: Set[str], kind: type[Decidedness] | type[Stage]) -> bool:
    """True when the tags leave out some value of ``kind``: written for fewer users."""
    return not set(kind.values()) <= {str(tag) for tag in tags}
