"""Every value of a backup checked before a restore, with the rules the dialogs use.

A restore trusts nothing: a file with one value the dialogs would refuse (a rank that is
not a number, a date that is not a date, an unknown time zone, a 2,000,000-character note,
an email that could add recipients, a ``javascript:`` link) is refused whole, with the
first few reasons, before a row is written.

``RULES`` holds, per table, a rule per column (``exchange.value_rules``). A table added
later adds its rules with ``add_rules``; a column with no rule takes ``DEFAULT_RULE``
(text or a number, of bounded size).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from infoview_gui.domain.conversations import NOTES_MAX as CONVERSATION_NOTES_MAX
from infoview_gui.domain.conversations import ConversationKind
from infoview_gui.domain.enums import (
    Channel,
    Decidedness,
    FieldStatus,
    InterviewStatus,
    MeetingFormat,
    Source,
    Topic,
)
from infoview_gui.domain.i18n import _
from infoview_gui.domain.keep_touch import MAXIMUM as KEEP_TOUCH_MAXIMUM
from infoview_gui.domain.keep_touch import Unit
from infoview_gui.domain.learned import (
    CRITERION_MAX,
    SAID_MAX,
    TAKEAWAY_MAX,
    TOPIC_ORDER,
    VerifyMark,
)
from infoview_gui.domain.tags import TAG_MAX
from infoview_gui.domain.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX
from infoview_gui.exchange.json_backup import TableData, Value
from infoview_gui.exchange.value_rules import (
    Rule,
    choice,
    day,
    email,
    file_name,
    flag,
    integer,
    key,
    link,
    long_text,
    moment,
    month,
    number,
    one_of_values,
    text,
    zone,
)

REASONS_SHOWN = 5

DEFAULT_RULE = text(LONG_TEXT_MAX, one_line=False)
_ANY_NUMBER = number(null=True)


def default_rule(value: Value) -> str | None:
    """The rule of a column without rules of its own: a finite number, or plain text."""
    if isinstance(value, (int, float)):
        return _ANY_NUMBER(value)
    return DEFAULT_RULE(value) if value is not None else None


_NAME = text()
_CREATED = moment()
RULES: dict[str, dict[str, Rule]] = {
    "setting": {"key": text(200), "value": long_text()},
    "profile": {
        "id": integer(1, 1),
        "name": _NAME,
        "email": email(),
        "phone": text(40),
        "organisation": _NAME,
        "address": long_text(1000),
        "graduation": month(),
        "decidedness": choice(Decidedness, null=True),
        "time_zone": zone(),
        "updated_at": _CREATED,
    },
    "career_field": {
        "id": key(),
        "name": text(120),
        "status": choice(FieldStatus),
        "research_notes": long_text(),
        "position": integer(),
        "created_at": _CREATED,
        "updated_at": _CREATED,
    },
    "field_link": {
        "id": key(),
        "field_id": key(),
        "url": link(),
        "title": _NAME,
        "position": integer(),
    },
    "research_item": {
        "id": key(),
        "field_id": key(),
        "text": long_text(1000),
        "verify": flag(),
        "position": integer(),
    },
    "import_batch": {
        "id": key(),
        "created_at": _CREATED,
        "file_name": text(1000),
        "format": text(40),
        "new_count": integer(0),
        "matched_count": integer(0),
        "rejected_count": integer(0),
        "undo_data": long_text(50_000_000),
        "undone_at": moment(null=True),
    },
    "contact": {
        "id": key(),
        "first_name": _NAME,
        "last_name": _NAME,
        "title": _NAME,
        "organisation": _NAME,
        "location": _NAME,
        "email": email(),
        "phone": text(40),
        "profile_url": link(500),
        "source": choice(Source),
        "introduced_by_text": _NAME,
        "introduced_by_id": key(null=True),
        "field_id": key(null=True),
        "rank": number(null=True),
        "score": number(null=True),
        "notes": long_text(),
        "card_name": _NAME,
        "card_title": _NAME,
        "card_organisation": _NAME,
        "card_email": email(),
        "card_phone": text(40),
        "card_address": long_text(1000),
        "card_website": link(500),
        "card_image": file_name(),
        "import_batch_id": key(null=True),
        "search_text": long_text(LONG_TEXT_MAX * 2),
        "sort_name": text(SHORT_TEXT_MAX * 3),
        "email_key": text(SHORT_TEXT_MAX * 3),
        "url_key": text(1000),
        "name_org_key": text(SHORT_TEXT_MAX * 3),
        "created_at": _CREATED,
        "updated_at": _CREATED,
        "referral": flag(),  # data version 6
    },
    "criterion": {
        "id": key(),
        "field_id": key(),
        "name": text(120),
        "weight": integer(0, 5),
        "position": integer(),
    },
    "criterion_score": {"contact_id": key(), "criterion_id": key(), "score": integer(0, 5)},
    "interview": {
        "id": key(),
        "contact_id": key(),
        "field_id": key(null=True),
        "status": choice(InterviewStatus),
        "channel": choice(Channel, null=True),
        "requested_on": day(),
        "responded_on": day(),
        "follow_up_on": day(),
        "scheduled_start": moment(null=True),
        "time_zone": zone(),
        "duration_min": integer(1, 600),
        "format": choice(MeetingFormat, null=True),
        "place": text(1000),
        "checklist": integer(0, 2**31),
        "notes": long_text(),
        "request_draft": long_text(),
        "call_log": long_text(),
        "started_at": moment(null=True),
        "held_at": moment(null=True),
        "thank_you_due": day(),
        "thank_you_sent_on": day(),
        "note_card_sent_on": day(),
        "letter_sent_on": day(),
        "thank_you_point": long_text(),
        "thank_you_draft": long_text(),
        "uid": text(200),
        "created_at": _CREATED,
        "updated_at": _CREATED,
    },
    "question": {
        "id": key(),
        "text": text(1000),
        "topic": choice(Topic),
        "decidedness_mask": integer(0, 7),
        "stage_mask": integer(0, 7),
        "builtin_key": text(200, null=True),
        "builtin_text": text(1000, null=True),
        "hidden": flag(),
        "minutes": number(),
        "created_at": _CREATED,
    },
    "question_list": {
        "id": key(),
        "field_id": key(null=True),
        "interview_id": key(null=True),
        "must_ask": integer(0, 1000),
        "conversation_id": key(null=True),  # a follow-up's list (schema_conversation_lists)
    },
    "list_question": {
        "id": key(),
        "question_list_id": key(),
        "question_id": key(null=True),
        "text": text(1000),
        "position": number(),
        "answer": long_text(),
        "answered": flag(),
    },
    "answer_star": {"item_id": key(), "starred_at": _CREATED},
    "takeaway": {
        "id": key(),
        "field_id": key(),
        "topic": one_of_values(TOPIC_ORDER),
        "text": long_text(TAKEAWAY_MAX),
        "updated_at": _CREATED,
    },
    "research_check": {
        "item_id": key(),
        "mark": choice(VerifyMark),
        "said": long_text(SAID_MAX),
        "updated_at": _CREATED,
    },
    "fit_criterion": {
        "id": key(),
        "name": text(CRITERION_MAX),
        "weight": integer(0, 5),
        "position": integer(),
    },
    "fit_rating": {"field_id": key(), "criterion_id": key(), "score": integer(0, 5)},
    "keep_touch": {
        "contact_id": key(),
        "every": integer(1, max(KEEP_TOUCH_MAXIMUM.values())),
        "unit": choice(Unit),
        "snoozed_until": day(),
        "set_on": day(null=False),
    },
    "touch": {
        "id": key(),
        "contact_id": key(),
        "on_day": day(null=False),
        "note": long_text(),
        "logged_at": _CREATED,
    },
    "conversation": {
        "id": key(),
        "contact_id": key(),
        "held_at": moment(),
        "time_zone": zone(),
        "kind": choice(ConversationKind),
        "notes": long_text(CONVERSATION_NOTES_MAX),
        "thank_you_sent_on": day(),
        "thank_you_draft": long_text(),
        "created_at": _CREATED,
        "updated_at": _CREATED,
    },
    "tag": {"id": key(), "name": text(TAG_MAX), "key": text(TAG_MAX)},
    "contact_tag": {"contact_id": key(), "tag_id": key()},
}


def add_rules(table: str, rules: Mapping[str, Rule]) -> None:
    """Check the columns of ``table`` (a table a later version adds) with ``rules``."""
    RULES.setdefault(table, {}).update(rules)


def _table_problems(name: str, table: TableData) -> Iterable[str]:
    rules = RULES.get(name, {})
    checks = [(column, rules.get(column, default_rule)) for column in table.columns]
    shown = name.replace("_", " ")
    for number_, row in enumerate(table.rows, start=1):
        for (column, rule), value in zip(checks, row, strict=True):
            reason = rule(value)
            if reason:
                yield problem(shown, number_, column.replace("_", " "), reason)


def value_problems(tables: Mapping[str, TableData], *, most: int = REASONS_SHOWN) -> list[str]:
    """Return up to ``most`` reasons why values of ``tables`` cannot be restored."""
    found: list[str] = []
    for name, table in tables.items():
        for reason in _table_problems(name, table):
            found.append(reason)
            if len(found) >= most:
                return found
    return found


def problem(table: str, number: int, column: str, reason: str) -> str:
    """Say which value is wrong and why: "contact 3, first name: is not a date".

    The table's and the column's names are the backup file's own (``_`` shown as spaces).
    """
    return _("{table} {number}, {column}: {reason}").format(
        table=table, number=number, column=column, reason=reason
    )


def refusal(problems: list[str]) -> str:
    """The sentence that refuses a backup for ``problems`` (the first few of them)."""
    listed = "\n".join(f"- {problem}" for problem in problems)
    if len(problems) >= REASONS_SHOWN:
        said = _(
            "This backup holds values InfoView would never store, so it was not restored and "
            "your data is as it was. The first ones (and maybe more):\n{listed}\n"
            "Restore an earlier backup, or a backup InfoView wrote itself."
        )
    else:
        said = _(
            "This backup holds values InfoView would never store, so it was not restored and "
            "your data is as it was. The first ones:\n{listed}\n"
            "Restore an earlier backup, or a backup InfoView wrote itself."
        )
    return said.format(listed=listed)
