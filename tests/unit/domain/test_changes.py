"""What an action changed: kinds, with the ids where known."""

from __future__ import annotations

from infoview_gui.domain.changes import Changes, Kind


def test_merging_keeps_the_ids_of_each_kind() -> None:
    one = Changes.of(Kind.CONTACTS, {Kind.CONTACTS: [1]})
    two = Changes.of(Kind.CONTACTS | Kind.RANKING, {Kind.CONTACTS: [2], Kind.RANKING: [7]})
    both = one | two
    assert both.kinds == Kind.CONTACTS | Kind.RANKING
    assert both.ids_of(Kind.CONTACTS) == {1, 2}
    assert both.ids_of(Kind.RANKING) == {7}
    assert both.ids_of(Kind.PROFILE) == frozenset()


def test_a_kind_changed_as_a_whole_stays_whole_when_merged() -> None:
    merged = Changes.of(Kind.CONTACTS, {Kind.CONTACTS: [1]}) | Changes.everything()
    assert merged.ids_of(Kind.CONTACTS) is None
    assert merged.touches(Kind.SETTINGS)


def test_no_change_is_false_and_says_nothing() -> None:
    assert not Changes()
    assert Changes().describe() == "nothing"
    assert Changes.of(Kind.CONTACTS, {Kind.CONTACTS: [4, 5]}).describe() == "contacts(2)"
