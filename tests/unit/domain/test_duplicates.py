"""Likely duplicates: shared phones, emails and web addresses, close names at one place."""

from __future__ import annotations

from infoview_gui.domain.duplicates import (
    MAX_BUCKET,
    Candidate,
    find_pairs,
    phone_key,
    region_of,
    same_first_name,
)


def person(
    contact_id: int, first: str, last: str, org: str = "", **points: tuple[str, ...]
) -> Candidate:
    return Candidate(contact_id, first, last, org, **points)


def reasons(pairs: list, first: int, second: int) -> tuple[str, ...]:
    found = {(p.first_id, p.second_id): p.reasons for p in pairs}
    return found.get((first, second), ())


def test_a_national_and_an_international_phone_are_the_same_number() -> None:
    pairs = find_pairs(
        [
            person(1, "Ana", "Lopez", phones=("020 7946 0000",)),
            person(2, "A.", "López-Ruiz", phones=("+44 (0)20 7946 0000",)),
            person(3, "Ben", "Ode", phones=("020 7946 0001",)),
        ],
        region="GB",
    )
    assert reasons(pairs, 1, 2) == ("same phone +44 20 7946 0000",)
    assert len(pairs) == 1


def test_the_region_decides_how_a_local_number_is_read() -> None:
    assert phone_key("(202) 555-0100", "US") == "+12025550100"
    assert phone_key("(202) 555-0100", "GB") != "+12025550100"
    assert phone_key("not a number", "GB") == ""
    assert region_of("+33 1 23 45 67 89", "GB") == "FR"
    assert region_of("", "DE") == "DE"


def test_any_shared_email_or_profile_address_counts_whatever_the_case() -> None:
    pairs = find_pairs(
        [
            person(1, "Jane", "Doe", emails=("jane@work.example", "jd@home.example")),
            person(2, "Jane", "Doe", emails=("JD@Home.example ",)),
            person(3, "J", "Roe", urls=("https://www.linkedin.com/in/jroe/",)),
            person(4, "Jim", "Roe", urls=("HTTPS://www.linkedin.com/in/jroe",)),
        ],
        region="US",
    )
    assert reasons(pairs, 1, 2) == ("same email jd@home.example",)
    assert reasons(pairs, 3, 4) == ("same web address https://www.linkedin.com/in/jroe",)
    assert len(pairs) == 2


def test_nicknames_initials_accents_and_slips_at_one_organisation() -> None:
    pairs = find_pairs(
        [
            person(1, "Bob", "Smith", "Fenwick"),
            person(2, "Robert", "Smith", "fenwick "),
            person(3, "J.", "Doe", "Fenwick"),
            person(4, "Jane", "Doe", "Fenwick"),
            person(5, "José", "Núñez", "Acme"),
            person(6, "Jose", "Nunez", "ACME"),
            person(7, "Jonh", "Park", "Acme"),
            person(8, "John", "Park", "Acme"),
        ],
        region="US",
    )
    assert reasons(pairs, 1, 2) == ("close names at Fenwick",)
    assert reasons(pairs, 3, 4) == ("close names at Fenwick",)
    assert reasons(pairs, 5, 6) == ("close names at Acme",)
    assert reasons(pairs, 7, 8) == ("close names at Acme",)
    assert len(pairs) == 4


def test_different_people_are_not_paired() -> None:
    pairs = find_pairs(
        [
            person(1, "Robert", "Smith", "Fenwick"),
            person(2, "Robert", "Smith", "Acme"),  # same name, another place
            person(3, "Mary", "Smith", "Fenwick"),  # another first name
            person(4, "Robert", "Smithers", "Fenwick"),
            person(5, "", "", "", emails=("",), phones=("",)),
            person(6, "", "", "", emails=("",), phones=("",)),
        ],
        region="US",
    )
    assert pairs == []


def test_several_reasons_are_all_given() -> None:
    pairs = find_pairs(
        [
            person(1, "Bob", "Smith", "Fenwick", phones=("+1 202 555 0100",)),
            person(2, "Robert", "Smith", "Fenwick", phones=("202-555-0100",)),
        ],
        region="US",
    )
    assert reasons(pairs, 1, 2) == ("same phone +1 202-555-0100", "close names at Fenwick")


def test_a_number_shared_by_a_whole_office_pairs_nobody() -> None:
    office = [
        person(i, f"Person{i}", f"Name{i}", phones=("+44 20 7946 0000",))
        for i in range(MAX_BUCKET + 1)
    ]
    assert find_pairs(office, region="GB") == []


def test_first_names() -> None:
    assert same_first_name("bob", "robert")
    assert same_first_name("j.", "jane")
    assert same_first_name("jane marie", "jane")
    assert not same_first_name("j.", "mary")
    assert not same_first_name("", "jane")
    assert not same_first_name("anna", "hannah")


def test_typing_slips_in_a_first_name() -> None:
    assert same_first_name("jonh", "john")  # two letters swapped
    assert same_first_name("micheal", "michael")
    assert same_first_name("katharine", "katherine")  # one letter mistyped
    assert same_first_name("stephanie", "stefanie") is False  # two letters apart
    assert same_first_name("christina", "christna")  # one letter dropped
    assert not same_first_name("mary", "mark")
    assert not same_first_name("ivan", "ivana")
