"""The start speaks the system's language before the data (and its stored choice) is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from infoview_gui import app as start
from infoview_gui.display_check import display_problem
from infoview_gui.domain.language import Language
from infoview_gui.paths import AppPaths
from infoview_gui.services.language import set_language
from infoview_gui.ui import translation
from infoview_gui.ui.translation import (
    apply_stored_language,
    install_window_language,
    remove_language,
    speak_system_language,
)


@pytest.fixture
def german_system(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A system whose language is German (and German counted as complete)."""
    monkeypatch.setattr(translation, "system_language", lambda: Language.DE)
    monkeypatch.setattr(translation, "resolved", lambda chosen, _: _resolve(chosen))
    yield
    remove_language(qapp)


def _resolve(chosen: Language) -> Language:
    return Language.DE if chosen is Language.SYSTEM else chosen


def test_the_refusals_before_the_data_is_open_speak_the_system_s_language(
    qapp: QApplication, paths: AppPaths, german_system: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert speak_system_language() is Language.DE
    no_display = display_problem([], {"QT_QPA_PLATFORM": "xcb"})
    assert no_display.startswith("InfoView kann sein Fenster nicht öffnen")
    assert "DISPLAY ist nicht gesetzt" in no_display
    monkeypatch.setattr("infoview_gui.store.write_errors.disk_is_full", lambda _: True)
    assert "Ihr Datenträger ist voll" in start._lock_problem(paths)
    install_window_language(qapp)  # the recovery dialog and the message boxes
    title = QCoreApplication.translate("RecoveryDialog", "Restore this backup")
    assert title != "Restore this backup"


def test_the_stored_choice_follows_and_the_same_language_is_not_read_twice(
    qapp: QApplication,
    store: object,
    german_system: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    speak_system_language()
    install_window_language(qapp)
    before = qapp.findChildren(QTranslator)
    read: list[Language] = []
    real = translation._install_core
    monkeypatch.setattr(
        translation, "_install_core", lambda f, lang: read.append(lang) or real(f, lang)
    )
    with caplog.at_level("INFO", logger=translation.__name__):
        assert apply_stored_language(qapp) is Language.DE  # follows the system: German already
    assert read == []
    # the log names what was installed at start (the frozen smoke test in German reads it)
    said = "catalogues: infoview_de qtbase_de core_de.mo bank_de.mo; File menu: &Datei"
    assert said in caplog.text
    assert qapp.findChildren(QTranslator) == before
    set_language(language=Language.ES)  # chosen in Preferences: Spanish from the next start
    assert apply_stored_language(qapp) is Language.ES
    assert read == [Language.ES]
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
