"""Where the user is in the guide: the career field being worked on."""

from __future__ import annotations

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.services.fields import add_field
from infoview_gui.services.settings import get_setting, set_setting
from infoview_gui.store.database import database
from infoview_gui.store.models import CareerField

GUIDE_FIELD_KEY = "guide_field_id"


def current_field() -> tuple[int, str] | None:
    """Return (id, name) of the field the guide works on, if it still exists."""
    stored = get_setting(GUIDE_FIELD_KEY)
    if not stored.isdigit():
        return None
    row = CareerField.get_or_none(CareerField.id == int(stored))
    return None if row is None else (int(row.id), str(row.name))


def choose_field(*, field_id: int) -> None:
    """Make ``field_id`` the field the guide works on."""
    set_setting(key=GUIDE_FIELD_KEY, value=str(field_id))


def add_field_to_work_on(*, name: str, status: FieldStatus = FieldStatus.CONSIDERING) -> int:
    """Add a career field and make it the guide's field, all or nothing; return its id."""
    with database.atomic():
        field_id = add_field(name=name, status=status)
        choose_field(field_id=field_id)
    return field_id


def next_field(*, after: int | None) -> tuple[int, str] | None:
    """Return (id, name) of the field to go on with after ``after``, if there is another.

    The next field not set aside in the user's order, from the top again after the last.
    """
    query = (
        CareerField.select(CareerField.id, CareerField.name)
        .where(CareerField.status != FieldStatus.SET_ASIDE.value)
        .order_by(CareerField.position, CareerField.id)
    )
    fields = [(int(row.id), str(row.name)) for row in query]
    ids = [field_id for field_id, _name in fields]
    start = ids.index(after) + 1 if after in ids else 0
    following = [*fields[start:], *fields[:start]]
    return next((field for field in following if field[0] != after), None)
