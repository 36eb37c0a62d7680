"""Tags travel in files: CSV `Tags`, vCard `CATEGORIES`, Google labels, Outlook categories."""

from __future__ import annotations

from pathlib import Path

from infoview_gui.domain.contact import ContactData
from infoview_gui.exchange.csv_write import EXPORT_MAPPING, write_contacts_csv
from infoview_gui.exchange.generic_csv import parse_csv
from infoview_gui.exchange.reader import read_contacts
from infoview_gui.exchange.records import ParseResult
from infoview_gui.exchange.vcard import parse_vcards, write_vcards

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"


def read(name: str) -> ParseResult:
    return read_contacts((FIXTURES / name).read_bytes())


def tags(result: ParseResult) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.contact.first_name, c.contact.tags) for c in result.contacts]


def notices(result: ParseResult) -> list[tuple[int, str]]:
    return [(r.line, r.reason) for r in result.notices]


def test_google_labels_become_tags_without_googles_own_groups() -> None:
    result = read("google_labels.csv")
    assert result.format == "google"
    assert tags(result) == [
        ("Amara", ("Nursing", "Met at the fair")),
        ("Jonas", ("alumni",)),  # "* starred", "* myContacts" dropped; ALUMNI is alumni
        ("Léa", ("Café club",)),
        ("Sam", ()),
        ("Rafael", ("Mentors",)),
    ]
    # A label holding a comma cannot be a tag: it is kept in the notes, with a notice.
    assert notices(result) == [
        (
            6,
            "The tag “Friends, family” is kept in the notes: A tag cannot hold a comma: "
            "a comma separates tags.",
        )
    ]
    assert result.contacts[4].contact.notes == "From the imported file:\nTag: Friends, family"
    # Labels are tags now, not lines in the notes.
    assert "Labels" not in result.contacts[0].contact.notes


def test_older_google_group_membership_becomes_tags() -> None:
    result = read("google_old_utf16.csv")
    assert ("Mentors",) in [c.contact.tags for c in result.contacts]
    assert all("My Contacts" not in c.contact.tags for c in result.contacts)


def test_outlook_categories_are_split_at_semicolons() -> None:
    result = read("outlook_categories.csv")
    assert result.format == "csv"
    assert tags(result) == [
        ("Priya", ("Mentors", "Hospital", "Met at the fair")),
        ("Tom", ("Business",)),
        ("Mei", ()),
    ]
    assert "Categories" not in result.unmapped


def test_vcard_categories_of_3_0_and_4_0_become_tags() -> None:
    result = read("vcard_categories.vcf")
    assert tags(result) == [
        ("Noor", ("Alumni", "Met at the fair", "Nursing", "Back\\slash team")),
        ("Ola", ("Mentors", "Rådgivere")),
        ("Kim", ()),
    ]
    assert [reason for _line, reason in notices(result)] == [
        "The tag “Friends, family” is kept in the notes: A tag cannot hold a comma: "
        "a comma separates tags."
    ]
    assert result.contacts[0].contact.notes.endswith("Tag: Friends, family")


def test_vcard_2_1_quoted_printable_categories_become_tags() -> None:
    result = read("vcard21_categories.vcf")
    assert tags(result) == [("Jürgen", ("Ingenieurübung", "Café club", "Alumni"))]


ADA = ContactData(first_name="Ada", email="ada@example.org", tags=("=SUM(A1)", "met; at fair"))


def test_csv_tags_cell_is_neutralised_and_reads_back() -> None:
    text = write_contacts_csv([ADA])
    assert ',"\'=SUM(A1), met; at fair",' in text
    result = parse_csv(text, EXPORT_MAPPING)
    assert [c.contact.tags for c in result.contacts] == [ADA.tags]


def test_vcard_categories_are_escaped_and_read_back() -> None:
    people = [ContactData(first_name="Bo", tags=("a;b", "back\\slash", "Café"))]
    text = write_vcards(people)
    assert "CATEGORIES:a\\;b,back\\\\slash,Café\r\n" in text
    assert [c.contact for c in parse_vcards(text).contacts] == people


def test_a_contact_without_tags_writes_no_categories() -> None:
    assert "CATEGORIES" not in write_vcards([ContactData(first_name="Bo")])


def test_an_over_long_tag_is_left_out_with_a_notice() -> None:
    text = 'First name,Tags\r\nBo,"ok, ' + "x" * 61 + '"\r\n'
    result = parse_csv(text)
    assert [c.contact.tags for c in result.contacts] == [("ok",)]
    assert [line for line, _ in notices(result)] == [2]
