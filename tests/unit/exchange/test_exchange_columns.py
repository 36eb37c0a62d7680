"""Every column of an address book has a home or is reported; nothing vanishes.

Outlook, Outlook.com, Thunderbird, Apple/iCloud vCard and any CSV: every email, phone
and web address is kept with its label, places of work and home are both kept, and a
column with no field (Birthday, Spouse) is listed and its values go into the notes.
"""

from __future__ import annotations

from pathlib import Path

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.exchange.kept import KEPT_HEADING
from infoview_gui.exchange.reader import read_contacts
from infoview_gui.exchange.records import ParseResult

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
EMAIL, PHONE, WEB = PointKind.EMAIL, PointKind.PHONE, PointKind.WEB
WORK, HOME, MOBILE, OTHER = PointLabel.WORK, PointLabel.HOME, PointLabel.MOBILE, PointLabel.OTHER


def read(name: str) -> ParseResult:
    return read_contacts((FIXTURES / name).read_bytes())


def kept(contact: ContactData) -> list[str]:
    """Return the lines under the notes' heading of values kept from the file."""
    _, heading, rest = contact.notes.partition(KEPT_HEADING + "\n")
    return rest.splitlines() if heading else []


def test_outlook_second_email_business_phone_and_city_are_kept() -> None:
    result = read("outlook_contacts.csv")
    assert result.format == "csv"
    priya, tom, mei = (item.contact for item in result.contacts)
    # Her only email is in "E-mail 2 Address".
    assert priya.email == "priya.raman@example.org"
    assert (priya.phone, priya.phone_label) == ("+44 20 7946 0958", WORK)
    assert priya.other_points == (ContactPoint(PHONE, "+44 20 7946 0001", HOME),)
    assert priya.location == "Leeds, West Yorkshire, United Kingdom"
    assert priya.profile_url == "https://www.linkedin.com/in/priya-raman-example"
    assert priya.notes.startswith("Met at the hospital open day.\n\n")
    assert kept(priya) == [
        "Home City: York",
        "Home Country: United Kingdom",
        "Title: Dr.",
        "Initials: P.R.",
        "Birthday: 4/12/1988",
        "Spouse: Arjun",
        "Department: Paediatrics",
    ]
    # Outlook's Categories are her tags, not notes.
    assert priya.tags == ("Mentors",)
    assert tom.email == "tom.okafor@example.com"
    assert (tom.phone, tom.phone_label) == ("+44 7700 900123", MOBILE)
    assert tom.other_points == (
        ContactPoint(EMAIL, "t.okafor@example.net"),
        ContactPoint(PHONE, "+44 113 496 0000", WORK),
    )
    assert kept(tom) == ["Home Street: 12 Elm Road", "Home Postal Code: BS1 4DJ"]
    # Outlook's "nothing" values (0/0/00, Unspecified, Normal, False) are not kept.
    assert "Gender" not in result.unmapped and "Sensitivity" not in result.unmapped
    assert result.unmapped == [
        "Title",
        "Initials",
        "Birthday",
        "Home Street",
        "Home Postal Code",
        "Spouse",
        "Business Fax",
        "Department",
    ]
    assert result.rejects == []


def test_a_row_whose_first_email_is_not_valid_keeps_its_valid_second_email() -> None:
    result = read("outlook_contacts.csv")
    mei = result.contacts[2]
    assert (mei.line, mei.contact.name, mei.contact.email) == (5, "Mei Lin", "mei.lin@example.cn")
    assert mei.contact.other_points == ()
    assert kept(mei.contact) == ["Email (other): not an address", "Business Fax: +86 10 0000 0000"]
    assert [(r.line, r.reason) for r in result.notices] == [
        (
            5,
            "Email not imported: “not an address” does not look like an email address "
            "(name@example.org).",
        )
    ]


def test_a_row_whose_only_email_is_not_valid_is_still_rejected() -> None:
    data = b"First Name,E-mail Address,E-mail 2 Address\nMei,not an address,also@not@valid\n"
    result = read_contacts(data)
    assert [(r.line, r.reason) for r in result.rejects] == [
        (2, "“not an address” does not look like an email address (name@example.org).")
    ]
    assert result.contacts == []


def test_a_phone_that_is_not_valid_gives_way_to_a_valid_one() -> None:
    long_number = "+44 " + "1" * 60
    data = f"Name,Phone,Mobile\nAna Ruiz,{long_number},+44 7700 900555\n".encode()
    result = read_contacts(
        data, format="csv", mapping={"Name": "full_name", "Phone": "phone", "Mobile": "phone"}
    )
    (ana,) = result.contacts
    assert (ana.contact.phone, ana.contact.other_points) == ("+44 7700 900555", ())
    assert [r.line for r in result.notices] == [2]
    assert result.notices[0].reason.startswith("Phone not imported: ")


