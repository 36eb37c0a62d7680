"""Networking-site exports in the languages the site offers, and mapping by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoview_gui.domain.enums import Source
from infoview_gui.exchange.hand_mapping import parse_hand_mapping
from infoview_gui.exchange.kept import KEPT_HEADING
from infoview_gui.exchange.linkedin import parse_connected_on
from infoview_gui.exchange.reader import NoNameColumnError, csv_headers, read_contacts
from infoview_gui.exchange.records import ImportFileError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
SWEDISH = FIXTURES / "linkedin_sv_unknown.csv"
SWEDISH_HEADER = [
    "Förnamn",
    "Efternamn",
    "URL",
    "E-postadress",
    "Företag",
    "Befattning",
    "Kontakt sedan",
]


@pytest.mark.parametrize(
    ("name", "first", "connected", "second", "second_connected"),
    [
        ("linkedin_de.csv", ("Jürgen", "Weiß", ""), "2024-03-12", "Anna", "2023-10-03"),
        ("linkedin_fr.csv", ("Élodie", "Moreau", "elodie.moreau@example.fr"), "2024-02-05")
        + ("François", "2023-08-17"),
        ("linkedin_es.csv", ("Lucía", "Fernández García", "lucia.fg@example.es"), "2024-05-30")
        + ("Javier", "2023-12-09"),
        ("linkedin_pt.csv", ("João", "Silva", "joao.silva@example.com.br"), "2024-01-14")
        + ("Beatriz", "2023-09-02"),
        ("linkedin_it.csv", ("Giulia", "Romano", "giulia.romano@example.it"), "2023-10-03")
        + ("Marco", "2024-06-21"),
        ("linkedin_nl.csv", ("Sanne", "de Vries", "sanne@example.nl"), "2024-03-21")
        + ("Daan", "2023-05-11"),
    ],
)
def test_a_localised_export_is_read_past_its_preamble(
    name: str,
    first: tuple[str, str, str],
    connected: str,
    second: str,
    second_connected: str,
) -> None:
    result = read_contacts((FIXTURES / name).read_bytes())
    assert result.format == "linkedin"
    assert result.rejects == []
    one, two = result.contacts[:2]
    assert one.line == 5  # after the two-record preamble and a blank line
    contact = one.contact
    assert (contact.first_name, contact.last_name, contact.email) == first
    assert contact.profile_url.startswith("https://www.linkedin.com/in/")
    assert contact.organisation and contact.title
    assert contact.source is Source.NETWORKING_SITE
    assert one.extras["connected_on"] == connected
    assert contact.notes == f"{KEPT_HEADING}\nConnected on: {connected}"
    assert (two.contact.first_name, two.extras["connected_on"]) == (second, second_connected)


def test_the_german_header_of_the_issue_with_a_company_holding_a_comma() -> None:
    result = read_contacts((FIXTURES / "linkedin_de.csv").read_bytes())
    anna = result.contacts[1].contact
    assert (anna.email, anna.organisation) == ("anna.schaefer@example.de", "Müller & Söhne, KG")
    assert result.contacts[2].extras["connected_on"] == "2022-12-01"  # 01.12.2022


@pytest.mark.parametrize(
    ("text", "day_first", "iso"),
    [
        ("30 May 2024", False, "2024-05-30"),
        ("May 30, 2024", False, "2024-05-30"),
        ("1/8/18, 6:14 PM", False, "2018-01-08"),
        ("1/8/18", True, "2018-08-01"),
        ("30. Mai 2024", True, "2024-05-30"),
        ("12 Mär 2024", True, "2024-03-12"),
        ("1er mars 2024", True, "2024-03-01"),
        ("05 déc. 2023", True, "2023-12-05"),
        ("9 de diciembre de 2023", True, "2023-12-09"),
        ("14 de fev. de 2024", True, "2024-02-14"),
        ("3 ott 2023", True, "2023-10-03"),
        ("11 mei 2023", True, "2023-05-11"),
        ("2024-05-30", True, "2024-05-30"),
        ("31 feb 2024", True, ""),
        ("sometime", True, ""),
    ],
)
def test_connection_dates_in_every_language(text: str, day_first: bool, iso: str) -> None:
    assert parse_connected_on(text, day_first=day_first) == iso


def test_an_unknown_language_is_refused_with_its_real_header_line() -> None:
    data = SWEDISH.read_bytes()
    with pytest.raises(NoNameColumnError) as raised:
        read_contacts(data)
    assert raised.value.headers == SWEDISH_HEADER
    # The mapping step is offered the header line, not the "Notes:" preamble.
    assert csv_headers(data) == SWEDISH_HEADER


def test_an_unknown_language_maps_by_hand_past_the_preamble() -> None:
    mapping = parse_hand_mapping(
        "first=Förnamn, last=Efternamn,url=URL,email=e-postadress,org=Företag,title=Befattning"
    )
    result = read_contacts(SWEDISH.read_bytes(), mapping=mapping)
    assert result.format == "csv"
    linnea = result.contacts[0]
    assert linnea.line == 5
    assert (linnea.contact.first_name, linnea.contact.email) == ("Linnea", "linnea.berg@example.se")
    assert linnea.contact.organisation == "Karolinska Sjukhuset"
    assert result.unmapped == ["Kontakt sedan"]
    assert linnea.contact.notes == f"{KEPT_HEADING}\nKontakt sedan: 4 apr 2024"


def test_a_hand_mapping_naming_a_missing_column_lists_the_real_ones() -> None:
    with pytest.raises(ImportFileError, match="no column called “Mail”.*“Förnamn”, “Efternamn”"):
        read_contacts(SWEDISH.read_bytes(), mapping=parse_hand_mapping("first=Mail"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("first", "is not field=Column"),
        ("vorname=Vorname", "no contact field called “vorname”"),
        (" , ", "mapping is empty"),
    ],
)
def test_a_hand_mapping_that_cannot_be_read_says_why(text: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        parse_hand_mapping(text)


def test_a_quoted_header_with_a_comma_and_full_field_names() -> None:
    mapping = parse_hand_mapping('"org=Company, Inc.",first_name=Given,phone=Tel')
    assert mapping == {"Company, Inc.": "organisation", "Given": "first_name", "Tel": "phone"}
