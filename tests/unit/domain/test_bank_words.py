from __future__ import annotations

import gettext
from collections.abc import Iterator
from pathlib import Path

import pytest

from infoview_gui.domain import i18n
from infoview_gui.domain.bank_words import BankWordings, translated, wordings
from infoview_gui.domain.enums import Decidedness, Stage, Topic
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.domain.suggestion_reasons import research_reason, suggestion_reason

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "translations"
BANK = parse_bank((ROOT / "resources/questions/bank.json").read_bytes())
WEEK = "What does a typical week look like for you?"
WOCHE = "Wie sieht eine typische Arbeitswoche bei Ihnen aus?"
SEMANA = "¿Cómo es una semana típica de trabajo para usted?"


def catalogue(language: str) -> gettext.NullTranslations:
    with (FOLDER / f"bank_{language}.mo").open("rb") as stream:
        return i18n.load_catalogue(stream)


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install_bank(catalogue("de"), "de")
    yield
    i18n.install_bank(None)


def test_without_a_catalogue_the_bank_reads_as_shipped() -> None:
    assert translated(BANK) == BANK
    assert Topic.DAY_TO_DAY.label == "The work day to day"
    assert i18n.bank_tag() == ""


def test_in_german_every_question_and_topic_reads_german(german: None) -> None:
    shown = translated(BANK)
    assert shown[0].text == WOCHE and shown[0].key == BANK[0].key == "day-typical-week"
    assert all(a.text != b.text for a, b in zip(shown, BANK, strict=True))
    assert [q.topic for q in shown] == [q.topic for q in BANK]  # only the wording changes
    assert Topic.DAY_TO_DAY.label == "Die Arbeit im Alltag"
    assert Topic.OWN.label == "Meine eigenen Fragen"
    assert i18n.bank_tag() == "de"


def test_a_list_item_in_any_shipped_wording_takes_the_current_one(german: None) -> None:
    known = wordings(BANK, [catalogue(language) for language in ("en_GB", "es", "de")])
    assert known.current["day-typical-week"] == WOCHE
    for text in (WEEK, SEMANA):
        assert known.retranslation("day-typical-week", text) == WOCHE
    british = "How much does a postgraduate degree help in this field, and when is it worth doing?"
    assert known.retranslation("skills-postgraduate-study", british) is not None


def test_reworded_own_and_current_items_are_kept(german: None) -> None:
    known = wordings(BANK, [catalogue("es")])
    assert known.retranslation("day-typical-week", "What does your typical week look like?") is None
    assert known.retranslation(None, WEEK) is None  # the user's own, typed like the bank's
    assert known.retranslation("day-typical-week", WOCHE) is None  # already current
    assert known.retranslation("retired-question", WEEK) is None  # no longer in the bank
    assert BankWordings({}, {}).retranslation("day-typical-week", WEEK) is None


def test_why_a_question_is_suggested_reads_german_as_a_whole_sentence(german: None) -> None:
    reason = suggestion_reason(
        {"comparing"}, {"final_year"}, Decidedness.COMPARING, Stage.FINAL_YEAR
    )
    assert reason.short == "Berufsfelder vergleichen, letztes Studienjahr"
    assert reason.sentence == (
        "Vorgeschlagen, weil Sie Berufsfelder vergleichen und im letzten Studienjahr sind."
    )
    assert research_reason().startswith("Vorgeschlagen, weil Ihre Recherche")
    everyone = suggestion_reason(set(Decidedness.values()), set(Stage.values()), None, None)
    assert everyone.sentence.startswith("Für alle Studierenden vorgeschlagen.")
