"""The question bank in the user's language, and lists that were made in another one.

A bank question is shown in the language InfoView speaks (``i18n.bank_text``, keyed by the
question's key); the user's own questions and their rewordings stay as typed. A list keeps
the text each question had when it was added, so a list made in English stays English
after a change of language until the user asks for "Use the current language": then a
question from the bank whose text is still one of the bank's own wordings (in any shipped
language) takes the current language's wording, and everything else is kept.

This module reads no files: the window passes the catalogues of the shipped languages.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from infoview_gui.domain import i18n
from infoview_gui.domain.question_bank import BankQuestion


def translated(bank: Sequence[BankQuestion]) -> list[BankQuestion]:
    """Return the bank with each question's text in the user's language."""
    return [replace(q, text=i18n.bank_text(q.key, q.text)) for q in bank]


@dataclass(frozen=True)
class BankWordings:
    """Every shipped wording of each bank question, and the current language's.

    Attributes:
        current: question key -> its text in the language InfoView speaks now.
        shipped: question key -> every text the bank ships for it, in every language
            (the source too): a list item holding one of them was not reworded by the user.
    """

    current: Mapping[str, str]
    shipped: Mapping[str, frozenset[str]]

    def is_shipped(self, key: str | None, text: str) -> bool:
        """Return True when ``text`` is one of the bank's own wordings of question ``key``."""
        return key is not None and text in self.shipped.get(key, frozenset())

    def retranslation(self, key: str | None, text: str) -> str | None:
        """Return the current wording for a list item, or None to keep its text.

        ``key`` is the bank question the item came from (None: the user's own or a research
        line). A text the user reworded is kept, and so is one already current.
        """
        if key is None or not self.is_shipped(key, text):
            return None
        current = self.current.get(key)
        return None if current is None or current == text else current


def wordings(
    bank: Sequence[BankQuestion], catalogues: Iterable[gettext.NullTranslations]
) -> BankWordings:
    """Return the wordings of ``bank`` (source texts) in the shipped ``catalogues``."""
    shipped: dict[str, set[str]] = {q.key: {q.text} for q in bank}
    for catalogue in catalogues:
        for q in bank:
            shipped[q.key].add(catalogue.pgettext(q.key, q.text))
    current = {q.key: i18n.bank_text(q.key, q.text) for q in bank}
    for key, text in current.items():
        shipped[key].add(text)
    return BankWordings(current, {key: frozenset(texts) for key, texts in shipped.items()})