def test_outlook_com_layout_keeps_second_email_phones_and_personal_web_page() -> None:
    result = read("outlook_com_contacts.csv")
    sofia, ben = (item.contact for item in result.contacts)
    assert sofia.email == "sofia.m@example.es"
    assert (sofia.phone, sofia.phone_label) == ("+34 600 000 000", MOBILE)
    assert sofia.other_points == (ContactPoint(PHONE, "+34 91 000 0000", WORK),)
    assert sofia.profile_url == "https://sofia.example.es"
    assert sofia.location == "Madrid, Spain"
    assert kept(sofia) == [
        "Nickname: Sofi",
        "Schools: Universidad de Salamanca",
        "Birthday: 1990-07-02",
    ]
    # A web page without https:// cannot be a link: it is kept in the notes instead.
    assert (ben.phone, ben.location, ben.profile_url) == (
        "555-0199",
        "Austin, TX, United States",
        "",
    )
    assert kept(ben) == ["Web address (other): www.benadler.example"]
    assert result.unmapped == ["Nickname", "Schools", "Birthday"]


def test_thunderbird_secondary_email_work_phone_web_page_and_work_city() -> None:
    result = read("thunderbird_contacts.csv")
    anja, omar = (item.contact for item in result.contacts)
    assert anja.email == "anja.keller@example.de"  # Secondary Email only
    assert (anja.phone, anja.phone_label) == ("+49 89 0000 000", WORK)
    assert anja.profile_url == "https://www.linkedin.com/in/anja-keller-example"
    assert anja.location == "München, Germany"
    assert kept(anja) == ["Birth Year: 1985", "Birth Month: 03", "Birth Day: 14"]
    assert (omar.first_name, omar.last_name) == ("Omar", "Haddad")  # Display Name split
    assert omar.email == "omar@example.jo"
    assert omar.profile_url == "https://omar.example.jo"  # Web Page 2
    assert set(omar.other_points) == {
        ContactPoint(EMAIL, "omar.h@example.com"),
        ContactPoint(PHONE, "+962 6 000 0000", HOME),
    }
    assert kept(omar) == ["Custom 1: Met via Anja"]
    assert result.unmapped == ["Birth Year", "Birth Month", "Birth Day", "Custom 1"]


def test_apple_vcard_keeps_every_email_phone_and_link_with_its_label() -> None:
    result = read("apple_icloud.vcf")
    chidi, akua = (item.contact for item in result.contacts)
    assert (chidi.email, chidi.email_label) == ("chidi@example.ng", WORK)
    assert (chidi.phone, chidi.phone_label) == ("+234 803 000 0000", MOBILE)
    assert chidi.profile_url == "https://www.linkedin.com/in/chidi-okoye-example"
    assert chidi.other_points == (
        ContactPoint(EMAIL, "chidi.home@example.com", HOME),
        ContactPoint(EMAIL, "chidi.research@example.org", OTHER),
        ContactPoint(PHONE, "+234 1 000 0000", WORK),
        ContactPoint(PHONE, "+44 20 7946 0000", HOME),
        ContactPoint(WEB, "https://chidi.example.ng", OTHER),
    )
    assert kept(chidi) == [
        "Birthday: 1982-11-05",
        "Nickname: Chi",
        "Related person (Spouse): Ada Okoye",
        "Address (work): 1 Marina Rd, Lagos, Lagos, 101001, Nigeria",
    ]
    assert (akua.email, akua.email_label) == ("akua@example.gh", HOME)
    assert akua.other_points == (ContactPoint(EMAIL, "akua.mensah@example.org", WORK),)
    assert result.unmapped == ["Address", "Birthday", "Nickname", "Related person"]


def test_a_column_with_no_field_is_listed_and_kept_in_the_notes() -> None:
    result = read("generic_birthday_spouse.csv")
    lena, rui = (item.contact for item in result.contacts)
    assert result.unmapped == ["Birthday", "Spouse"]
    assert lena.notes == (f"Coffee in June.\n\n{KEPT_HEADING}\nBirthday: 1991-09-09\nSpouse: Karl")
    assert rui.notes == ""  # nothing to keep: no heading


def test_our_own_export_keeps_no_notes_heading() -> None:
    text = (
        "First name,Last name,Email,Phone,Notes,Career field,Rank\n"
        "Ada,Quill,ada@example.org,+1 555 0100,hello,Nursing,1\n"
    )
    result = read_contacts(text.encode())
    assert result.unmapped == []
    assert result.contacts[0].contact.notes == "hello"
