"""The checks a request email passes before it is sent, in plain words.

Short (at most ``WORD_LIMIT`` words), no asking for a job, the connection named, and a
question at the end. ``job_words`` is also what keeps job-seeking wording out of the
questions InfoView suggests. The words looked for are English, German and Spanish
together (a draft in any of them passes), the problems are said in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from infoview_gui.domain.i18n import _
from infoview_gui.domain.text import fold

WORD_LIMIT = 100


@dataclass(frozen=True)
class RequestCheck:
    """What a request email gets right and wrong, for the user to fix before sending."""

    word_count: int
    over_limit: bool
    job_words: tuple[str, ...]
    names_connection: bool
    ends_with_question: bool

    @property
    def problems(self) -> tuple[str, ...]:
        """Each problem found, in plain words; empty when the request looks good."""
        found = []
        if self.over_limit:
            said = _("{count} words: keep it to {limit} or fewer.")
            found.append(said.format(count=self.word_count, limit=WORD_LIMIT))
        if self.job_words:
            said = _("Do not ask for a job in an informational interview ({words}).")
            found.append(said.format(words=", ".join(self.job_words)))
        if not self.names_connection:
            found.append(_("Say who introduced you or how you found them."))
        if not self.ends_with_question:
            found.append(_("End the request with a question, such as a time to talk."))
        return tuple(found)


WORD = re.compile(r"\w+(?:['’.@+\-]\w+)*")  # a word as a reader counts it
_JOB = re.compile(
    r"\b(jobs?|hir(?:e|ed|es|ing)|vacanc(?:y|ies)|positions?|openings?|internships?|"
    r"r[eé]sum[eé]s?|cvs?|employ\w*|recruit\w*|"
    r"stelle|stellen(?:angebot|anzeige|ausschreibung)\w*|praktik(?:um|a)|lebensl[aä]uf\w*|bewerb\w*|"
    r"empleos?|vacantes?|pr[aá]cticas|curr[ií]culums?|contrat(?:ar|aci[oó]n))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_LINKS = (
    "suggested", "recommended", "referred", "introduced", "gave me your", "passed on",
    "found your", "came across", "met you", "we met", "alumni", "your talk",
    "empfohlen", "vorgeschlagen", "gestossen", "kennengelernt", "ihren vortrag",
    "sugirio", "recomendo", "encontre su", "nos conocimos", "su charla",
)  # fmt: skip
_CLOSINGS = (
    "best", "kind regards", "regards", "warm", "sincerely", "yours", "thank", "thanks",
    "many thanks", "cheers", "all the best",
    "mit freundlichen", "freundliche", "viele gr", "herzliche", "beste gr", "danke", "vielen dank",
    "un cordial", "saludos", "un saludo", "atentamente", "gracias", "muchas gracias",
)  # fmt: skip


def check_request(text: str, *, connections: Sequence[str] = ()) -> RequestCheck:
    """Check a request email before it is sent.

    Args:
        text: the email body as the user will send it.
        connections: names or phrases that count as naming the connection, such as
            the person who introduced the user; common phrases ("suggested I contact
            you", "found your name") count too.
    """
    count = len(WORD.findall(text))
    folded = fold(text)
    named = any(fold(item) and fold(item) in folded for item in connections) or any(
        link in folded for link in _LINKS
    )
    return RequestCheck(count, count > WORD_LIMIT, job_words(text), named, _ends_asking(text))


def job_words(text: str) -> tuple[str, ...]:
    """Return the words about jobs or hiring in ``text``, each once, in order of use.

    The words a request must not use ("job", "internship", "CV", "hiring"...): asking
    for work is bad form in an informational interview, and so is suggesting it.
    """
    return tuple(dict.fromkeys(match.group(0) for match in _JOB.finditer(text)))


def _ends_asking(text: str) -> bool:
    """Return True when the last sentence before the sign-off is a question.

    The sign-off is every trailing sentence that is a short closing ("Thanks!",
    "Best regards,") or is not a sentence at all (a name, an address, a number).
    """
    units = [
        sentence.rstrip("\"')”’")
        for line in text.splitlines()
        for sentence in _SENTENCE_END.split(line.strip())
        if sentence
    ]
    while units and (_is_closing(units[-1]) or not units[-1].endswith((".", "?", "!"))):
        units.pop()
    return bool(units) and units[-1].endswith("?")


def _is_closing(line: str) -> bool:
    """Return True for a short sign-off line such as "Thank you for your time."."""
    lowered = line.casefold()
    short = len(line.split()) <= 8 and not line.endswith("?")
    return short and lowered.startswith(_CLOSINGS)
