"""What I learned: answers by topic with who and when, stars, takeaways, research checked."""

from __future__ import annotations

from datetime import date

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.enums import Decidedness, FieldStatus, Topic
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.learned import OTHER_NOTES, VerifyMark
from infoview_gui.services import fit, learned
from infoview_gui.services.fields import delete_field, undo_delete_field
from infoview_gui.services.profile import load_profile
from infoview_gui.services.progress import field_named, report
from infoview_gui.store.models import Takeaway
from tests.learned_world import EXPECTED, RESEARCH_LINE, TODAY, LearnedWorld, build


@pytest.fixture
def world(store: SqliteDatabase) -> LearnedWorld:
    return build()


def _group(page: learned.FieldPage, topic: str) -> list[tuple[str, str, date | None]]:
    for group in page.groups:
        if group.topic == topic:
            return [(a.who, a.text, a.when) for a in group.answers]
    return []


def test_three_peoples_answers_on_the_typical_day_sit_together_in_interview_order(
    world: LearnedWorld,
) -> None:
    page = learned.field_page(field_id=world.nursing)
    assert _group(page, Topic.DAY_TO_DAY.value) == [
        ("Ana Example", "Twelve-hour shifts, three a week", date(2026, 3, 5)),
        ("Ben Example", "Rounds at 7, handover at 7", date(2026, 3, 12)),
        ("Cy Example", "Mostly days on the ward", date(2026, 4, 2)),
    ]
    assert _group(page, Topic.SKILLS.value) == [
        ("Ana Example", "Calm under pressure", date(2026, 3, 5))
    ]
    assert page.people == 3


def test_own_questions_and_notes_outside_any_question_have_their_groups(
    world: LearnedWorld,
) -> None:
    page = learned.field_page(field_id=world.nursing)
    own = [text for _who, text, _when in _group(page, Topic.OWN.value)]
    assert "The paperwork" in own
    assert _group(page, OTHER_NOTES) == [("Ben Example", "Ask about bursaries", date(2026, 3, 12))]
    assert [g.label for g in page.groups][-1] == "Other notes"


def test_another_fields_answers_and_unheld_interviews_stay_out(world: LearnedWorld) -> None:
    page = learned.field_page(field_id=world.journalism)
    texts = [a.text for g in page.groups for a in g.answers]
    assert sorted(texts) == ["SQL and <b>plain</b> writing", "Spreadsheets and deadlines"]
    assert page.people == 2


def test_a_star_and_a_takeaway_are_kept_and_shown(world: LearnedWorld) -> None:
    learned.set_star(item_id=world.items["Ben day_to_day"], starred=True)
    learned.save_takeaway(field_id=world.nursing, topic="day_to_day", text="Long shifts, few days")
    page = learned.field_page(field_id=world.nursing)
    day = next(g for g in page.groups if g.topic == "day_to_day")
    assert [a.who for a in day.starred] == ["Ben Example"]
    assert day.takeaway == "Long shifts, few days"
    learned.set_star(item_id=world.items["Ben day_to_day"], starred=False)
    learned.save_takeaway(field_id=world.nursing, topic="day_to_day", text="  ")
    day = next(
        g for g in learned.field_page(field_id=world.nursing).groups if g.topic == "day_to_day"
    )
    assert day.starred == () and day.takeaway == ""
    assert Takeaway.select().count() == 0


def test_bad_takeaways_and_stars_are_refused_with_a_sentence(world: LearnedWorld) -> None:
    with pytest.raises(ValidationError, match="at most 4,000"):
        learned.save_takeaway(field_id=world.nursing, topic="skills", text="x" * 4001)
    with pytest.raises(ValidationError, match="topics shown"):
        learned.save_takeaway(field_id=world.nursing, topic="salary", text="Good")
    with pytest.raises(NotFoundError):
        learned.set_star(item_id=99_999, starred=True)


def test_a_research_line_shows_what_was_said_and_takes_a_mark(world: LearnedWorld) -> None:
    (check,) = learned.field_page(field_id=world.nursing).checks
    assert check.line == RESEARCH_LINE and check.mark is VerifyMark.OPEN
    assert [(a.who, a.text) for a in check.heard] == [("Cy Example", "Only in some hospitals")]
    learned.check_research(item_id=check.item_id, mark=VerifyMark.CORRECTED, said="Depends")
    learned.check_research(item_id=check.item_id, mark="confirmed")
    (check,) = learned.field_page(field_id=world.nursing).checks
    assert (check.mark, check.said) == (VerifyMark.CONFIRMED, "Depends")
    with pytest.raises(ValidationError, match="confirmed, corrected or still open"):
        learned.check_research(item_id=check.item_id, mark="maybe")


def test_fit_ratings_give_a_weighted_total_and_deciding_updates_the_profile(
    world: LearnedWorld,
) -> None:
    assert fit.add_usual_criteria() == 4
    assert fit.add_usual_criteria() == 0
    interest, skills, pay, _life = (c.id for c in fit.criteria())
    fit.set_weight(criterion_id=interest, weight=5)
    fit.set_weight(criterion_id=pay, weight=1)
    fit.rate(field_id=world.nursing, criterion_id=interest, score=4)
    fit.rate(field_id=world.nursing, criterion_id=pay, score=1)
    fit.rate(field_id=world.journalism, criterion_id=skills, score=5)
    compared = fit.comparison(field_ids=[world.nursing, world.journalism])
    nursing, journalism = compared.fields
    assert compared.total(nursing) == pytest.approx((5 * 4 + 1 * 1) / 6)
    assert compared.total(journalism) == 5.0
    assert (nursing.people, journalism.people) == (3, 2)
    with pytest.raises(ValidationError, match="already rate fields"):
        fit.add_criterion(name="pay")
    fit.decide_on(field_id=world.journalism)
    assert load_profile().decidedness is Decidedness.DECIDED
    assert fit.comparison(field_ids=[world.journalism]).fields[0].status is FieldStatus.FOCUS


def test_undoing_a_field_deletion_brings_back_its_takeaways_and_ratings(
    world: LearnedWorld,
) -> None:
    criterion = fit.add_criterion(name="Interest")
    fit.rate(field_id=world.nursing, criterion_id=criterion, score=3)
    learned.save_takeaway(field_id=world.nursing, topic="skills", text="Calm")
    snapshot = delete_field(field_id=world.nursing)
    undo_delete_field(snapshot=snapshot)
    compared = fit.comparison(field_ids=[world.nursing])
    assert compared.fields[0].fit.scores == {criterion: 3}
    skills = next(g for g in compared.fields[0].groups if g.topic == "skills")
    assert skills.takeaway == "Calm"


@pytest.mark.parametrize("name", ["Nursing", "Data journalism", None])
def test_progress_figures_match_the_fixture(world: LearnedWorld, name: str | None) -> None:
    (figures,) = report(today=TODAY, field_name=name) if name else report(today=TODAY)[:1]
    assert figures.progress.as_dict() == EXPECTED[name]


def test_an_unknown_field_is_named_with_the_choices(world: LearnedWorld) -> None:
    with pytest.raises(ValidationError, match="no career field called “Law”. Your fields: Nursing"):
        field_named("Law")
    assert field_named("nursing") == world.nursing
