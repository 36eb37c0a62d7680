"""CSV records with their physical line numbers, unclosed quotes, limits and shapes."""

from __future__ import annotations

import pytest

from infoview_gui.exchange import csv_read
from infoview_gui.exchange.csv_read import read_records
from infoview_gui.exchange.generic_csv import parse_csv
from infoview_gui.exchange.records import UNCLOSED_QUOTE_REASON, ImportFileError, Reject


def lines_and_cells(text: str, delimiter: str = ",") -> list[tuple[int, list[str]]]:
    return [(r.line, r.cells) for r in read_records(text, delimiter).records]


def test_records_know_the_line_where_they_start() -> None:
    text = 'a,b\r\n\r\n1,"two\r\nlines"\r\n3,"x\ry"\r4,z\n5,"\n\n"\n6,last'
    assert lines_and_cells(text) == [
        (1, ["a", "b"]),
        (3, ["1", "two\r\nlines"]),
        (5, ["3", "x\ry"]),
        (7, ["4", "z"]),
        (8, ["5", "\n\n"]),
        (11, ["6", "last"]),
    ]


def test_doubled_quotes_and_text_after_a_closing_quote() -> None:
    assert lines_and_cells('"Bob ""B""",x\n"a"b,c\n') == [
        (1, ['Bob "B"', "x"]),
        (2, ["ab", "c"]),
    ]


def test_unclosed_quote_stops_reading_at_its_line() -> None:
    text = 'a,b\n1,2\n3,"ok\nstill ok"\n4,x "not a quote\n5,"never closed\n6,7\n8,9\n'
    read = read_records(text)
    assert [r.line for r in read.records] == [1, 2, 3, 5]
    assert read.records[3].cells == ["4", 'x "not a quote']
    assert read.stopped
    assert read.rejects == [Reject(6, UNCLOSED_QUOTE_REASON)]


def test_unclosed_quote_inside_a_record_that_starts_earlier() -> None:
    text = 'h1,h2,h3\n"first\nspans",two,"three\nnever closed\n'
    read = read_records(text)
    assert [r.line for r in read.records] == [1]
    assert read.rejects == [Reject(3, UNCLOSED_QUOTE_REASON)]


def test_unclosed_quote_in_the_header_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match=r"^Line 1: a quote opened here is never closed"):
        parse_csv('Name,"Email\nA,a@example.org\n', {"Name": "full_name"})


def test_a_value_past_the_csv_module_limit_rejects_its_row_only() -> None:
    big = "x" * 200_000
    text = f'Name,Notes\nA,"{big}\nmore"\nB,b\nC,{big}\nD,d'
    read = read_records(text)
    assert [(r.line, r.cells[0]) for r in read.records] == [(1, "Name"), (4, "B"), (6, "D")]
    assert [r.line for r in read.rejects] == [2, 5]
    assert not read.stopped


def test_a_huge_unclosed_quote_is_still_reported_as_one() -> None:
    text = 'Name,Notes\nA,"' + "x,\n" * 70_000
    read = read_records(text)
    assert read.rejects == [Reject(2, UNCLOSED_QUOTE_REASON)]


def test_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_read, "MAX_ROWS", 5)
    # A few records more are allowed for a preamble before the header.
    read_records("h\n" + "x\n" * 24)
    with pytest.raises(ImportFileError, match="more than 5 rows"):
        read_records("h\n" + "x\n" * 25)


def test_rows_with_extra_values_or_long_values_are_rejected() -> None:
    mapping = {"Name": "full_name", "Email": "email", "Notes": "notes"}
    long_notes = "n" * 10_001
    text = (
        "Name,Email,Notes\n"
        "Smith, John,john@example.org,x\n"
        "Ann Lee,ann@example.org,,,\n"
        f"{'y' * 10_001},long@example.org,\n"
        f"Notes Ok,notes@example.org,{long_notes}\n"
        "Short,short@example.org\n"
    )
    result = parse_csv(text, mapping)
    assert [(c.line, c.contact.first_name) for c in result.contacts] == [
        (3, "Ann"),
        (5, "Notes"),
        (6, "Short"),
    ]
    assert result.contacts[1].contact.notes == long_notes
    assert [(r.line, r.reason) for r in result.rejects] == [
        (
            2,
            "The row has 4 values but the header has 3 columns; "
            "a value holding the delimiter may have lost its quotes.",
        ),
        (4, "The value in column “Name” is longer than 10,000 characters."),
    ]


def test_rejects_come_in_line_order() -> None:
    big = "x" * 200_000
    result = parse_csv(f"Name\n,\nA,{big}\n\nB\n", {"Name": "full_name"})
    assert [r.line for r in result.rejects] == [2, 3]
    assert [c.line for c in result.contacts] == [5]
