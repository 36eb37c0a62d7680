"""Stored words made to read naturally inside a draft's sentence, in the user's language.

A career field is typed as a title ("Data science") but read mid-sentence ("a career in
data science"; German keeps a noun's capital); who introduced the user is typed as a note
("Jordan (roommate)") but read as the subject of a sentence ("Jordan, my roommate,
suggested I contact you."). Dates read as the language writes them ("7 de diciembre de
2026"), and what words alone cannot say is a language's :class:`Conventions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from infoview_gui.domain.i18n import _, formats, language


@dataclass(frozen=True)
class Conventions:
    """How a language lays out a letter and treats the words around a salutation.

    Attributes:
        lower_after_salutation: the salutation ends with a comma and the next line goes
            on in lower case ("Guten Tag Frau Ruiz," / "vielen Dank ...").
        lower_fields: a career field's title loses its capital mid-sentence (not in
            German, where it is a noun).
        place_in_date: the letter's date line names the sender's town ("Madrid, 7 de ...").
        recipient_first: the recipient's address comes before the date (DIN 5008 and
            Spanish letters); English letters put the date first.
        subject_line: the letter has a subject line above the salutation.
    """

    lower_after_salutation: bool = False
    lower_fields: bool = True
    place_in_date: bool = False
    recipient_first: bool = False
    subject_line: bool = False


_CONVENTIONS = {
    "de": Conventions(True, False, True, True, True),
    "es": Conventions(place_in_date=True, recipient_first=True),
}
# The first words of a German letter's first line that are never nouns, names or the formal
# "Sie"/"Ihr": only those are lowered after the salutation's comma.
_LOWERED = frozenset(
    {"ich", "vielen", "nochmals", "danke", "herzlichen", "mein", "meine", "wir", "gerne",
     "falls", "wenn", "seit", "wie", "als", "über", "unser", "unsere", "leider"}
)  # fmt: skip


def conventions() -> Conventions:
    """Return the conventions of the language the drafts are written in."""
    return _CONVENTIONS.get(language()[:2], Conventions())


def after_salutation(text: str) -> str:
    """Return the first line after the salutation, lowered where the language wants it."""
    first = text.split(" ", 1)[0]
    if conventions().lower_after_salutation and first.lower() in _LOWERED:
        return text[0].lower() + text[1:]
    return text


def day_month(day: date) -> str:
    """Return "March 3" (US), "3 March", "3. März" or "3 de marzo"."""
    return _("{month} {day}").format(month=formats().month_name(day.month), day=day.day)


def letter_date(day: date) -> str:
    """Return a letter's date: "March 3, 2026", "3. März 2026" or "3 de marzo de 2026"."""
    month = formats().month_name(day.month)
    return _("{month} {day}, {year}").format(month=month, day=day.day, year=day.year)


def month_year(graduation: str | None) -> str:
    """Return "June 2027" ("junio de 2027") for "2027-06", or "" for a malformed month."""
    match = re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", (graduation or "").strip())
    if not match:
        return ""
    month = formats().month_name(int(match.group(2)))
    return _("{month} {year}").format(month=month, year=match.group(1))


# "10115 Berlin", "28013 Madrid", "D-10115 Berlin": a postcode, then the town.
_TOWN = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}\s+(?P<town>\D+)")


def town_of(address: str) -> str:
    """Return the town of a postal address whose postcode comes first, or ``""``."""
    for line in reversed(address.splitlines()):
        match = _TOWN.fullmatch(" ".join(line.split()))
        if match:
            return match["town"].strip(" ,")
    return ""


# Capitalised words that stay capitalised mid-sentence: languages and peoples, which
# career fields often start with ("English teaching", "French translation").
_PROPER = frozenset(
    {
        "african", "american", "arabic", "asian", "british", "chinese", "english",
        "european", "french", "german", "greek", "hindi", "irish", "italian", "japanese",
        "korean", "latin", "portuguese", "russian", "scottish", "spanish", "welsh",
    }
)  # fmt: skip
# Words that already say how the person relates to the user: "my roommate", "a friend"
# (and "mein Mitbewohner", "mi compañera" typed in German or Spanish).
_DETERMINERS = frozenset(
    {"my", "our", "a", "an", "the", "one", "his", "her", "their", "mein", "meine", "unser",
     "unsere", "ein", "eine", "der", "die", "mi", "nuestro", "nuestra", "un", "una", "el", "la"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"from", "at", "of", "in", "via", "through", "with", "on", "von", "vom", "aus", "bei",
     "beim", "de", "del", "en", "desde"}
)  # fmt: skip
# "Jordan (roommate)", "Jordan, roommate", "Jordan - roommate" (hyphen or dashes).
_NAME_AND_ROLE = re.compile(r"(?P<name>[^(),]+?)\s*(?:\((?P<a>[^)]+)\)|(?:,|\s[-–—])\s*(?P<b>.+))")


def field_in_sentence(name: str) -> str:
    """Return a field's name as it reads mid-sentence: "Data science" -> "data science".

    Only the first letter is lowered, and only when the second letter is lower-case
    ("UX design" and "NHS management" keep theirs), no later word is capitalised (a
    proper name such as "Doctors Without Borders") and the word is no language or people
    ("English teaching").
    """
    text = " ".join(name.split())
    if not conventions().lower_fields:
        return text
    words = text.split(" ")
    first = words[0] if text else ""
    if len(first) < 2 or not (first[0].isupper() and first[1].islower()):
        return text
    if first.lower() in _PROPER or any(word[:1].isupper() for word in words[1:]):
        return text
    return first[0].lower() + text[1:]


def introduction(introduced_by: str) -> str:
    """Return the sentence naming who introduced the user, or ``""``.

    "Jordan" -> "Jordan suggested I contact you."; "Jordan (roommate)" and "Jordan,
    roommate" -> "Jordan, my roommate, suggested I contact you."; "my roommate Jordan"
    -> "My roommate Jordan suggested I contact you."
    """
    text = " ".join(introduced_by.split()).strip(" .,;")
    if not text:
        return ""
    match = _NAME_AND_ROLE.fullmatch(text)
    who = _with_role(match["name"], match["a"] or match["b"]) if match else _who(text)
    who = who[0].upper() + who[1:]
    return _("{who} suggested I contact you.").format(who=who)


def _with_role(name: str, role: str) -> str:
    """Return "Jordan, my roommate," or "Jordan from Acme" for a name and a note about them."""
    name, role = name.strip(), role.strip(" .,;")
    if not role:
        return _who(name)
    first = role.split(" ", 1)[0]
    if first.lower() in _PREPOSITIONS:
        return f"{name} {role}"
    if first.lower() in _DETERMINERS:
        return f"{name}, {role},"
    if role[:1].islower():
        return _("{name}, my {role},").format(name=name, role=role)
    return f"{name} ({role})"  # "Jordan (Acme)": a place or a group, kept as they wrote it


def _who(text: str) -> str:
    """Return a name or a description as the subject of a sentence."""
    words = text.split(" ")
    if words[0].lower() in _DETERMINERS or words[0][:1].isupper():
        return text
    if any(word[:1].isupper() for word in words[1:]):
        return _("my {description}").format(description=text)  # "roommate Jordan"
    return text  # a name typed in lower case, or a description: capitalised by the caller
