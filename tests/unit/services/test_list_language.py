"""A language change: the bank follows it, lists keep their text until asked to follow."""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain import i18n
from infoview_gui.domain.bank_words import BankWordings, wordings
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.services import list_language
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.holding import save_answer
from infoview_gui.services.interviews import start_request
from infoview_gui.services.question_lists import (
    add_questions,
    add_text,
    edit_item_text,
    list_for_field,
    list_for_interview,
)
from infoview_gui.services.questions import edit_question, sync_bank_file
from infoview_gui.services.search import search_everything
from infoview_gui.store.models import Question
from infoview_gui.store.question_queries import list_items

DATA = resource_path("questions", "bank.json").read_bytes()
BANK = parse_bank(DATA)
WEEK, WOCHE = "What does a typical week look like for you?", "Wie sieht eine typische Arbeitswoche"
HARDEST, SCHWIERIGSTE = "What's the hardest part of your work?", "Was ist das Schwierigste"


def catalogue(language: str) -> gettext.NullTranslations:
    with resource_path("translations", f"bank_{language}.mo").open("rb") as stream:
        return i18n.load_catalogue(stream)


def switch_to(language: str | None) -> BankWordings:
    """Start InfoView in ``language`` (None: US English): the bank is synced in it."""
    i18n.install_bank(None if language is None else catalogue(language), language or "")
    sync_bank_file(data=DATA)
    return wordings(BANK, [catalogue(other) for other in ("en_GB", "es", "de")])


@pytest.fixture
def english(store: SqliteDatabase) -> Iterator[None]:
    switch_to(None)
    yield
    i18n.install_bank(None)


def bank_id(key: str) -> int:
    return int(Question.get(Question.builtin_key == key).id)


def texts(list_id: int) -> list[str]:
    return [item.text for item in list_items(list_id)]


def make_list() -> int:
    """A list made in English: three bank questions (one reworded) and one of the user's."""
    list_id = list_for_field(field_id=add_field(name="Nursing"))
    keys = ("day-typical-week", "challenges-hardest-part", "path-how-you-started")
    add_questions(list_id=list_id, question_ids=[bank_id(key) for key in keys])
    add_text(list_id=list_id, text="Wie viel verdient man am Anfang?")
    reworded = list_items(list_id)[2].id
    edit_item_text(item_id=reworded, text="How did you start out, in your own words?")
    return list_id


def test_the_bank_follows_the_language_and_lists_keep_their_text(english: None) -> None:
    list_id = make_list()
    before = texts(list_id)
    edit_question(question_id=bank_id("path-usual-routes"), text="My own wording?")
    switch_to("de")
    assert Question.get(Question.builtin_key == "day-typical-week").text.startswith(WOCHE)
    assert Question.get(Question.builtin_key == "path-usual-routes").text == "My own wording?"
    assert texts(list_id) == before  # made in English, still English
    switch_to("es")
    assert Question.get(Question.builtin_key == "day-typical-week").text.startswith("¿Cómo es")
    switch_to(None)
    assert Question.get(Question.builtin_key == "day-typical-week").text == WEEK
    assert texts(list_id) == before


def test_use_the_current_language_skips_reworded_and_own_questions(english: None) -> None:
    list_id = make_list()
    before = texts(list_id)
    known = switch_to("de")
    assert list_language.plan(list_id, known).count == 2
    change = list_language.use_current_language(list_id=list_id, wordings=known)
    assert (change.count, change.kept) == (2, 1)
    now = texts(list_id)
    assert now[0].startswith(WOCHE) and now[1].startswith(SCHWIERIGSTE)
    assert now[2:] == before[2:]  # the reworded one and the user's own, as typed
    assert list_language.plan(list_id, known).count == 0  # nothing left to re-word
    list_language.undo(change=change)
    assert texts(list_id) == before
    list_language.redo(change=change)
    assert texts(list_id) == now


def test_a_list_in_another_shipped_language_follows_too(english: None) -> None:
    list_id = make_list()
    spanish = list_language.use_current_language(list_id=list_id, wordings=switch_to("es"))
    assert spanish.count == 2 and texts(list_id)[0].startswith("¿Cómo es una semana")
    german = list_language.use_current_language(list_id=list_id, wordings=switch_to("de"))
    assert german.count == 2 and texts(list_id)[0].startswith(WOCHE)


def test_undo_leaves_a_question_reworded_since(english: None) -> None:
    list_id = make_list()
    change = list_language.use_current_language(list_id=list_id, wordings=switch_to("de"))
    first = list_items(list_id)[0].id
    edit_item_text(item_id=first, text="Meine eigene Frage zur Woche?")
    list_language.undo(change=change)
    assert texts(list_id)[:2] == ["Meine eigene Frage zur Woche?", HARDEST]


def test_a_list_that_is_gone_is_said_so(english: None) -> None:
    with pytest.raises(NotFoundError):
        list_language.use_current_language(list_id=999, wordings=switch_to("de"))


def test_search_finds_the_bank_and_the_answers_in_the_language_shown(english: None) -> None:
    field_id = add_field(name="Nursing")
    list_for_field(field_id=field_id)
    contact = add_contact(contact=ContactData(first_name="Ana", field_id=field_id))
    list_id = list_for_interview(interview_id=start_request(contact_id=contact))
    add_questions(list_id=list_id, question_ids=[bank_id("day-typical-week")])
    save_answer(item_id=list_items(list_id)[0].id, text="Night shifts, then three days off.")
    known = switch_to("de")
    found = {hit.title for hit in search_everything(text="Arbeitswoche").hits}
    assert found == {"In your question bank"}  # the bank speaks German; the answer is English
    list_language.use_current_language(list_id=list_id, wordings=known)
    found = {hit.title for hit in search_everything(text="Arbeitswoche").hits}
    assert found == {"In your question bank", "Answer from Ana"}
    assert {hit.title for hit in search_everything(text="night shifts").hits} == {"Answer from Ana"}
