"""Why a question is suggested, in the user's words."""

from __future__ import annotations

import pytest

from infoview_gui.domain.enums import Decidedness, Stage
from infoview_gui.domain.suggestion_reasons import Reason, suggestion_reason

EVERYONE_D = frozenset(Decidedness.values())
EVERYONE_S = frozenset(Stage.values())


@pytest.mark.parametrize(
    ("decidedness_tags", "stage_tags", "decidedness", "stage", "expected"),
    [
        (
            {"comparing"},
            {"final_year", "graduated"},
            Decidedness.COMPARING,
            Stage.FINAL_YEAR,
            Reason(
                "comparing fields, final year",
                "Suggested because you are comparing fields and in your final year.",
            ),
        ),
        (
            {"comparing"},
            EVERYONE_S,
            Decidedness.COMPARING,
            Stage.FINAL_YEAR,
            Reason("comparing fields", "Suggested because you are comparing fields."),
        ),
        (
            {"comparing", "decided"},
            {"graduated"},
            Decidedness.DECIDED,
            Stage.GRADUATED,
            Reason(
                "decided on a field, graduated",
                "Suggested because you have decided on a field and you have graduated.",
            ),
        ),
        (
            EVERYONE_D,
            {"early"},
            None,
            Stage.EARLY,
            Reason("early in your studies", "Suggested because you are early in your studies."),
        ),
    ],
)
def test_the_reason_names_what_the_question_was_written_for(
    decidedness_tags: set[str],
    stage_tags: set[str],
    decidedness: Decidedness | None,
    stage: Stage | None,
    expected: Reason,
) -> None:
    assert suggestion_reason(decidedness_tags, stage_tags, decidedness, stage) == expected


def test_a_question_for_anyone_says_so() -> None:
    reason = suggestion_reason(EVERYONE_D, EVERYONE_S, Decidedness.COMPARING, Stage.EARLY)
    assert reason.short == ""
    assert reason.sentence.startswith("Suggested for every student")


def test_without_a_profile_the_reason_says_how_to_get_suggestions_that_fit() -> None:
    reason = suggestion_reason({"comparing"}, {"early"}, None, None)
    assert reason.short == ""
    assert "profile" in reason.sentence


@pytest.mark.parametrize("decidedness", [None, *Decidedness])
@pytest.mark.parametrize("stage", [None, *Stage])
def test_every_reason_is_one_sentence(decidedness: Decidedness | None, stage: Stage | None) -> None:
    for tags in ({"comparing"}, EVERYONE_D):
        sentence = suggestion_reason(tags, {"final_year"}, decidedness, stage).sentence
        assert sentence.startswith("Suggested ") and sentence.endswith(".")
        assert "  " not in sentence
