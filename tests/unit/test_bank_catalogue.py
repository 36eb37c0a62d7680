"""The question bank is translated, question by question, in every shipped language.

``bank_<language>.po`` holds each question under its key, the topics' names and the words
saying why a question is suggested; the test
fails while one of them lacks a translation, has one marked fuzzy (its English changed),
or lags the bank; and when the committed ``.mo`` is not what the ``.po`` compiles to.
"""

from __future__ import annotations

import gettext
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from infoview_gui.domain.enums import Topic
from infoview_gui.domain.i18n import SUGGESTION_CONTEXT, TOPIC_CONTEXT
from infoview_gui.domain.suggestion_reasons import source_texts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
BANK = json.loads((ROOT / "resources/questions/bank.json").read_text(encoding="utf-8"))
QUESTIONS = {q["key"]: q["text"] for q in BANK["questions"]}
Entries = dict[tuple[str, str], tuple[str, bool]]


def entries(path: Path, language: str) -> Entries:
    """(context, English) -> (translation, fuzzy) of every entry of a ``.po``."""
    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    return {(str(m.context), str(m.id)): (str(m.string), m.fuzzy) for m in catalogue if m.id}


def mo(path: Path) -> gettext.GNUTranslations:
    with path.open("rb") as stream:
        return gettext.GNUTranslations(stream)


@pytest.mark.parametrize("language", translations.BANK_LANGUAGES)
def test_every_question_and_topic_has_a_finished_translation(language: str) -> None:
    found = entries(FOLDER / f"bank_{language}.po", language)
    wanted = {(key, text) for key, text in QUESTIONS.items()}
    wanted |= {(TOPIC_CONTEXT, topic.source_label) for topic in Topic}
    wanted |= {(SUGGESTION_CONTEXT, text) for text in source_texts()}
    assert set(found) == wanted
    unfinished = [key for key, (string, fuzzy) in found.items() if fuzzy or not string.strip()]
    assert unfinished == []
    compiled = mo(FOLDER / f"bank_{language}.mo")
    for (context, english), (string, _fuzzy) in found.items():
        assert compiled.pgettext(context, english) == string


@pytest.mark.parametrize("language", ["es", "de"])
def test_spanish_and_german_are_written_out_not_copied(language: str) -> None:
    compiled = mo(FOLDER / f"bank_{language}.mo")
    copied = [k for k, text in QUESTIONS.items() if compiled.pgettext(k, text) == text]
    assert copied == []
    for text in (compiled.pgettext(k, t) for k, t in QUESTIONS.items()):
        assert text.endswith("?"), text  # each stays one question
        assert len(text) <= 500  # the bank's own limit (question_bank.MAX_TEXT)


def words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"\w+", text)}


def test_the_professional_is_addressed_formally() -> None:
    """Spanish says usted (never tú), German Sie (never du) to the person interviewed."""
    spanish, german = mo(FOLDER / "bank_es.mo"), mo(FOLDER / "bank_de.mo")
    informal_es = {"tú", "tu", "tus", "te", "ti", "contigo", "eres", "tienes", "puedes"}
    informal_de = {"du", "dich", "dir", "dein", "deine", "deinen", "deiner", "deinem", "euch"}
    for key, text in QUESTIONS.items():
        assert not words(spanish.pgettext(key, text)) & informal_es, key
        assert not words(german.pgettext(key, text)) & informal_de, key
    assert "usted" in words(spanish.pgettext("day-typical-week", QUESTIONS["day-typical-week"]))
    assert "Ihnen" in german.pgettext("day-typical-week", QUESTIONS["day-typical-week"])


def test_the_source_is_american_and_british_english_is_british() -> None:
    british = mo(FOLDER / "bank_en_GB.mo")
    source = " ".join(QUESTIONS.values())
    shown = " ".join(british.pgettext(k, t) for k, t in QUESTIONS.items())
    for american, english in (("neighbor", "neighbour"), ("organization", "organisation")):
        assert american in source and english not in source
        assert english in shown and american not in shown
    topic = british.pgettext(TOPIC_CONTEXT, Topic.CULTURE.source_label)
    assert topic == "The organisation and its culture"


def test_the_catalogues_are_up_to_date_with_the_bank(tmp_path: Path) -> None:
    for path in FOLDER.glob("bank_*.po"):
        shutil.copy(path, tmp_path)
    translations.update_bank(tmp_path)
    for language in translations.BANK_LANGUAGES:
        name = f"bank_{language}.po"
        assert entries(tmp_path / name, language) == entries(FOLDER / name, language), (
            "run python packaging/translations.py, translate the new entries, run it again"
        )


def test_a_reworded_question_keeps_its_old_translation_marked_for_review(tmp_path: Path) -> None:
    (tmp_path / "resources/questions").mkdir(parents=True)
    changed = json.loads(json.dumps(BANK))
    changed["questions"][0]["text"] = "What does an ordinary week look like for you?"
    (tmp_path / translations.BANK_FILE).write_text(json.dumps(changed), encoding="utf-8")
    shutil.copy(FOLDER / "bank_de.po", tmp_path)
    translations.update_bank(tmp_path, root=tmp_path)
    found = entries(tmp_path / "bank_de.po", "de")
    string, fuzzy = found[("day-typical-week", "What does an ordinary week look like for you?")]
    assert fuzzy and string == "Wie sieht eine typische Arbeitswoche bei Ihnen aus?"
