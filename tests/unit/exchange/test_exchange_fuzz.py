"""Bad input never crashes or hangs a parser (P12).

Every parser, fed random bytes, random text, mangled fixtures and every input that
once broke one (kept under ``tests/fixtures/exchange/crashers/``), returns its result or
raises ``ImportFileError``, and each call finishes in under two seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview_gui.exchange.csv_write import EXPORT_MAPPING
from infoview_gui.exchange.decoding import decode_bytes, sniff_delimiter
from infoview_gui.exchange.formats import detect_format
from infoview_gui.exchange.generic_csv import parse_csv
from infoview_gui.exchange.google_csv import parse_google
from infoview_gui.exchange.linkedin import parse_linkedin
from infoview_gui.exchange.reader import csv_headers, read_contacts, sniff_format
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.exchange.vcard import parse_vcards

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
CRASHERS = FIXTURES / "crashers"
SEEDS = sorted(path.read_bytes() for path in FIXTURES.glob("*.*") if path.suffix != ".md")
# Catches a hang or a quadratic blow-up, not slowness (tests/bench/imports.py measures
# speed): the biggest input takes about 1 s on a quiet 2-core machine, 2.5 s on a busy one.
BUDGET_S = 10.0

BYTE_PARSERS: dict[str, Callable[[bytes], object]] = {
    "auto": read_contacts,
    "linkedin": lambda data: read_contacts(data, format="linkedin"),
    "google": lambda data: read_contacts(data, format="google"),
    "vcard": lambda data: read_contacts(data, format="vcard"),
    "csv": lambda data: read_contacts(data, format="csv"),
    "csv-export-mapping": lambda data: read_contacts(data, format="csv", mapping=EXPORT_MAPPING),
    "parse_vcards(bytes)": parse_vcards,
    "sniff_format": sniff_format,
    "csv_headers": csv_headers,
    "decode_bytes": decode_bytes,
}
TEXT_PARSERS: dict[str, Callable[[str], object]] = {
    "parse_linkedin": parse_linkedin,
    "parse_google": parse_google,
    "parse_csv": parse_csv,
    "parse_csv(export mapping)": lambda text: parse_csv(text, EXPORT_MAPPING),
    "parse_vcards(text)": parse_vcards,
    "detect_format": detect_format,
    "sniff_delimiter": sniff_delimiter,
}


def survives(
    parsers: dict[str, Callable[[str], object]] | dict[str, Callable[[bytes], object]], data: object
) -> None:
    for name, parser in parsers.items():
        start = time.perf_counter()
        try:
            parser(data)  # type: ignore[arg-type]
        except ImportFileError as error:
            assert str(error), f"{name}: an ImportFileError needs a message"
        elapsed = time.perf_counter() - start
        assert elapsed < BUDGET_S, f"{name} took {elapsed:.2f} s"


def check_bytes(data: bytes) -> None:
    survives(BYTE_PARSERS, data)
    survives(TEXT_PARSERS, data.decode("latin-1"))


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
TOKENS = [
    b'"',
    b'""',
    b"\r\n",
    b"\n",
    b"\r",
    b" ",
    b"\t",
    b"=",
    b"=\r\n",
    b";",
    b",",
    b":",
    b"\\",
    b"\x00",
    b"\xc3",
    b"\xff\xfe",
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b":::",
    b"* ",
    b"PREF=1",
    b"ENCODING=QUOTED-PRINTABLE",
    b"CHARSET=",
    b"item1.",
]


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["flip", "truncate", "insert", "duplicate", "delete"]))
        if operation == "flip" and where < len(data):
            data[where] = draw(st.integers(0, 255))
        elif operation == "truncate":
            del data[where:]
        elif operation == "insert":
            data[where:where] = draw(st.sampled_from(TOKENS))
        elif operation == "duplicate":
            size = draw(st.integers(1, 200))
            data[where:where] = data[where : where + size] * draw(st.integers(1, 5))
        else:
            del data[where : where + draw(st.integers(1, 50))]
    return bytes(data)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    check_bytes(data)


@FUZZ
@given(mangled())
def test_mangled_fixtures(data: bytes) -> None:
    check_bytes(data)


@FUZZ
@given(st.text())
def test_random_text(text: str) -> None:
    survives(TEXT_PARSERS, text)
    survives(BYTE_PARSERS, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    st.lists(
        st.sampled_from([t.decode("latin-1") for t in TOKENS] + ["a", "é", "🚀"]), max_size=300
    ).map("".join)
)
def test_structured_text(text: str) -> None:
    survives(TEXT_PARSERS, text)
    survives(TEXT_PARSERS, "First Name,Last Name,URL,Connected On\n" + text)
    survives(TEXT_PARSERS, "BEGIN:VCARD\r\nVERSION:2.1\r\n" + text)


@pytest.mark.parametrize("path", sorted(CRASHERS.iterdir()), ids=lambda path: path.name)
def test_every_past_crasher_is_replayed(path: Path) -> None:
    check_bytes(path.read_bytes())


def test_big_inputs_stay_within_budget() -> None:
    inputs = [
        b"Name,Email\n" + b"a" * 2_000_000,
        b'Name,Email\n"' + b"a,\n" * 300_000,
        b"BEGIN:VCARD\r\nNOTE:" + b"a\r\n " * 300_000 + b"\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\n" + b"PHOTO;ENCODING=b:" + b"QUJD" * 1_000_000 + b"\r\nEND:VCARD\r\n",
    ]
    parsers = {name: BYTE_PARSERS[name] for name in ("auto", "linkedin", "vcard", "csv")}
    for data in inputs:
        survives(parsers, data)
