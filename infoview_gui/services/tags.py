"""Tags on contacts: add, remove and rename, on one contact or many, each undoable.

Each write is one user action in one transaction and returns what it changed as a
``TagChange`` (the links added and removed, a rename, a tag merged away), which
:func:`undo_tag_change` reverses exactly. The store's change log tells the views:
``contact_tag`` and ``contact_tag_line`` rows count as their contacts'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.tags import clean_tag, tag_key
from infoview_gui.store import tag_rows as rows
from infoview_gui.store.database import database
from infoview_gui.store.tag_rows import Link


@dataclass(frozen=True)
class Renamed:
    """A tag's name before and after a rename."""

    tag_id: int
    old: str
    new: str


@dataclass(frozen=True)
class TagChange:
    """What one tag action changed, enough to undo it.

    Attributes:
        added: (contact, tag) links made.
        removed: (contact, tag) links taken away.
        renamed: the rename, if the action was one.
        merged_away: a tag renamed into another one and removed: (id, name, key).
    """

    added: tuple[Link, ...] = ()
    removed: tuple[Link, ...] = ()
    renamed: Renamed | None = None
    merged_away: tuple[int, str, str] | None = None

    @property
    def contacts(self) -> int:
        """How many contacts the action changed."""
        return len({contact for contact, _tag in (*self.added, *self.removed)})


def _tag_id(name: str) -> int:
    """Return the id of the tag ``name`` (made if new): "Cafe" is "café" if that exists."""
    cleaned = clean_tag(name)
    found = rows.tag_by_key(tag_key(cleaned))
    return found[0] if found else rows.create_tag(cleaned, tag_key(cleaned))


def _contacts(contact_ids: Sequence[int]) -> list[int]:
    found = rows.existing_contacts(contact_ids)
    if not found:
        raise NotFoundError(_("These contacts no longer exist."))
    return found


def add_tags(*, contact_ids: Sequence[int], names: Sequence[str]) -> TagChange:
    """Give each contact each tag (typed names; an existing tag is reused, case aside).

    Raises:
        ValidationError: a name is not a valid tag; nothing is changed.
        NotFoundError: none of the contacts exists any more.
    """
    with database.atomic():
        contacts = _contacts(contact_ids)
        added: list[Link] = []
        for tag_id in dict.fromkeys(_tag_id(name) for name in names):
            carried = set(rows.links(contacts, tag_id))
            added += [(c, tag_id) for c in contacts if (c, tag_id) not in carried]
        rows.add_links(added)
    return TagChange(added=tuple(added))


def remove_tag(*, contact_ids: Sequence[int], tag_id: int) -> TagChange:
    """Take a tag off each of these contacts (those that carry it)."""
    with database.atomic():
        removed = rows.links(contact_ids, tag_id)
        rows.remove_links(removed)
    return TagChange(removed=tuple(removed))


def set_tags(*, contact_id: int, names: Sequence[str]) -> TagChange:
    """Make a contact carry exactly these tags (the contact dialog's chips)."""
    with database.atomic():
        wanted = list(dict.fromkeys(_tag_id(name) for name in names))
        carried = [tag_id for tag_id, _name in rows.tags_of(contact_id)]
        added = [(contact_id, t) for t in wanted if t not in carried]
        removed = [(contact_id, t) for t in carried if t not in wanted]
        rows.add_links(added)
        rows.remove_links(removed)
    return TagChange(added=tuple(added), removed=tuple(removed))


def save_with_tags(*, save: Callable[[], int], names: Sequence[str]) -> int:
    """Run a contact's save and set its tags in one transaction; return the contact's id.

    Args:
        save: the contact dialog's save (a service call), returning the contact's id.
        names: the tags the contact carries afterwards.
    """
    with database.atomic():
        contact_id = save()
        set_tags(contact_id=contact_id, names=names)
    return contact_id


def rename_tag(*, tag_id: int, name: str) -> TagChange:
    """Rename a tag on every contact; a name that is another tag's merges the two.

    Raises:
        ValidationError: the name is not a valid tag.
        NotFoundError: the tag no longer exists.
    """
    cleaned = clean_tag(name)
    with database.atomic():
        old = rows.tag_name(tag_id)
        if old is None:
            raise NotFoundError(_("This tag no longer exists."))
        other = rows.tag_by_key(tag_key(cleaned))
        if other is None or other[0] == tag_id:
            rows.rename(tag_id, cleaned, tag_key(cleaned))
            return TagChange(renamed=Renamed(tag_id, old, cleaned))
        return _merge_into(tag_id, old, other[0])


def _merge_into(tag_id: int, old: str, other_id: int) -> TagChange:
    """Move a tag's contacts onto ``other_id`` and remove it."""
    removed = rows.links_of_tag(tag_id)
    carried = set(rows.links([c for c, _t in removed], other_id))
    added = [(c, other_id) for c, _t in removed if (c, other_id) not in carried]
    rows.remove_links(removed)
    rows.add_links(added)
    rows.delete_tag(tag_id)
    return TagChange(tuple(added), tuple(removed), None, (tag_id, old, tag_key(old)))


def undo_tag_change(*, change: TagChange) -> None:
    """Put tags back as they were before ``change``, in one transaction."""
    with database.atomic():
        if change.merged_away is not None:
            rows.restore_tag(*change.merged_away)
        rows.remove_links(change.added)
        rows.add_links(change.removed)
        if change.renamed is not None:
            renamed = change.renamed
            rows.rename(renamed.tag_id, renamed.old, tag_key(renamed.old))


def redo_tag_change(*, change: TagChange) -> None:
    """Make a change undone by :func:`undo_tag_change` again, exactly, in one transaction."""
    with database.atomic():
        rows.add_links(change.added)
        rows.remove_links(change.removed)
        if change.renamed is not None:
            renamed = change.renamed
            rows.rename(renamed.tag_id, renamed.new, tag_key(renamed.new))
        if change.merged_away is not None:
            rows.delete_tag(change.merged_away[0])


def tag_choices() -> list[tuple[int, str]]:
    """Return the tags in use as (id, name), in order: the filter's and completer's list."""
    return rows.tags_in_use()


def tags_of(*, contact_id: int) -> list[str]:
    """Return the names of a contact's tags, in order."""
    return [name for _tag_id, name in rows.tags_of(contact_id)]


def check_names(names: Sequence[str]) -> list[str]:
    """Return the tag names cleaned, each once, or raise for the first bad one.

    Raises:
        ValidationError: a name is not a valid tag.
    """
    seen: dict[str, str] = {}
    for name in names:
        cleaned = clean_tag(name)
        seen.setdefault(tag_key(cleaned), cleaned)
    if not seen and names:
        raise ValidationError("tag", _("Type the tag's name."))
    return list(seen.values())


def tags_among(*, contact_ids: Sequence[int]) -> list[tuple[int, str, int]]:
    """Return the tags these contacts carry: (id, name, how many of them carry it)."""
    return rows.tags_among(contact_ids)
