from __future__ import annotations

import os
import stat
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.business_card import CardData
from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.services import cards
from infoview_gui.services.contacts import add_contact, find_duplicates, load_contact
from infoview_gui.store.models import Contact
from infoview_gui.ui.dialogs.business_card import BusinessCardDialog
from infoview_gui.ui.widgets.card_thumbnail import NO_IMAGE_TEXT, CardThumbnail


class Picker:
    """Stands in for the file dialog: returns the paths it was given, in turn."""

    def __init__(self, *paths: Path) -> None:
        self.paths = [str(path) for path in paths]
        self.asked = 0

    def __call__(self, _parent: QWidget) -> str:
        self.asked += 1
        return self.paths.pop(0) if self.paths else ""


@pytest.fixture
def ana(store: object) -> int:
    return add_contact(
        contact=ContactData(
            first_name="Ana",
            last_name="Ruiz",
            title="Reporter",
            organisation="The Herald",
            email="ana@herald.example",
        )
    )


def dialog_for(
    qtbot: QtBot, contact_id: int, paths: AppPaths, picker: Picker | None = None
) -> BusinessCardDialog:
    dialog = BusinessCardDialog(contact_id, cards_dir=paths.cards_dir, pick_file=picker or Picker())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(dialog: BusinessCardDialog) -> None:
    dialog.buttons.accepted.emit()


def image_file(path: Path, width: int, height: int, kind: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    assert image.save(str(path), kind)  # type: ignore[call-overload]
    return path


def visible_differences(dialog: BusinessCardDialog) -> dict[str, tuple[str, str, bool]]:
    return {
        name: (row.card_value.text(), row.contact_value.text(), row.choose.isChecked())
        for name, row in dialog.rows.items()
        if row.choose.isVisibleTo(dialog)
    }


def test_what_differs_is_shown_side_by_side_and_only_the_ticked_details_are_applied(
    qtbot: QtBot, ana: int, paths: AppPaths
) -> None:
    dialog = dialog_for(qtbot, ana, paths)
    assert dialog.matches.isVisibleTo(dialog)
    assert dialog.edits["title"].placeholderText() == "Reporter"  # the stored value, greyed
    qtbot.keyClicks(dialog.edits["name"], "Ana Ruiz")
    qtbot.keyClicks(dialog.edits["title"], "Data editor")
    qtbot.keyClicks(dialog.edits["email"], "a.ruiz@herald.example")
    qtbot.keyClicks(dialog.edits["phone"], "+44 113 496 0000")
    assert not dialog.matches.isVisibleTo(dialog)
    # Filling a gap is ticked by default; overwriting is the user's choice.
    assert visible_differences(dialog) == {
        "title": ("Data editor", "Reporter", False),
        "email": ("a.ruiz@herald.example", "ana@herald.example", False),
        "phone": ("+44 113 496 0000", "(nothing stored)", True),
    }
    dialog.rows["title"].choose.click()
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    contact = load_contact(ana)
    assert (contact.title, contact.phone, contact.email) == (
        "Data editor",
        "+44 113 496 0000",
        "ana@herald.example",
    )
    assert cards.load_card(ana).email == "a.ruiz@herald.example"  # the card keeps it
    assert "data editor" in Contact.get_by_id(ana).search_text


def test_a_tick_is_remembered_while_typing_goes_on(qtbot: QtBot, ana: int, paths: AppPaths) -> None:
    dialog = dialog_for(qtbot, ana, paths)
    qtbot.keyClicks(dialog.edits["email"], "a.ruiz@herald.example")
    dialog.rows["email"].choose.click()
    qtbot.keyClicks(dialog.edits["title"], "Editor")
    assert dialog.rows["email"].choose.isChecked()
    assert dialog.chosen_fields() == ["email"]
    save(dialog)
    row = Contact.get_by_id(ana)
    assert row.email == "a.ruiz@herald.example"
    assert [d.contact_id for d in find_duplicates(ContactData(email="A.RUIZ@herald.example"))] == [
        ana
    ]


def test_a_card_typed_before_is_shown_again(qtbot: QtBot, ana: int, paths: AppPaths) -> None:
    cards.save_card(
        contact_id=ana, card=CardData(phone="0113 496 0000", address="1 Park Row\nLeeds")
    )
    dialog = dialog_for(qtbot, ana, paths)
    assert dialog.edits["phone"].text() == "0113 496 0000"  # type: ignore[union-attr]
    assert dialog.edits["address"].toPlainText() == "1 Park Row\nLeeds"  # type: ignore[union-attr]
    assert visible_differences(dialog)["address"] == ("1 Park Row\nLeeds", "(nothing stored)", True)


def test_a_bad_value_keeps_the_dialog_open_with_the_reason_and_the_text(
    qtbot: QtBot, ana: int, paths: AppPaths
) -> None:
    dialog = dialog_for(qtbot, ana, paths)
    qtbot.keyClicks(dialog.edits["email"], "not an email")
    qtbot.keyClicks(dialog.edits["title"], "Editor")
    save(dialog)
    assert dialog.isVisible()
    assert "does not look like an email address" in dialog.error.text()
    assert dialog.focusWidget() is dialog.edits["email"]
    assert dialog.edits["title"].text() == "Editor"  # type: ignore[union-attr]
    assert cards.load_card(ana) == CardData()


def test_a_photo_is_shown_as_a_thumbnail_and_kept_privately(
    qtbot: QtBot, ana: int, paths: AppPaths, tmp_path: Path
) -> None:
    picture = image_file(tmp_path / "card.png", 640, 380)
    dialog = dialog_for(qtbot, ana, paths, Picker(picture))
    assert not dialog.thumbnail.has_image
    assert dialog.thumbnail.text() == NO_IMAGE_TEXT
    dialog.choose_image.click()
    assert dialog.thumbnail.has_image
    assert not paths.cards_dir.exists()  # nothing is kept before Save
    save(dialog)
    kept = cards.card_image_path(ana, paths.cards_dir)
    assert kept is not None and kept.suffix == ".png"
    assert QImage(str(kept)).size().toTuple() == (640, 380)
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.cards_dir.stat().st_mode) == 0o700
    thumbnail = CardThumbnail()  # what the contact dialog will show
    qtbot.addWidget(thumbnail)
    thumbnail.set_path(kept)
    assert thumbnail.has_image
    assert thumbnail.pixmap().width() <= thumbnail.width()


