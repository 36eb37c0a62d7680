"""Research on a career field: web addresses, and lines of notes to verify in an interview."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.validation import clean_short

URL_MAX = 2000
LINE_MAX = 1000

_BULLET = re.compile(r"^(?:[-*•–·>]+|\d+[.)]|\[[ xX]?\])\s+")
_BARE_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]\S*)?$")


def clean_url(field: str, value: str) -> str:
    """Return a web address to keep, or raise when it is not an http(s) address.

    An address typed without its scheme (``www.bls.gov/ooh``) gets ``https://``.
    """
    value = clean_short(field, "The address", value, limit=URL_MAX)
    if not value:
        raise ValidationError(field, _("Give the page's address, for example https://www.bls.gov."))
    if any(char.isspace() or ord(char) < 32 for char in value):
        raise ValidationError(field, _("A web address cannot contain spaces."))
    if "://" not in value and _BARE_HOST.match(value):
        value = f"https://{value}"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            field, _("The address must start with http:// or https://, like https://www.bls.gov.")
        )
    return value


def research_lines(text: str) -> list[str]:
    """Return the lines of ``text`` worth verifying, in order.

    Lines are stripped of spaces and list bullets; blank lines and repeats are dropped.
    """
    found: list[str] = []
    for raw in text.splitlines():
        line = _BULLET.sub("", raw.strip()).strip()
        if line and line not in found:
            found.append(line)
    return found


def link_text(url: str, title: str) -> str:
    """Return how a link reads in a list: its title over its address, or the address alone."""
    return f"{title}\n{url}" if title else url
