"""Career fields: add, rename, set status."""

from __future__ import annotations

from peewee import IntegrityError, fn

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.validation import clean_short
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField, Criterion

DEFAULT_CRITERIA = (
    "How close their job is to the one I want",
    "We know someone in common",
    "Easy to meet (location)",
)


def add_field(*, name: str, status: FieldStatus = FieldStatus.CONSIDERING) -> int:
    """Add a career field with the starting ranking criteria; return its id."""
    name = clean_short("name", "The field's name", name, limit=120)
    if not name:
        raise ValidationError("name", "Give the career field a name.")
    with database.atomic():
        if CareerField.select().where(CareerField.name == name).exists():
            raise ValidationError("name", f"You already have a career field called “{name}”.")
        position = (CareerField.select(fn.MAX(CareerField.position)).scalar() or 0) + 1
        try:
            field = CareerField.create(
                name=name, status=FieldStatus(status).value, position=position
            )
        except IntegrityError as exc:
            raise ValidationError("name", f"“{name}” cannot be saved: {exc}.") from exc
        Criterion.insert_many(
            [
                {"field": field.id, "name": text, "weight": 3, "position": i}
                for i, text in enumerate(DEFAULT_CRITERIA)
            ]
        ).execute()
    return int(field.id)
