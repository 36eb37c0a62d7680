"""The guide's steps and the dialogs converted to tr() speak the chosen language.

Each test installs a language's catalogues before the window or dialog is built, as the app
does at start, and reads what a user would see: the step titles and counts in German, sizes
and keys as the language writes them, British spelling in British English, and German's
long words shown whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame
from pytestqt.qtbot import QtBot

from infoview_gui.domain.language import Language
from infoview_gui.ui.dialogs.about import human_size
from infoview_gui.ui.dialogs.criteria import CriteriaDialog
from infoview_gui.ui.dialogs.help_guide import HelpGuideDialog
from infoview_gui.ui.dialogs.profile import ProfileDialog
from infoview_gui.ui.translation import install_language, remove_language
from infoview_gui.ui.wizard.ids import PageId
from tests.gui.surfaces import SurfaceWorld, open_surface


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    """Puts the source language back after the test installed another (ask for it first)."""
    yield
    remove_language(qapp)


@pytest.fixture
def german(qapp: QApplication, speaking: None) -> None:
    """German, installed before the window is built."""
    install_language(qapp, Language.DE)


@pytest.fixture
def british(qapp: QApplication, speaking: None) -> None:
    """British English, installed before the window is built."""
    install_language(qapp, Language.EN_GB)


def _field_items(world: SurfaceWorld) -> list[str]:
    open_surface(world, "Guide step 1")
    page = world.window.guide().wizard.page(PageId.FIELD)
    return [page.fields.item(i).text() for i in range(page.fields.count())]  # type: ignore[attr-defined]


def test_the_guide_speaks_german_with_plural_counts(
    german: None, surface_world: SurfaceWorld
) -> None:
    items = _field_items(surface_world)
    wizard = surface_world.window.guide().wizard
    assert wizard.currentPage().title() == "Schritt 1 von 6 · Ein Berufsfeld wählen"
    assert any(item.endswith(", 4 Kontakte") for item in items)  # Nursing
    assert any(item.endswith(", 1 Kontakt") for item in items)  # Data journalism
    assert wizard.buttonText(wizard.WizardButton.FinishButton) == "Zurück zum Start"


def test_us_english_writes_out_both_forms_and_sizes(surface_world: SurfaceWorld) -> None:
    items = _field_items(surface_world)
    assert any(item.endswith(", 4 contacts") for item in items)
    assert any(item.endswith(", 1 contact") for item in items)
    assert (human_size(1), human_size(512), human_size(176_128)) == (
        "1 byte",
        "512 bytes",
        "176.1 KB",
    )


def test_german_sizes_use_a_decimal_comma(german: None) -> None:
    assert human_size(176_128) == "176,1 KB"
    assert human_size(3_400_000) == "3,4 MB"


def test_british_english_spells_as_the_british_do(
    british: None, qtbot: QtBot, surface_world: SurfaceWorld
) -> None:
    open_surface(surface_world, "Guide step 5")
    page = surface_world.window.guide().wizard.page(PageId.INTERVIEW)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)]  # type: ignore[attr-defined]
    assert "Organisation" in headers
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    assert dialog.address.placeholderText().startswith("Street, town, postcode")


def test_us_english_is_the_american_source(qtbot: QtBot, store: object) -> None:
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    assert dialog.address.placeholderText().startswith("Street, city, ZIP code")


def test_the_shortcuts_are_named_as_a_german_keyboard_names_them(
    german: None, qtbot: QtBot, store: object
) -> None:
    dialog = HelpGuideDialog([])
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "So funktioniert InfoView" in text and "Tastenkürzel" in text
    assert "Strg+Hoch" in text and "Kriterium nach oben oder unten verschieben" in text


def test_a_german_example_criterion_is_shown_whole(
    german: None, app_style: None, qtbot: QtBot, surface_world: SurfaceWorld
) -> None:
    dialog = CriteriaDialog(surface_world.events, surface_world.ids["field"], "Nursing")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.new_name
    assert edit.placeholderText().startswith("Ein neues Kriterium")
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert room.width() - 4 >= needed  # Qt keeps 2 pixels each side of the text
