from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel
from infoview_gui.paths import AppPaths
from infoview_gui.services.asking import mark_asked
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.services.ranking import criteria, ranked_ids, set_score
from infoview_gui.store.database import database
from infoview_gui.store.models import ALL_MODELS, Contact, Criterion

Dump = dict[str, list[tuple[object, ...]]]


def dump() -> Dump:
    return {
        model._meta.table_name: list(
            database.execute_sql(f"SELECT * FROM {model._meta.table_name} ORDER BY 1").fetchall()
        )
        for model in ALL_MODELS
    }


@pytest.fixture
def field_id(store: SqliteDatabase) -> int:
    """A field with three scored contacts and a request."""
    field = add_field(name="Nursing")
    first = criteria(field)[0][0]
    for score, name in enumerate(("Ana", "Ben", "Chloé"), start=2):
        contact_id = add_contact(
            contact=ContactData(first_name=name, last_name="Lopez", field_id=field)
        )
        set_score(contact_id=contact_id, criterion_id=first, score=score)
    interview = start_request(contact_id=contact_id)
    mark_asked(interview_id=interview, channel=Channel.EMAIL, on=date(2026, 5, 1))
    return field


def check(paths: AppPaths, *, fix: bool) -> list[str]:
    report = check_invariants(cards_dir=paths.cards_dir, fix=fix)
    return report.fixed if fix else report.problems


def test_data_written_by_the_services_keeps_every_rule(field_id: int, paths: AppPaths) -> None:
    report = check_invariants(cards_dir=paths.cards_dir, fix=True)
    assert report.sound
    assert report.findings == []


def test_a_wrong_stored_score_is_found_and_recomputed(field_id: int, paths: AppPaths) -> None:
    database.execute_sql("UPDATE contact SET score = 4.75 WHERE first_name = 'Ana'")
    assert check(paths, fix=False) == [
        "The stored score does not match the criteria scores for 1 contact."
    ]
    assert check(paths, fix=True) == [
        "Recomputed the score of 1 contact: it did not match the criteria scores."
    ]
    assert Contact.get(Contact.first_name == "Ana").score == 2.0
    assert check_invariants(cards_dir=paths.cards_dir, fix=False).sound


def test_repeated_ranks_are_renumbered_in_the_same_order(field_id: int, paths: AppPaths) -> None:
    order = [i for i, _ in ranked_ids(field_id)]
    database.execute_sql("UPDATE contact SET rank = 5.0")
    database.execute_sql(f"UPDATE contact SET rank = NULL WHERE id = {order[2]}")
    assert check(paths, fix=False) == [
        "The order of contacts has repeated or missing places in 1 career field."
    ]
    check(paths, fix=True)
    ranks = ranked_ids(field_id)
    assert [i for i, _ in ranks] == order  # ties broken by id: the order the user had
    assert len({r for _, r in ranks}) == 3


def test_stale_search_text_is_recomputed(field_id: int, paths: AppPaths) -> None:
    database.execute_sql("UPDATE contact SET last_name = 'Okafor' WHERE first_name = 'Ben'")
    assert check(paths, fix=True) == [
        "Recomputed the search text of 1 contact: it did not match their details."
    ]
    ben = Contact.get(Contact.first_name == "Ben")
    assert "okafor" in ben.search_text
    assert ben.sort_name == "okafor ben"


def test_repeated_positions_in_a_list_are_renumbered(field_id: int, paths: AppPaths) -> None:
    before = [c.id for c in Criterion.select().order_by(Criterion.position, Criterion.id)]
    database.execute_sql("UPDATE criterion SET position = 1")
    assert check(paths, fix=True) == [
        "The order of ranking criteria had repeated places; renumbered in the same order."
    ]
    after = [c.id for c in Criterion.select().order_by(Criterion.position)]
    assert after == before
    assert len({c.position for c in Criterion.select()}) == 3


def test_a_request_without_its_dates_is_reported_not_guessed(
    field_id: int, paths: AppPaths
) -> None:
    database.execute_sql("UPDATE interview SET requested_on = NULL")
    expected = ["A request marked “Asked” has no date of asking: Chloé Lopez."]
    assert check(paths, fix=False) == expected
    report = check_invariants(cards_dir=paths.cards_dir, fix=True)
    assert report.problems == expected
    assert report.fixed == []


def test_a_scheduled_interview_needs_a_start_time(field_id: int, paths: AppPaths) -> None:
    database.execute_sql(
        "UPDATE interview SET status = 'scheduled', responded_on = '2026-05-02', "
        "scheduled_start = NULL"
    )
    assert check(paths, fix=False) == [
        "A request marked “Scheduled” has no start time: Chloé Lopez."
    ]


def test_a_missing_business_card_image_is_reported(field_id: int, paths: AppPaths) -> None:
    paths.cards_dir.mkdir(exist_ok=True)
    (paths.cards_dir / "ana.jpg").write_bytes(b"jpeg")
    database.execute_sql("UPDATE contact SET card_image = 'ana.jpg' WHERE first_name = 'Ana'")
    database.execute_sql("UPDATE contact SET card_image = 'ben.jpg' WHERE first_name = 'Ben'")
    database.execute_sql(
        "UPDATE contact SET card_image = '../infoview.sqlite3' WHERE first_name = 'Chloé'"
    )
    [problem] = check(paths, fix=False)
    assert problem.startswith("Business card images missing from ")
    assert problem.endswith(": Ben Lopez, Chloé Lopez.")


def test_checking_without_fixing_writes_nothing(field_id: int, paths: AppPaths) -> None:
    database.execute_sql("UPDATE contact SET score = 1, search_text = '', rank = 1")
    database.execute_sql("UPDATE criterion SET position = 0")
    before = dump()
    assert len(check(paths, fix=False)) == 4
    assert dump() == before


def test_many_findings_name_a_few_people(store: SqliteDatabase, tmp_path: Path) -> None:
    for i in range(6):
        contact_id = add_contact(contact=ContactData(first_name=f"P{i}"))
        interview = start_request(contact_id=contact_id)
        mark_asked(interview_id=interview, channel=Channel.PHONE, on=date(2026, 5, 1))
    database.execute_sql("UPDATE interview SET requested_on = NULL")
    [problem] = check_invariants(cards_dir=tmp_path, fix=False).problems
    assert problem.endswith(": P0, P1, P2 and 3 more.")
