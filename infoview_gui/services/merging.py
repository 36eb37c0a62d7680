"""Possible duplicates and merging two contacts into one, with undo.

``possible_duplicates`` lists the pairs that look like one person (see
``domain.duplicates``). ``merge_contacts`` is one user action in one transaction: the kept
contact takes the values the user picked from the other, every email, phone and web
address of both, both notes, the other's interviews, scores, business card (if picked),
the people it introduced, its tags (the union), its keeping-in-touch history (and its
cadence, when the kept one has none) and its introducer (when the kept one has none);
then the other is removed. ``undo_merge`` puts both back as they
were before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from infoview_gui.domain.contact import NAME_AND_WORK, PRIMARY_POINTS, ContactData
from infoview_gui.domain.contact_points import PointKind, points_of, with_points
from infoview_gui.domain.duplicates import Candidate, find_pairs, region_of
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.text import full_name
from infoview_gui.services.contacts import load_contact, update_contact
from infoview_gui.services.ranking import recompute_score
from infoview_gui.store.connection import current
from infoview_gui.store.database import database
from infoview_gui.store.models import (
    Contact,
    Conversation,
    CriterionScore,
    Interview,
    KeepTouch,
    Profile,
    Touch,
)
from infoview_gui.store.snapshots import Snapshot, restore, take
from infoview_gui.store.tag_rows import move_links

CHOSEN_FIELDS = (
    *NAME_AND_WORK,
    *PRIMARY_POINTS,
    "source",
    "introduced_by_text",
    "introduced_by_id",
    "field_id",
)
"""The values a user picks from one side or the other (emails, phones, web: the primary)."""

CARD = "card"
"""Picking this takes the other's business card (its fields and image) whole."""

CARD_COLUMNS = tuple(
    f"card_{name}"
    for name in ("name", "title", "organisation", "email", "phone", "address", "website", "image")
)
_PRIMARY = {"email": PointKind.EMAIL, "phone": PointKind.PHONE, "profile_url": PointKind.WEB}


@dataclass(frozen=True)
class PossibleDuplicate:
    """Two contacts that look like one person, named as shown, and why."""

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reasons: tuple[str, ...]


def default_region(fallback: str) -> str:
    """Return the country local numbers are read in: the user's own number's, or ``fallback``."""
    own = Profile.select(Profile.phone).scalar() or ""
    return region_of(str(own), fallback) if str(own).startswith("+") else fallback


@dataclass(frozen=True)
class Candidates:
    """Every contact as duplicate finding needs it, with its name as shown."""

    people: tuple[Candidate, ...]
    names: dict[int, str]


def duplicate_candidates(conn: sqlite3.Connection | None = None) -> Candidates:
    """Read every contact's name, organisation, emails, phones and web addresses.

    Args:
        conn: the connection to read with (a worker thread's own); the open one if None.
    """
    conn = conn or current()
    rows = conn.execute(
        "SELECT id, first_name, last_name, organisation, email, phone, profile_url FROM contact"
    ).fetchall()
    further: dict[int, dict[str, list[str]]] = {}
    for contact_id, kind, value in conn.execute(
        "SELECT contact_id, kind, value FROM contact_point ORDER BY contact_id, position, id"
    ):
        further.setdefault(contact_id, {}).setdefault(kind, []).append(value)
    people, names = [], {}
    for contact_id, first, last, organisation, email, phone, url in rows:
        kinds = further.get(contact_id, {})
        people.append(
            Candidate(
                contact_id,
                first,
                last,
                organisation,
                emails=(email, *kinds.get(PointKind.EMAIL.value, ())),
                phones=(phone, *kinds.get(PointKind.PHONE.value, ())),
                urls=(url, *kinds.get(PointKind.WEB.value, ())),
            )
        )
        names[contact_id] = (
            full_name(first, last) or email or _("Contact {number}").format(number=contact_id)
        )
    return Candidates(tuple(people), names)