def test_a_large_photo_is_scaled_down(
    qtbot: QtBot, ana: int, paths: AppPaths, tmp_path: Path
) -> None:
    picture = image_file(tmp_path / "phone photo.jpg", 4000, 3000, "JPEG")
    dialog = dialog_for(qtbot, ana, paths, Picker(picture))
    dialog.choose_image.click()
    save(dialog)
    kept = cards.card_image_path(ana, paths.cards_dir)
    assert kept is not None and kept.suffix == ".jpg"
    assert QImage(str(kept)).size().toTuple() == (1600, 1200)
    assert kept.stat().st_size < picture.stat().st_size


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.png", b"These are my notes, not a picture.\n", "not a PNG or JPEG"),
        ("card.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not a PNG or JPEG"),
        ("huge.png", _png_claiming(30_000, 30_000), "too large (30,000 × 30,000 pixels)"),
        ("empty.png", b"", "not a PNG or JPEG"),
    ],
)
def test_bad_files_are_refused_with_a_message_and_nothing_is_lost(
    qtbot: QtBot,
    ana: int,
    paths: AppPaths,
    tmp_path: Path,
    name: str,
    content: bytes,
    reason: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    dialog = dialog_for(qtbot, ana, paths, Picker(bad))
    qtbot.keyClicks(dialog.edits["title"], "Data editor")
    dialog.choose_image.click()
    assert dialog.error.isVisibleTo(dialog)
    assert reason in dialog.error.text()
    assert not dialog.thumbnail.has_image
    assert dialog.edits["title"].text() == "Data editor"  # type: ignore[union-attr]
    assert dialog.isVisible()
    save(dialog)
    assert cards.card_image_path(ana, paths.cards_dir) is None
    assert cards.load_card(ana).title == "Data editor"


def test_a_truncated_photo_is_refused(
    qtbot: QtBot, ana: int, paths: AppPaths, tmp_path: Path
) -> None:
    whole = image_file(tmp_path / "whole.jpg", 800, 500, "JPEG").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    dialog = dialog_for(qtbot, ana, paths, Picker(cut))
    dialog.choose_image.click()
    assert "damaged or incomplete" in dialog.error.text()
    assert not dialog.thumbnail.has_image


def test_a_missing_file_is_refused(qtbot: QtBot, ana: int, paths: AppPaths, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, ana, paths, Picker(tmp_path / "gone.png"))
    dialog.choose_image.click()
    assert dialog.error.text().startswith("The picture could not be opened: it does not exist")


def test_removing_the_photo_deletes_it_on_save(
    qtbot: QtBot, ana: int, paths: AppPaths, tmp_path: Path
) -> None:
    picture = image_file(tmp_path / "card.png", 300, 200)
    first = dialog_for(qtbot, ana, paths, Picker(picture))
    first.choose_image.click()
    save(first)
    kept = cards.card_image_path(ana, paths.cards_dir)
    assert kept is not None
    again = dialog_for(qtbot, ana, paths)
    assert again.thumbnail.has_image
    again.remove_image_button.click()
    assert not again.thumbnail.has_image
    assert kept.exists()  # only on Save
    save(again)
    assert not kept.exists()
    assert Contact.get_by_id(ana).card_image == ""


def test_cancelling_a_file_choice_changes_nothing(qtbot: QtBot, ana: int, paths: AppPaths) -> None:
    picker = Picker()
    dialog = dialog_for(qtbot, ana, paths, picker)
    dialog.choose_image.click()
    assert picker.asked == 1
    assert not dialog.error.isVisibleTo(dialog)
    assert not dialog.thumbnail.has_image


def test_markup_in_a_name_or_on_the_card_shows_literally(
    qtbot: QtBot, paths: AppPaths, store: object
) -> None:
    contact_id = add_contact(contact=ContactData(first_name="<b>Ana</b>", last_name="& Co"))
    dialog = dialog_for(qtbot, contact_id, paths)
    assert dialog.windowTitle() == "Business card of <b>Ana</b> & Co"
    qtbot.keyClicks(dialog.edits["title"], "<i>Editor</i>")
    assert dialog.rows["title"].card_value.text() == "<i>Editor</i>"
    for label in dialog.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
