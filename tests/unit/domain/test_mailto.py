"""mailto: links: every field encoded, nothing can add a header or a recipient."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.mailto import crlf, encode_address, mailto_url


def _split(url: str) -> tuple[str, dict[str, list[str]]]:
    assert url.startswith("mailto:")
    address, query = url[len("mailto:") :].split("?", 1)
    return address, parse_qs(query, keep_blank_values=True, strict_parsing=True)


def test_a_plain_draft() -> None:
    url = mailto_url("jane@example.org", "Hello there", "Line 1\nLine 2")
    assert url == "mailto:jane@example.org?subject=Hello%20there&body=Line%201%0D%0ALine%202"


def test_a_subject_cannot_add_a_copy_or_a_header() -> None:
    url = mailto_url("jane@example.org", "Hi\r\n&cc=evil@example.org", "Body")
    _, query = _split(url)
    assert set(query) == {"subject", "body"}
    assert query["subject"] == ["Hi\r\n&cc=evil@example.org"]
    assert "\r" not in url and "\n" not in url
    assert "%0D%0A" in url


@pytest.mark.parametrize(
    "address",
    [
        "jane@example.org?cc=evil@example.org",
        "jane@example.org&bcc=evil@example.org",
        "jane@example.org,evil@example.org",
        "jane%40example.org",
        "jane@example.org\r\nBcc: evil@example.org",
    ],
)
def test_an_address_stays_one_address(address: str) -> None:
    encoded, query = _split(mailto_url(address, "S", "B"))
    assert set(query) == {"subject", "body"}
    for char in "?&,\r\n":
        assert char not in encoded
    assert unquote(encoded) == address.strip()


def test_the_at_sign_of_an_address_is_kept() -> None:
    assert encode_address("o'brien+info@example.org") == "o%27brien%2Binfo@example.org"


def test_a_copy_is_added_only_when_given() -> None:
    _, query = _split(mailto_url("a@example.org", "S", "B", cc="Jo <jo@example.org>"))
    assert query["cc"] == ["Jo <jo@example.org>"]
    assert "cc" not in _split(mailto_url("a@example.org", "S", "B", cc=" "))[1]


def test_plus_signs_survive_form_style_parsing() -> None:
    _, query = _split(mailto_url("a@example.org", "C++ & Rust", "1 + 1 = 2"))
    assert query["subject"] == ["C++ & Rust"]
    assert query["body"] == ["1 + 1 = 2"]


@pytest.mark.parametrize("body", ["a\nb", "a\r\nb", "a\rb"])
def test_every_kind_of_line_break_becomes_one_crlf(body: str) -> None:
    assert mailto_url("a@example.org", "", body).endswith("body=a%0D%0Ab")


@given(st.text(), st.text())
def test_subject_and_body_parse_back_exactly(subject: str, body: str) -> None:
    url = mailto_url("jane@example.org", subject, body)
    address, query = _split(url)
    assert address == "jane@example.org"
    assert query == {"subject": [subject], "body": [crlf(body)]}
    assert url.isascii() and " " not in url
    assert url.count("?") == 1


@given(st.text())
def test_any_address_parses_back_as_one_address(address: str) -> None:
    encoded, query = _split(mailto_url(address, "S", "B"))
    assert set(query) == {"subject", "body"}
    assert encoded.count("@") <= 1
    assert unquote(encoded) == address.strip()
