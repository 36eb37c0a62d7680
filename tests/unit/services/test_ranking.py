from __future__ import annotations

import random

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import ValidationError
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.ranking import (
    add_criterion,
    criteria,
    move,
    order_by_score,
    ranked_ids,
    remove_criterion,
    set_score,
    set_weight,
)
from infoview_gui.store.models import Contact


def _field_with(names: list[str]) -> tuple[int, list[int]]:
    field_id = add_field(name="Nursing")
    ids = [add_contact(contact=ContactData(first_name=n, field_id=field_id)) for n in names]
    return field_id, ids


def _order(field_id: int) -> list[str]:
    names = {c.id: c.first_name for c in Contact.select()}
    return [names[i] for i, _ in ranked_ids(field_id)]


def _score(contact_id: int) -> float | None:
    return Contact.get_by_id(contact_id).score


def test_weighted_score_follows_scores_and_weights(store: SqliteDatabase) -> None:
    field_id, (ana,) = _field_with(["Ana"])
    close, common, easy = (c for c, _, _ in criteria(field_id))
    assert set_score(contact_id=ana, criterion_id=close, score=5) == 5
    set_score(contact_id=ana, criterion_id=easy, score=1)
    assert _score(ana) == pytest.approx(3.0)
    set_weight(criterion_id=close, weight=5)
    set_weight(criterion_id=easy, weight=1)
    assert _score(ana) == pytest.approx((5 * 5 + 1 * 1) / 6)
    remove_criterion(criterion_id=close)
    assert _score(ana) == pytest.approx(1.0)
    set_score(contact_id=ana, criterion_id=easy, score=None)
    assert _score(ana) is None
    assert common


def test_a_criterion_of_the_users_own_counts(store: SqliteDatabase) -> None:
    field_id, (ana,) = _field_with(["Ana"])
    mine = add_criterion(field_id=field_id, name="Works remotely", weight=2)
    assert [name for _, name, _ in criteria(field_id)][-1] == "Works remotely"
    set_score(contact_id=ana, criterion_id=mine, score=4)
    assert _score(ana) == 4


@pytest.mark.parametrize("bad", [-1, 6])
def test_scores_and_weights_stay_between_zero_and_five(store: SqliteDatabase, bad: int) -> None:
    field_id, (ana,) = _field_with(["Ana"])
    criterion = criteria(field_id)[0][0]
    with pytest.raises(ValidationError, match="0 to 5"):
        set_score(contact_id=ana, criterion_id=criterion, score=bad)
    with pytest.raises(ValidationError, match="0 \\(ignore\\) to 5"):
        set_weight(criterion_id=criterion, weight=bad)


def test_order_by_score_is_stable_for_equal_scores(store: SqliteDatabase) -> None:
    field_id, ids = _field_with(["Ana", "Ben", "Cem", "Dee"])
    criterion = criteria(field_id)[0][0]
    for contact_id, score in zip(ids, [2, 4, 2, None], strict=True):
        set_score(contact_id=contact_id, criterion_id=criterion, score=score)
    order_by_score(field_id=field_id)
    assert _order(field_id) == ["Ben", "Ana", "Cem", "Dee"]


def test_a_move_writes_only_the_moved_row(store: SqliteDatabase) -> None:
    field_id, ids = _field_with(["Ana", "Ben", "Cem", "Dee", "Eve"])
    written = move(field_id=field_id, contact_ids=[ids[4]], after_id=ids[0], before_id=ids[1])
    assert written == 1
    assert _order(field_id) == ["Ana", "Eve", "Ben", "Cem", "Dee"]
    move(field_id=field_id, contact_ids=[ids[0]], after_id=ids[3], before_id=None)
    assert _order(field_id) == ["Eve", "Ben", "Cem", "Dee", "Ana"]
    move(field_id=field_id, contact_ids=[ids[2], ids[3]], after_id=None, before_id=ids[4])
    assert _order(field_id) == ["Cem", "Dee", "Eve", "Ben", "Ana"]


def test_many_moves_into_the_same_gap_stay_correct_and_cheap(store: SqliteDatabase) -> None:
    names = [f"P{i:03d}" for i in range(60)]
    field_id, ids = _field_with(names)
    expected = list(names)
    rng = random.Random(3)
    written = 0
    for _ in range(400):
        order = [i for i, _ in ranked_ids(field_id)]
        source = rng.randrange(len(order))
        moving = order.pop(source)
        target = 1 if rng.random() < 0.7 else rng.randrange(len(order) + 1)
        after = order[target - 1] if target > 0 else None
        before = order[target] if target < len(order) else None
        written += move(field_id=field_id, contact_ids=[moving], after_id=after, before_id=before)
        expected.insert(target, expected.pop(source))
        assert _order(field_id) == expected
    assert written / 400 <= 3


def test_contacts_of_another_field_cannot_be_moved_in(store: SqliteDatabase) -> None:
    field_id, ids = _field_with(["Ana", "Ben"])
    other = add_field(name="Law")
    stranger = add_contact(contact=ContactData(first_name="Lee", field_id=other))
    with pytest.raises(ValidationError, match="same field"):
        move(field_id=field_id, contact_ids=[stranger], after_id=ids[0], before_id=ids[1])
