"""vCard content lines, from bytes: unfold, join soft breaks, split name, parameters, value.

Unfolding happens on bytes, before any decoding, because a writer that folds at 75
octets may cut a multi-byte UTF-8 character in two. A line starting with a space or a
tab continues the previous one (the space or tab is dropped). In vCard 2.1, a
quoted-printable value ending with ``=`` continues on the next line as it is.

Each value is decoded on its own: quoted-printable or base64 first, then its ``CHARSET``
(when the input was bytes), else UTF-8, else cp1252. Photos, logos, sounds and keys are
skipped before any decoding, whatever their size; a photo given as a URL is never
fetched. Properties InfoView does not use (``X-`` ones among them) are skipped too.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass

from infoview_gui.exchange.decoding import decode_value

USED = frozenset(
    {
        "BEGIN",
        "END",
        "VERSION",
        "FN",
        "N",
        "ORG",
        "TITLE",
        "UID",
        "ROLE",
        "EMAIL",
        "TEL",
        "URL",
        "ADR",
        "NOTE",
        "CATEGORIES",
        "AGENT",
        "X-INFOVIEW-SOURCE",
        "X-INFOVIEW-INTRODUCED-BY",
        "X-ABLABEL",
        "BDAY",
        "ANNIVERSARY",
        "X-ANNIVERSARY",
        "NICKNAME",
        "IMPP",
        "X-SOCIALPROFILE",
        "RELATED",
        "X-ABRELATEDNAMES",
    }
)
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_BREAK = re.compile(rb"\r\n|\r|\n")
_NAME = re.compile(rb"[^;:\r\n]*")
_HEADER = re.compile(rb'(?:[^":\r\n]|"[^"\r\n]*")*')
_PARAM = re.compile(r'(?:[^;"]|"[^"]*")+|(?<=;)(?=;|$)')
_MAX_HEADER = 4096


@dataclass(frozen=True)
class ContentLine:
    """One property of a card.

    Attributes:
        line: the 1-based line where it starts.
        name: the property name, upper-case, without its group (``item1.EMAIL`` is EMAIL).
        params: parameter names (upper-case) to their values, in order.
        value: the decoded value, still TEXT-escaped.
        group: the group before the name, upper-case (``item1.EMAIL`` is ITEM1), or "".
    """

    line: int
    name: str
    params: dict[str, list[str]]
    value: str
    group: str = ""


def content_lines(data: bytes, *, from_text: bool = False) -> Iterator[ContentLine]:
    """Yield the properties of ``data`` that InfoView uses, in order.

    Args:
        data: the file, without byte-order mark, in an 8-bit encoding or UTF-8.
        from_text: ``data`` is text the caller encoded as UTF-8 (with lone surrogates
            passed through): plain values are decoded back exactly, ``CHARSET`` ignored.
    """
    for number, raw in logical_lines(data):
        parsed = parse_line(number, raw, from_text=from_text)
        if parsed is not None:
            yield parsed


def logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield ``(first line number, unfolded bytes)`` for each logical line."""
    start = 0
    parts: list[bytes] = []
    soft_breaks = False
    for number, physical in enumerate(_BREAK.split(data), start=1):
        if parts and soft_breaks and parts[-1].endswith(b"=") and not _is_boundary(physical):
            parts[-1] = parts[-1][:-1]
            parts.append(physical)
            continue
        if parts and physical[:1] in (b" ", b"\t"):
            parts.append(physical[1:])
            continue
        if parts:
            yield start, b"".join(parts)
        start, parts = number, [physical]
        soft_breaks = b"QUOTED-PRINTABLE" in physical.partition(b":")[0].upper()
    if parts:
        yield start, b"".join(parts)


def _is_boundary(physical: bytes) -> bool:
    """Tell whether a line begins or ends a card (never a soft-break continuation)."""
    upper = physical.strip().upper()
    return upper in (b"END:VCARD", b"BEGIN:VCARD")


def parse_line(number: int, raw: bytes, *, from_text: bool = False) -> ContentLine | None:
    """Return the property on one logical line, or None when it is unused or malformed."""
    name_match = _NAME.match(raw, 0, _MAX_HEADER)
    name_end = name_match.end() if name_match else 0
    group, _, name = raw[:name_end].decode("latin-1").upper().rpartition(".")
    name = name.strip()
    if name not in USED:
        return None
    params: dict[str, list[str]] = {}
    colon = name_end
    if raw[name_end : name_end + 1] == b";":
        header_end = _HEADER.match(raw, name_end, _MAX_HEADER)
        colon = header_end.end() if header_end else -1
        params = _params(_PARAM.findall(raw[name_end + 1 : colon].decode("latin-1")))
    if raw[colon : colon + 1] != b":":
        return None
    value = _decode(raw[colon + 1 :], params, from_text=from_text)
    return ContentLine(number, name, params, value, group.strip())


def _params(parts: list[str]) -> dict[str, list[str]]:
    """Return parameters by upper-case name; 2.1 bare values become TYPE or ENCODING."""
    params: dict[str, list[str]] = {}
    for part in parts:
        key, equals, value = part.partition("=")
        key = key.strip().upper()
        if not equals:
            key, value = ("ENCODING" if key in _ENCODINGS else "TYPE"), key
        items = (item.strip() for item in value.replace('"', "").split(","))
        params.setdefault(key, []).extend(item for item in items if item)
    return params


def _decode(raw: bytes, params: dict[str, list[str]], *, from_text: bool) -> str:
    """Decode one value: transfer encoding first, then its character set."""
    encoding = (params.get("ENCODING") or [""])[0].upper()
    charset = next(iter(params.get("CHARSET", [])), None)
    if encoding == "QUOTED-PRINTABLE":
        return decode_value(quopri.decodestring(raw), charset)
    if encoding in ("B", "BASE64"):
        try:
            data = base64.b64decode(raw + b"=" * (-len(raw) % 4))
        except (binascii.Error, ValueError):
            data = raw
        return decode_value(data, charset)
    if from_text:
        return raw.decode("utf-8", "surrogatepass")
    return decode_value(raw, charset)
