"""The window in the language chosen: German and Spanish catalogues, Qt's own, locale formats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.language import Language
from infoview_gui.domain.wording import counted
from infoview_gui.paths import AppPaths
from infoview_gui.services.language import language, set_language
from infoview_gui.ui.dialogs.preferences import PreferencesDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.translation import apply_stored_language, install_language, remove_language


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    """Puts the source language back after the test installed another."""
    yield
    remove_language(qapp)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_german_preferences_with_qt_s_own_buttons_and_plural_days(
    qapp: QApplication, qtbot: QtBot, store: object, speaking: None
) -> None:
    assert install_language(qapp, Language.DE) is Language.DE
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Speichern"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's
    assert dialog.ask_next.text() == "3 Werktagen"
    dialog.ask_next.setValue(1)
    assert dialog.ask_next.text() == "1 Werktag"
    countries = [
        dialog.holidays.country.itemText(i) for i in range(dialog.holidays.country.count())
    ]
    assert countries[0] == "Keines: nur Wochenenden"
    # In German alphabetical order, Ö with the Os: not after Z as by code point.
    assert (
        countries.index("Niederlande") < countries.index("Österreich") < countries.index("Portugal")
    )
    assert QLocale().language() is QLocale.Language.German
    assert counted(1234, "contact", "contacts") == "1.234 Kontakte"


def test_spanish_menus(
    qapp: QApplication, qtbot: QtBot, store: object, paths: AppPaths, state: object, speaking: None
) -> None:
    install_language(qapp, Language.ES)
    window = MainWindow(paths, AppEvents(), state)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert menu_titles(window) == [
        "&Archivo",
        "&Editar",
        "&Ver",
        "Con&figuración",
        "&Herramientas",
        "Ay&uda",
    ]
    assert window.preferences_action.text() == "&Preferencias…"
    assert window.nav.item(0).text() == "Inicio"


def test_every_menu_keeps_its_mnemonics_apart_in_each_language(
    qapp: QApplication, qtbot: QtBot, store: object, paths: AppPaths, state: object, speaking: None
) -> None:
    for shipped in (Language.EN_US, Language.EN_GB, Language.ES, Language.DE):
        remove_language(qapp)
        install_language(qapp, shipped)
        window = MainWindow(paths, AppEvents(), state)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        menus = [window.menuBar().actions()]
        menus += [a.menu().actions() for a in window.menuBar().actions()]  # type: ignore[union-attr]
        for actions in menus:
            keys = [a.text().partition("&")[2][:1].lower() for a in actions if "&" in a.text()]
            assert len(keys) == len(set(keys)), (shipped, [a.text() for a in actions])


def test_the_language_chosen_in_preferences_is_kept_and_used_at_the_next_start(
    qapp: QApplication, qtbot: QtBot, store: object, speaking: None
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.combo.currentText() == "Follow the system"
    assert "next time it starts" in dialog.language.said.text()
    assert dialog.language.said.isVisible()
    dialog.language.combo.setFocus()
    qtbot.keyClicks(dialog.language.combo, "Deutsch")
    assert dialog.language.combo.currentText() == "Deutsch"  # complete: no "partly translated"
    message = dialog.language.saved_message()
    assert message == "Preferences saved. InfoView speaks Deutsch from its next start."
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert language() is Language.DE
    assert apply_stored_language(qapp) is Language.DE  # what app.py does at the next start
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.combo.currentText() == "Deutsch"
    assert again.windowTitle() == "Einstellungen"
    assert again.language.saved_message() == "Einstellungen gespeichert"  # nothing new


def test_british_english_has_the_words_of_the_source_and_british_dates(
    qapp: QApplication, qtbot: QtBot, store: object, speaking: None
) -> None:
    set_language(language=Language.EN_GB)
    assert apply_stored_language(qapp) is Language.EN_GB
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferences"
    assert dialog.follow_up.text() == "7 business days"
    assert QLocale().name() == "en_GB"


def test_us_english_spells_out_both_forms_of_a_plural(
    qapp: QApplication, qtbot: QtBot, store: object, speaking: None
) -> None:
    install_language(qapp, Language.EN_US)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.ask_next.setValue(1)
    assert dialog.ask_next.text() == "1 business day"
    dialog.ask_next.setValue(2)
    assert dialog.ask_next.text() == "2 business days"


def test_the_longest_german_view_title_is_shown_whole(
    qapp: QApplication,
    qtbot: QtBot,
    store: object,
    paths: AppPaths,
    state: object,
    speaking: None,
    app_style: None,
) -> None:
    install_language(qapp, Language.DE)
    window = MainWindow(paths, AppEvents(), state)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    assert nav.item(7).text() == "Was ich gelernt habe"
    nav.setCurrentRow(7)  # bold when selected
    assert nav.sizeHintForColumn(0) <= nav.viewport().width()  # with the style's padding
