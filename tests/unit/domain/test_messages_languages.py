"""What the core tells the user (typing, disk errors, the checkers) in German and Spanish."""

from __future__ import annotations

import errno
from datetime import UTC, datetime, timedelta

import pytest

from infoview_gui.domain.calendar_rules import zone_named
from infoview_gui.domain.drafts import Recipient, request_email, thank_you_email
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.errors import StorageFullError, ValidationError, as_told_where_typed
from infoview_gui.domain.interview_mode import (
    checklist_for,
    clock_reading,
    reminder,
    still_to_do,
)
from infoview_gui.domain.os_errors import file_error
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.request_check import check_request
from infoview_gui.domain.thanks_check import check_thank_you
from infoview_gui.domain.validation import clean_email, clean_long, clean_month, clean_short


def _refusal(check: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(ValidationError) as caught:
        check(*args, **kwargs)  # type: ignore[operator]
    return str(caught.value)


def test_a_typing_error_names_the_field_in_german(german: None) -> None:
    assert _refusal(clean_short, "text", "The question", "a\nb") == (
        "Die Frage muss in eine Zeile passen."
    )
    assert _refusal(clean_long, "notes", "The notes", "x" * 100_001) == (
        "Der Notiztext ist zu lang: höchstens 100.000 Zeichen."
    )
    assert _refusal(clean_email, "email", "sam@") == (
        "„sam@“ sieht nicht wie eine E-Mail-Adresse aus (name@example.org)."
    )


def test_a_typing_error_speaks_spanish(spanish: None) -> None:
    assert _refusal(clean_month, "graduation", "June") == (
        "Indica el mes como año y mes, por ejemplo 2027-06."
    )
    assert _refusal(clean_short, "title", "The title", "x" * 201) == (
        "El título supera el máximo de 200 caracteres."
    )


def test_a_full_disk_is_told_in_the_language_with_what_was_kept(spanish: None) -> None:
    said = as_told_where_typed(StorageFullError())
    assert said == (
        "Tu disco está lleno, así que este cambio no se guardó; tus datos siguen como estaban. "
        "Libera espacio y vuelve a intentarlo. Lo que escribiste sigue aquí."
    )


def test_a_file_error_gives_the_reason_and_the_advice_in_german(german: None) -> None:
    error = OSError(errno.EROFS, "Read-only file system")
    said = str(file_error(error, "export.csv", "Ihre Daten sind unverändert."))
    assert "der Datenträger ist schreibgeschützt. Ihre Daten sind unverändert. Wählen Sie" in said
    assert "Read-only" not in said


def test_the_source_language_is_unchanged_without_a_catalogue() -> None:
    assert _refusal(clean_short, "text", "The question", "a\nb") == (
        "The question must fit on one line."
    )
    assert str(StorageFullError()) == (
        "Your disk is full, so this change was not saved; your data is as it was. "
        "Free some space and try again."
    )


def test_a_german_request_drafted_by_infoview_passes_its_checker(german: None) -> None:
    lena = ProfileData(name="Lena Vogel", email="lena@example.org", organisation="TU Berlin")
    ruiz = Recipient("María", "Ruiz", introduced_by="Jonas (Mitbewohner)")
    draft = request_email(lena, ruiz, "Datenjournalismus", "")
    assert check_request(draft.body).problems == ()
    asking_for_work = draft.body.replace("Hätten Sie", "Haben Sie eine Stelle frei? Hätten Sie")
    assert check_request(asking_for_work).problems == (
        "Fragen Sie in einem Informationsgespräch nicht nach einer Stelle (Stelle).",
    )


def test_a_spanish_thank_you_left_with_its_placeholder_is_told_in_spanish(spanish: None) -> None:
    lucia = ProfileData(name="Lucía Gómez", email="lucia@example.org")
    body = thank_you_email(lucia, Recipient("María", "Ruiz"), "").body
    assert check_thank_you(body, contact_details=("lucia@example.org",)).problems == (
        "Sustituye [menciona algo que te dijo y que te ayudó] por tus propias palabras.",
        "Menciona algo concreto que te dijo y que te ayudó.",
    )


def test_an_unknown_time_zone_is_refused_in_spanish(spanish: None) -> None:
    assert _refusal(zone_named, "Europe/Atlantis") == (
        "«Europe/Atlantis» no es una zona horaria que este ordenador conozca."
    )


def test_interview_mode_reminds_and_counts_in_german(german: None) -> None:
    left = still_to_do(0)
    assert reminder(left) == (
        "Bevor Sie das Gespräch beenden: bedanken Sie sich für die Zeit, bitten Sie um eine "
        "Visitenkarte und fragen Sie, mit wem Sie noch sprechen könnten."
    )
    start = datetime(2026, 3, 6, 14, 0, tzinfo=UTC)
    reading = clock_reading(start, start + timedelta(minutes=12), 30)
    assert (reading.planned, reading.remaining) == ("30 Min.", "noch 18 Min.")
    assert checklist_for(MeetingFormat.PHONE).tip.startswith("Suchen Sie sich einen ruhigen Ort")
