"""Search everything: accents, case, prefixes, ranking, kept in step, rebuilt."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.app import main
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.search_text import HitKind
from infoview_gui.exchange.json_backup import write_backup
from infoview_gui.paths import AppPaths
from infoview_gui.services import exports, restore
from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.services.search import search_everything
from infoview_gui.store import search_queries
from infoview_gui.store.connection import current
from infoview_gui.store.database import close_database
from infoview_gui.store.models import (
    CareerField,
    Contact,
    Interview,
    ListQuestion,
    Question,
    QuestionList,
)
from infoview_gui.store.opening import open_store


def _titles(text: str) -> list[str]:
    return [hit.title for hit in search_everything(text=text).hits]


@pytest.fixture
def data(store: SqliteDatabase) -> dict[str, int]:
    field = add_field(name="Data journalism")
    maria = add_contact(
        contact=ContactData(
            first_name="María", last_name="Núñez", organisation="El País", field_id=field
        )
    )
    marc = add_contact(
        contact=ContactData(
            first_name="Bob",
            last_name="Stone",
            notes="met Maria at the fair; marine biology before",
            field_id=field,
        )
    )
    interview = start_request(contact_id=marc)
    Interview.update(notes="Talked about <b>verification</b> & sources").where(
        Interview.id == interview
    ).execute()
    listing = QuestionList.create(interview=interview)
    ListQuestion.create(
        question_list=listing,
        text="What does a usual week look like?",
        position=1,
        answer="Mostly spreadsheets, then the newsroom huddle on Mondays.",
    )
    return {"field": field, "maria": maria, "marc": marc, "interview": interview}


def test_accents_and_case_do_not_matter(data: dict[str, int]) -> None:
    assert _titles("maria nunez") == ["María Núñez"]
    assert _titles("MARÍA") == _titles("maria")
    assert _titles("el pais") == ["María Núñez"]


def test_each_word_matches_as_the_beginning_of_a_word(data: dict[str, int]) -> None:
    assert _titles("mar")[0] == "María Núñez"  # a name beats a word in the notes
    assert set(_titles("mar")) == {"María Núñez", "Bob Stone"}
    assert _titles("aria") == []  # inside a word: not a match
    assert _titles("m") and _titles("ma")  # one and two letters find too


def test_a_name_ranks_above_the_same_word_in_notes(data: dict[str, int]) -> None:
    assert _titles("maria") == ["María Núñez", "Bob Stone"]


def test_an_interview_answer_is_found_by_one_word_and_knows_its_interview(
    data: dict[str, int],
) -> None:
    (hit,) = search_everything(text="huddle").hits
    assert hit.kind is HitKind.ANSWER
    assert hit.interview_id == data["interview"] and hit.contact_id == data["marc"]
    assert hit.title == "Answer from Bob Stone"
    start, end = hit.spans[0]
    assert hit.context[start:end] == "huddle"


def test_user_text_is_escaped_and_the_match_marked(data: dict[str, int]) -> None:
    (hit,) = search_everything(text="verif").hits
    assert hit.kind is HitKind.INTERVIEW
    assert hit.context_html() == (
        "Talked about &lt;b&gt;<b>verification</b>&lt;/b&gt; &amp; sources"
    )


def test_punctuation_and_query_syntax_are_only_words(data: dict[str, int]) -> None:
    assert search_everything(text='"').hits == ()
    assert search_everything(text="NOT OR AND *").hits == ()
    assert _titles('mar" OR "x') == []  # the words mar, or, x: nothing has all three


def test_the_index_follows_edits_deletions_and_undo(data: dict[str, int]) -> None:
    Contact.update(last_name="Quintero").where(Contact.id == data["maria"]).execute()
    assert _titles("nunez") == []
    assert _titles("quintero") == ["María Quintero"]
    snapshot = delete_contacts(contact_ids=[data["marc"]])
    assert _titles("huddle") == [] and _titles("stone") == []
    undo_delete(snapshot=snapshot)
    assert _titles("huddle") == ["Answer from Bob Stone"]
    assert search_queries.search_index_problem() == ""


def test_more_results_come_on_demand(store: SqliteDatabase) -> None:
    for n in range(60):
        add_contact(contact=ContactData(first_name=f"Alex{n}", last_name="Morgan"))
    first = search_everything(text="morgan")
    assert len(first.hits) == 50 and first.more
    second = search_everything(text="morgan", offset=50)
    assert len(second.hits) == 10 and not second.more
    assert not {h.record_id for h in first.hits} & {h.record_id for h in second.hits}


def test_a_broad_query_still_pages_names_first(
    store: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_queries, "RANKED_AT_MOST", 5)
    for n in range(8):
        add_contact(contact=ContactData(first_name="Zed", last_name=f"N{n}", notes="x"))
        add_contact(contact=ContactData(first_name="Y", notes=f"zebra {n}"))
    hits = search_everything(text="z", limit=12).hits
    assert [h.title for h in hits[:8]] == ["Zed N" + str(n) for n in range(8)]
    rest = search_everything(text="z", offset=12).hits
    assert len(hits) + len(rest) == 16


def test_check_fix_rebuilds_an_index_out_of_step(data: dict[str, int], paths: AppPaths) -> None:
    current().execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    assert _titles("huddle") == []
    report = check_invariants(cards_dir=paths.cards_dir, fix=False)
    assert any("search index" in problem for problem in report.problems)
    report = check_invariants(cards_dir=paths.cards_dir, fix=True)
    assert any("Rebuilt" in line for line in report.fixed)
    assert _titles("huddle") == ["Answer from Bob Stone"]
    assert check_invariants(cards_dir=paths.cards_dir, fix=False).sound


def test_a_restore_rebuilds_the_index_and_the_backup_holds_none_of_it(
    data: dict[str, int], tmp_path: Path
) -> None:
    backup = exports.dump_database(now=datetime(2026, 3, 1, tzinfo=UTC))
    assert not [name for name in backup.tables if name.startswith("search_index")]
    assert backup.tables["contact"].columns[-1] == "referral"
    close_database()
    (tmp_path / "other").mkdir()
    open_store(tmp_path / "other" / "infoview.sqlite3")
    restore.restore_backup(data=write_backup(backup))
    assert _titles("huddle") == ["Answer from Bob Stone"]
    assert _titles("maria")[0] == "María Núñez"
    assert search_queries.search_index_problem() == ""


def test_the_search_command_prints_the_same_results(
    data: dict[str, int], paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    close_database()
    assert main(["search", "huddle", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Answer: Answer from Bob Stone"
    assert "[huddle]" in out[1]
    assert main(["search", "maria", "--json", "--data-dir", str(paths.data_dir)]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["title"]) for r in found] == [
        ("contact", "María Núñez"),
        ("contact", "Bob Stone"),
    ]
    assert main(["search", "zzz", "--data-dir", str(paths.data_dir)]) == 0
    assert "Nothing found" in capsys.readouterr().out


def test_the_search_command_says_a_sentence_without_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["search", "x", "--data-dir", str(tmp_path / "none")])
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err + captured.out
    assert "no InfoView data" in captured.err + captured.out


def test_research_links_and_questions_say_where_they_belong(data: dict[str, int]) -> None:
    from infoview_gui.services.fields import add_link, add_research_items

    field = data["field"]
    CareerField.update(research_notes="Salaries: ask about the pay bands").where(
        CareerField.id == field
    ).execute()
    add_research_items(field_id=field, texts=["Is remote work common?"])
    add_link(field_id=field, url="https://example.org/remote-guide", title="Remote guide")
    Question.create(text="What would you do remotely?", topic="own")
    found = {(h.kind, h.title, h.field_id) for h in search_everything(text="remot").hits}
    assert found == {
        (HitKind.RESEARCH, "Research on Data journalism", field),
        (HitKind.LINK, "Link for Data journalism", field),
        (HitKind.QUESTION, "In your question bank", None),
    }
    (hit,) = search_everything(text="pay bands").hits
    assert (hit.kind, hit.title, hit.context) == (
        HitKind.FIELD,
        "Data journalism",
        "Data journalism · Salaries: ask about the pay bands",
    )
