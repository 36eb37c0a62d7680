from __future__ import annotations

import pytest
from peewee import IntegrityError, SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import FieldStatus
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.research import research_lines
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import (
    add_field,
    add_link,
    add_research_item,
    add_research_items,
    delete_field,
    move_field,
    remove_link,
    remove_research_item,
    rename_field,
    save_research_notes,
    set_status,
    set_verify,
    undo_delete_field,
)
from infoview_gui.services.guide import choose_field, current_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.ranking import add_criterion, criteria, set_score
from infoview_gui.store.field_queries import field_detail, field_links, research_items
from infoview_gui.store.models import CareerField, Contact, CriterionScore, Interview
from infoview_gui.store.queries import field_choices
from infoview_gui.store.question_queries import verify_lines


def _to_verify(field_id: int) -> list[str]:
    """The research lines offered as questions, as the question lists read them."""
    return [text for _, text in verify_lines(field_id)]


def test_renaming_to_a_name_another_field_has_is_refused_whatever_the_case(
    store: SqliteDatabase,
) -> None:
    add_field(name="Nursing")
    law = add_field(name="Law")
    with pytest.raises(ValidationError, match="already have a career field called “Nursing”"):
        rename_field(field_id=law, name="  NURSING ")
    assert field_detail(law).name == "Law"  # type: ignore[union-attr]


def test_case_folding_covers_accents_not_only_ascii(store: SqliteDatabase) -> None:
    add_field(name="Économie")
    with pytest.raises(ValidationError, match="already have"):
        add_field(name="éCONOMIE")


def test_a_field_can_change_the_case_of_its_own_name(store: SqliteDatabase) -> None:
    field_id = add_field(name="nursing")
    rename_field(field_id=field_id, name="Nursing")
    assert field_choices() == [(field_id, "Nursing")]


@pytest.mark.parametrize(
    ("name", "words"),
    [("   ", "Give the career field a name"), ("a\nb", "one line"), ("x" * 121, "too long")],
)
def test_bad_names_are_refused_in_words(store: SqliteDatabase, name: str, words: str) -> None:
    field_id = add_field(name="Law")
    with pytest.raises(ValidationError, match=words) as refused:
        rename_field(field_id=field_id, name=name)
    assert refused.value.field == "name"


def test_status_is_kept_to_the_three_choices(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    set_status(field_id=field_id, status=FieldStatus.FOCUS)
    assert field_detail(field_id).status == "focus"  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="considered, a focus, or set aside"):
        set_status(field_id=field_id, status="dreaming")
    with pytest.raises(IntegrityError, match="CHECK"):
        CareerField.update(status="dreaming").where(CareerField.id == field_id).execute()
    assert field_detail(field_id).status == "focus"  # type: ignore[union-attr]


def test_notes_are_stored_exactly_as_typed(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    notes = "  Pay: <b>high</b>\n\n- long hours?\t\n"
    save_research_notes(field_id=field_id, text=notes)
    assert field_detail(field_id).notes == notes  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="too long"):
        save_research_notes(field_id=field_id, text="x" * 100_001)
    with pytest.raises(NotFoundError):
        save_research_notes(field_id=999, text="lost?")


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://example.org/x", "file:///etc/passwd", "https://", "a b.org", ""],
)
def test_links_must_be_web_addresses(store: SqliteDatabase, url: str) -> None:
    field_id = add_field(name="Law")
    with pytest.raises(ValidationError) as refused:
        add_link(field_id=field_id, url=url)
    assert refused.value.field == "url"
    assert field_links(field_id) == []


