"""One search over everything the user wrote: contacts, notes, answers, research, questions.

The store's full-text index finds the records (``store.search_queries``); this reads the
few shown (one page, 50 by default) and says what each is, the match in its context, and
where it opens. Reads only: a search changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from infoview_gui.domain.conversations import ConversationKind
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.search_text import Hit, HitKind, excerpt, match_expression, terms
from infoview_gui.domain.text import full_name
from infoview_gui.domain.wording import label_words
from infoview_gui.store import search_queries
from infoview_gui.store.connection import read

PAGE = 50
_NAME = "c.first_name, c.last_name, c.email"


@dataclass(frozen=True)
class SearchPage:
    """One page of results, and whether more follow."""

    hits: tuple[Hit, ...]
    more: bool


def search_everything(*, text: str, offset: int = 0, limit: int = PAGE) -> SearchPage:
    """Return the records matching every word of ``text`` (as word beginnings), best first.

    Case and accents do not matter. Text with no letter or digit finds nothing.
    """
    words = terms(text)
    if not words:
        return SearchPage((), False)
    rowids = search_queries.find(
        match_expression(words),
        match_expression(words, column="title"),
        offset=offset,
        limit=limit + 1,
    )
    by_kind: dict[int, list[int]] = {}
    for rowid in rowids[:limit]:
        kind, record_id = search_queries.split_rowid(rowid)
        by_kind.setdefault(kind, []).append(record_id)
    found: dict[tuple[int, int], Hit] = {}
    for kind, ids in by_kind.items():
        if kind in _READERS:
            for hit in _READERS[kind](ids, words):
                found[(kind, hit.record_id)] = hit
    hits: dict[tuple[int, int], Hit] = {}  # a contact found by name and by tag: shown once
    for key in map(search_queries.split_rowid, rowids[:limit]):
        if key in found:
            hits.setdefault((found[key].kind, found[key].record_id), found[key])
    return SearchPage(tuple(hits.values()), len(rowids) > limit)


def _rows(sql: str, ids: list[int]) -> list[tuple[Any, ...]]:
    marks = ",".join("?" * len(ids))
    return read(sql.format(ids=marks), ids)


def _who(first: object, last: object, email: object) -> str:
    return full_name(str(first or ""), str(last or "")) or str(email or "")


def _text(*parts: object) -> str:
    return " · ".join(str(part) for part in parts if part)


def _contacts(ids: list[int], words: tuple[str, ...]) -> list[Hit]:
    sql = (
        f"SELECT c.id, {_NAME}, c.title, c.organisation, c.location, c.phone, c.notes, "
        "c.introduced_by_text, c.card_name, c.card_title, c.card_organisation, c.card_email, "
        "c.card_address, c.field_id FROM contact AS c WHERE c.id IN ({ids})"
    )
    hits = []
    for row in _rows(sql, ids):
        name = _who(*row[1:4])
        context, spans = excerpt(_text(name, *row[3:-1]), words)
        hits.append(
            Hit(
                HitKind.CONTACT, int(row[0]), name, context, spans, int(row[0]), None, _int(row[-1])
            )
        )
    return hits


def _tagged(ids: list[int], words: tuple[str, ...]) -> list[Hit]:
    """Contacts found by their tags (``schema_tags``): the tags are the context."""
    sql = (
        f"SELECT c.id, {_NAME}, l.line, c.field_id FROM contact_tag_line AS l "
        "JOIN contact AS c ON c.id = l.id WHERE l.id IN ({ids})"
    )
    hits = []
    for contact_id, first, last, email, line, field_id in _rows(sql, ids):
        name = _who(first, last, email)
        context, spans = excerpt(_("Tags: {tags}").format(tags=line), words)
        hits.append(
            Hit(HitKind.CONTACT, contact_id, name, context, spans, contact_id, None, field_id)
        )
    return hits


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _interviews(ids: list[int], words: tuple[str, ...]) -> list[Hit]:
    sql = (
        f"SELECT i.id, {_NAME}, i.notes, i.request_draft, i.thank_you_draft, i.thank_you_point, "
        "i.call_log, i.place, i.contact_id, i.field_id FROM interview AS i "
        "JOIN contact AS c ON c.id = i.contact_id WHERE i.id IN ({ids})"
    )
    hits = []
    for row in _rows(sql, ids):
        context, spans = excerpt(_text(*row[4:10]), words)
        title = _("Interview with {name}").format(name=_who(*row[1:4]))
        hits.append(
            Hit(
                HitKind.INTERVIEW,
                int(row[0]),
                title,
                context,
                spans,
                _int(row[10]),
                int(row[0]),
                _int(row[11]),
            )
        )
    return hits


def _answers(ids: list[int], words: tuple[str, ...]) -> list[Hit]:
    """Answers noted in an interview, or in a follow-up interview (its own list)."""
    sql = (
        f"SELECT q.id, {_NAME}, q.text, q.answer, c.id, i.id, COALESCE(i.field_id, c.field_id), "
        "v.id, v.kind FROM list_question AS q JOIN question_list AS l ON l.id = q.question_list_id "
        "LEFT JOIN interview AS i ON i.id = l.interview_id "
        "LEFT JOIN conversation AS v ON v.id = l.conversation_id "
        "JOIN contact AS c ON c.id = COALESCE(i.contact_id, v.contact_id) WHERE q.id IN ({ids})"
    )
    hits = []
    for row in _rows(sql, ids):
        context, spans = excerpt(_text(row[4], row[5]), words)
        name = _who(*row[1:4])
        if row[10] is None:
            title = _("Answer from {name}").format(name=name)
        else:
            kind = label_words(ConversationKind(row[10]).label)
            title = _("Answer from {name} ({kind})").format(name=name, **kind)
        hits.append(
            Hit(
                HitKind.ANSWER,
                int(row[0]),
                title,
                context,
                spans,
                _int(row[6]),
                _int(row[7]),
                _int(row[8]),
                _int(row[9]),
            )
        )
    return hits


def _conversations(ids: list[int], words: tuple[str, ...]) -> list[Hit]:
    sql = (
        f"SELECT v.id, {_NAME}, v.kind, v.notes, v.thank_you_draft, v.contact_id, c.field_id "
        "FROM conversation AS v JOIN contact AS c ON c.id = v.contact_id WHERE v.id IN ({ids})"
    )
    hits = []
    for row in _rows(sql, ids):
        context, spans = excerpt(_text(row[5], row[6]), words)
        kind = label_words(ConversationKind(row[4]).label)
        title = _("Follow-up ({kind}) with {name}").format(name=_who(*row[1:4]), **kind)
        hits.append(
            Hit(
                HitKind.CONVERSATION,
                int(row[0]),
                title,
                context,
                spans,
                int(row[7]),
                None,
                _int(row[8]),
            )
        )
    return hits


def _field_parts(
    kind: HitKind, sql: str, label: str
) -> Callable[[list[int], tuple[str, ...]], list[Hit]]:
    def read_hits(ids: list[int], words: tuple[str, ...]) -> list[Hit]:
        hits = []
        for record_id, name, first, second, field_id in _rows(sql, ids):
            context, spans = excerpt(_text(first, second), words)
            title = _(label).format(name=name)
            hits.append(
                Hit(kind, int(record_id), title, context, spans, None, None, _int(field_id))
            )
        return hits

    return read_hits


_READERS: dict[int, Callable[[list[int], tuple[str, ...]], list[Hit]]] = {
    HitKind.CONVERSATION: _conversations,
    search_queries.TAGS_KIND: _tagged,
    HitKind.CONTACT: _contacts,
    HitKind.INTERVIEW: _interviews,
    HitKind.ANSWER: _answers,
    HitKind.RESEARCH: _field_parts(
        HitKind.RESEARCH,
        "SELECT r.id, f.name, r.text, '', f.id FROM research_item AS r "
        "JOIN career_field AS f ON f.id = r.field_id WHERE r.id IN ({ids})",
        N_("Research on {name}"),
    ),
    HitKind.FIELD: _field_parts(
        HitKind.FIELD,
        "SELECT id, name, name, research_notes, id FROM career_field WHERE id IN ({ids})",
        "{name}",
    ),
    HitKind.LINK: _field_parts(
        HitKind.LINK,
        "SELECT k.id, f.name, k.title, k.url, f.id FROM field_link AS k "
        "JOIN career_field AS f ON f.id = k.field_id WHERE k.id IN ({ids})",
        N_("Link for {name}"),
    ),
    HitKind.QUESTION: _field_parts(
        HitKind.QUESTION,
        "SELECT id, '', text, '', NULL FROM question WHERE id IN ({ids})",
        N_("In your question bank"),
    ),
}
