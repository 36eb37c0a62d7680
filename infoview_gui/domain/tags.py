"""Tags on contacts: what a tag name may be, and when two names are one tag.

A tag is free text on one line ("alumni", "met at the fair"). Two names that differ only
in case, accents or runs of spaces are one tag ("Café" and "cafe"): the tag keeps the
name as first typed. A comma separates tags where several are typed at once, so a name
cannot hold one.
"""

from __future__ import annotations

from collections.abc import Iterable

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.text import fold

TAG_MAX = 60
"""The longest tag name, in characters."""


def tag_key(name: str) -> str:
    """Return the key that makes two names one tag: folded case, accents and spaces."""
    return fold(name)


def clean_tag(name: str) -> str:
    """Return a tag name as stored (spaces trimmed and made single), or raise.

    Raises:
        ValidationError: the name is empty, too long, holds a comma or a line break.
    """
    if "\n" in name or "\r" in name:
        raise ValidationError("tag", _("A tag must fit on one line."))
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("tag", _("Type the tag's name."))
    if "," in cleaned:
        raise ValidationError("tag", _("A tag cannot hold a comma: a comma separates tags."))
    if len(cleaned) > TAG_MAX:
        raise ValidationError(
            "tag", _("A tag is at most {tag_max} characters long.").format(tag_max=TAG_MAX)
        )
    return cleaned


def typed_tags(text: str) -> list[str]:
    """Return the tags typed in ``text``, split at commas, cleaned, each once.

    Raises:
        ValidationError: one of them is not a valid tag (an empty piece is skipped).
    """
    found: dict[str, str] = {}
    for piece in text.split(","):
        if piece.strip():
            name = clean_tag(piece)
            found.setdefault(tag_key(name), name)
    return list(found.values())


def tag_problem(name: object, key: object) -> str | None:
    """Return why a stored tag (its name and key, as a backup holds them) is not sound."""
    if not isinstance(name, str) or not isinstance(key, str):
        return _("is not text")
    try:
        cleaned = clean_tag(name)
    except ValidationError as error:
        return str(error)
    if cleaned != name:
        return _("has spaces a tag never keeps")
    return None if key == tag_key(name) else _("does not match its name")


def sorted_names(names: Iterable[str]) -> list[str]:
    """Return tag names in the order they are shown (by key, as the tag line sorts them)."""
    return sorted(names, key=lambda name: (tag_key(name), name))


TAG_SEPARATOR = ", "
"""Between tags in one cell of a CSV file: a comma, which no tag holds (:func:`clean_tag`)."""


def joined_tags(names: Iterable[str]) -> str:
    """Return tags as one cell of a file: ``alumni, met at the fair``."""
    return TAG_SEPARATOR.join(names)


def file_tags(names: Iterable[str]) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """Return the tags a file gives (cleaned, each once), and those left out with why.

    A file may name a tag the app would refuse (holding a comma, too long): it is
    returned as ``(name, reason)``, for the import to keep it elsewhere and say so.
    """
    found: dict[str, str] = {}
    left: list[tuple[str, str]] = []
    for name in names:
        if not name.strip():
            continue
        try:
            cleaned = clean_tag(name)
        except ValidationError as error:
            left.append((name.strip(), str(error)))
            continue
        found.setdefault(tag_key(cleaned), cleaned)
    return tuple(found.values()), left
