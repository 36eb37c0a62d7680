"""Home's agenda and reminders in German and Spanish: whole sentences, days as written there."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from infoview_gui.domain.agenda import (
    AgendaCounts,
    interview_item,
    thank_you_item,
    waiting_item,
)
from infoview_gui.domain.agenda_facts import HeldFact, ScheduledFact, WaitingFact
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.keep_touch import Cadence, Unit, due_sentence

BERLIN = ZoneInfo("Europe/Berlin")
FRI = date(2026, 3, 6)


def test_a_late_thank_you_in_german_counts_the_days_late(german: None) -> None:
    fact = HeldFact(1, "Ana", None, date(2026, 3, 3))
    item = thank_you_item(fact, FRI, BERLIN)
    assert item.sentence == (
        "Ihr Dank an Ana war am Di. 3. März fällig (3 Tage zu spät): Senden Sie ihn jetzt."
    )
    assert [action.label for action in item.actions] == ["Dank schreiben…"]


def test_an_interview_tomorrow_in_spanish_names_the_day_and_how(spanish: None) -> None:
    start = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)
    item = interview_item(ScheduledFact(1, "Ana", start, "", MeetingFormat.VIDEO), FRI, BERLIN)
    assert item.sentence == "Entrevista con Ana mañana, sáb 7 mar, a las 10:00, por videollamada."


def test_a_request_without_answer_in_german_suggests_the_follow_up(german: None) -> None:
    fact = WaitingFact(1, 2, "Ben", date(2026, 2, 23), next_contact_id=3, next_name="Cy")
    item = waiting_item(fact, FRI)
    assert item.sentence == (
        "Noch keine Antwort von Ben (angefragt am Mo. 23. Feb., 9 Werktage her): "
        "Fassen Sie einmal höflich nach."
    )
    assert [action.label for action in item.actions] == [
        "Nachfassen…",
        "Cy fragen…",
        "Antwort erhalten…",
    ]


def test_the_counts_are_plural_forms_of_the_language(spanish: None) -> None:
    counts = AgendaCounts(overdue=1, today=0, interviews_this_week=2, waiting=1)
    assert counts.phrases() == [
        "1 con retraso",
        "2 entrevistas esta semana",
        "1 solicitud esperando respuesta",
    ]


def test_a_keep_in_touch_reminder_in_german_says_how_long_ago(german: None) -> None:
    said = due_sentence("Di", Cadence(3, Unit.MONTHS), date(2026, 2, 27), FRI)
    assert said == (
        "Bleiben Sie mit Di in Kontakt (alle 3 Monate): Ihr letzter Kontakt ist 1 Woche her. "
        "Senden Sie ein kurzes Update."
    )
    assert Cadence(1, Unit.WEEKS).words == "jede Woche"
