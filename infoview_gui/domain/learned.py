"""What the interviews taught the user: answers by topic, checks of research, a fit rating.

Pure rules, no storage. The services read the answers of a field's held interviews and
give them here to be grouped by the question's topic, in the order the bank asks them;
notes taken outside any question go under "Other notes". A fit rating is the user's own
score (0 to 5) of a field on criteria shared by every field, with a weight each (0 to 5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from infoview_gui.domain.enums import Labelled, Topic
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.validation import clean_long, clean_short

OTHER_NOTES = "other"
"""The group of notes that belong to no question (an interview's own notes box)."""

TOPIC_ORDER: tuple[str, ...] = (
    Topic.DAY_TO_DAY.value,
    Topic.PATH.value,
    Topic.SKILLS.value,
    Topic.TRENDS.value,
    Topic.CULTURE.value,
    Topic.CHALLENGES.value,
    Topic.ADVICE.value,
    Topic.REFERRALS.value,
    Topic.OWN.value,
    OTHER_NOTES,
)
"""Every group a field's page shows, in order: the bank's topics, the user's own, then
the other notes. A takeaway belongs to one of them."""

TAKEAWAY_MAX = 4000
CRITERION_MAX = 60
SAID_MAX = 2000
SCORE_MAX = 5
WEIGHT_MAX = 5
MAX_COMPARED = 3
DEFAULT_CRITERIA = (N_("Interest"), N_("Skills"), N_("Pay"), N_("Lifestyle"))
"""The usual fit criteria, made in the user's language (then they are the user's own)."""


class VerifyMark(Labelled):
    """What the interviews made of a research line marked to verify."""

    OPEN = "open"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"

    @property
    def label(self) -> str:
        """The words the user sees for this mark."""
        return {"open": "Still open"}.get(self.value, self.value.capitalize())


def topic_label(topic: str) -> str:
    """Return the heading of a group: the topic's label, or "Other notes"."""
    if topic == OTHER_NOTES:
        return _("Other notes")
    return Topic(topic).label


@dataclass(frozen=True)
class Answer:
    """One answer typed under a question in a held interview (or an interview's other notes).

    Attributes:
        item_id: the list question's id (0 for an interview's other notes).
        interview_id: the interview it was said in.
        topic: the question's topic (``OTHER_NOTES`` for notes outside any question).
        question: the question as asked ("" for other notes).
        text: what the user wrote down.
        who: the person who said it.
        when: the day of the interview, if known.
        starred: True when the user starred it.
    """

    item_id: int
    interview_id: int
    topic: str
    question: str
    text: str
    who: str
    when: date | None
    starred: bool = False


@dataclass(frozen=True)
class TopicGroup:
    """The answers of one topic, with the user's takeaway for it.

    ``count`` is how many answers the topic has when ``answers`` holds only the first of
    them (None: ``answers`` holds them all).
    """

    topic: str
    answers: tuple[Answer, ...]
    takeaway: str = ""
    count: int | None = None

    @property
    def total(self) -> int:
        """How many answers the topic has, shown or not."""
        return len(self.answers) if self.count is None else max(self.count, len(self.answers))

    @property
    def label(self) -> str:
        """The group's heading."""
        return topic_label(self.topic)

    @property
    def starred(self) -> tuple[Answer, ...]:
        """The answers the user starred."""
        return tuple(answer for answer in self.answers if answer.starred)


def group_by_topic(
    answers: Iterable[Answer],
    takeaways: Mapping[str, str],
    *,
    keep_empty: bool = False,
    counts: Mapping[str, int] | None = None,
) -> tuple[TopicGroup, ...]:
    """Return the answers grouped by topic, in ``TOPIC_ORDER``.

    Within a topic, answers keep the order given (the services give them by interview
    date, then question order). A topic with neither an answer nor a takeaway is left out
    unless ``keep_empty``. ``counts`` says how many answers each topic has when
    ``answers`` are only the first of them.
    """
    grouped: dict[str, list[Answer]] = {topic: [] for topic in TOPIC_ORDER}
    for answer in answers:
        grouped.setdefault(answer.topic, []).append(answer)
    return tuple(
        TopicGroup(
            topic,
            tuple(grouped[topic]),
            takeaways.get(topic, ""),
            None if counts is None else counts.get(topic, 0),
        )
        for topic in TOPIC_ORDER
        if keep_empty or grouped[topic] or takeaways.get(topic, "").strip()
    )


@dataclass(frozen=True)
class ResearchCheck:
    """A research line to verify, what was said about it, and the user's mark."""

    item_id: int
    line: str
    mark: VerifyMark = VerifyMark.OPEN
    said: str = ""
    heard: tuple[Answer, ...] = ()  # answers to the question the line became


@dataclass(frozen=True)
class FitCriterion:
    """A criterion every field is rated on, with its weight."""

    id: int
    name: str
    weight: int


@dataclass(frozen=True)
class FieldFit:
    """A field's ratings on the shared criteria, with the weighted total."""

    field_id: int
    scores: Mapping[int, int] = field(default_factory=dict)  # criterion id -> 0..5

    def total(self, criteria: Sequence[FitCriterion]) -> float | None:
        """Return the weighted total, out of 5; see ``weighted_total``."""
        return weighted_total(self.scores, criteria)


def weighted_total(scores: Mapping[int, int], criteria: Sequence[FitCriterion]) -> float | None:
    """Return the weighted mean of the rated criteria, out of 5 (None: nothing rated).

    A criterion the user has not rated yet is left out rather than counted as 0, so a
    rating in progress is not pulled down; a criterion of weight 0 counts for nothing.
    """
    rated = [(c.weight, scores[c.id]) for c in criteria if c.id in scores and c.weight > 0]
    weight = sum(w for w, _ in rated)
    if not weight:
        return None
    return sum(w * s for w, s in rated) / weight


def clean_takeaway(text: str) -> str:
    """Return a takeaway to keep, or raise when it is too long."""
    return clean_long("takeaway", "Your takeaway", text, limit=TAKEAWAY_MAX)


def clean_said(text: str) -> str:
    """Return what was said about a research line, or raise when it is too long."""
    return clean_long("said", "What was said", text, limit=SAID_MAX)


def clean_criterion_name(name: str) -> str:
    """Return a criterion's name, or raise when it is empty or too long."""
    name = clean_short("criterion", "The criterion", name, limit=CRITERION_MAX)
    if not name:
        raise ValidationError("criterion", _("Give the criterion a name, such as Pay."))
    return name


def check_score(value: int, *, what: str = "score") -> int:
    """Return a score or weight of 0 to 5, or raise."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= SCORE_MAX:
        if what == "weight":
            said = _("A weight goes from 0 to {most}.")
        else:
            said = _("A score goes from 0 to {most}.")
        raise ValidationError(what, said.format(most=SCORE_MAX))
    return value


def check_topic(topic: str) -> str:
    """Return a group a takeaway may belong to, or raise."""
    if topic not in TOPIC_ORDER:
        raise ValidationError("topic", _("A takeaway belongs to one of the topics shown."))
    return topic
