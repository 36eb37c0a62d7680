"""The thank-you checker: what a thank-you email gets right and wrong before it is sent.

Like the request checker of ``drafts``: its length, whether it names one specific thing
the person said (and no placeholder such as "[mention one thing ...]" is left), and
whether the user signed with a way to reach them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from infoview_gui.domain.i18n import _
from infoview_gui.domain.request_check import WORD
from infoview_gui.domain.text import fold

THANKS_WORD_LIMIT = 150
_BRACKETED = re.compile(r"\[[^\[\]\n]{3,}\]")
_SPECIFIC = (
    "especially", "in particular", "your point", "your advice to", "your suggestion",
    "you said", "you mentioned", "you told me", "your story", "your tip", "“", '"',
    "besonders", "vor allem", "ihr rat", "ihr hinweis", "ihr tipp", "sie sagten", "sie haben",
    "„", "especialmente", "sobre todo", "su consejo", "me dijo", "menciono", "«",
)  # fmt: skip


@dataclass(frozen=True)
class ThankYouCheck:
    """What a thank-you email gets right and wrong, for the user to fix before sending."""

    word_count: int
    over_limit: bool
    placeholders: tuple[str, ...]
    names_something: bool
    has_contact: bool

    @property
    def problems(self) -> tuple[str, ...]:
        """Each problem found, in plain words; empty when the thank-you looks good."""
        found = []
        if self.placeholders:
            said = _("Replace {placeholder} with your own words.")
            found.append(said.format(placeholder=self.placeholders[0]))
        if self.over_limit:
            said = _("{count} words: keep it to {limit} or fewer.")
            found.append(said.format(count=self.word_count, limit=THANKS_WORD_LIMIT))
        if not self.names_something:
            found.append(_("Name one specific thing they said that helped you."))
        if not self.has_contact:
            found.append(_("Sign with your email or phone, so they can reply."))
        return tuple(found)


def check_thank_you(
    text: str, *, point: str = "", contact_details: Sequence[str] = ()
) -> ThankYouCheck:
    """Check a thank-you email before it is sent.

    Args:
        text: the email body as the user will send it.
        point: the specific thing the user chose to name; found in ``text``, it counts as
            naming something specific (so do phrases such as "especially" or a quotation).
        contact_details: the user's email and phone; one of them must be in ``text``.
    """
    count = len(WORD.findall(text))
    placeholders = tuple(dict.fromkeys(match.group(0) for match in _BRACKETED.finditer(text)))
    folded = fold(text)
    wanted = fold(point).rstrip(".")
    named = bool(wanted) and wanted in folded
    named = not placeholders and (named or any(marker in folded for marker in _SPECIFIC))
    contact = any(fold(item) and fold(item) in folded for item in contact_details)
    return ThankYouCheck(count, count > THANKS_WORD_LIMIT, placeholders, named, contact)
