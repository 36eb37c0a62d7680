"""Text keys for searching and for spotting the same person twice."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with runs of spaces made one."""
    if text.isascii():  # most text: nothing to decompose, and casefold() is lower()
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def url_key(url: str) -> str:
    """Return a profile URL as a key: case and a trailing slash do not matter."""
    return url.strip().casefold().rstrip("/")


def full_name(first: str, last: str) -> str:
    """Return a person's name as shown, from its parts."""
    return " ".join(part for part in (first.strip(), last.strip()) if part)
