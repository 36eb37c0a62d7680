"""Reads and writes of tags in plain SQL: a contact's tags, the tags in use, the links.

The services (``services.tags``) hold the rules and the transaction; these only read
and write rows. Every write leaves ``contact_tag_line`` in step through its triggers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from infoview_gui.store.database import database, execute_many
from infoview_gui.store.schema_tags import line_of

_CHUNK = 500

Link = tuple[int, int]
"""A contact carrying a tag: (contact id, tag id)."""


def _listed(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def tags_of(contact_id: int) -> list[tuple[int, str]]:
    """Return a contact's tags as (id, name), in the order they are shown."""
    sql = (
        "SELECT t.id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        " WHERE ct.contact_id = ? ORDER BY t.key, t.id"
    )
    return [(int(i), str(n)) for i, n in database.execute_sql(sql, [contact_id]).fetchall()]


def names_by_contact(contact_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Return the tag names of these contacts, in the order they are shown, by contact id."""
    found: dict[int, list[str]] = {}
    ids = list(dict.fromkeys(contact_ids))
    for start in range(0, len(ids), _CHUNK):
        sql = (
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            f" WHERE ct.contact_id IN ({_listed(ids[start : start + _CHUNK])})"
            " ORDER BY ct.contact_id, t.key, t.id"
        )
        for contact_id, name in database.execute_sql(sql).fetchall():
            found.setdefault(int(contact_id), []).append(str(name))
    return {contact_id: tuple(names) for contact_id, names in found.items()}


def keys_by_contact() -> dict[int, frozenset[str]]:
    """Return the keys of every contact's tags, by contact id (one query)."""
    sql = "SELECT ct.contact_id, t.key FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    found: dict[int, set[str]] = {}
    for contact_id, key in database.execute_sql(sql).fetchall():
        found.setdefault(int(contact_id), set()).add(str(key))
    return {contact_id: frozenset(keys) for contact_id, keys in found.items()}


def ids_by_key() -> dict[str, int]:
    """Return every tag's id by its key."""
    rows = database.execute_sql("SELECT key, id FROM tag").fetchall()
    return {str(key): int(tag_id) for key, tag_id in rows}


def tags_in_use() -> list[tuple[int, str]]:
    """Return every tag some contact carries, as (id, name), in the order they are shown."""
    sql = (
        "SELECT t.id, t.name FROM tag t"
        " WHERE EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.tag_id = t.id)"
        " ORDER BY t.key, t.id"
    )
    return [(int(i), str(n)) for i, n in database.execute_sql(sql).fetchall()]


def tag_lines(contact_ids: Sequence[int]) -> dict[int, str]:
    """Return the tags of these contacts as the table shows them ("alumni, nursing")."""
    sql = f"SELECT id, line FROM contact_tag_line WHERE id IN ({_listed(contact_ids)})"
    return {int(i): str(line) for i, line in database.execute_sql(sql).fetchall()}


def tag_by_key(key: str) -> tuple[int, str] | None:
    """Return the tag with this key as (id, name), or None."""
    row = database.execute_sql("SELECT id, name FROM tag WHERE key = ?", [key]).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def tag_name(tag_id: int) -> str | None:
    """Return a tag's name, or None when there is no such tag."""
    row = database.execute_sql("SELECT name FROM tag WHERE id = ?", [tag_id]).fetchone()
    return str(row[0]) if row else None


def create_tag(name: str, key: str) -> int:
    """Insert a tag; return its id."""
    cursor = database.execute_sql("INSERT INTO tag (name, key) VALUES (?, ?)", [name, key])
    return int(cursor.lastrowid)


def existing_contacts(contact_ids: Iterable[int]) -> list[int]:
    """Return those of these ids that are contacts, in id order."""
    sql = f"SELECT id FROM contact WHERE id IN ({_listed(contact_ids)}) ORDER BY id"
    return [int(row[0]) for row in database.execute_sql(sql).fetchall()]


def links(contact_ids: Iterable[int], tag_id: int) -> list[Link]:
    """Return which of these contacts carry the tag, as links."""
    listed = _listed(contact_ids)
    sql = f"SELECT contact_id FROM contact_tag WHERE tag_id = ? AND contact_id IN ({listed})"
    return [(int(row[0]), tag_id) for row in database.execute_sql(sql, [tag_id]).fetchall()]


def links_of_tag(tag_id: int) -> list[Link]:
    """Return every contact carrying the tag, as links."""
    sql = "SELECT contact_id FROM contact_tag WHERE tag_id = ?"
    return [(int(row[0]), tag_id) for row in database.execute_sql(sql, [tag_id]).fetchall()]


def add_links(pairs: Sequence[Link]) -> None:
    """Link each (contact, tag) pair (a pair already linked stays as it is)."""
    execute_many("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", pairs)


def remove_links(pairs: Sequence[Link]) -> None:
    """Unlink each (contact, tag) pair."""
    execute_many("DELETE FROM contact_tag WHERE contact_id = ? AND tag_id = ?", pairs)


def rename(tag_id: int, name: str, key: str) -> None:
    """Give a tag a new name and key."""
    database.execute_sql("UPDATE tag SET name = ?, key = ? WHERE id = ?", [name, key, tag_id])


def delete_tag(tag_id: int) -> None:
    """Remove a tag (it carries no contact any more)."""
    database.execute_sql("DELETE FROM tag WHERE id = ?", [tag_id])


def move_tag(from_id: int, to_id: int) -> None:
    """Give a tag a new id (free), with its name, key and contacts."""
    name, key = database.execute_sql("SELECT name, key FROM tag WHERE id = ?", [from_id]).fetchone()
    restore_tag(to_id, str(name), "\x00" + str(key))  # the key is unique: moved last
    database.execute_sql("UPDATE contact_tag SET tag_id = ? WHERE tag_id = ?", [to_id, from_id])
    delete_tag(from_id)
    database.execute_sql("UPDATE tag SET key = ? WHERE id = ?", [str(key), to_id])


def delete_unused(tag_ids: Sequence[int]) -> None:
    """Remove those of these tags that no contact carries."""
    for start in range(0, len(tag_ids), _CHUNK):
        database.execute_sql(
            f"DELETE FROM tag WHERE id IN ({_listed(tag_ids[start : start + _CHUNK])})"
            " AND NOT EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id)"
        )


def restore_tag(tag_id: int, name: str, key: str) -> None:
    """Put a removed tag back under its old id."""
    database.execute_sql("INSERT INTO tag (id, name, key) VALUES (?, ?, ?)", [tag_id, name, key])


def move_links(from_id: int, to_id: int) -> None:
    """Give one contact's tags to another as well (each tag once)."""
    database.execute_sql(
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
        " SELECT ?, tag_id FROM contact_tag WHERE contact_id = ?",
        [to_id, from_id],
    )


def tags_among(contact_ids: Iterable[int]) -> list[tuple[int, str, int]]:
    """Return the tags these contacts carry as (id, name, how many carry it), in order."""
    sql = (
        "SELECT t.id, t.name, count(*) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        f" WHERE ct.contact_id IN ({_listed(contact_ids)}) GROUP BY t.id ORDER BY t.key, t.id"
    )
    return [(int(i), str(n), int(k)) for i, n, k in database.execute_sql(sql).fetchall()]


_LINE = line_of("c.id")


def tag_lines_out_of_step() -> int:
    """Return how many contacts' tag lines are missing, stale or left over."""
    stale = (
        "SELECT count(*) FROM contact c LEFT JOIN contact_tag_line l ON l.id = c.id"
        f" WHERE l.id IS NULL OR l.line != {_LINE}"
    )
    extra = "SELECT count(*) FROM contact_tag_line WHERE id NOT IN (SELECT id FROM contact)"
    return sum(int(database.execute_sql(sql).fetchone()[0]) for sql in (stale, extra))


def rebuild_tag_lines() -> None:
    """Make every contact's tag line again from its tags (inside the caller's transaction)."""
    for sql in (
        "DELETE FROM contact_tag_line WHERE id NOT IN (SELECT id FROM contact)",
        "INSERT INTO contact_tag_line (id, line) SELECT c.id, ''"
        " FROM contact c WHERE c.id NOT IN (SELECT id FROM contact_tag_line)",
        f"UPDATE contact_tag_line SET line = {line_of('contact_tag_line.id')}"
        f" WHERE line != {line_of('contact_tag_line.id')}",
    ):
        database.execute_sql(sql)
