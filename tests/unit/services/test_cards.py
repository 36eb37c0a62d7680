from __future__ import annotations

import os
import stat
import struct
import zlib
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.business_card import CardData
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.paths import AppPaths
from infoview_gui.services import cards
from infoview_gui.services.contacts import add_contact, find_duplicates, load_contact
from infoview_gui.store.models import Contact


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


JPEG = b"\xff\xd8\xff\xe0\x00\x04ab\xff\xda\x00\x02\x12\x34\xff\xd9"


@pytest.fixture
def ana(store: SqliteDatabase) -> int:
    return add_contact(
        contact=ContactData(
            first_name="Ana",
            last_name="Ruiz",
            title="Reporter",
            organisation="The Herald",
            email="ana@herald.example",
        )
    )


CARD = CardData(
    name="Ana Ruiz",
    title="Data editor",
    organisation="The Herald",
    email="a.ruiz@herald.example",
    phone="+44 113 496 0000",
    address="1 Park Row\nLeeds",
    website="herald.example/ana",
)


def test_a_card_is_kept_as_typed_without_changing_the_contact(ana: int) -> None:
    cards.save_card(contact_id=ana, card=CARD)
    assert cards.load_card(ana) == CARD
    assert load_contact(ana).title == "Reporter"
    with pytest.raises(ValidationError) as error:
        cards.save_card(contact_id=ana, card=CardData(email="nope"))
    assert error.value.field == "email"
    assert cards.load_card(ana) == CARD
    with pytest.raises(NotFoundError):
        cards.save_card(contact_id=999, card=CARD)


def test_applying_copies_only_the_chosen_details_and_updates_the_search_keys(ana: int) -> None:
    cards.save_card(contact_id=ana, card=CARD)
    cards.apply_card(contact_id=ana, fields=["title", "email", "website", "address"])
    contact = load_contact(ana)
    assert contact.title == "Data editor"
    assert contact.email == "a.ruiz@herald.example"
    assert contact.profile_url == "https://herald.example/ana"
    assert contact.location == "1 Park Row, Leeds"
    assert contact.phone == ""  # not chosen
    row = Contact.get_by_id(ana)
    assert row.email_key == "a.ruiz@herald.example"
    assert "data editor" in row.search_text
    duplicate = ContactData(first_name="Someone", email="A.Ruiz@herald.example")
    assert [d.contact_id for d in find_duplicates(duplicate)] == [ana]


def test_keeping_a_card_is_all_or_nothing(ana: int) -> None:
    bad_name = CardData(name="", email="a.ruiz@herald.example", title="Editor")
    Contact.update(first_name="", last_name="").where(Contact.id == ana).execute()
    Contact.update(email="").where(Contact.id == ana).execute()
    with pytest.raises(ValidationError):
        # Copying only the title onto a contact with no name or email is refused...
        cards.keep_card(contact_id=ana, card=bad_name, fields=["title"])
    # ...and the card typed with it was not stored either.
    assert cards.load_card(ana) == CardData()


def test_an_image_is_copied_privately_under_a_generated_name(ana: int, paths: AppPaths) -> None:
    name = cards.attach_card_image(contact_id=ana, data=_png(), cards_dir=paths.cards_dir)
    assert name.startswith(f"card-{ana}-") and name.endswith(".png")
    path = cards.card_image_path(ana, paths.cards_dir)
    assert path == paths.cards_dir / name
    assert path.read_bytes() == _png()
    if os.name == "posix":
        assert stat.S_IMODE(paths.cards_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    jpeg = cards.attach_card_image(contact_id=ana, data=JPEG, cards_dir=paths.cards_dir)
    assert jpeg.endswith(".jpg")
    assert not path.exists()  # the previous image went
    assert [p.name for p in paths.cards_dir.iterdir()] == [jpeg]


def test_bad_image_bytes_are_refused_and_nothing_is_written(ana: int, paths: AppPaths) -> None:
    for data, reason in (
        (b"hello, I am text\n", "not a PNG or JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "not a PNG or JPEG"),
        (_png()[:-10], "damaged or incomplete"),
        (JPEG[:-2], "damaged or incomplete"),
    ):
        with pytest.raises(ValidationError, match=reason):
            cards.attach_card_image(contact_id=ana, data=data, cards_dir=paths.cards_dir)
    assert not paths.cards_dir.exists()
    assert cards.card_image_path(ana, paths.cards_dir) is None


def test_an_oversized_file_is_refused(ana: int, paths: AppPaths) -> None:
    huge = _png() + b"\x00" * cards.MAX_IMAGE_BYTES
    with pytest.raises(ValidationError, match="larger than 15 MB"):
        cards.attach_card_image(contact_id=ana, data=huge, cards_dir=paths.cards_dir)


def test_removing_forgets_the_image_and_deletes_its_file(ana: int, paths: AppPaths) -> None:
    name = cards.attach_card_image(contact_id=ana, data=_png(), cards_dir=paths.cards_dir)
    cards.remove_card_image(contact_id=ana, cards_dir=paths.cards_dir)
    assert Contact.get_by_id(ana).card_image == ""
    assert not (paths.cards_dir / name).exists()
    assert cards.card_image_path(ana, paths.cards_dir) is None


def test_a_stored_name_pointing_elsewhere_is_never_followed(ana: int, paths: AppPaths) -> None:
    secret = paths.data_dir / "infoview.sqlite3"
    Contact.update(card_image="../infoview.sqlite3").where(Contact.id == ana).execute()
    assert cards.card_image_path(ana, paths.cards_dir) is None
    cards.remove_card_image(contact_id=ana, cards_dir=paths.cards_dir)
    assert secret.exists()


def test_the_cards_folder_is_in_the_open_stores_data_folder(
    store: SqliteDatabase, paths: AppPaths
) -> None:
    assert cards.cards_dir_of_store() == paths.cards_dir


def test_a_failed_save_leaves_no_stray_file(
    ana: int, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(Contact, "update", broken)
    with pytest.raises(RuntimeError):
        cards.attach_card_image(contact_id=ana, data=_png(), cards_dir=paths.cards_dir)
    assert list(Path(paths.cards_dir).iterdir()) == []


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_card_image_that_is_a_symlink_is_never_followed(
    ana: int, paths: AppPaths, tmp_path: Path, link: str
) -> None:
    """A card named by the data (or a restore) but pointing outside: shown as no card."""
    secret = tmp_path / "elsewhere" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(_png())
    name = cards.attach_card_image(contact_id=ana, data=_png(), cards_dir=paths.cards_dir)
    real = paths.cards_dir / name
    assert cards.card_image_path(ana, paths.cards_dir) == real
    if link == "file":
        real.unlink()
        real.symlink_to(secret)
        assert cards.card_image_path(ana, paths.cards_dir) is None
    else:  # the file is regular, but the cards folder is a link to another folder
        moved = tmp_path / "other_cards"
        paths.cards_dir.rename(moved)
        paths.cards_dir.symlink_to(moved, target_is_directory=True)
        assert cards.is_card_file(moved / name, moved)
        assert cards.card_image_path(ana, paths.cards_dir) is None
