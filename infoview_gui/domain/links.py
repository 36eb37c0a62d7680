"""Which links InfoView opens: web pages (http, https) and email (mailto), nothing else.

A link a user typed, an import brought or a restore put back is opened only if it passes
``is_safe_link``: a ``javascript:``, ``file:`` or any other scheme could run a program or
open a local file from a click.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

LINK_SCHEMES = ("http", "https", "mailto")
"""The only kinds of link InfoView opens."""


def is_safe_link(url: str, schemes: Iterable[str] = LINK_SCHEMES) -> bool:
    """Tell whether ``url`` is a link of ``schemes`` that InfoView may open.

    A web link needs a host; no link holds control characters or line breaks (a space
    is harmless: the browser gets it encoded).
    """
    if not url or any(ord(char) < 32 or char in "\x7f\u2028\u2029" for char in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in tuple(schemes):
        return False
    return scheme == "mailto" or bool(host)
