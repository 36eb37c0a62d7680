"""Any CSV through a column mapping: guessing, full names, sources, formats by content."""

from __future__ import annotations

import pytest

from infoview_gui.domain.enums import Source
from infoview_gui.exchange.column_guess import guess_mapping
from infoview_gui.exchange.csv_write import EXPORT_COLUMNS, EXPORT_MAPPING
from infoview_gui.exchange.formats import detect_format
from infoview_gui.exchange.generic_csv import FIELD_LABELS, parse_csv
from infoview_gui.exchange.reader import csv_headers, read_contacts
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.exchange.tabular import split_full_name


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-mail", "email"),
        ("Email Address", "email"),
        ("Mail", "email"),
        ("e_mail", "email"),
        ("Work Email", "email"),
        ("Company", "organisation"),
        ("Organisation", "organisation"),
        ("Organization", "organisation"),
        ("Job title", "title"),
        ("Position", "title"),
        ("Given name", "first_name"),
        ("First Name", "first_name"),
        ("Surname", "last_name"),
        ("Family name", "last_name"),
        ("Full name", "full_name"),
        ("Name", "full_name"),
        ("City", "location"),
        ("Location", "location"),
        ("LinkedIn", "profile_url"),
        ("LinkedIn Profile URL", "profile_url"),
        ("Profile", "profile_url"),
        ("Phone", "phone"),
        ("Mobile", "phone"),
        ("Mobile phone (work)", "phone"),
        ("Notes", "notes"),
        ("Comments", "notes"),
        ("Introduced by", "introduced_by_text"),
        ("Source", "source"),
    ],
)
def test_guess_mapping_knows_common_headers(header: str, field: str) -> None:
    assert guess_mapping([header]) == {header: field}
    assert field in FIELD_LABELS


def test_guess_mapping_prefers_the_better_column_and_ignores_others() -> None:
    headers = ["Title", "Job Title", "E-mail 1 - Type", "E-mail 1 - Value", "Birthday", "Name"]
    assert guess_mapping(headers) == {
        "Job Title": "title",
        "E-mail 1 - Value": "email",
        "Name": "full_name",
    }


def test_guess_mapping_joins_city_region_country_into_location() -> None:
    mapping = guess_mapping(["Name", "City", "State", "Country", "Email"])
    assert [h for h, f in mapping.items() if f == "location"] == ["City", "State", "Country"]
    result = parse_csv("Name,City,State,Country,Email\nAl Bo,Austin,TX,USA,al@example.org\n")
    assert result.contacts[0].contact.location == "Austin, TX, USA"


def test_our_own_header_maps_to_itself() -> None:
    headers = [header for header, _ in EXPORT_COLUMNS]
    assert guess_mapping(headers) == EXPORT_MAPPING


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Ada Quill", "Ada", "Quill"),
        ("Mary  Ann   van Berg", "Mary Ann van", "Berg"),
        ("Quill, Ada", "Ada", "Quill"),
        ("John Smith, Jr.", "John", "Smith, Jr."),
        ("Smith, John, PhD", "Smith, John,", "PhD"),
        ("Cher", "Cher", ""),
        ("", "", ""),
    ],
)
def test_split_full_name(full: str, first: str, last: str) -> None:
    assert split_full_name(full) == (first, last)


def test_full_name_is_used_only_without_first_and_last() -> None:
    text = "Name,First,Last,Email\nWhole Name,,,a@example.org\nWhole Name,Given,,b@example.org\n"
    result = parse_csv(text)
    assert [(c.contact.first_name, c.contact.last_name) for c in result.contacts] == [
        ("Whole", "Name"),
        ("Given", ""),
    ]


def test_source_column_reads_values_and_labels() -> None:
    text = "Name,Source\nA B,networking_site\nC D,Alumni programme\nE F,Conference\nG H,\n"
    result = parse_csv(text)
    assert [c.contact.source for c in result.contacts] == [
        Source.NETWORKING_SITE,
        Source.ALUMNI_PROGRAMME,
        Source.OTHER,
        Source.OTHER,
    ]
    assert result.contacts[2].extras == {"source": "Conference"}


