"""The drafts read as a native writes them in German, Spanish and British English.

Each test installs the committed catalogue of a language and its month names
(``languages.speak``), as the window does.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from infoview_gui.domain import i18n
from infoview_gui.domain.drafts import (
    Letter,
    Recipient,
    call_script,
    decline_thanks,
    follow_up_email,
    formal_letter,
    keep_touch_update,
    note_card,
    request_email,
    thank_you_email,
)
from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.profile import ProfileData
from tests.unit.domain.languages import speak

DAY = date(2026, 12, 7)
LENA = ProfileData(
    name="Lena Vogel",
    email="lena.vogel@example.org",
    phone="0151 2345678",
    organisation="Universität Leipzig",
    address="Karl-Liebknecht-Straße 12\n04107 Leipzig",
    graduation="2027-07",
    decidedness=Decidedness.COMPARING,
)
LUCIA = ProfileData(
    name="Lucía Gómez",
    email="lucia@example.org",
    phone="612 345 678",
    organisation="la Universidad de Sevilla",
    address="Calle Mayor 3\n28013 Madrid",
    graduation="2027-06",
    decidedness=Decidedness.EXPLORING,
)
RUIZ = Recipient("María", "Ruiz", "Redakteurin", "Die Zeit", "")
FIELD = "Datenjournalismus"


def _all_drafts(profile: ProfileData, recipient: Recipient) -> str:
    """Every draft for one person, as one text."""
    field = FIELD
    texts = [
        request_email(profile, recipient, field, "", today=DAY).body,
        call_script(profile, recipient, field),
        decline_thanks(profile, recipient).body,
        follow_up_email(profile, recipient, field, DAY).body,
        thank_you_email(profile, recipient, "", field_name=field, referrals=("A", "B")).body,
        note_card(profile, recipient, ""),
        keep_touch_update(profile, recipient, DAY).body,
        formal_letter(profile, recipient, "", DAY, "", field_name=field).as_text(),
    ]
    return "\n".join(texts)


def _words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z]{3,}", text)}


def _user_words(profile: ProfileData) -> set[str]:
    """The words the user typed, which the drafts show as they are."""
    typed = [profile.name, profile.email, profile.organisation, profile.address, FIELD]
    typed += [RUIZ.name, RUIZ.title, RUIZ.organisation]
    return _words(" ".join(typed))


# Words spelt the same in English and the language ("per Video", "mein Name", "has hecho").
SHARED = {"de": {"portfolio", "video", "person", "name"}, "es": {"has"}}


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_is_left_in_any_draft(language: str) -> None:
    profile = LENA if language == "de" else LUCIA
    english = _words(_all_drafts(profile, RUIZ)) - _user_words(profile)
    speak(language)
    try:
        translated = _all_drafts(profile, RUIZ)
    finally:
        i18n.install(None)
    assert english and _words(translated) & english - SHARED[language] == set()


def test_a_german_request_says_guten_tag_and_goes_on_in_lower_case(german: None) -> None:
    body = request_email(LENA, RUIZ, "Datenjournalismus", "", today=DAY).body
    assert body.startswith("Guten Tag María Ruiz,\n\nich studiere an der Universität Leipzig")
    assert "im Juli 2027" in body
    assert "im Bereich Datenjournalismus" in body  # a noun keeps its capital
    assert "Ihre Arbeit als Redakteurin bei Die Zeit" in body
    sign_off = "Mit freundlichen Grüßen\nLena Vogel\nlena.vogel@example.org\n0151 2345678"
    assert body.endswith(sign_off)  # no comma after a German closing


def test_a_german_name_after_the_salutation_keeps_its_capital(german: None) -> None:
    introduced = Recipient("María", "Ruiz", introduced_by="Jonas (Mitbewohner)")
    body = request_email(LENA, introduced, "", "", today=DAY).body
    assert "\n\nJonas (Mitbewohner) hat mir empfohlen, mich an Sie zu wenden." in body


def test_a_german_follow_up_names_the_day_as_germans_write_it(german: None) -> None:
    draft = follow_up_email(LENA, RUIZ, "", date(2026, 3, 2))
    assert "\n\nich habe Ihnen am 2. März geschrieben" in draft.body
    assert draft.subject == "Nachfrage: ein kurzes Gespräch"


def test_a_german_letter_is_laid_out_as_din_5008(german: None) -> None:
    letter = formal_letter(LENA, RUIZ, "Speersort 1\n20095 Hamburg", DAY, "")
    assert letter.date_line == "Leipzig, 7. Dezember 2026"
    assert letter.subject == "Vielen Dank für das Gespräch"
    assert letter.salutation == "Guten Tag María Ruiz,"
    assert letter.body[0].startswith("vielen Dank, dass Sie sich die Zeit genommen haben")
    assert letter.closing == "Mit freundlichen Grüßen"
    order = letter.as_text().split("\n\n")
    assert order[:5] == [
        "Karl-Liebknecht-Straße 12\n04107 Leipzig",
        "María Ruiz\nRedakteurin\nDie Zeit\nSpeersort 1\n20095 Hamburg",
        "Leipzig, 7. Dezember 2026",
        "Vielen Dank für das Gespräch",
        "Guten Tag María Ruiz,",
    ]


def test_a_german_letter_to_nobody_named_is_to_ladies_and_gentlemen(german: None) -> None:
    letter = formal_letter(LENA, Recipient(), "", DAY, "")
    assert letter.salutation == "Sehr geehrte Damen und Herren,"


def test_a_spanish_request_is_formal_usted(spanish: None) -> None:
    body = request_email(LUCIA, RUIZ, "Periodismo de datos", "", today=DAY).body
    assert body.startswith("Buenos días, María Ruiz:\n\nEstudio en la Universidad de Sevilla")
    assert "terminaré mis estudios en junio de 2027" in body
    assert "una carrera profesional en periodismo de datos" in body  # lowered mid-sentence
    assert "conocer de primera mano su trabajo como Redakteurin en Die Zeit" in body
    assert "¿Tendría 20 o 30 minutos" in body
    assert "\nUn cordial saludo,\nLucía Gómez" in body


def test_the_spanish_call_script_speaks_usted_to_them_and_tu_to_the_user(spanish: None) -> None:
    script = call_script(LUCIA, RUIZ, "")
    assert script.startswith("Buenos días, ¿podría hablar con María Ruiz, por favor?")
    assert "Si te dice que sí:\n¡Muchas gracias! ¿Qué día y a qué hora le vendría bien" in script
    assert "612 345 678 o lucia@example.org" in script


def test_a_spanish_letter_puts_the_town_before_the_date(spanish: None) -> None:
    letter: Letter = formal_letter(LUCIA, RUIZ, "", DAY, "", field_name="Periodismo")
    assert letter.date_line == "Madrid, 7 de diciembre de 2026"
    assert letter.recipient_first and letter.subject == ""
    assert letter.salutation == "Buenos días, María Ruiz:"
    assert letter.body[0].startswith("Le agradezco que dedicara su tiempo")
    assert letter.closing == "Atentamente,"
    assert formal_letter(LUCIA, Recipient(), "", DAY, "").salutation == "A quien corresponda:"


def test_a_spanish_keep_in_touch_names_the_month_in_spanish(spanish: None) -> None:
    draft = keep_touch_update(LUCIA, RUIZ, date(2026, 7, 1))
    assert "sus consejos de julio: desde entonces, [lo que has hecho" in draft.body
    assert draft.subject == "Novedades"


def test_british_english_writes_the_day_first_and_signs_off_as_the_british_do() -> None:
    speak("en_GB")
    try:
        letter = formal_letter(LENA, RUIZ, "", DAY, "")
        no_name = formal_letter(LENA, Recipient(), "", DAY, "")
        follow_up = follow_up_email(LENA, RUIZ, "", date(2026, 3, 2)).body
    finally:
        i18n.install(None)
    assert letter.date_line == "7 December 2026"  # no town: English letters do not name it
    assert (letter.closing, no_name.closing) == ("Yours sincerely,", "Yours faithfully,")
    assert not letter.recipient_first
    assert "on 2 March" in follow_up and "I quite understand." in follow_up


def test_us_english_the_source_writes_the_month_first() -> None:
    letter = formal_letter(LENA, RUIZ, "", DAY, "")
    assert (letter.date_line, letter.closing) == ("December 7, 2026", "Sincerely,")
