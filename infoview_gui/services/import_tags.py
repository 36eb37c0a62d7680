"""The tags an import gives: written with the batch, taken back by its undo, given again by redo.

A new contact carries its rows' tags; a saved contact that rows match gets the tags it did
not carry (``import_merge.tags_added``). A tag no contact had yet is made. All of it is
written in a few statements for the whole import, never one per row.

What an undo needs is kept in the batch's undo data, under ``"tags"``: the links given to
saved contacts (the new contacts' links go with the contacts) and the tags the import
made. Undo removes those links, and those tags that no contact carries any more.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from infoview_gui.domain.i18n import _, formats, ngettext
from infoview_gui.domain.tags import tag_key
from infoview_gui.domain.wording import counted
from infoview_gui.services.import_plan import ImportPlan
from infoview_gui.store import tag_rows as rows

Tagged = tuple[int, Sequence[str]]
"""A contact and the tag names to give it."""


def give_tags(new: Sequence[Tagged], updated: Sequence[Tagged]) -> dict[str, Any]:
    """Give each contact its tags (making the tags that do not exist); return the undo record.

    Args:
        new: the contacts the import adds, with their tags.
        updated: saved contacts with the tags the import adds to them.
    """
    known = rows.ids_by_key()
    created: list[list[object]] = []

    def tag_id(name: str) -> int:
        key = tag_key(name)
        if key not in known:
            known[key] = rows.create_tag(name, key)
            created.append([known[key], name, key])
        return known[key]

    given = [(c, tag_id(name)) for c, names in updated for name in names]
    rows.add_links([(c, tag_id(name)) for c, names in new for name in names] + given)
    return {"links": given, "created": created}


def with_tags(undo_data: str, record: dict[str, Any]) -> str:
    """Return a batch's undo data with the tags' undo record added."""
    data = json.loads(undo_data or "{}")
    data["tags"] = record
    return json.dumps(data, ensure_ascii=False)


def _record(undo_data: str) -> tuple[list[tuple[int, int]], list[tuple[int, str, str]]]:
    record = json.loads(undo_data or "{}").get("tags", {})
    links = [(int(c), int(t)) for c, t in record.get("links", [])]
    created = [(int(i), str(n), str(k)) for i, n, k in record.get("created", [])]
    return links, created


def take_back(undo_data: str) -> None:
    """Remove the links an import gave saved contacts, and its tags nobody carries now."""
    links, created = _record(undo_data)
    rows.remove_links(links)
    rows.delete_unused([tag_id for tag_id, _name, _key in created])


def restore_made(undo_data: str) -> None:
    """Put back the tags an undone import made (before its contacts come back).

    A tag the user made since under the same name (case aside) takes the import's id,
    with its own name and contacts: the contacts coming back refer to that id.
    """
    _links, created = _record(undo_data)
    for tag_id, name, key in created:
        if rows.tag_name(tag_id) is not None:
            continue
        found = rows.tag_by_key(key)
        if found is None:
            rows.restore_tag(tag_id, name, key)
        else:
            rows.move_tag(found[0], tag_id)


def give_again(undo_data: str) -> None:
    """Give saved contacts again the tags an undone import had given them."""
    links, _created = _record(undo_data)
    rows.add_links(links)


SHOWN_TAGS = 8
"""How many tag names a sentence about an import lists before "and N more"."""


def tagged_count(plan: ImportPlan) -> int:
    """Return how many contacts the import would give tags (new ones and saved ones)."""
    return sum(1 for p in plan.new if p.contact.tags) + sum(1 for u in plan.updates if u.tags)


def tags_sentence(plan: ImportPlan) -> str:
    """Return what tags the import gives, in one sentence, or "" when it gives none.

    "Tags given to 3 contacts: alumni, Met at the fair."
    """
    names = plan.tag_names
    if not names:
        return ""
    shown = ", ".join(names[:SHOWN_TAGS])
    contacts = counted(tagged_count(plan), "contact", "contacts")
    if len(names) <= SHOWN_TAGS:
        return _("Tags given to {contacts}: {tags}.").format(contacts=contacts, tags=shown)
    more = len(names) - SHOWN_TAGS
    said = ngettext(
        "Tags given to {contacts}: {tags} and {n} more.",
        "Tags given to {contacts}: {tags} and {n} more.",
        more,
    )
    return said.format(contacts=contacts, tags=shown, n=formats().number(more))
