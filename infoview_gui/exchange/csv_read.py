"""CSV reading on top of the standard ``csv`` module that knows where each record starts.

The standard reader, given a quote that is never closed, silently puts the whole rest of
the file into one field. Here the lines are fed one by one, followed by a sentinel line
that no file holds: when the sentinel ends up inside a field, a quote was left open, and
the records before it are returned together with a :class:`Reject` naming the line where
that quote opened.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from infoview_gui.domain.i18n import N_, _
from infoview_gui.exchange.records import (
    MAX_ROWS,
    UNCLOSED_QUOTE_REASON,
    Reject,
    too_many_rows,
)

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_BREAK = re.compile(r"\r\n|\r|\n")
_SENTINEL = "\x00\ufdd0 InfoView end of file \ufdd1\x00\n"
# Records before the header (a preamble) are allowed on top of the row limit.
_SLACK = 20
_TOO_LONG = N_("A value in this row is too long to read.")


@dataclass(frozen=True)
class CsvRecord:
    """One record of a CSV file and the 1-based line where it starts."""

    line: int
    cells: list[str]


@dataclass(frozen=True)
class CsvRead:
    """The records read, the records that could not be read, and whether reading stopped.

    Attributes:
        records: every record read, in order.
        rejects: records that could not be read (at most one ends the reading).
        stopped: True when an unclosed quote ended the reading; its reject is last.
    """

    records: list[CsvRecord]
    rejects: list[Reject] = field(default_factory=list)
    stopped: bool = False


def read_records(text: str, delimiter: str = ",") -> CsvRead:
    """Read every record of ``text``; blank lines are skipped.

    A record with a value too long for the ``csv`` module is returned as a reject and
    reading goes on after it; an unclosed quote ends the reading.

    Raises:
        ImportFileError: when the file has more than ``MAX_ROWS`` records.
    """
    lines = _LINE.findall(text)
    records: list[CsvRecord] = []
    rejects: list[Reject] = []
    done = 0
    while True:
        failed = _read_from(lines, done, delimiter, records)
        if failed is None:
            return CsvRead(records, rejects)
        rest = "".join(lines[failed:])
        end = _record_end(rest, delimiter)
        if isinstance(end, Reject):
            rejects.append(Reject(failed + end.line, end.reason))
            return CsvRead(records, rejects, stopped=True)
        rejects.append(Reject(failed + 1, _(_TOO_LONG)))
        done = len(lines) if end >= len(rest) else failed + len(_BREAK.findall(rest, 0, end))


def _read_from(lines: list[str], done: int, delimiter: str, records: list[CsvRecord]) -> int | None:
    """Append the records after the first ``done`` lines; return where reading failed.

    Returns:
        None at the end of the text, else the number of lines before the record that
        could not be read (a value past ``csv.field_size_limit()``, or an open quote).
    """
    reader = csv.reader(_feed(lines, done), delimiter=delimiter, quotechar='"', strict=False)
    consumed = done
    while True:
        start = consumed
        try:
            cells = next(reader)
        except StopIteration:
            return None
        except csv.Error:
            return start
        consumed = done + reader.line_num
        if cells and cells[-1].endswith(_SENTINEL):
            return start
        if consumed > len(lines) or not cells:
            continue
        records.append(CsvRecord(start + 1, cells))
        if len(records) > MAX_ROWS + _SLACK:
            raise too_many_rows(MAX_ROWS)


def _feed(lines: list[str], done: int) -> Iterator[str]:
    """Yield the lines after the first ``done``, then the sentinel."""
    yield from itertools.islice(lines, done, None)
    yield _SENTINEL


def _record_end(text: str, delimiter: str) -> int | Reject:
    """Return where the record at the start of ``text`` ends, as ``csv`` reads it.

    A quote opens a quoted field only at the start of a field; two quotes inside one are
    an escaped quote; after the closing quote, the field runs on to the next delimiter
    or line end, where quotes are plain characters.

    Returns:
        The offset just after the record's line end, or a reject whose ``line`` counts
        from 1 at the start of ``text``, for a quote that is never closed.
    """
    stop = re.compile(f"[{re.escape(delimiter)}\r\n]")
    position = 0
    while position < len(text):
        if text[position] == '"':
            closing = _closing_quote(text, position + 1)
            if closing < 0:
                line = 1 + len(_BREAK.findall(text, 0, position))
                return Reject(line, _(UNCLOSED_QUOTE_REASON))
            position = closing + 1
        found = stop.search(text, position)
        if found is None:
            return len(text)
        position = found.end()
        if found.group() == "\r" and text.startswith("\n", position):
            position += 1
        if found.group() != delimiter:
            return position
    return position


def _closing_quote(text: str, position: int) -> int:
    """Return the offset of the quote closing a quoted field, or -1."""
    while True:
        found = text.find('"', position)
        if found < 0 or text[found + 1 : found + 2] != '"':
            return found
        position = found + 2
