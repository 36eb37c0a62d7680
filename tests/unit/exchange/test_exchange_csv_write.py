"""Contacts to CSV: RFC 4180 shape, the spreadsheet mode and its formula rule."""

from __future__ import annotations

import csv
import io

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Source
from infoview_gui.exchange.csv_write import (
    EXPORT_COLUMNS,
    EXPORT_MAPPING,
    neutralise_cell,
    restore_cell,
    write_contacts_csv,
)
from infoview_gui.exchange.generic_csv import parse_csv
from infoview_gui.exchange.point_cells import POINT_COLUMNS

HEADER = ",".join([*(header for header, _ in EXPORT_COLUMNS), *POINT_COLUMNS])
ADA = ContactData(
    first_name="Ada",
    last_name='Quill "Q"',
    organisation="Fenwick & Sons, LLP",
    phone="+44 20 7946 0000",
    notes="line one\nline two",
    source=Source.FRIEND,
)


def test_raw_csv_shape() -> None:
    text = write_contacts_csv([ADA], raw=True)
    assert text.startswith(HEADER + "\r\n")
    assert text.endswith("\r\n")
    row = text.split("\r\n", 1)[1]
    assert row == (
        'Ada,"Quill ""Q""",,"Fenwick & Sons, LLP",,,+44 20 7946 0000,,friend,,'
        '"line one\nline two",,,other,,,,,\r\n'
    )
    assert list(csv.reader(io.StringIO(text, newline="")))[1][6] == "+44 20 7946 0000"


def test_spreadsheet_mode_has_a_bom_and_neutralised_cells() -> None:
    text = write_contacts_csv([ADA], spreadsheet=True)
    assert text.startswith("\ufeff" + HEADER + "\r\n")
    assert ",'+44 20 7946 0000," in text


def test_cells_are_neutralised_by_default() -> None:
    text = write_contacts_csv([ADA])
    assert text.startswith(HEADER + "\r\n")
    assert ",'+44 20 7946 0000," in text


def test_empty_export_is_just_the_header() -> None:
    assert write_contacts_csv([], spreadsheet=False) == HEADER + "\r\n"


@pytest.mark.parametrize(
    ("cell", "raw", "safe"),
    [
        ("=SUM(A1)", "=SUM(A1)", "'=SUM(A1)"),
        ("+44 1", "+44 1", "'+44 1"),
        ("-5", "-5", "'-5"),
        ("@cmd", "@cmd", "'@cmd"),
        ("\tx", "\tx", "'\tx"),
        ("\rx", "\rx", "'\rx"),
        ("'=x", "''=x", "''=x"),
        ("''+x", "'''+x", "'''+x"),
        ("'plain", "'plain", "'plain"),
        ("a=b", "a=b", "a=b"),
        ("", "", ""),
    ],
)
def test_the_formula_rule_is_undone_by_the_reader(cell: str, raw: str, safe: str) -> None:
    assert neutralise_cell(cell, raw=True) == raw
    assert neutralise_cell(cell) == safe
    assert restore_cell(raw) == cell
    assert restore_cell(safe) == cell


@pytest.mark.parametrize("raw", [False, True])
def test_export_then_import_gives_the_contact_back(raw: bool) -> None:
    tricky = ContactData(first_name="=cmd|' /C calc'!A0", last_name="-x", notes="@SUM(1)\r\n+1")
    text = write_contacts_csv([ADA, tricky], raw=raw)
    result = parse_csv(text.removeprefix("\ufeff"), EXPORT_MAPPING)
    assert [c.contact for c in result.contacts] == [ADA, tricky]
    assert result.rejects == []
