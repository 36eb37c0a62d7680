"""The full-text index of everything the user wrote: querying it, checking it, rebuilding it.

The index (``schema_search``) is derived data kept in step by triggers. A query that matches
few records is ranked by BM25 (a match in a name or a question counts four times one in
notes); one that matches a great many (a first letter typed) is not ranked as a whole,
which would read every match: names matching come first, then the rest, each in stored
order. Either way a page costs about the same, however much data there is.
"""

from __future__ import annotations

import sqlite3

from infoview_gui.domain.i18n import _, formats
from infoview_gui.store import schema_conversations
from infoview_gui.store.connection import current, read
from infoview_gui.store.schema_search import INDEX, KIND_BITS, REBUILD, SOURCES, fill
from infoview_gui.store.schema_tags import REBUILD_SEARCH, SEARCH_SOURCE

ALL_SOURCES = (*SOURCES, schema_conversations.SOURCE, SEARCH_SOURCE)
"""Every kind of record in the index: version 4's, and those later steps added."""

RANKED_AT_MOST = 2000
"""Past this many matches a query is broad: BM25 over them all would take too long."""
_RANKED = f"bm25({INDEX}, 4.0, 1.0)"


TAGS_KIND = KIND_BITS
"""The kind ``split_rowid`` gives a contact's tag line (rowid ``-id``, see ``schema_tags``)."""


def split_rowid(rowid: int) -> tuple[int, int]:
    """Return (kind, record id) of an index row id."""
    if rowid < 0:
        return TAGS_KIND, -rowid
    return rowid % KIND_BITS, rowid // KIND_BITS


def _rowids(expression: str, order: str, limit: int, offset: int) -> list[int]:
    sql = f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ? {order} LIMIT ? OFFSET ?"
    return [int(row[0]) for row in read(sql, (expression, limit, offset))]


def _is_broad(expression: str) -> bool:
    return len(_rowids(expression, "", RANKED_AT_MOST + 1, 0)) > RANKED_AT_MOST


def find(everywhere: str, in_titles: str, *, offset: int, limit: int) -> list[int]:
    """Return the index row ids of one page of matches, best first.

    Args:
        everywhere: the FTS5 expression over every column.
        in_titles: the same expression limited to the title column (names, questions).
        offset: how many matches earlier pages showed.
        limit: how many to return at most.
    """
    if not _is_broad(everywhere):
        return _rowids(everywhere, f"ORDER BY {_RANKED}, rowid", limit, offset)
    titles = _rowids(in_titles, "", offset + limit, 0)
    page = titles[offset:]
    if len(page) == limit:
        return page
    rest = f"({everywhere}) NOT ({in_titles})"
    return page + _rowids(rest, "", limit - len(page), max(0, offset - len(titles)))


def rebuild_search_index() -> None:
    """Empty the index and fill it again from the tables (inside the caller's transaction)."""
    conn = current()
    for statement in (*REBUILD, fill(schema_conversations.SOURCE), REBUILD_SEARCH):
        conn.execute(statement)  # tag lines have their own statement: rowid -id, no kind


def _expected_rows() -> int:
    total = 0
    for source in ALL_SOURCES:
        where = source.where.format(r=source.table)
        total += int(read(f"SELECT count(*) FROM {source.table} WHERE {where}")[0][0])
    return total


def search_index_problem() -> str:
    """Return what is wrong with the index, or "" when it is in step with the tables."""
    try:
        current().execute(f"INSERT INTO {INDEX} ({INDEX}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:  # corrupt or missing: a rebuild mends it
        return _("The search index is damaged ({error}).").format(error=error)
    indexed = int(read(f"SELECT count(*) FROM {INDEX}_docsize")[0][0])
    expected = _expected_rows()
    if indexed != expected:
        said = _(
            "The search index does not match your data (entries: {indexed}, records: {expected})."
        )
        number = formats().number
        return said.format(indexed=number(indexed), expected=number(expected))
    return ""
