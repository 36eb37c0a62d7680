"""The columns of the contacts table, and the text each shows for a contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from infoview_gui.domain.enums import InterviewStatus, Source
from infoview_gui.domain.next_step import (
    DEFAULT_RULES,
    RequestFacts,
    WaitRules,
    next_step,
    parse_day,
)
from infoview_gui.store.contact_table import ContactRow, SortKey


class Column(IntEnum):
    """The fixed columns; criterion columns sit between LOCATION and SCORE."""

    RANK = 0
    NAME = 1
    TITLE = 2
    ORGANISATION = 3
    FIELD = 4
    SOURCE = 5
    INTRODUCED_BY = 6
    LOCATION = 7
    SCORE = 8
    STATUS = 9
    NEXT_STEP = 10
    TAGS = 11


HEADERS = {  # in US English: header() translates
    Column.RANK: str(QT_TRANSLATE_NOOP("ContactTableModel", "Rank")),
    Column.NAME: str(QT_TRANSLATE_NOOP("ContactTableModel", "Name")),
    Column.TITLE: str(QT_TRANSLATE_NOOP("ContactTableModel", "Job title")),
    Column.ORGANISATION: str(QT_TRANSLATE_NOOP("ContactTableModel", "Organization")),
    Column.FIELD: str(QT_TRANSLATE_NOOP("ContactTableModel", "Field")),
    Column.SOURCE: str(QT_TRANSLATE_NOOP("ContactTableModel", "Source")),
    Column.INTRODUCED_BY: str(QT_TRANSLATE_NOOP("ContactTableModel", "Introduced by")),
    Column.LOCATION: str(QT_TRANSLATE_NOOP("ContactTableModel", "Location")),
    Column.SCORE: str(QT_TRANSLATE_NOOP("ContactTableModel", "Score")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("ContactTableModel", "Status")),
    Column.NEXT_STEP: str(QT_TRANSLATE_NOOP("ContactTableModel", "Next step")),
    Column.TAGS: str(QT_TRANSLATE_NOOP("ContactTableModel", "Tags")),
}


def header(kind: Column) -> str:
    """Return a fixed column's title in the user's language."""
    return QCoreApplication.translate("ContactTableModel", HEADERS[kind])


SORT_KEYS = {
    Column.RANK: SortKey.RANK,
    Column.NAME: SortKey.NAME,
    Column.TITLE: SortKey.TITLE,
    Column.ORGANISATION: SortKey.ORGANISATION,
    Column.FIELD: SortKey.FIELD,
    Column.SOURCE: SortKey.SOURCE,
    Column.INTRODUCED_BY: SortKey.INTRODUCED_BY,
    Column.LOCATION: SortKey.LOCATION,
    Column.SCORE: SortKey.SCORE,
    Column.STATUS: SortKey.STATUS,
    Column.NEXT_STEP: SortKey.STATUS,
    Column.TAGS: SortKey.TAGS,
}


@dataclass(frozen=True)
class Criterion:
    """A ranking criterion shown as a column."""

    id: int
    name: str
    weight: int


_ATTRIBUTES = {
    Column.TITLE: "title",
    Column.ORGANISATION: "organisation",
    Column.FIELD: "field_name",
    Column.INTRODUCED_BY: "introduced_by",
    Column.LOCATION: "location",
}


def _facts(row: ContactRow) -> RequestFacts:
    return RequestFacts(
        status=row.status if isinstance(row.status, InterviewStatus) else InterviewStatus.NOT_ASKED,
        requested_on=parse_day(row.requested_on),
        follow_up_on=parse_day(row.follow_up_on),
        scheduled_day=_local_day(row.scheduled_start),
        thank_you_due=parse_day(row.thank_you_due),
        thank_you_sent_on=parse_day(row.thank_you_sent_on),
    )


def _local_day(stamp: str | None) -> date | None:
    """The day of a stored UTC moment in the computer's time zone."""
    return datetime.fromisoformat(stamp).astimezone().date() if stamp else None


def cell_text(row: ContactRow, kind: Column, today: date, rules: WaitRules = DEFAULT_RULES) -> str:
    """Return what a fixed column (other than the rank) shows for a contact."""
    if kind is Column.SCORE:
        return "" if row.score is None else QLocale().toString(row.score, "f", 1)
    if kind is Column.SOURCE:
        return Source(row.source).label
    if kind is Column.STATUS:
        return row.status.label
    if kind is Column.NEXT_STEP:
        return next_step(_facts(row), today, rules)
    if kind is Column.NAME:
        return row.name or row.email
    if kind is Column.TAGS:
        return ""  # read apart from the row: the model shows ``RowBlocks.tags``
    return str(getattr(row, _ATTRIBUTES[kind]))
