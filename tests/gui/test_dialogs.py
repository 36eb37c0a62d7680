from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from infoview_gui import __version__
from infoview_gui.domain.enums import Decidedness
from infoview_gui.paths import AppPaths
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import PROMPTED_KEY, load_profile
from infoview_gui.services.settings import get_setting
from infoview_gui.store.models import CareerField
from infoview_gui.ui.dialogs.about import AboutDialog, human_size
from infoview_gui.ui.dialogs.profile import ProfileDialog
from infoview_gui.ui.dialogs.records import FieldDialog


def _ok(dialog: ProfileDialog | FieldDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_start_profile_is_saved(qtbot: QtBot, store: object) -> None:
    dialog = ProfileDialog(first_start=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Sam Student")
    qtbot.keyClicks(dialog.email, "sam@example.org")
    qtbot.keyClicks(dialog.organisation, "Riverside College")
    qtbot.keyClicks(dialog.address, "12 High Street")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "Leeds LS1 1AA")
    qtbot.keyClicks(dialog.graduation, "2027-06")
    dialog.decidedness.setCurrentIndex(dialog.decidedness.findData("comparing"))
    _ok(dialog)
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    profile = load_profile()
    assert (profile.name, profile.email, profile.organisation) == (
        "Sam Student",
        "sam@example.org",
        "Riverside College",
    )
    assert profile.address == "12 High Street\nLeeds LS1 1AA"
    assert profile.graduation == "2027-06"
    assert profile.decidedness is Decidedness.COMPARING
    assert profile.time_zone  # taken from the computer
    again = ProfileDialog()
    qtbot.addWidget(again)
    assert again.address.toPlainText() == "12 High Street\nLeeds LS1 1AA"


def test_a_bad_email_is_explained_and_nothing_typed_is_lost(qtbot: QtBot, store: object) -> None:
    dialog = ProfileDialog(first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Sam Student")
    qtbot.keyClicks(dialog.email, "sam at example")
    _ok(dialog)
    assert dialog.isVisible()
    assert "does not look like an email address" in dialog.error.text()
    assert dialog.error.isVisible()
    assert dialog.focusWidget() is dialog.email
    assert dialog.name.text() == "Sam Student"
    assert dialog.email.text() == "sam at example"
    assert load_profile().is_empty


def test_first_start_profile_can_be_skipped(qtbot: QtBot, store: object) -> None:
    dialog = ProfileDialog(first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.skip_button is not None
    assert dialog.skip_button.text() == "Skip for now"
    dialog.skip_button.click()
    assert dialog.result() == ProfileDialog.DialogCode.Rejected
    assert load_profile().is_empty
    assert get_setting(PROMPTED_KEY) == ""


def test_profile_dialog_from_the_menu_shows_what_is_stored(qtbot: QtBot, store: object) -> None:
    first = ProfileDialog()
    qtbot.addWidget(first)
    qtbot.keyClicks(first.name, "Sam")
    _ok(first)
    again = ProfileDialog()
    qtbot.addWidget(again)
    assert again.name.text() == "Sam"
    assert again.skip_button is None


def test_about_shows_version_folder_and_size(qtbot: QtBot, store: object, paths: AppPaths) -> None:
    add_field(name="Nursing")
    dialog = AboutDialog(paths)
    qtbot.addWidget(dialog)
    assert dialog.version.text() == __version__
    assert str(paths.data_dir) in dialog.folder_link.text()
    assert dialog.folder_link.openExternalLinks()
    assert dialog.folder_link.textFormat() == Qt.TextFormat.RichText
    assert dialog.db_size.text().endswith("KB")
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "InfoView" in labels


def test_sizes_read_as_words() -> None:
    assert human_size(512) == "512 bytes"
    assert human_size(1) == "1 byte"
    assert human_size(176_128) == "176.1 KB"
    assert human_size(3_400_000) == "3.4 MB"


def test_duplicate_field_name_is_refused_and_kept_in_the_box(qtbot: QtBot, store: object) -> None:
    add_field(name="Nursing")
    dialog = FieldDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "nursing")
    _ok(dialog)
    assert dialog.isVisible()
    assert "already have a career field called" in dialog.error.text()
    assert dialog.name.text() == "nursing"
    assert CareerField.select().count() == 1
