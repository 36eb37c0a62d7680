"""vCard reading details and the vCard 4.0 writer."""

from __future__ import annotations

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import PointLabel
from infoview_gui.domain.enums import Source
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.exchange.vcard import parse_vcards, write_vcards
from infoview_gui.exchange.vcard_write import escape_text, fold_line


def card(*lines: str, version: str = "4.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def only(text: str | bytes) -> ContactData:
    result = parse_vcards(text)
    assert result.rejects == []
    assert len(result.contacts) == 1
    return result.contacts[0].contact


def test_writer_shape() -> None:
    contact = ContactData(first_name="Ada", last_name="Quill", email="ada@example.org")
    text = write_vcards([contact])
    assert text.split("\r\n") == [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Ada Quill",
        "N:Quill;Ada;;;",
        "EMAIL:ada@example.org",
        "X-INFOVIEW-SOURCE:other",
        "END:VCARD",
        "",
    ]
    assert "\n" not in text.replace("\r\n", "")


def test_a_contact_without_a_name_gets_its_email_as_fn_and_reads_back_nameless() -> None:
    contact = ContactData(email="someone@example.org", organisation="Acme")
    text = write_vcards([contact])
    assert "FN:someone@example.org\r\nN:;;;;\r\n" in text
    assert only(text) == contact


def test_escaping_backslash_first() -> None:
    assert escape_text("a\\b,c;d\ne\r\nf\rg") == "a\\\\b\\,c\\;d\\ne\\nf\\ng"
    assert escape_text("\\n") == "\\\\n"


@pytest.mark.parametrize("text", ["a" * 200, "é" * 100, "日本" * 60, "🚀" * 40, "x" + "é" * 80])
def test_folding_at_75_octets_without_splitting_characters(text: str) -> None:
    folded = fold_line("NOTE:" + text)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join([pieces[0], *(piece[1:] for piece in pieces[1:])]) == "NOTE:" + text


def test_everything_survives_a_round_trip() -> None:
    contact = ContactData(
        first_name="Zoë; \\n",
        last_name="O'Brien, Jr.",
        title="Head, R&D",
        organisation="Acme; Sons",
        location="London, UK",
        email="zoe@example.org",
        phone="+44 20 7946 0000",
        profile_url="https://example.org/a,b;c\\d",
        notes="one\ntwo\\three, four; five 🚀" * 5,
        introduced_by_text="Prof. Lee",
        source=Source.PROFESSOR,
    )
    assert only(write_vcards([contact])) == contact
    assert only(write_vcards([contact]).encode()) == contact


def test_fn_only_is_split_and_n_wins_over_fn() -> None:
    assert only(card("FN:Grace Brewster Hopper")).last_name == "Hopper"
    assert only(card("FN:Hopper\\, Grace")).first_name == "Grace"
    n_wins = only(card("FN:Dr. G. Hopper", "N:Hopper;Grace;Brewster;Dr.;"))
    assert (n_wins.first_name, n_wins.last_name) == ("Grace", "Hopper")


def test_preferred_email_and_phone() -> None:
    contact = only(
        card(
            "EMAIL;TYPE=work:work@example.org",
            "EMAIL;PREF=2:second@example.org",
            "EMAIL;PREF=1:first@example.org",
            "TEL:111",
            "TEL;TYPE=cell,pref:222",
            "FN:X Y",
        )
    )
    assert (contact.email, contact.phone) == ("first@example.org", "222")


def test_photo_skipped_x_properties_ignored_groups_read() -> None:
    contact = only(
        card(
            "FN:Pat Doe",
            "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 50_000,
            "PHOTO;VALUE=uri:https://example.com/p.jpg",
            'X-WEIRD;X-A="a:b":value: with colon',
            "item7.EMAIL;type=INTERNET:pat@example.org",
            "item7.X-ABLabel:_$!<Work>!$_",
        )
    )
    assert contact == ContactData(
        first_name="Pat", last_name="Doe", email="pat@example.org", email_label=PointLabel.WORK
    )


def test_quoted_printable_21_with_charset_and_soft_breaks() -> None:
    text = card(
        "N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Gar=E7on;Fran=E7ois",
        "NOTE;QUOTED-PRINTABLE:one=0D=0A=",
        " two starts with a space",
        "EMAIL;INTERNET;PREF:f@example.fr",
        version="2.1",
    )
    contact = only(text.encode("ascii"))
    assert (contact.first_name, contact.last_name) == ("François", "Garçon")
    assert contact.notes == "one\n two starts with a space"


def test_21_values_keep_backslashes() -> None:
    contact = only(card("FN:A B", "NOTE:C:\\new folder\\; x", version="2.1"))
    assert contact.notes == "C:\\new folder; x"


def test_utf16_vcard_and_bom() -> None:
    text = card("FN:Ünal Kaya", "EMAIL:unal@example.tr")
    assert only(text.encode("utf-16")).first_name == "Ünal"
    assert only(b"\xef\xbb\xbf" + text.encode()).first_name == "Ünal"


def test_text_with_a_byte_order_mark() -> None:
    assert only("\ufeff" + card("FN:Ada Quill")).first_name == "Ada"


def test_cp1252_vcard_line_by_line() -> None:
    assert only(card("FN:Renée Doe").encode("cp1252")).first_name == "Renée"


def test_nested_agent_card_is_not_a_contact() -> None:
    text = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            "FN:Boss Person",
            "AGENT:",
            "BEGIN:VCARD",
            "FN:Assistant Person",
            "END:VCARD",
            "EMAIL:boss@example.org",
            "END:VCARD",
        ]
    )
    contact = only(text)
    assert (contact.first_name, contact.email) == ("Boss", "boss@example.org")


def test_missing_end_then_another_card() -> None:
    text = "BEGIN:VCARD\r\nFN:Cut Off\r\nBEGIN:VCARD\r\nFN:Whole Card\r\nEND:VCARD\r\n"
    result = parse_vcards(text)
    assert [(c.line, c.contact.first_name) for c in result.contacts] == [(3, "Whole")]
    assert [(r.line, r.reason) for r in result.rejects] == [
        (1, "This card has no END:VCARD line: the file may be cut short.")
    ]


def test_stray_lines_are_reported_once_per_run() -> None:
    text = "FN:Lost\r\nEMAIL:x@example.org\r\nBEGIN:VCARD\r\nFN:Kept One\r\nEND:VCARD\r\nNOTE:x\r\n"
    result = parse_vcards(text)
    assert [c.line for c in result.contacts] == [3]
    assert [r.line for r in result.rejects] == [1, 6]
    assert "outside BEGIN:VCARD" in result.rejects[0].reason


def test_long_values_reject_the_card() -> None:
    result = parse_vcards(card("FN:" + "x" * 10_001) + card("FN:A B", "NOTE:" + "n" * 20_000))
    assert [r.reason for r in result.rejects] == ["The FN value is longer than 10,000 characters."]
    assert len(result.contacts[0].contact.notes) == 20_000


def test_no_card_at_all_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="No vCard was found"):
        parse_vcards("FN:Nobody\r\n")
    with pytest.raises(ImportFileError, match="not text"):
        parse_vcards(b"BEGIN:VCARD\r\n\x00\x01\x02\x03" * 10)
