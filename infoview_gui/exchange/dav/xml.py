"""The XML of WebDAV requests and answers (RFC 4918, 4791, 6352, 6578), read with ElementTree.

Python's expat refuses entity expansion bombs, and answers are limited in size by the
client; a body that is not XML is a server error.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817 - the usual name
from dataclasses import dataclass, field

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav.errors import ServerError, Trouble

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
NAMESPACES = {"d": DAV, "c": CALDAV, "cr": CARDDAV}
_DECLARED = f'xmlns:d="{DAV}" xmlns:c="{CALDAV}" xmlns:cr="{CARDDAV}"'


def tag(namespace: str, name: str) -> str:
    """Return ElementTree's name of an element."""
    return f"{{{namespace}}}{name}"


@dataclass
class Reply:
    """One ``response`` of a multistatus: its href, its status and the properties found."""

    href: str
    status: int = 200  # a sync-collection reports removed members with 404
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, namespace: str, name: str) -> str:
        """Return the text of a property, empty when missing."""
        element = self.props.get(tag(namespace, name))
        return (element.text or "").strip() if element is not None else ""

    def href_in(self, namespace: str, name: str) -> str:
        """Return the first href inside a property, empty when missing."""
        element = self.props.get(tag(namespace, name))
        found = element.find("d:href", NAMESPACES) if element is not None else None
        return (found.text or "").strip() if found is not None else ""


def body(root: str, inner: str) -> bytes:
    """Return a request body: ``root`` (prefixed name) holding ``inner``."""
    text = f'<?xml version="1.0" encoding="utf-8"?>\n<{root} {_DECLARED}>{inner}</{root}>'
    return text.encode("utf-8")


def escape(text: str) -> str:
    """Escape text for element content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse(data: bytes) -> ET.Element:
    """Parse an answer's body; raise ServerError when it is not XML."""
    try:
        return ET.fromstring(data)
    except ET.ParseError:
        raise ServerError(
            _("The server's answer could not be read (it is not WebDAV XML)."), Trouble.SERVER
        ) from None


def _status(element: ET.Element | None) -> int:
    text = (element.text or "") if element is not None else ""
    parts = text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def multistatus(data: bytes) -> tuple[list[Reply], str]:
    """Return the responses of a multistatus answer and its sync-token (empty if none)."""
    root = parse(data)
    replies = []
    for response in root.findall("d:response", NAMESPACES):
        href = response.find("d:href", NAMESPACES)
        reply = Reply((href.text or "").strip() if href is not None else "")
        reply.status = _status(response.find("d:status", NAMESPACES))
        for propstat in response.findall("d:propstat", NAMESPACES):
            if _status(propstat.find("d:status", NAMESPACES)) != 200:
                continue
            prop = propstat.find("d:prop", NAMESPACES)
            for element in prop if prop is not None else ():
                reply.props[element.tag] = element
        replies.append(reply)
    token = root.find("d:sync-token", NAMESPACES)
    return replies, (token.text or "").strip() if token is not None else ""
