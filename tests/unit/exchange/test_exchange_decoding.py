"""Bytes to text: encodings, refusals with a clear message, delimiter sniffing."""

from __future__ import annotations

import codecs

import pytest

from infoview_gui.exchange import decoding
from infoview_gui.exchange.decoding import decode_bytes, decode_value, sniff_delimiter
from infoview_gui.exchange.records import ImportFileError

TEXT = "First name,Email\r\nJosé,jose@example.org\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16",
        "utf16be-bom",
        "utf16le-bare",
        "utf16be-bare",
        "utf32",
        "cp1252",
    ],
)
def test_every_encoding_gives_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_cp1252_specials_and_undefined_bytes() -> None:
    assert decode_bytes("“Zoë” – 5 €".encode("cp1252")) == "“Zoë” – 5 €"
    # 0x81 is undefined in cp1252; Windows reads it as U+0081, so do we.
    assert decode_bytes(b"caf\xe9 \x81") == "café \x81"


def test_damaged_utf8_is_refused_with_its_line() -> None:
    data = "a\nJosé\nRené\n".encode() + b"bad \xff byte\n"
    with pytest.raises(ImportFileError, match=r"^Line 4: the file is UTF-8 text with damaged"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b" \r\n\t", "The file is empty."),
        (b"PK\x03\x04\x14\x00\x00\x00xl/workbook.xml", "spreadsheet workbook: save it as CSV"),
        (b"PK\x03\x04\x14\x00\x00\x00", "spreadsheet workbook: save it as CSV"),
        (b"PK\x03\x04\x14\x00\x00\x00Connections.csv", "zip archive: extract"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "spreadsheet workbook: save it as CSV"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00", "picture"),
        (b"\x1f\x8b\x08\x00", "compressed"),
        (bytes(range(256)) * 4, "not text InfoView can read"),
        (b"Name,Email\n" + bytes(range(32)) * 3, "not text InfoView can read"),
        (b"\xff\xfe\x00\xd8", "not text InfoView can read"),
    ],
)
def test_what_is_not_text_is_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        decode_bytes(data)


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 10)
    with pytest.raises(ImportFileError, match="larger than"):
        decode_bytes(b"Name\nA long enough\n")


def test_a_few_control_characters_are_still_text() -> None:
    text = "Name,Notes\r\nA\x00B,\x0bline\x0cfeed\x1a\x01\r\n" + "x" * 500
    assert decode_bytes(text.encode()) == text


def test_decode_value_honours_known_charsets_only() -> None:
    assert decode_value("García".encode("latin-1"), "ISO-8859-1") == "García"
    assert decode_value("García".encode(), None) == "García"
    assert decode_value("García".encode("latin-1"), "no-such-charset") == "García"
    assert decode_value(b"abc", "punycode") == "abc"
    assert decode_value(b"\xff\xfe", "utf-8") == "ÿþ"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\tc\n", "\t"),
        ('"Smith, John";Email;Phone\n', ";"),
        ('Notes:\n"When exporting, you may notice, things"\n\nFirst Name,Last Name\n', ","),
        ("single\n", ","),
        ("", ","),
        ("a;b,c;d\n", ";"),
        ("a,b;c,d\n", ","),
    ],
)
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter
