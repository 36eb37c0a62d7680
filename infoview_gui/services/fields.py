"""Career fields: add, rename, status, order, research notes, links, lines to verify, delete."""

from __future__ import annotations

from collections.abc import Sequence

from peewee import IntegrityError, fn

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.research import LINE_MAX, clean_url
from infoview_gui.domain.validation import clean_long, clean_short
from infoview_gui.store import field_queries
from infoview_gui.store.database import database, execute_many
from infoview_gui.store.models import CareerField, Criterion, FieldLink, ResearchItem, utc_now
from infoview_gui.store.queries import tuples
from infoview_gui.store.snapshots import Snapshot, restore, take

DEFAULT_CRITERIA = (
    N_("How close their job is to the one I want"),
    N_("We know someone in common"),
    N_("Easy to meet (location)"),
)
"""A new field's ranking criteria, stored in the language of the day (then the user's to edit)."""
NAME_MAX = 120
GONE = N_("That career field no longer exists.")


def _clean_name(name: str) -> str:
    name = clean_short("name", "The field's name", name, limit=NAME_MAX)
    if not name:
        raise ValidationError("name", _("Give the career field a name."))
    return name


def _check_unique(name: str, field_id: int | None = None) -> None:
    """Refuse a name another field has, whatever the case (SQLite folds ASCII only)."""
    wanted = name.casefold()
    for other_id, other in tuples(CareerField.select(CareerField.id, CareerField.name)):
        if other_id != field_id and str(other).casefold() == wanted:
            raise ValidationError(
                "name", _("You already have a career field called “{name}”.").format(name=other)
            )


def _require(field_id: int) -> None:
    if not CareerField.select().where(CareerField.id == field_id).exists():
        raise NotFoundError(_(GONE))


def add_field(*, name: str, status: FieldStatus = FieldStatus.CONSIDERING) -> int:
    """Add a career field with the starting ranking criteria; return its id."""
    name = _clean_name(name)
    with database.atomic():
        _check_unique(name)
        position = (CareerField.select(fn.MAX(CareerField.position)).scalar() or 0) + 1
        try:
            field = CareerField.create(
                name=name, status=FieldStatus(status).value, position=position
            )
        except IntegrityError as exc:
            raise ValidationError(
                "name", _("“{name}” cannot be saved: {exc}.").format(name=name, exc=exc)
            ) from exc
        Criterion.insert_many(
            [
                {"field": field.id, "name": _(text), "weight": 3, "position": i}
                for i, text in enumerate(DEFAULT_CRITERIA)
            ]
        ).execute()
    return int(field.id)


def rename_field(*, field_id: int, name: str) -> None:
    """Give a field another name; no two fields share a name, whatever the case."""
    name = _clean_name(name)
    with database.atomic():
        _require(field_id)
        _check_unique(name, field_id)
        CareerField.update(name=name, updated_at=utc_now()).where(
            CareerField.id == field_id
        ).execute()


def set_status(*, field_id: int, status: FieldStatus | str) -> None:
    """Say how the user stands towards a field: considering, focus or set aside."""
    try:
        value = FieldStatus(status).value
    except ValueError:
        raise ValidationError(
            "status", _("A field is considered, a focus, or set aside.")
        ) from None
    written = (
        CareerField.update(status=value, updated_at=utc_now())
        .where(CareerField.id == field_id)
        .execute()
    )
    if not written:
        raise NotFoundError(_(GONE))


def save_research_notes(*, field_id: int, text: str) -> None:
    """Store a field's research notes; one UPDATE by key, cheap enough for every pause in typing."""
    text = clean_long("research_notes", "The research notes", text)
    written = (
        CareerField.update(research_notes=text, updated_at=utc_now())
        .where(CareerField.id == field_id)
        .execute()
    )
    if not written:
        raise NotFoundError(_(GONE))


