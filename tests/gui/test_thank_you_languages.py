"""The thank-you dialog and interview mode in German and Spanish, the note card read back from PDF.

The language is installed as at start (``ui/translation.py``): our catalogue, Qt's, the
core's and ``QLocale``'s formats; the card's PDF text is read with ``pdftotext``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.language import Language
from infoview_gui.domain.profile import ProfileData
from infoview_gui.printing.render import render_pdf
from infoview_gui.services.profile import save_profile
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.translation import install_language, remove_language
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from tests.gui.test_interview_mode import START, FakeClock, scheduled_interview
from tests.gui.test_printed_languages import pdf_text
from tests.gui.test_thank_you import DUE, held_interview

# The title, the tabs, the word count, the card's PDF name and its first and last words.
WORDS = {
    Language.DE: (
        "Dank an Jane Smith",
        ["E-Mail", "Dankeskarte", "Brief"],
        "Wörter (Ziel: unter 150)",
        "Dankeskarte an Jane Smith",
        ("Guten Tag Jane Smith,", "Herzliche Grüße"),
    ),
    Language.ES: (
        "Dar las gracias a Jane Smith",
        ["Correo", "Tarjeta", "Carta"],
        "palabras (procura no pasar de 150)",
        "Tarjeta de agradecimiento a Jane Smith",
        ("Buenos días, Jane Smith:", "Con mis mejores deseos,"),
    ),
}


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    """Puts the source language back after the test installed another."""
    yield
    remove_language(qapp)


@pytest.mark.parametrize("language", [Language.DE, Language.ES])
def test_the_thank_you_dialog_and_its_card_speak_the_language(
    qapp: QApplication,
    speaking: None,
    qtbot: QtBot,
    store: object,
    tmp_path: Path,
    language: Language,
) -> None:
    install_language(qapp, language)
    save_profile(profile=ProfileData(name="Sam Lee", email="sam@example.org"))
    dialog = ThankYouDialog(held_interview(), today=lambda: DUE)
    qtbot.addWidget(dialog)
    title, tabs, words, card_title, card_words = WORDS[language]
    assert dialog.windowTitle() == title
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == tabs
    assert words in dialog.checker.words.text()
    card = dialog.card_tab.document()
    assert card.title == card_title
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils (pdftotext)")
    render_pdf(card, tmp_path / "card.pdf")
    text = pdf_text(tmp_path / "card.pdf")
    assert all(part in text for part in card_words)
    assert "Dear" not in text


def test_interview_mode_in_german_names_the_thank_you_day_in_german_order(
    qapp: QApplication, speaking: None, qtbot: QtBot, store: object
) -> None:
    install_language(qapp, Language.DE)
    clock = FakeClock(START)
    window = InterviewModeWindow(scheduled_interview(), AppEvents(), clock=clock)
    qtbot.addWidget(window)
    window.start()
    clock.now = START + timedelta(minutes=31)
    window.end()  # the checklist reminds first
    assert window.ui.end_button.text() == "Trotzdem beenden"
    assert "Klicken Sie erneut auf Beenden" in window.ui.banner_text.text()
    window.end()
    banner = window.ui.banner_text.text()
    assert banner.startswith("Gespräch geführt am Dienstag, 12. Mai 2026")
    assert "Ihr Dank ist bis spätestens Mittwoch, 13. Mai fällig." in banner
    assert window.windowTitle() == "Gespräch mit Ana Ruiz"
    assert window.ui.position.text() == "Frage 1 von 3 · Pflichtfrage"
