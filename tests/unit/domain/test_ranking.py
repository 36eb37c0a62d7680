"""Ranking: weighted criteria, stable ordering and fractional ranks for drags."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview_gui.domain.ranking import (
    SHORT_NAME,
    moved,
    order_by_score,
    plan_move,
    rank_between,
    renumbered,
    short_name,
    weighted_score,
)


def test_weighted_score_weighs_each_criterion() -> None:
    # close job (weight 3) scores 5, location (weight 1) scores 1: (15 + 1) / 4
    assert weighted_score({1: 5, 2: 1}, {1: 3, 2: 1}) == 4.0


def test_an_unscored_criterion_is_left_out_not_counted_as_zero() -> None:
    assert weighted_score({1: 4}, {1: 2, 2: 5}) == 4.0


def test_a_criterion_with_weight_zero_is_switched_off() -> None:
    assert weighted_score({1: 5, 2: 0}, {1: 1, 2: 0}) == 5.0


def test_a_score_of_zero_is_a_score() -> None:
    assert weighted_score({1: 0}, {1: 2}) == 0.0


def test_scores_for_unknown_criteria_are_ignored() -> None:
    assert weighted_score({1: 2, 99: 5}, {1: 1}) == 2.0


@pytest.mark.parametrize(
    ("scores", "weights"),
    [({}, {1: 3}), ({1: 4}, {}), ({1: 4}, {1: 0}), ({2: 4}, {1: 3})],
)
def test_nothing_scored_is_none(scores: dict[int, int], weights: dict[int, int]) -> None:
    assert weighted_score(scores, weights) is None


@pytest.mark.parametrize(("scores", "weights"), [({1: 6}, {1: 1}), ({1: 3}, {1: -1})])
def test_values_off_the_scale_are_refused(scores: dict[int, int], weights: dict[int, int]) -> None:
    with pytest.raises(ValueError):
        weighted_score(scores, weights)


@given(st.dictionaries(st.integers(0, 9), st.tuples(st.integers(0, 5), st.integers(0, 5))))
def test_weighted_score_stays_within_the_scores(pairs: dict[int, tuple[int, int]]) -> None:
    scores = {key: score for key, (score, _) in pairs.items()}
    weights = {key: weight for key, (_, weight) in pairs.items()}
    result = weighted_score(scores, weights)
    counted = [scores[k] for k in pairs if weights[k] > 0]
    if not counted:
        assert result is None
    else:
        assert result is not None
        assert min(counted) - 1e-9 <= result <= max(counted) + 1e-9


def test_order_by_score_best_first_ties_and_unscored_keep_their_order() -> None:
    contacts = [(1, None), (2, 3.0), (3, 4.5), (4, 3.0), (5, None), (6, 0.0)]
    assert order_by_score(contacts) == [3, 2, 4, 6, 1, 5]


@given(st.lists(st.one_of(st.none(), st.sampled_from([0.0, 1.5, 2.0, 5.0])), max_size=30))
def test_order_by_score_is_stable(scores: list[float | None]) -> None:
    contacts = list(enumerate(scores))
    order = order_by_score(contacts)
    assert sorted(order) == list(range(len(scores)))
    keys = [(scores[i] is None, -(scores[i] or 0.0), i) for i in order]
    assert keys == sorted(keys)  # by score, then by the previous order


def test_rank_between_neighbours() -> None:
    assert 1.0 < (rank_between(1.0, 2.0) or 0) < 2.0
    assert (rank_between(None, 10.0) or 99) < 10.0
    assert (rank_between(10.0, None) or 0) > 10.0
    assert isinstance(rank_between(None, None), float)


@pytest.mark.parametrize(
    ("before", "after"), [(1.0, 1.0 + 1e-7), (2.0, 1.0), (3.0, 3.0), (math.nan, 1.0)]
)
def test_rank_between_asks_for_renumbering_without_room(before: float, after: float) -> None:
    assert rank_between(before, after) is None


def test_renumbered_spreads_ranks_evenly() -> None:
    assert renumbered([7, 3, 9]) == {7: 1024.0, 3: 2048.0, 9: 3072.0}
    assert renumbered([7, 3], step=10.0) == {7: 10.0, 3: 20.0}


@pytest.mark.parametrize(
    ("rows", "destination", "expected"),
    [
        ([0], 2, "bacd"),  # down one: before the item at row 2
        ([0], 4, "bcda"),  # to the end
        ([3], 0, "dabc"),  # to the top
        ([1, 2], 4, "adbc"),
        ([2, 3], 1, "acdb"),
        ([1], 1, "abcd"),  # no-op moves
        ([1], 2, "abcd"),
    ],
)
def test_moved_follows_qt_move_rows(rows: list[int], destination: int, expected: str) -> None:
    assert "".join(moved(list("abcd"), rows, destination)) == expected


def _apply(ranks: dict[int, float], ids: list[int], rows: list[int], dest: int) -> int:
    """Apply a planned move to ``ranks`` as the store would; return the rows written."""
    ordered = [(i, ranks[i]) for i in ids]
    changes = plan_move(ordered, rows, dest)
    ranks.update(changes)
    return len(changes)


def _by_rank(ranks: dict[int, float]) -> list[int]:
    return sorted(ranks, key=lambda key: ranks[key])


def test_one_drag_writes_one_row() -> None:
    ids = [10, 11, 12, 13]
    ranks = renumbered(ids)
    changes = plan_move([(i, ranks[i]) for i in ids], [3], 1)
    assert list(changes) == [13]
    assert ranks[10] < changes[13] < ranks[11]


def test_drags_to_either_end_write_one_row() -> None:
    ids = [1, 2, 3]
    ranks = renumbered(ids)
    assert _apply(ranks, ids, [2], 0) == 1
    assert _by_rank(ranks) == [3, 1, 2]
    assert _apply(ranks, [3, 1, 2], [0], 3) == 1
    assert _by_rank(ranks) == [1, 2, 3]


def test_a_move_that_changes_nothing_writes_nothing() -> None:
    ordered = list(renumbered([1, 2, 3]).items())
    assert plan_move(ordered, [1], 1) == {}
    assert plan_move(ordered, [1], 2) == {}


def test_repeated_ranks_from_an_old_import_are_renumbered() -> None:
    ordered = [(1, 5.0), (2, 5.0), (3, 5.0)]
    ranks = dict(ordered)
    ranks.update(plan_move(ordered, [0], 3))
    assert _by_rank(ranks) == [2, 3, 1]
    assert len(set(ranks.values())) == 3


@pytest.mark.parametrize(
    ("rows", "destination"), [([], 0), ([0, 2], 3), ([3], 0), ([-1], 0), ([0], 4), ([1], -1)]
)
def test_bad_moves_are_refused(rows: list[int], destination: int) -> None:
    with pytest.raises(ValueError):
        plan_move(list(renumbered([1, 2, 3]).items()), rows, destination)


rank_values = st.floats(-1e6, 1e6, allow_nan=False)


@st.composite
def lists_and_moves(draw: st.DrawFn) -> tuple[list[tuple[int, float]], list[int], int]:
    size = draw(st.integers(1, 30))
    if draw(st.booleans()):
        ranks = sorted(draw(st.lists(rank_values, min_size=size, max_size=size)))
    else:  # anything an old version or an import may have left behind
        ranks = draw(
            st.lists(
                st.sampled_from([0.0, 1.0, 1.0 + 1e-9, -3.0, math.inf]),
                min_size=size,
                max_size=size,
            )
        )
    first = draw(st.integers(0, size - 1))
    count = draw(st.integers(1, size - first))
    destination = draw(st.integers(0, size))
    return (
        list(zip(range(100, 100 + size), ranks, strict=True)),
        list(range(first, first + count)),
        destination,
    )


@given(lists_and_moves())
def test_plan_move_gives_the_order_of_the_list_move(
    case: tuple[list[tuple[int, float]], list[int], int],
) -> None:
    ordered, rows, destination = case
    ranks = dict(ordered)
    changes = plan_move(ordered, rows, destination)
    if rows[0] <= destination <= rows[-1] + 1:
        assert changes == {}  # a no-op drag writes nothing, even over untidy ranks
        return
    ranks.update(changes)
    expected = moved([i for i, _ in ordered], rows, destination)
    new_ranks = [ranks[i] for i in expected]
    assert all(math.isfinite(r) for r in new_ranks)
    assert all(a < b for a, b in zip(new_ranks, new_ranks[1:], strict=False))
    assert all(dict(ordered)[key] != rank for key, rank in changes.items())


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 200), st.randoms(use_true_random=False))
def test_random_single_moves_write_few_rows(size: int, rnd: random.Random) -> None:
    ids = list(range(size))
    ranks = renumbered(ids)
    writes = 0
    for _ in range(1000):
        row, destination = rnd.randrange(size), rnd.randrange(size + 1)
        writes += _apply(ranks, ids, [row], destination)
        ids = moved(ids, [row], destination)
        assert _by_rank(ranks) == ids
    assert writes / 1000 <= 3


def test_dragging_again_and_again_into_the_same_gap_stays_cheap() -> None:
    # Always dropping the last person into second place halves the same gap each time:
    # the gap runs out, and only a small window is spread out again, not all 500 rows.
    ids = list(range(500))
    ranks = renumbered(ids)
    writes, worst = 0, 0
    for _ in range(1000):
        written = _apply(ranks, ids, [len(ids) - 1], 1)
        ids = moved(ids, [len(ids) - 1], 1)
        writes, worst = writes + written, max(worst, written)
    assert _by_rank(ranks) == ids
    assert worst < 100
    assert writes / 1000 <= 3


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Pay", "Pay"),
        ("How close their job is to the one I want", "How close their…"),
        ("We know someone in common", "We know someone…"),
        ("Easy to meet (location)", "Easy to meet…"),
        ("Supercalifragilisticexpialidocious", "Supercalifragilis…"),
        ("  Works   remotely ", "Works remotely"),
    ],
)
def test_a_short_name_ends_on_a_whole_word(name: str, short: str) -> None:
    assert short_name(name) == short
    assert len(short_name(name)) <= SHORT_NAME
