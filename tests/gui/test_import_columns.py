"""File > Import: a header we do not know is mapped by hand; columns with no field are named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exchange"
SWEDISH = FIXTURES / "linkedin_sv_unknown.csv"


def go_on(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)


def choose(qtbot: QtBot, combo: QComboBox, typed: str, label: str) -> None:
    """Pick a detail the way a keyboard user does: focus the box and type its first letters.

    (A space would open the list, so only letters are typed.)
    """
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    assert combo.currentText() == label


def test_an_unknown_language_is_mapped_by_hand_from_its_real_header(
    qtbot: QtBot, window: MainWindow, events: AppEvents
) -> None:
    dialog = ImportDialog(events, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path, str(SWEDISH))
    go_on(qtbot, dialog)
    assert dialog.current_page() == Page.MAPPING
    page = dialog.mapping_page
    # The header line past the "Notes:" preamble, not the preamble.
    assert page.headers[:4] == ["Förnamn", "Efternamn", "URL", "E-postadress"]
    assert page.mapping() == {"URL": "profile_url"}
    combos = dict(zip(page.headers, page.combos, strict=True))
    choose(qtbot, combos["Förnamn"], "Fi", "First name")
    choose(qtbot, combos["Efternamn"], "La", "Last name")
    choose(qtbot, combos["E-postadress"], "Em", "Email")
    choose(qtbot, combos["Företag"], "Or", "Organization")
    go_on(qtbot, dialog)
    assert dialog.current_page() == Page.PREVIEW
    preview = dialog.preview_page
    assert preview.summary.text().startswith("2 new contacts")
    assert preview.unmapped.text() == (
        "Not imported as details (kept in each contact's notes): Befattning, Kontakt sedan."
    )
    assert preview.unmapped.isVisible()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=10_000)
    linnea = Contact.get(Contact.first_name == "Linnea")
    assert (linnea.last_name, linnea.email) == ("Berg", "linnea.berg@example.se")
    assert "Befattning: Sjuksköterska" in linnea.notes
