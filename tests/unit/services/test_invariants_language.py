"""Tools > Check database reports in the user's language: no English line in German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from peewee import SqliteDatabase

from infoview_gui.commands.language import PlainFormats, _catalogue, resource_path
from infoview_gui.domain import i18n
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel
from infoview_gui.domain.language import Language
from infoview_gui.paths import AppPaths
from infoview_gui.services import tags
from infoview_gui.services.asking import mark_asked
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.services.ranking import criteria, set_score
from infoview_gui.store.database import database


@pytest.fixture
def broken(store: SqliteDatabase, paths: AppPaths) -> Iterator[None]:
    """Data broken in every way the invariants tests break it but the search index."""
    field = add_field(name="Nursing")
    add_field(name="Law")
    first = criteria(field)[0][0]
    people = {}
    for score, name in enumerate(("Ana", "Ben", "Chloé", "Dev"), start=2):
        people[name] = add_contact(
            contact=ContactData(first_name=name, last_name="Lopez", field_id=field)
        )
        set_score(contact_id=people[name], criterion_id=first, score=score)
        interview = start_request(contact_id=people[name])
        mark_asked(interview_id=interview, channel=Channel.EMAIL, on=date(2026, 5, 1))
    tags.add_tags(contact_ids=[people["Ana"]], names=["alumni"])
    for sql in (
        "UPDATE contact SET score = 4.75 WHERE first_name = 'Ana'",
        "UPDATE contact SET rank = 5.0",
        "UPDATE contact SET last_name = 'Okafor' WHERE first_name = 'Ben'",
        "UPDATE criterion SET position = 1",
        "UPDATE career_field SET position = 1",
        f"UPDATE interview SET requested_on = NULL WHERE contact_id = {people['Ana']}",
        "UPDATE interview SET status = 'accepted', responded_on = NULL "
        f"WHERE contact_id = {people['Ben']}",
        "UPDATE interview SET status = 'scheduled', responded_on = '2026-05-02', "
        f"scheduled_start = NULL WHERE contact_id = {people['Chloé']}",
        "UPDATE contact SET card_image = 'dev.jpg' WHERE first_name = 'Dev'",
        "UPDATE contact_tag_line SET line = 'stale'",
        "UPDATE contact_keys SET status_rank = 99",
    ):
        database.execute_sql(sql)
    yield
    i18n.install()


def _problems(paths: AppPaths) -> list[str]:
    return check_invariants(cards_dir=paths.cards_dir, fix=False).problems


def _in(language: Language) -> None:
    catalogue = _catalogue(resource_path("translations") / f"core_{language.value}.mo")
    i18n.install(catalogue, PlainFormats(language))


@pytest.mark.parametrize("language", [Language.DE, Language.ES])
def test_every_finding_of_check_database_is_in_the_user_s_language(
    broken: None, paths: AppPaths, language: Language
) -> None:
    database.execute_sql("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    english = _problems(paths)
    assert len(english) == 12  # every rule broken: the test covers them all
    _in(language)
    translated = _problems(paths)
    assert len(translated) == len(english)
    assert not set(translated) & set(english), "a finding is still in English"
    said = " ".join(translated)
    assert ("Kontakt" if language is Language.DE else "contacto") in said
    assert ("Suchindex" if language is Language.DE else "índice de búsqueda") in said


def test_the_repairs_are_reported_in_german(broken: None, paths: AppPaths) -> None:
    _in(Language.DE)
    report = check_invariants(cards_dir=paths.cards_dir, fix=True)
    assert "Die Punktzahl von 1 Kontakt wurde neu berechnet" in " ".join(report.fixed)
    assert "Die angezeigten Tags von 4 Kontakten waren nicht" in " ".join(report.fixed)
    assert "Eine als „Angefragt“ markierte Anfrage" in " ".join(report.problems)
    assert not any(line.startswith(("The ", "Recomputed", "A request")) for line in report.fixed)
