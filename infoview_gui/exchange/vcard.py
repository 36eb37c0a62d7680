"""vCard 2.1, 3.0 and 4.0 files to contacts, and contacts to vCard 4.0.

Each card gives one contact: the name from ``N`` (family and given names), else from
``FN`` split in two; the organisation from the first component of ``ORG``; ``TITLE``;
every ``EMAIL``, ``TEL`` and ``URL`` with its label from ``TYPE`` (work, home, cell or
mobile; else other), the preferred one primary (``PREF=1``, ``TYPE=pref`` or 2.1's bare
``PREF``; among URLs without one, a networking-site profile); ``UID``; locality, region
and country of ``ADR`` as the location; ``NOTE``. The line of a contact or reject is the
line of its BEGIN:VCARD.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint
from infoview_gui.domain.enums import Source
from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.exchange.decoding import NOT_TEXT, check_container, check_text, unicode_codec
from infoview_gui.exchange.kept import Kept
from infoview_gui.exchange.records import (
    MAX_FIELD_CHARS,
    MAX_NOTES_CHARS,
    MAX_ROWS,
    NOT_A_VCARD,
    PROGRESS_EVERY,
    ImportedContact,
    ImportFileError,
    ParseResult,
    Progress,
    Reject,
    too_many_rows,
)
from infoview_gui.exchange.tabular import Converted, check_contact, split_full_name
from infoview_gui.exchange.vcard_kept import addresses, group_labels, kept_values, point
from infoview_gui.exchange.vcard_lines import ContentLine, content_lines
from infoview_gui.exchange.vcard_write import write_vcards

__all__ = ["parse_vcards", "write_vcards"]

_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
_NEWLINE = re.compile(r"\r\n|\r")
_SEPARATORS = {sep: re.compile(rf"\\.|{re.escape(sep)}", re.DOTALL) for sep in ",;"}
_NO_END = N_("This card has no END:VCARD line: the file may be cut short.")
_STRAY = N_("Lines outside BEGIN:VCARD and END:VCARD were not read.")


@dataclass
class _Card:
    """The properties between one BEGIN:VCARD and its END:VCARD."""

    line: int
    properties: list[ContentLine] = field(default_factory=list)
    closed: bool = False


def parse_vcards(data: bytes | str, *, progress: Progress | None = None) -> ParseResult:
    """Read every card of a vCard file (2.1, 3.0 or 4.0); contacts get ``Source.OTHER``.

    Given bytes, lines are unfolded before decoding (a fold may split a UTF-8 character).
    ``progress`` is told how far the reading is (see ``records.Progress``).

    Raises:
        ImportFileError: when the file is not text, too big, or holds no card.
    """
    if isinstance(data, str):
        raw = data.removeprefix("\ufeff").encode("utf-8", "surrogatepass")
        lines = content_lines(raw, from_text=True)
    else:
        raw = _prepare(data)
        lines = content_lines(raw)
    total = raw.upper().count(b"BEGIN:VCARD") if progress is not None else 0
    result = ParseResult("vcard")
    cards = 0
    kept_names: set[str] = set()
    for card in _cards(lines, result.rejects):
        if progress is not None and cards % PROGRESS_EVERY == 0:
            progress(cards, max(total, cards))
        cards += 1
        if cards > MAX_ROWS:
            raise too_many_rows(MAX_ROWS)
        outcome = _contact(card, kept_names)
        if isinstance(outcome, Reject):
            result.rejects.append(outcome)
        else:
            result.contacts.append(outcome)
    if not cards:
        raise ImportFileError(_(NOT_A_VCARD))
    result.unmapped = sorted(kept_names)
    if progress is not None:
        progress(cards, cards)
    return result


def _prepare(data: bytes) -> bytes:
    """Refuse non-text; return UTF-16 or UTF-32 text as UTF-8; drop a UTF-8 mark."""
    check_container(data)
    codec = unicode_codec(data)
    if codec == "utf-8-sig":
        data = data[3:]
    elif codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise ImportFileError(_(NOT_TEXT)) from error
        check_text(text)
        return text.encode("utf-8")
    check_text(data.decode("latin-1"))
    return data


def _cards(lines: Iterator[ContentLine], rejects: list[Reject]) -> Iterator[_Card]:
    """Group properties into cards; a card without END:VCARD is yielded unclosed."""
    card: _Card | None = None
    depth = 0
    stray = False
    for line in lines:
        kind = line.name if line.value.strip().upper() == "VCARD" else ""
        if kind == "BEGIN":
            last = card.properties[-1].name if card is not None and card.properties else ""
            if depth or last == "AGENT":
                depth += 1
                continue
            if card is not None:
                yield card
            card, stray = _Card(line.line), False
        elif kind == "END" and card is not None:
            if depth:
                depth -= 1
                continue
            card.closed = True
            yield card
            card = None
        elif card is not None and not depth:
            card.properties.append(line)
        elif card is None and not stray:
            rejects.append(Reject(line.line, _(_STRAY)))
            stray = True
    if card is not None:
        yield card


def _contact(card: _Card, kept_names: set[str]) -> ImportedContact | Reject:
    """Turn one card into a checked contact, or a reject; add what it kept to ``kept_names``."""
    if not card.closed:
        return Reject(card.line, _(_NO_END))
    by_name: dict[str, list[ContentLine]] = {}
    for prop in card.properties:
        by_name.setdefault(prop.name, []).append(prop)
        limit = MAX_NOTES_CHARS if prop.name == "NOTE" else MAX_FIELD_CHARS
        if len(prop.value) > limit:
            said = _("The {name} value is longer than {limit} characters.")
            return Reject(card.line, said.format(name=prop.name, limit=formats().number(limit)))
    version = "".join(_values(by_name, "VERSION")[:1]).strip()
    reader = _Reader(by_name, card.properties, old=version.startswith("2"))
    converted = reader.converted()
    outcome = check_contact(card.line, converted)
    if isinstance(outcome, ImportedContact):
        kept_names.update(name.partition(" (")[0] for name, _ in converted.kept)
    return outcome


def _values(by_name: dict[str, list[ContentLine]], name: str) -> list[str]:
    """Return the raw values of a property, in order."""
    return [prop.value for prop in by_name.get(name, [])]


class _Reader:
    """Reads the fields of one card, knowing its version's escaping rules."""

    def __init__(
        self, by_name: dict[str, list[ContentLine]], props: list[ContentLine], *, old: bool
    ) -> None:
        self.by_name = by_name
        self.old = old
        self.labels = group_labels(props, self.unescape)

    def unescape(self, value: str) -> str:
        """Undo TEXT escaping (2.1 escapes only semicolons); line ends become LF."""
        value = _NEWLINE.sub("\n", value)
        if self.old:
            return _ESCAPED.sub(lambda m: ";" if m.group(1) == ";" else m.group(), value)
        return _ESCAPED.sub(lambda m: _UNESCAPES.get(m.group(1), m.group()), value)

    def text(self, name: str) -> str:
        """Return the first value of a single-text property."""
        return next((self.unescape(v) for v in _values(self.by_name, name)), "")

    def components(self, name: str) -> list[str]:
        """Return the components of the preferred structured property (lists joined)."""
        props = _ranked(self.by_name.get(name, []))
        if not props:
            return []
        return [
            ", ".join(self.unescape(v).strip() for v in _split(part, ",") if v.strip())
            for part in _split(_NEWLINE.sub("\n", props[0].value), ";")
        ]

    def ranked(self, name: str) -> list[ContactPoint]:
        """Return the non-empty values of EMAIL, TEL or URL, the preferred first."""
        props = _ranked(self.by_name.get(name, []))
        values = ((prop, self.unescape(prop.value).strip()) for prop in props)
        return [point(prop, value, self.labels) for prop, value in values if value]

    def converted(self) -> Converted:
        """Return the contact the card describes."""
        family, given = ([*self.components("N"), "", ""])[:2]
        all_emails = self.ranked("EMAIL")
        emails = [p.value for p in all_emails]
        organisation = ([*self.components("ORG"), ""])[0]
        if not (family or given):
            full = self.text("FN").strip()
            if full and full not in (emails[:1] + [organisation]):
                given, family = split_full_name(full)
        webs = self.ranked("URL")
        urls = [p.value for p in webs if p.value.casefold().startswith(("http://", "https://"))]
        urls.sort(key=lambda url: "linkedin." not in url.casefold())
        phones = [
            replace(p, value=re.sub(r"^tel:", "", p.value, flags=re.IGNORECASE))
            for p in self.ranked("TEL")
        ]
        address = ([*self.components("ADR"), *[""] * 7])[:7]
        location = ", ".join(part for part in (address[3], address[4], address[6]) if part)
        contact = ContactData(
            first_name=given,
            last_name=family,
            title=self.text("TITLE") or self.text("ROLE"),
            organisation=organisation,
            location=location,
            email=emails[0] if emails else "",
            phone=phones[0].value if phones else "",
            profile_url=urls[0] if urls else "",
            notes="\n".join(self.unescape(v) for v in _values(self.by_name, "NOTE")),
            introduced_by_text=self.text("X-INFOVIEW-INTRODUCED-BY"),
            source=_source(self.text("X-INFOVIEW-SOURCE")),
            uid=next(iter(_values(self.by_name, "UID")), "").strip(),
        )
        points = [*all_emails, *phones, *webs]
        extras, kept = self.extras(emails[1:]), self.kept(location)
        return Converted(contact, extras, points, kept, self.categories())

    def categories(self) -> list[str]:
        """Return the names of every ``CATEGORIES`` line (the contact's tags), unescaped."""
        return [
            self.unescape(item)
            for value in _values(self.by_name, "CATEGORIES")
            for item in _split(value, ",")
        ]

    def kept(self, location: str) -> list[Kept]:
        """Return the values with no field: birthdays, nicknames, addresses, a second role."""
        kept = kept_values(self.by_name, self.labels, self.unescape)
        role = self.text("ROLE").strip()
        if role and self.text("TITLE").strip():
            kept.append(("Role", role))
        props = _ranked(self.by_name.get("ADR", []))
        full = addresses(props, self.labels, self.address_parts)
        kept.extend((name, value) for name, value in full if value != location)
        return kept

    def address_parts(self, value: str) -> list[str]:
        """Return the components of one ``ADR`` value, unescaped."""
        return [self.unescape(part) for part in _split(_NEWLINE.sub("\n", value), ";")]

    def extras(self, other_emails: list[str]) -> dict[str, str]:
        """Return facts kept aside: other emails, categories."""
        extras: dict[str, str] = {}
        if other_emails:
            extras["other_emails"] = " ::: ".join(other_emails)
        labels = [label.strip() for label in self.categories()]
        if any(labels):
            extras["labels"] = " ::: ".join(label for label in labels if label)
        return extras


def _split(value: str, separator: str) -> list[str]:
    """Split ``value`` at each ``separator`` that is not escaped with a backslash."""
    parts: list[str] = []
    start = 0
    for found in _SEPARATORS[separator].finditer(value):
        if found.group() == separator:
            parts.append(value[start : found.start()])
            start = found.end()
    parts.append(value[start:])
    return parts


def _rank(prop: ContentLine) -> int:
    """Return how preferred a property is: lower first (``PREF=1`` or ``TYPE=pref``)."""
    pref = (prop.params.get("PREF") or [""])[0]
    if pref.isascii() and pref.isdigit():
        return int(pref)
    types = {value.casefold() for value in prop.params.get("TYPE", [])}
    return 1 if "pref" in types or "PREF" in prop.params else _UNRANKED


_UNRANKED = 101


def _ranked(props: list[ContentLine]) -> list[ContentLine]:
    """Return properties, the preferred first, otherwise in file order."""
    return sorted(props, key=_rank)


def _source(text: str) -> Source:
    """Return the source InfoView wrote, or ``Source.OTHER``."""
    value = text.strip().casefold()
    return Source(value) if value in Source.values() else Source.OTHER
