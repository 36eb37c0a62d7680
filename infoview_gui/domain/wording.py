"""Counted phrases: "1 contact", "2 contacts", never "1 contacts" or "1 contact(s)".

Every phrase with a number in it goes through :func:`plural` (or :func:`counted`, its short
form), with both English forms written out in full at the call site. Both are gettext's
plural forms (``domain/i18n.py``): the catalogue of each language holds as many forms as it
needs, and the extraction (``packaging/translations.py``) reads the two English forms at
every call site, so no caller changes. The number is written as the user's locale writes
it. Pure Python: the domain and the services use it too.
"""

from __future__ import annotations

from infoview_gui.domain.i18n import formats, ngettext


def plural(number: int, one: str, many: str) -> str:
    """Return the form of a phrase that fits ``number``; ``{n}`` in it becomes the number.

    Args:
        number: how many things the phrase counts.
        one: the phrase for exactly one, e.g. ``"Delete question"`` or ``"{n} contact"``.
        many: the phrase for any other number, e.g. ``"Delete {n} questions"``.

    Returns:
        The chosen phrase in the user's language, with ``{n}`` replaced by the number
        (digits grouped as the locale groups them).
    """
    return ngettext(one, many, number).replace("{n}", formats().number(number))


def counted(number: int, one: str, many: str) -> str:
    """Return the number followed by its noun: ``counted(2, "contact", "contacts")``.

    The catalogue translates the noun's forms; every shipped language writes the number
    first. A language that does not would use :func:`plural` with the whole phrase.
    """
    return f"{formats().number(number)} {ngettext(one, many, number)}"


def sentence_start(phrase: str) -> str:
    """Return ``phrase`` as the start of a sentence: its first letter upper case.

    A phrase led by a name written in lower case, such as "vCard file", stays as it is.
    """
    first = phrase.split(" ", 1)[0]
    if any(letter.isupper() for letter in first[1:]):
        return phrase
    return phrase[:1].upper() + phrase[1:]


def label_words(label: str) -> dict[str, str]:
    """Return a label as sentences take it: ``kind`` in lower case, ``label`` as it is.

    English writes a label in lower case inside a sentence ("Answer from Ana (video
    call)"); a language that capitalizes nouns (German) takes ``{label}`` instead.
    """
    return {"kind": label.lower(), "label": label}
