"""The request pipeline: which status changes the app lets the user make."""

from __future__ import annotations

import itertools

import pytest

from infoview_gui.domain.enums import InterviewStatus as S
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.pipeline import (
    IllegalTransition,
    allowed_next,
    check_transition,
    next_to_ask,
)

# The method, written out independently of the module's table.
ALLOWED = {
    (S.NOT_ASKED, S.ASKED),
    (S.ASKED, S.ACCEPTED),
    (S.ASKED, S.DECLINED),
    (S.ASKED, S.NO_REPLY),
    (S.NO_REPLY, S.ACCEPTED),
    (S.NO_REPLY, S.DECLINED),
    (S.NO_REPLY, S.NO_REPLY),
    (S.ACCEPTED, S.SCHEDULED),
    (S.ACCEPTED, S.DECLINED),
    (S.SCHEDULED, S.SCHEDULED),
    (S.SCHEDULED, S.HELD),
    (S.SCHEDULED, S.DECLINED),
    (S.HELD, S.THANKED),
}


@pytest.mark.parametrize(("current", "new"), list(itertools.product(S, S)))
def test_every_pair_follows_the_method(current: S, new: S) -> None:
    if (current, new) in ALLOWED:
        check_transition(current, new)
        assert new in allowed_next(current)
    else:
        with pytest.raises(IllegalTransition) as caught:
            check_transition(current, new)
        assert new not in allowed_next(current)
        message = str(caught.value)
        assert message.endswith(".")
        assert "None" not in message
        assert "_" not in message  # no raw stored values such as not_asked


def test_the_whole_happy_path_is_allowed() -> None:
    path = [S.NOT_ASKED, S.ASKED, S.NO_REPLY, S.ACCEPTED, S.SCHEDULED, S.SCHEDULED, S.HELD]
    for current, new in itertools.pairwise([*path, S.THANKED]):
        check_transition(current, new)


def test_scheduling_before_acceptance_says_what_must_happen_first() -> None:
    with pytest.raises(
        IllegalTransition,
        match="^You can only schedule an interview after the person has accepted.$",
    ):
        check_transition(S.ASKED, S.SCHEDULED)


def test_answer_before_asking_says_to_ask_first() -> None:
    with pytest.raises(IllegalTransition, match="Ask the person first"):
        check_transition(S.NOT_ASKED, S.ACCEPTED)


def test_thanks_before_the_interview_is_refused() -> None:
    with pytest.raises(IllegalTransition, match="after the interview has been held"):
        check_transition(S.SCHEDULED, S.THANKED)


def test_a_declined_request_points_to_the_next_person() -> None:
    with pytest.raises(IllegalTransition, match="ask the next person"):
        check_transition(S.DECLINED, S.ACCEPTED)


def test_the_error_is_a_domain_error_and_names_both_statuses() -> None:
    with pytest.raises(DomainError) as caught:
        check_transition(S.HELD, S.ASKED)
    assert isinstance(caught.value, IllegalTransition)
    assert (caught.value.current, caught.value.new) == (S.HELD, S.ASKED)


def test_stored_text_values_are_accepted() -> None:
    check_transition("accepted", "scheduled")  # type: ignore[arg-type]
    with pytest.raises(IllegalTransition):
        check_transition("not_asked", "held")  # type: ignore[arg-type]


def test_finished_requests_go_nowhere() -> None:
    assert allowed_next(S.DECLINED) == ()
    assert allowed_next(S.THANKED) == ()


def test_next_to_ask_is_the_best_ranked_person_not_asked_yet() -> None:
    ranked = [(7, S.DECLINED), (3, S.ASKED), (9, None), (4, S.NOT_ASKED)]
    assert next_to_ask(ranked) == 9


def test_next_to_ask_takes_a_not_asked_request_in_rank_order() -> None:
    assert next_to_ask([(1, S.SCHEDULED), (2, S.NOT_ASKED), (3, None)]) == 2


def test_next_to_ask_is_none_when_everyone_was_asked() -> None:
    assert next_to_ask([(1, S.DECLINED), (2, S.NO_REPLY), (3, S.THANKED)]) is None
    assert next_to_ask([]) is None