def move_field(*, field_id: int, offset: int) -> int:
    """Move a field up (-1) or down (+1) in the user's order; return how many rows changed."""
    with database.atomic():
        ids = [i for i, _ in field_queries.ordered_field_ids()]
        if field_id not in ids:
            raise NotFoundError(_(GONE))
        here = ids.index(field_id)
        there = here + offset
        if not 0 <= there < len(ids) or offset == 0:
            return 0
        ids.insert(there, ids.pop(here))
        old = dict(field_queries.ordered_field_ids())
        changed = [(n, i) for n, i in enumerate(ids, start=1) if old[i] != n]
        execute_many("UPDATE career_field SET position = ? WHERE id = ?", changed)
    return len(changed)


def add_link(*, field_id: int, url: str, title: str = "") -> int:
    """Keep a web page about a field; the address must be http(s). Return the link's id."""
    url = clean_url("url", url)
    title = clean_short("title", "The title", title)
    with database.atomic():
        _require(field_id)
        if any(link.url == url for link in field_queries.field_links(field_id)):
            raise ValidationError("url", _("This page is already among the field's links."))
        last = FieldLink.select(fn.MAX(FieldLink.position)).where(FieldLink.field == field_id)
        position = (last.scalar() or 0) + 1
        link = FieldLink.create(field=field_id, url=url, title=title, position=position)
    return int(link.id)


def remove_link(*, link_id: int) -> None:
    """Forget a link."""
    FieldLink.delete().where(FieldLink.id == link_id).execute()


def add_research_items(*, field_id: int, texts: Sequence[str], verify: bool = True) -> list[int]:
    """Keep lines of research, flagged to verify in an interview; return their ids.

    A line the field already has is not added twice: it takes the new ``verify`` flag.
    """
    lines = [clean_long("text", "A line of research", t.strip(), limit=LINE_MAX) for t in texts]
    lines = [line for line in dict.fromkeys(lines) if line]
    if not lines:
        raise ValidationError("text", _("Select a line of your notes first."))
    with database.atomic():
        _require(field_id)
        existing = {row.text: row.id for row in field_queries.research_items(field_id)}
        position = (
            ResearchItem.select(fn.MAX(ResearchItem.position))
            .where(ResearchItem.field == field_id)
            .scalar()
            or 0
        )
        ids = []
        for line in lines:
            if line in existing:
                set_verify(item_id=existing[line], verify=verify)
                ids.append(existing[line])
                continue
            position += 1
            item = ResearchItem.create(field=field_id, text=line, verify=verify, position=position)
            ids.append(int(item.id))
    return ids


def add_research_item(*, field_id: int, text: str, verify: bool = True) -> int:
    """Keep one line of research; return its id."""
    return add_research_items(field_id=field_id, texts=[text], verify=verify)[0]


def set_verify(*, item_id: int, verify: bool) -> None:
    """Flag a line of research to verify in an interview, or not."""
    written = ResearchItem.update(verify=verify).where(ResearchItem.id == item_id).execute()
    if not written:
        raise NotFoundError(_("That line of research no longer exists."))


def remove_research_items(*, item_ids: Sequence[int]) -> None:
    """Forget lines of research."""
    ResearchItem.delete().where(ResearchItem.id << list(item_ids)).execute()


def remove_research_item(*, item_id: int) -> None:
    """Forget a line of research."""
    remove_research_items(item_ids=[item_id])


def delete_field(*, field_id: int) -> Snapshot:
    """Delete a field with its links, research, criteria and scores; return what undo needs.

    Its contacts and interviews stay, without a field; undo puts them back in it.
    """
    with database.atomic():
        _require(field_id)
        snapshot = take(CareerField, [field_id])
        CareerField.delete().where(CareerField.id == field_id).execute()
    return snapshot


def undo_delete_field(*, snapshot: Snapshot) -> None:
    """Put a deleted field back exactly as it was, with its contacts in it."""
    restore(snapshot)