def test_an_explicit_mapping_wins_and_unknown_fields_are_a_program_error() -> None:
    text = "Col A,Col B\nAda,ada@example.org\n"
    result = parse_csv(text, {"Col A": "first_name", "Col B": "email"})
    assert result.contacts[0].contact.email == "ada@example.org"
    with pytest.raises(ValueError, match="no such contact field"):
        parse_csv(text, {"Col A": "shoe_size"})


def test_read_contacts_refuses_a_csv_without_name_or_email_columns() -> None:
    data = b"Foo,Bar\n1,2\n"
    with pytest.raises(ImportFileError, match="choose the columns by hand"):
        read_contacts(data)
    assert csv_headers(data) == ["Foo", "Bar"]
    result = read_contacts(data, format="csv", mapping={"Foo": "full_name"})
    assert result.contacts[0].contact.first_name == "1"


def test_formula_apostrophes_are_removed_on_import() -> None:
    text = "Name,Phone,Notes\nA B,'+44 20 7946 0000,'=1+1\nC D,'plain,''@x\n"
    result = parse_csv(text)
    first, second = (c.contact for c in result.contacts)
    assert (first.phone, first.notes) == ("+44 20 7946 0000", "=1+1")
    assert (second.phone, second.notes) == ("'plain", "'@x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEGIN:VCARD\r\nVERSION:4.0\r\n", "vcard"),
        ("\ufeff\r\n  begin:vcard\nFN:x\n", "vcard"),
        ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n", "linkedin"),
        ("First Name;Last Name;Email Address;Company;Position;Connected On\n", "linkedin"),
        ('Notes:\n"When exporting, ..."\n\nFirst Name,Last Name,URL,Connected On\n', "linkedin"),
        ("First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n", "google"),
        ("Name,Given Name,Family Name,Group Membership,E-mail 1 - Type\n", "google"),
        ("First Name,Last Name,Email\n", "csv"),
        ("Name,Email,Labels\n", "csv"),
        ("First Name,Organization Name,E-mail 1 - Value\n", "google"),
        ("Connected On\n", "csv"),
        ("", "csv"),
    ],
)
def test_detect_format_from_content(text: str, expected: str) -> None:
    assert detect_format(text) == expected


def test_forcing_the_wrong_format_is_a_clear_error() -> None:
    data = b"Name,Email\nA B,a@example.org\n"
    with pytest.raises(ImportFileError, match="networking-site connections export"):
        read_contacts(data, format="linkedin")
    with pytest.raises(ImportFileError, match="Google Contacts export"):
        read_contacts(data, format="google")
    with pytest.raises(ImportFileError, match="No vCard was found"):
        read_contacts(data, format="vcard")


class CancelledError(Exception):
    pass


def test_progress_is_reported_and_a_parse_can_be_cancelled() -> None:
    rows = "".join(f"P{n},Q,,,,,1 May 2024\n" for n in range(2_500))
    data = f"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n{rows}"
    seen: list[tuple[int, int]] = []
    result = read_contacts(data.encode(), progress=lambda done, total: seen.append((done, total)))
    assert len(result.contacts) == 2_500
    assert seen == [(0, 2_500), (1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]

    def cancel(done: int, total: int) -> None:
        if done:
            raise CancelledError

    with pytest.raises(CancelledError):
        read_contacts(data.encode(), progress=cancel)


def test_vcard_progress_counts_cards() -> None:
    card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nEND:VCARD\r\n"
    seen: list[tuple[int, int]] = []
    read_contacts((card * 1_500).encode(), progress=lambda *pair: seen.append(pair))
    assert seen == [(0, 1_500), (1_000, 1_500), (1_500, 1_500)]
