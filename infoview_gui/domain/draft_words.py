"""Stored words made to read naturally inside a draft's sentence.

A career field is typed as a title ("Data science") but read mid-sentence ("a career in
data science"); who introduced the user is typed as a note ("Jordan (roommate)") but read
as the subject of a sentence ("Jordan, my roommate, suggested I contact you.").
"""

from __future__ import annotations

import re

# Capitalised words that stay capitalised mid-sentence: languages and peoples, which
# career fields often start with ("English teaching", "French translation").
_PROPER = frozenset(
    {
        "african", "american", "arabic", "asian", "british", "chinese", "english",
        "european", "french", "german", "greek", "hindi", "irish", "italian", "japanese",
        "korean", "latin", "portuguese", "russian", "scottish", "spanish", "welsh",
    }
)  # fmt: skip
# Words that already say how the person relates to the user: "my roommate", "a friend".
_DETERMINERS = frozenset({"my", "our", "a", "an", "the", "one", "his", "her", "their"})
_PREPOSITIONS = frozenset({"from", "at", "of", "in", "via", "through", "with", "on"})
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
    return f"{who[0].upper()}{who[1:]} suggested I contact you."


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
        return f"{name}, my {role},"
    return f"{name} ({role})"  # "Jordan (Acme)": a place or a group, kept as they wrote it


def _who(text: str) -> str:
    """Return a name or a description as the subject of a sentence."""
    words = text.split(" ")
    if words[0].lower() in _DETERMINERS or words[0][:1].isupper():
        return text
    if any(word[:1].isupper() for word in words[1:]):
        return f"my {text}"  # "roommate Jordan"
    return text  # a name typed in lower case, or a description: capitalised by the caller