def test_links_are_kept_in_order_and_removed(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    first = add_link(field_id=field_id, url="https://www.bls.gov/ooh/legal/", title="<i>BLS</i>")
    add_link(field_id=field_id, url="www.americanbar.org")
    assert [(link.url, link.title) for link in field_links(field_id)] == [
        ("https://www.bls.gov/ooh/legal/", "<i>BLS</i>"),
        ("https://www.americanbar.org", ""),
    ]
    with pytest.raises(ValidationError, match="already among"):
        add_link(field_id=field_id, url="https://www.bls.gov/ooh/legal/")
    remove_link(link_id=first)
    assert [link.url for link in field_links(field_id)] == ["https://www.americanbar.org"]


def test_lines_to_verify_are_offered_as_questions(store: SqliteDatabase) -> None:
    field_id = add_field(name="Law")
    lines = research_lines("- Most work 50+ hours\n\n* Billing by the hour\n- Most work 50+ hours")
    assert lines == ["Most work 50+ hours", "Billing by the hour"]
    hours, billing = add_research_items(field_id=field_id, texts=lines)
    background = add_research_item(field_id=field_id, text="Bar exam in July", verify=False)
    assert _to_verify(field_id) == ["Most work 50+ hours", "Billing by the hour"]
    set_verify(item_id=hours, verify=False)
    remove_research_item(item_id=billing)
    assert _to_verify(field_id) == []
    assert [(r.text, r.verify) for r in research_items(field_id)] == [
        ("Most work 50+ hours", False),
        ("Bar exam in July", False),
    ]
    # marking a line again flags it again, without a second copy
    assert add_research_item(field_id=field_id, text="Bar exam in July") == background
    assert _to_verify(field_id) == ["Bar exam in July"]
    with pytest.raises(ValidationError, match="Select a line"):
        add_research_items(field_id=field_id, texts=["  ", ""])


def test_fields_move_up_and_down_writing_two_rows(store: SqliteDatabase) -> None:
    a, b, c = (add_field(name=n) for n in "ABC")
    assert move_field(field_id=c, offset=-1) == 2
    assert [n for _, n in field_choices()] == ["A", "C", "B"]
    assert move_field(field_id=a, offset=-1) == 0
    assert move_field(field_id=a, offset=1) == 2
    assert [i for i, _ in field_choices()] == [c, a, b]


def test_delete_and_undo_restore_the_field_and_everything_in_it(store: SqliteDatabase) -> None:
    field_id = add_field(name="Nursing")
    other = add_field(name="Law")
    save_research_notes(field_id=field_id, text="Night shifts.")
    add_link(field_id=field_id, url="https://www.nursingworld.org")
    add_research_item(field_id=field_id, text="Is burnout common?")
    own = add_criterion(field_id=field_id, name="Works in a hospital", weight=5)
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    ben = add_contact(contact=ContactData(first_name="Ben", field_id=field_id))
    lee = add_contact(contact=ContactData(first_name="Lee", field_id=other))
    set_score(contact_id=ben, criterion_id=own, score=4)
    interview = start_request(contact_id=ana)
    choose_field(field_id=field_id)
    before = {c.id: (c.rank, c.score) for c in Contact.select()}

    snapshot = delete_field(field_id=field_id)

    assert field_choices() == [(other, "Law")]
    assert Contact.select().count() == 3  # the people stay
    assert Contact.get_by_id(ana).field_id is None
    assert Interview.get_by_id(interview).contact_id == ana
    assert CriterionScore.select().count() == 0
    assert current_field() is None
    with pytest.raises(NotFoundError):
        delete_field(field_id=field_id)

    undo_delete_field(snapshot=snapshot)

    detail = field_detail(field_id)
    assert detail is not None
    assert (detail.name, detail.notes) == ("Nursing", "Night shifts.")
    assert [link.url for link in field_links(field_id)] == ["https://www.nursingworld.org"]
    assert _to_verify(field_id) == ["Is burnout common?"]
    assert [name for _, name, _ in criteria(field_id)][-1] == "Works in a hospital"
    assert {c.id: c.field_id for c in Contact.select()} == {
        ana: field_id,
        ben: field_id,
        lee: other,
    }
    assert {c.id: (c.rank, c.score) for c in Contact.select()} == before
    assert CriterionScore.get(contact=ben, criterion=own).score == 4
    assert Interview.get_by_id(interview).field_id == field_id
    assert current_field() == (field_id, "Nursing")
