"""Counted phrases: "1 contact", "2 contacts", never "1 contacts" or "1 contact(s)".

Every phrase with a number in it goes through :func:`plural` (or :func:`counted`, its short
form), with both English forms written out in full at the call site. The translation work
can then swap the body of :func:`plural` for Qt's plural forms (``tr("%n contact(s)", "",
n)``), whose translations hold as many forms as each language needs, without touching a
single caller. Pure Python: the domain and the services use it too.
"""

from __future__ import annotations


def plural(number: int, one: str, many: str) -> str:
    """Return the form of a phrase that fits ``number``; ``{n}`` in it becomes the number.

    Args:
        number: how many things the phrase counts.
        one: the phrase for exactly one, e.g. ``"Delete question"`` or ``"{n} contact"``.
        many: the phrase for any other number, e.g. ``"Delete {n} questions"``.

    Returns:
        The chosen phrase, with ``{n}`` replaced by the number (thousands separated).
    """
    form = one if number == 1 else many
    return form.replace("{n}", f"{number:,}")


def counted(number: int, one: str, many: str) -> str:
    """Return the number followed by its noun: ``counted(2, "contact", "contacts")``."""
    return plural(number, f"{{n}} {one}", f"{{n}} {many}")


def sentence_start(phrase: str) -> str:
    """Return ``phrase`` as the start of a sentence: its first letter upper case.

    A phrase led by a name written in lower case, such as "vCard file", stays as it is.
    """
    first = phrase.split(" ", 1)[0]
    if any(letter.isupper() for letter in first[1:]):
        return phrase
    return phrase[:1].upper() + phrase[1:]