def find_in_file(path: Path, *, region: str) -> list[PossibleDuplicate]:
    """Return the possible duplicates in the data file at ``path``, on a connection of its own.

    For a worker thread: the open connection belongs to the main thread.
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = duplicate_candidates(conn)
    finally:
        conn.close()
    return pairs_among(found, region=region)


def pairs_among(found: Candidates, *, region: str) -> list[PossibleDuplicate]:
    """Return the pairs among ``found`` that look like one person (no database: any thread)."""
    return [
        PossibleDuplicate(
            pair.first_id,
            found.names[pair.first_id],
            pair.second_id,
            found.names[pair.second_id],
            pair.reasons,
        )
        for pair in find_pairs(found.people, region=region)
    ]


def possible_duplicates(*, region: str) -> list[PossibleDuplicate]:
    """Return every pair of contacts that looks like one person, with the reasons."""
    return pairs_among(duplicate_candidates(), region=region)


def merged_data(kept: ContactData, other: ContactData, picked: Collection[str]) -> ContactData:
    """Return the kept contact's details after merging ``other`` in.

    Each field named in ``picked`` comes from ``other``; every email, phone and web address
    of both is kept (the picked side's primary first) and the notes of both are joined.
    """
    chosen = {name: getattr(other, name) for name in CHOSEN_FIELDS if name in picked}
    merged = replace(kept, **chosen)
    points = []
    for kind in PointKind:
        first, second = (other, kept) if _primary_name(kind) in picked else (kept, other)
        points += [*points_of(first, kind), *points_of(second, kind)]
    notes = "\n\n".join(text for text in (kept.notes.strip(), other.notes.strip()) if text)
    if kept.notes.strip() == other.notes.strip():
        notes = kept.notes
    merged = replace(with_points(merged, points), notes=notes)
    if merged.introduced_by_id is None and not merged.introduced_by_text.strip():
        # No introducer of its own: the other's (its referral, by whom) comes along.
        merged = replace(
            merged,
            introduced_by_id=other.introduced_by_id,
            introduced_by_text=other.introduced_by_text,
        )
    return merged


def _primary_name(kind: PointKind) -> str:
    return next(name for name, each in _PRIMARY.items() if each is kind)


@dataclass(frozen=True)
class MergeUndo:
    """What ``undo_merge`` needs: both contacts as they were before the merge."""

    kept_id: int
    before: Snapshot


def merge_contacts(*, kept_id: int, removed_id: int, picked: Collection[str]) -> MergeUndo:
    """Merge contact ``removed_id`` into ``kept_id`` and remove it; return what undo needs.

    Args:
        kept_id: the contact that stays (its id, identity and creation date are kept).
        removed_id: the contact merged in and then removed.
        picked: the fields (names in ``CHOSEN_FIELDS``, or ``CARD``) taken from the removed one.

    Raises:
        ValidationError: the two are one contact, or the merged contact would be invalid.
        NotFoundError: one of them no longer exists.
    """
    if kept_id == removed_id:
        raise ValidationError("contact", _("A contact cannot be merged with itself."))
    with database.atomic():
        kept, other = load_contact(kept_id), load_contact(removed_id)
        before = take(Contact, [kept_id, removed_id])
        merged = merged_data(kept, other, picked)
        if merged.introduced_by_id in (kept_id, removed_id):
            merged = replace(merged, introduced_by_id=None)
        update_contact(contact_id=kept_id, contact=merged)
        _move_records(kept_id, removed_id, take_card=CARD in picked)
        Contact.delete().where(Contact.id == removed_id).execute()
        recompute_score(kept_id)
    return MergeUndo(kept_id, before)


def _move_records(kept_id: int, removed_id: int, *, take_card: bool) -> None:
    """Give the kept contact the other's interviews, follow-ups, updates, scores, tags..."""
    Interview.update(contact=kept_id).where(Interview.contact == removed_id).execute()
    for model in (Conversation, Touch):  # each row is its contact's: none is lost
        model.update(contact=kept_id).where(model.contact == removed_id).execute()
    scored = CriterionScore.select(CriterionScore.criterion).where(
        CriterionScore.contact == kept_id
    )
    CriterionScore.update(contact=kept_id).where(
        (CriterionScore.contact == removed_id) & CriterionScore.criterion.not_in(scored)
    ).execute()
    Contact.update(introduced_by=kept_id).where(
        (Contact.introduced_by == removed_id) & (Contact.id != kept_id)
    ).execute()
    carry_tags_and_touch(kept_id, removed_id)
    if take_card:
        card = Contact.select(*(getattr(Contact, name) for name in CARD_COLUMNS))
        values = card.where(Contact.id == removed_id).dicts().get()
        Contact.update(values).where(Contact.id == kept_id).execute()


def carry_tags_and_touch(kept_id: int, removed_id: int) -> None:
    """Give the kept contact the other's tags, referral flag and keeping-in-touch cadence.

    The kept contact's cadence stays, else the other's is taken (every update logged with
    either was moved with the follow-ups).
    """
    move_links(removed_id, kept_id)
    current().execute(  # either was suggested by a professional: the merged one was
        "UPDATE contact SET referral = 1 WHERE id = ? AND referral = 0"
        " AND EXISTS (SELECT 1 FROM contact WHERE id = ? AND referral = 1)",
        (kept_id, removed_id),
    )
    if not KeepTouch.select().where(KeepTouch.contact == kept_id).exists():
        KeepTouch.update(contact=kept_id).where(KeepTouch.contact == removed_id).execute()


def undo_merge(*, undo: MergeUndo) -> None:
    """Put both contacts back as they were before the merge, in one transaction."""
    with database.atomic():
        Contact.delete().where(Contact.id == undo.kept_id).execute()
        restore(undo.before)
