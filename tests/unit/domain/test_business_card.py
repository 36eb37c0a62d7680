from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.business_card import (
    CardData,
    Difference,
    differences,
    image_complete,
    image_kind,
    split_name,
    validated_card,
    with_card,
)
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import ValidationError

CONTACT = ContactData(
    first_name="Ana",
    last_name="Ruiz",
    title="Reporter",
    organisation="The Herald",
    email="ana@herald.example",
    location="Leeds",
)


def test_only_the_details_that_differ_are_offered_side_by_side() -> None:
    card = CardData(
        name="Ana  Ruiz",
        title="Data editor",
        organisation="the herald",
        email="ANA@herald.example",
        phone="+44 113 496 0000",
        website="www.herald.example/ana",
    )
    assert differences(card, CONTACT) == [
        Difference("title", "Data editor", "Reporter"),
        Difference("phone", "+44 113 496 0000", ""),
        Difference("website", "www.herald.example/ana", ""),
    ]
    assert [d.label for d in differences(card, CONTACT)] == [
        "Job title",
        "Phone",
        "Website / profile",
    ]


def test_an_empty_card_detail_never_clears_the_contact() -> None:
    assert differences(CardData(), CONTACT) == []
    assert differences(CardData(email="  "), CONTACT) == []


def test_a_website_with_or_without_https_is_the_same_one() -> None:
    contact = ContactData(first_name="Ana", profile_url="https://herald.example/ana/")
    assert differences(CardData(website="herald.example/ana"), contact) == []
    assert differences(CardData(website="HTTP://Herald.example/ana"), contact) == []


def test_the_chosen_details_are_copied_as_the_contact_stores_them() -> None:
    card = CardData(
        name="Ana María Ruiz",
        title="Data editor",
        address="1 Park Row\nLeeds LS1 5AB\n",
        website="herald.example",
        phone="0113 496 0000",
    )
    updated = with_card(CONTACT, card, ["name", "title", "address", "website"])
    assert (updated.first_name, updated.last_name) == ("Ana María", "Ruiz")
    assert updated.title == "Data editor"
    assert updated.location == "1 Park Row, Leeds LS1 5AB"
    assert updated.profile_url == "https://herald.example"
    assert updated.phone == ""  # not chosen
    assert updated.email == CONTACT.email
    with pytest.raises(ValidationError):
        with_card(CONTACT, card, ["favourite_colour"])


def test_names_split_on_the_last_word() -> None:
    assert split_name("Ana") == ("Ana", "")
    assert split_name("  Jean  Paul Sartre ") == ("Jean Paul", "Sartre")
    assert split_name("") == ("", "")


def test_a_card_is_checked_like_a_contact() -> None:
    clean = validated_card(CardData(name="  Ana Ruiz ", address=" 1 Park Row\nLeeds "))
    assert clean.name == "Ana Ruiz"
    assert clean.address == "1 Park Row\nLeeds"
    with pytest.raises(ValidationError) as error:
        validated_card(CardData(email="not an email"))
    assert error.value.field == "email"
    with pytest.raises(ValidationError) as error:
        validated_card(CardData(website="herald example"))
    assert error.value.field == "website"
    with pytest.raises(ValidationError) as error:
        validated_card(CardData(name="Ana\nRuiz"))
    assert error.value.field == "name"
    assert CardData().is_empty and not CardData(phone="1").is_empty


def _png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# A JPEG's skeleton: an APP1 segment holding a thumbnail with its own end marker,
# a scan with stuffed 0xFF bytes and a restart marker, then the end of the image.
THUMBNAIL = b"\xff\xd8\xff\xd9"
APP1 = b"\xff\xe1" + struct.pack(">H", 2 + len(THUMBNAIL)) + THUMBNAIL
SCAN = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x12\xff\x00\x34\xff\xd0\x56"
JPEG = b"\xff\xd8" + APP1 + SCAN + b"\xff\xd9"


def test_whole_pngs_and_jpegs_are_told_from_truncated_ones() -> None:
    png = _png()
    assert image_kind(png) == "png" and image_complete(png)
    assert image_kind(JPEG) == "jpeg" and image_complete(JPEG)
    assert image_complete(JPEG + b"trailing data some phones add")
    for cut in range(1, len(png)):
        assert not image_complete(png[:cut])
    for cut in range(len(JPEG) - 2, 2, -1):
        assert not image_complete(JPEG[:cut]), cut


def test_other_files_are_not_images() -> None:
    assert image_kind(b"hello world\n") is None
    assert image_kind(b"GIF89a....") is None
    assert not image_complete(b"hello world\n")
    assert not image_complete(b"")


@given(st.binary(max_size=300))
def test_any_bytes_get_an_answer(data: bytes) -> None:
    assert image_complete(data) in (True, False)
    assert image_complete(b"\xff\xd8\xff" + data) in (True, False)
    assert image_complete(b"\x89PNG\r\n\x1a\n" + data) in (True, False)


def test_a_card_email_becomes_primary_and_the_one_it_replaces_is_kept() -> None:
    card = CardData(email="a.ruiz@herald-media.example", phone="0113 496 0000")
    updated = with_card(CONTACT, card, ["email", "phone"])
    assert updated.email == "a.ruiz@herald-media.example"
    assert updated.phone == "0113 496 0000"
    assert [point.value for point in updated.other_points] == ["ana@herald.example"]
