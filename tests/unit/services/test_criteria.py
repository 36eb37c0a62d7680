"""A field's criteria as the student edits them: add, rename, reorder, weigh, remove."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.ranking import (
    add_criterion,
    criteria,
    remove_criterion,
    rename_criterion,
    reorder_criteria,
    scores_given,
    set_score,
    set_weight,
)
from infoview_gui.store.models import Contact


def _names(field_id: int) -> list[str]:
    return [name for _, name, _ in criteria(field_id)]


def test_reordering_keeps_the_order_and_writes_only_what_moved(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    pay = add_criterion(field_id=field_id, name="Pay")
    close, common, easy = (c for c, _, _ in criteria(field_id)[:3])
    assert reorder_criteria(field_id=field_id, criterion_ids=[pay, close, common, easy]) == 4
    assert _names(field_id)[0] == "Pay"
    # Swapping the last two writes those two only.
    assert reorder_criteria(field_id=field_id, criterion_ids=[pay, close, easy, common]) == 2
    assert _names(field_id) == [
        "Pay",
        "How close their job is to the one I want",
        "Easy to meet (location)",
        "We know someone in common",
    ]
    assert reorder_criteria(field_id=field_id, criterion_ids=[pay, close, easy, common]) == 0
    # A criterion added after a reorder still comes last.
    add_criterion(field_id=field_id, name="Remote")
    assert _names(field_id)[-1] == "Remote"


def test_reordering_needs_exactly_the_fields_criteria(store: SqliteDatabase) -> None:
    field_id, other = add_field(name="Nursing"), add_field(name="Law")
    ids = [c for c, _, _ in criteria(field_id)]
    stranger = criteria(other)[0][0]
    for wrong in (ids[:2], [*ids, stranger], [ids[0], ids[0], ids[1]]):
        with pytest.raises(ValidationError, match="changed meanwhile"):
            reorder_criteria(field_id=field_id, criterion_ids=wrong)
    assert _names(field_id)[0] == "How close their job is to the one I want"


def test_a_name_is_given_once_per_field_whatever_the_case(store: SqliteDatabase) -> None:
    field_id, other = add_field(name="Nursing"), add_field(name="Law")
    pay = add_criterion(field_id=field_id, name="Pay")
    with pytest.raises(ValidationError, match="already has a criterion “Pay”"):
        add_criterion(field_id=field_id, name="  pay ")
    add_criterion(field_id=other, name="Pay")  # another field may have its own
    rename_criterion(criterion_id=pay, name="PAY")  # its own name, another case: fine
    with pytest.raises(ValidationError, match="already has"):
        rename_criterion(criterion_id=pay, name="we know someone in common")
    with pytest.raises(ValidationError, match="Give the criterion a name"):
        rename_criterion(criterion_id=pay, name="   ")
    assert "PAY" in _names(field_id)


def test_renaming_or_weighing_a_removed_criterion_says_so(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    gone = criteria(field_id)[0][0]
    remove_criterion(criterion_id=gone)
    with pytest.raises(NotFoundError):
        rename_criterion(criterion_id=gone, name="Pay")
    with pytest.raises(NotFoundError):
        set_weight(criterion_id=gone, weight=2)
    with pytest.raises(NotFoundError):
        add_criterion(field_id=999, name="Pay")


def test_scores_follow_a_weight_and_removing_counts_the_scores_lost(
    store: SqliteDatabase,
) -> None:
    field_id = add_field(name="Nursing")
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    close, common, _easy = (c for c, _, _ in criteria(field_id))
    set_score(contact_id=ana, criterion_id=close, score=5)
    set_score(contact_id=ana, criterion_id=common, score=1)
    assert Contact.get_by_id(ana).score == pytest.approx(3.0)
    set_weight(criterion_id=common, weight=0)  # switched off
    assert Contact.get_by_id(ana).score == pytest.approx(5.0)
    assert (scores_given(close), scores_given(_easy)) == (1, 0)
    remove_criterion(criterion_id=close)
    assert Contact.get_by_id(ana).score is None  # only a criterion of weight 0 is left
