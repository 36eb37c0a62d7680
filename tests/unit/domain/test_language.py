"""Which shipped language fits the system's languages, and the stored choice."""

from __future__ import annotations

import pytest

from infoview_gui.domain import language
from infoview_gui.domain.language import Language, language_for, resolved


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["de-DE", "de"], Language.DE),
        (["de-AT"], Language.DE),
        (["de_CH"], Language.DE),
        (["es-MX", "es"], Language.ES),
        (["es-419"], Language.ES),
        (["en-GB"], Language.EN_GB),
        (["en-AU"], Language.EN_GB),
        (["en-IE"], Language.EN_GB),
        (["en-US"], Language.EN_US),
        (["en-CA"], Language.EN_US),
        (["en"], Language.EN_US),
        (["en-Latn-US"], Language.EN_US),
        (["fr-FR", "de-DE"], Language.DE),  # the first language InfoView speaks
        (["fr-FR", "it"], Language.EN_US),  # none: the source language
        (["C"], Language.EN_US),
        ([], Language.EN_US),
    ],
)
def test_the_system_languages_choose_the_first_shipped_one_that_fits(
    ui_languages: list[str], expected: Language
) -> None:
    assert language_for(ui_languages) is expected


def test_the_system_is_followed_into_every_shipped_language() -> None:
    assert resolved(Language.SYSTEM, ["de-DE"]) is Language.DE
    assert resolved(Language.SYSTEM, ["es-MX", "en-US"]) is Language.ES
    assert resolved(Language.SYSTEM, ["en-GB"]) is Language.EN_GB
    assert resolved(Language.SYSTEM, ["fr-FR"]) is Language.EN_US  # not shipped: the source


def test_a_chosen_language_wins_over_the_system() -> None:
    assert resolved(Language.ES, ["de-DE"]) is Language.ES


def test_the_system_is_followed_only_into_a_completely_translated_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language, "COMPLETE", frozenset({Language.EN_US}))
    assert resolved(Language.SYSTEM, ["de-DE"]) is Language.EN_US  # not half in German
    monkeypatch.setattr(language, "COMPLETE", frozenset({Language.EN_US, Language.DE}))
    assert resolved(Language.SYSTEM, ["de-DE"]) is Language.DE


@pytest.mark.parametrize("stored", ["", "fr", "klingon", "EN_us"])
def test_an_unknown_stored_choice_follows_the_system(stored: str) -> None:
    assert Language.parse(stored) is Language.SYSTEM


def test_a_stored_choice_is_read_back() -> None:
    assert Language.parse("en_GB") is Language.EN_GB
