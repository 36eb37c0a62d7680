"""Read helpers for the career fields view: one field's notes, links and research lines."""

from __future__ import annotations

from dataclasses import dataclass

from infoview_gui.store.models import CareerField, FieldLink, ResearchItem
from infoview_gui.store.queries import tuples


@dataclass(frozen=True)
class FieldDetail:
    """What the research side of the view shows about one field."""

    id: int
    name: str
    status: str
    notes: str


@dataclass(frozen=True)
class LinkRow:
    """A web page kept for a field."""

    id: int
    url: str
    title: str


@dataclass(frozen=True)
class ResearchRow:
    """A line of research; ``verify`` when it is to be checked in an interview."""

    id: int
    text: str
    verify: bool


def field_detail(field_id: int) -> FieldDetail | None:
    """Return a field's name, status and notes, or None when it no longer exists."""
    query = CareerField.select(
        CareerField.id, CareerField.name, CareerField.status, CareerField.research_notes
    ).where(CareerField.id == field_id)
    for row_id, name, status, notes in tuples(query):
        return FieldDetail(int(row_id), str(name), str(status), str(notes))
    return None


def field_notes(field_id: int) -> str | None:
    """Return a field's research notes, or None when it no longer exists."""
    query = CareerField.select(CareerField.research_notes).where(CareerField.id == field_id)
    rows = tuples(query)
    return str(rows[0][0]) if rows else None


def field_links(field_id: int) -> list[LinkRow]:
    """Return a field's links in the order they were added."""
    query = (
        FieldLink.select(FieldLink.id, FieldLink.url, FieldLink.title)
        .where(FieldLink.field == field_id)
        .order_by(FieldLink.position, FieldLink.id)
    )
    return [LinkRow(int(i), str(u), str(t)) for i, u, t in tuples(query)]


def research_items(field_id: int) -> list[ResearchRow]:
    """Return a field's research lines in the order they were marked."""
    query = (
        ResearchItem.select(ResearchItem.id, ResearchItem.text, ResearchItem.verify)
        .where(ResearchItem.field == field_id)
        .order_by(ResearchItem.position, ResearchItem.id)
    )
    return [ResearchRow(int(i), str(t), bool(v)) for i, t, v in tuples(query)]


def ordered_field_ids() -> list[tuple[int, int]]:
    """Return (id, position) of every field, in the user's order."""
    query = CareerField.select(CareerField.id, CareerField.position).order_by(
        CareerField.position, CareerField.id
    )
    return [(int(i), int(p)) for i, p in tuples(query)]
