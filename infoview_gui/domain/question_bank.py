"""The built-in question bank: reading it, and choosing questions that suit the user.

The bank ships as ``resources/questions/bank.json``::

    {"version": 1, "questions": [
        {"key": "day-typical-week", "topic": "day_to_day", "text": "...?",
         "decidedness": ["exploring", "comparing", "decided"],
         "stage": ["early", "final_year", "graduated"], "minutes": 3}, ...]}

``key`` is the stable id of a shipped question (``question.builtin_key`` in the
database): it never changes once shipped, even when the wording does. Within a topic
the file lists the classic, widely useful questions first; ``suggest`` relies on that.

This module reads bytes and returns values: it does no file or database access.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Protocol, TypeVar

from infoview_gui.domain.enums import Decidedness, Stage, Topic

BANK_VERSION = 1
MIN_MINUTES = 1.5
MAX_MINUTES = 4.0
GREETING_MINUTES = 5.0  # introductions at the start, thanks and goodbyes at the end
MAX_TEXT = 500

# The order topics are asked in during the interview: easy, concrete questions first,
# advice near the end, and "who else should I talk to?" always last. The user's own
# questions (and any topic this version does not know) go before the advice.
INTERVIEW_ORDER: tuple[Topic, ...] = (
    Topic.DAY_TO_DAY,
    Topic.PATH,
    Topic.SKILLS,
    Topic.CULTURE,
    Topic.TRENDS,
    Topic.CHALLENGES,
    Topic.OWN,
    Topic.ADVICE,
    Topic.REFERRALS,
)

# Which topics get a question first when there is not room for every topic, and which
# get a second one first when there is room for more. What the work is like, its hard
# and good sides, and advice for the user's own situation are what a professional can
# best answer; trends and culture are partly found by the research done beforehand.
FILL_PRIORITY: tuple[Topic, ...] = (
    Topic.OWN,
    Topic.DAY_TO_DAY,
    Topic.CHALLENGES,
    Topic.ADVICE,
    Topic.PATH,
    Topic.SKILLS,
    Topic.CULTURE,
    Topic.TRENDS,
    Topic.REFERRALS,
)

_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_FIELDS = frozenset({"key", "topic", "text", "decidedness", "stage", "minutes"})
_BANK_TOPICS = tuple(topic for topic in Topic if topic is not Topic.OWN)

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class BankQuestion:
    """One shipped question, with the kinds of user it suits."""

    key: str
    topic: Topic
    text: str
    decidedness: frozenset[Decidedness]
    stages: frozenset[Stage]
    minutes: float

    @property
    def decidedness_mask(self) -> int:
        """The decidedness tags as stored in ``question.decidedness_mask``."""
        return mask(self.decidedness)

    @property
    def stage_mask(self) -> int:
        """The stage tags as stored in ``question.stage_mask``."""
        return mask(self.stages)


class Suggestible(Protocol):
    """What ``suggest`` needs of a question: a bank question or a stored row alike.

    ``topic`` and the tags may be enum members or their stored text.
    """

    @property
    def key(self) -> str:
        """A stable id; a key seen twice is suggested once."""
        ...

    @property
    def topic(self) -> str:
        """A ``Topic`` value."""
        ...

    @property
    def decidedness(self) -> Set[str]:
        """The ``Decidedness`` values the question suits."""
        ...

    @property
    def stages(self) -> Set[str]:
        """The ``Stage`` values the question suits."""
        ...


Q = TypeVar("Q", bound=Suggestible)


# --- reading the bank ---------------------------------------------------------------


def parse_bank(data: bytes) -> list[BankQuestion]:
    """Return the questions of a bank file, in file order.

    Raises:
        ValueError: the data is not a valid bank; the message says where and why.
    """
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ValueError(f"Question bank is not UTF-8 text: {error}") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"Question bank is not valid JSON: {error}") from None
    if not isinstance(document, dict):
        raise ValueError("Question bank must be a JSON object with 'version' and 'questions'.")
    version = document.get("version")
    if version != BANK_VERSION or isinstance(version, bool):
        raise ValueError(f"Question bank version {version!r} is not supported; expected 1.")
    entries = document.get("questions")
    if not isinstance(entries, list):
        raise ValueError("Question bank must have a 'questions' list.")
    questions: list[BankQuestion] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        question = _parse_entry(index, entry)
        if question.key in seen:
            raise ValueError(f"Question {index} ({question.key!r}): duplicate key.")
        seen.add(question.key)
        questions.append(question)
    return questions


def _parse_entry(index: int, entry: Any) -> BankQuestion:
    where = f"Question {index}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: must be a JSON object.")
    key = entry.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValueError(f"{where}: key {key!r} must be lower-case words joined by hyphens.")
    where = f"{where} ({key!r})"
    missing = sorted(_FIELDS - entry.keys())
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}.")
    unknown = sorted(entry.keys() - _FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown field {', '.join(unknown)}.")
    return BankQuestion(
        key=key,
        topic=_one_of(where, "topic", entry["topic"], _BANK_TOPICS),
        text=_text(where, entry["text"]),
        decidedness=_tags(where, "decidedness", entry["decidedness"], tuple(Decidedness)),
        stages=_tags(where, "stage", entry["stage"], tuple(Stage)),
        minutes=_minutes(where, entry["minutes"]),
    )


def _one_of(where: str, name: str, value: Any, allowed: tuple[E, ...]) -> E:
    for member in allowed:
        if isinstance(value, str) and value == member.value:
            return member
    choices = ", ".join(str(member.value) for member in allowed)
    raise ValueError(f"{where}: unknown {name} {value!r}; expected one of {choices}.")


def _tags(where: str, name: str, value: Any, allowed: tuple[E, ...]) -> frozenset[E]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: {name} must be a non-empty list.")
    tags = [_one_of(where, name, item, allowed) for item in value]
    if len(set(tags)) != len(tags):
        raise ValueError(f"{where}: {name} lists a value twice.")
    return frozenset(tags)


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: text must not be empty.")
    text = value.strip()
    if "\n" in text or "\r" in text:
        raise ValueError(f"{where}: text must fit on one line.")
    if len(text) > MAX_TEXT:
        raise ValueError(f"{where}: text is longer than {MAX_TEXT} characters.")
    return text


def _minutes(where: str, value: Any) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not MIN_MINUTES <= value <= MAX_MINUTES
    ):
        raise ValueError(
            f"{where}: minutes {value!r} must be a number from {MIN_MINUTES:g} to {MAX_MINUTES:g}."
        )
    return float(value)


# --- tags as stored -----------------------------------------------------------------


def mask(values: Iterable[Enum]) -> int:
    """Return the bit mask of enum members: bit ``n`` is the ``n``-th member declared.

    For example ``{EXPLORING, DECIDED}`` is ``1 | 4 == 5``. No members give 0.

    Raises:
        ValueError: the members belong to different enumerations.
    """
    result = 0
    kind: type[Enum] | None = None
    for value in values:
        if kind is None:
            kind = type(value)
        elif type(value) is not kind:
            raise ValueError(f"Cannot mix {kind.__name__} and {type(value).__name__} in a mask.")
        result |= 1 << list(kind).index(value)
    return result


def from_mask(bits: int, enum: type[E]) -> frozenset[E]:
    """Return the members of ``enum`` whose bits are set in ``bits``.

    Raises:
        ValueError: ``bits`` is negative or sets a bit past the last member.
    """
    members = list(enum)
    if isinstance(bits, bool) or not 0 <= bits < 1 << len(members):
        raise ValueError(f"{bits!r} is not a mask of {enum.__name__}.")
    return frozenset(member for position, member in enumerate(members) if bits >> position & 1)


# --- who the user is ----------------------------------------------------------------


def stage_for(graduation: str | None, today: date) -> Stage | None:
    """Return how close the user is to graduating, from the expected month "YYYY-MM".

    The graduation month itself and the eleven before it are the final year (twelve
    calendar months); a month already past means graduated (or changing careers);
    anything later is early. No month (None or blank) gives None.

    Raises:
        ValueError: the month is not shaped "YYYY-MM".
    """
    if graduation is None or not graduation.strip():
        return None
    match = _MONTH.match(graduation.strip())
    if not match:
        raise ValueError(f"Graduation month {graduation!r} is not shaped YYYY-MM.")
    months_ahead = (int(match.group(1)) - today.year) * 12 + int(match.group(2)) - today.month
    if months_ahead < 0:
        return Stage.GRADUATED
    if months_ahead < 12:
        return Stage.FINAL_YEAR
    return Stage.EARLY


# --- choosing questions -------------------------------------------------------------


def suggest(
    questions: Sequence[Q],
    decidedness: Decidedness | None,
    stage: Stage | None,
    limit: int = 12,
) -> list[Q]:
    """Return up to ``limit`` questions that suit the user, in interview order.

    Only questions tagged with the user's decidedness and stage are chosen (None means
    "any"). The choice is balanced across topics, in rounds: each round gives every
    topic one more question, in ``FILL_PRIORITY`` order, until ``limit`` is reached.
    When two or more questions are wanted, one "who else should I talk to" question is
    kept for the end. Within a topic the first question in input order (the bank's
    classic one) comes first; after it, the questions written for users like this one
    (fewest tags on the known dimensions) come before the general ones, then, where the
    user is not known (None), questions for anyone before those written for others; ties
    in input order. So with the default limit no topic gets more than two questions.

    The result is ordered by ``INTERVIEW_ORDER`` (referrals last), each topic's
    questions in the order they were picked. The same input always gives the same
    result; a key seen twice is used once.
    """
    if limit <= 0:
        return []
    queues = _queues(questions, decidedness, stage)
    picked: dict[str, list[Q]] = {topic: [] for topic in queues}
    room = limit
    referrals = queues.get(Topic.REFERRALS, [])
    if limit >= 2 and referrals:
        picked[Topic.REFERRALS].append(referrals.pop(0))
        room -= 1
    order = sorted(queues, key=_fill_rank)
    depth = 0
    while room > 0 and any(queues.values()):
        for topic in order:
            if room > 0 and len(picked[topic]) <= depth and queues[topic]:
                picked[topic].append(queues[topic].pop(0))
                room -= 1
        depth += 1
    return [question for topic in sorted(picked, key=_interview_rank) for question in picked[topic]]


def _queues(
    questions: Sequence[Q], decidedness: Decidedness | None, stage: Stage | None
) -> dict[str, list[Q]]:
    """Group the suitable questions by topic, each topic in the order to pick them."""
    grouped: dict[str, list[Q]] = {}
    seen: set[str] = set()
    for question in questions:
        if question.key in seen:
            continue
        seen.add(question.key)
        if decidedness is not None and decidedness not in question.decidedness:
            continue
        if stage is not None and stage not in question.stages:
            continue
        grouped.setdefault(str(question.topic), []).append(question)

    def breadth(question: Q) -> tuple[int, int]:
        # fewest tags where the user is known; most tags (suits anyone) where not
        sizes = ((len(question.decidedness), decidedness), (len(question.stages), stage))
        known = sum(size for size, value in sizes if value is not None)
        return known, -sum(size for size, value in sizes if value is None)

    return {
        topic: group[:1] + sorted(group[1:], key=breadth)  # sorted() is stable
        for topic, group in grouped.items()
    }


def _interview_rank(topic: str) -> int:
    known = [member.value for member in INTERVIEW_ORDER]
    return known.index(topic) if topic in known else known.index(Topic.OWN.value)


def _fill_rank(topic: str) -> int:
    known = [member.value for member in FILL_PRIORITY]
    return known.index(topic) if topic in known else known.index(Topic.OWN.value)


# --- time ---------------------------------------------------------------------------


def estimate_minutes(minutes: Sequence[float]) -> float:
    """Return the expected length of the meeting: each question plus the greetings.

    Raises:
        ValueError: a question's minutes are negative or not a number.
    """
    for value in minutes:
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{value!r} is not a number of minutes.")
    return round(GREETING_MINUTES + math.fsum(minutes), 2)


def fits(minutes: Sequence[float], meeting_minutes: float) -> tuple[bool, float]:
    """Return whether the questions fit a meeting, and the minutes to spare.

    The minutes to spare are negative when the questions run over.

    Raises:
        ValueError: the meeting length is not a positive number of minutes.
    """
    if not math.isfinite(meeting_minutes) or meeting_minutes <= 0:
        raise ValueError(f"{meeting_minutes!r} is not a meeting length in minutes.")
    spare = round(meeting_minutes - estimate_minutes(minutes), 2)
    return spare >= 0, spare
