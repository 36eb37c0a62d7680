"""The commands speak the data folder's language (or the system's), without Qt."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from infoview_gui.app import main
from infoview_gui.commands.language import PlainFormats, stored_choice, system_languages
from infoview_gui.domain import i18n
from infoview_gui.domain.language import Language
from infoview_gui.paths import AppPaths
from infoview_gui.services.language import set_language
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from tests.learned_world import build


def _data_in(paths: AppPaths, language: Language) -> AppPaths:
    open_store(paths.database)
    build()
    set_language(language=language)
    close_database()
    return paths


def test_the_report_speaks_german_when_the_data_folder_chose_it(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _data_in(paths, Language.DE)
    assert main(["report", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Fortschritt am ")
    assert "Alle Berufsfelder" in out
    assert "angefragt" in out and "Antwortquote" in out and "Gespräche pro Monat" in out
    assert i18n.language() == "en_US"  # the process's next command reads the folder again


def test_the_interviews_and_the_report_write_german_dates(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    _data_in(paths, Language.DE)
    assert main(["interviews", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"(Mo|Di|Mi|Do|Fr|Sa|So)\. \d\d\.\d\d\.\d\d \d\d:\d\d$", out, re.MULTILINE)
    assert main(["report", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    weekdays = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
    assert re.match(rf"Fortschritt am ({weekdays}), \d+\. [A-ZÄ][a-zä]+ \d{{4}}\n", out)
    assert "Gespräche pro Monat: März 2026: " in out
    assert "2026-03" not in out and not re.search("January|March|December|Monday", out)


def test_refusals_and_the_import_summary_speak_spanish(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _data_in(paths, Language.ES)
    assert main(["sheet", "--field", "Nope", "-o", "/tmp/x.pdf", "--data-dir", str(paths.data_dir)])
    assert "No hay ningún campo profesional" in capsys.readouterr().err
    assert main(["interviews", "--data-dir", str(paths.data_dir)]) == 0
    assert "Las horas están en" in capsys.readouterr().out


def test_a_folder_without_a_choice_follows_the_system_by_the_window_s_rule(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert stored_choice(paths.database) is Language.SYSTEM  # no data file yet
    env = {"LANGUAGE": "de_AT:en", "LANG": "C.UTF-8"}
    assert system_languages(env) == ["de_AT", "en"]
    assert system_languages({"LANG": "es_MX.UTF-8"}) == ["es_MX"]
    assert system_languages({"LC_ALL": "C"}) == []
    assert PlainFormats(Language.DE).number(1234567) == "1.234.567"
    assert PlainFormats(Language.ES).number(1234) == "1234"
    assert PlainFormats(Language.EN_GB).number(1234) == "1,234"


@pytest.mark.parametrize(
    ("language", "short", "long", "clock"),
    [
        (Language.EN_US, "12/7/26", "Monday, December 7, 2026", "9:05\u202fAM"),
        (Language.EN_GB, "07/12/2026", "Monday, 7 December 2026", "09:05"),
        (Language.ES, "7/12/26", "lunes, 7 de diciembre de 2026", "9:05"),
        (Language.DE, "07.12.26", "Montag, 7. Dezember 2026", "09:05"),
    ],
)
def test_the_commands_write_dates_in_the_language_s_order_and_words(
    language: Language, short: str, long: str, clock: str
) -> None:
    from infoview_gui.commands.language import _catalogue, resource_path

    catalogue = _catalogue(resource_path("translations") / f"core_{language.value}.mo")
    i18n.install(catalogue, PlainFormats(language))
    try:
        shown = i18n.formats()
        assert shown.date(date(2026, 12, 7)) == short
        assert shown.date(date(2026, 12, 7), long=True) == long
        assert shown.time(time(9, 5)) == clock
    finally:
        i18n.install()
