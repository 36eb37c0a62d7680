"""The commands speak the data folder's language (or the system's), without Qt."""

from __future__ import annotations

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
