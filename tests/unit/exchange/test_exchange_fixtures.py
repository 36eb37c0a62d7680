"""Each hand-written fixture parses to the expected contacts and rejects, with lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.domain.enums import Source
from infoview_gui.domain.text import url_key
from infoview_gui.exchange.reader import read_contacts, sniff_format
from infoview_gui.exchange.records import (
    EMPTY_ROW_REASON,
    UNCLOSED_QUOTE_REASON,
    ImportFileError,
    ParseResult,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
NEEDS_NAME = "A contact needs a name or an email address."
EMAIL = PointKind.EMAIL


def read(name: str) -> ParseResult:
    return read_contacts((FIXTURES / name).read_bytes())


def names(result: ParseResult) -> list[tuple[int, str, str]]:
    return [(c.line, c.contact.first_name, c.contact.last_name) for c in result.contacts]


def rejects(result: ParseResult) -> list[tuple[int, str]]:
    return [(r.line, r.reason) for r in result.rejects]


def test_linkedin_with_preamble() -> None:
    result = read("linkedin_new_with_preamble.csv")
    assert result.format == "linkedin"
    assert names(result) == [
        (5, "Ada", "Quillfeather"),
        (6, "Bartholomew", "Okonkwo-Reyes"),
        (8, "Chloé", "Martín 🌻"),
        (9, 'Dmitri "Dima"', "Volkov"),
        (10, "Dmitri", "Volkov"),
        (11, "Elif", "Tabbed Name"),
        (12, "Farah", ""),
    ]
    assert rejects(result) == [
        (7, EMPTY_ROW_REASON),
        (13, NEEDS_NAME),
        (14, "The profile address must start with http:// or https://."),
        (15, EMPTY_ROW_REASON),
    ]
    ada, bart, chloe, dima, dmitri, elif_, _farah = (c.contact for c in result.contacts)
    assert all(c.contact.source is Source.NETWORKING_SITE for c in result.contacts)
    assert ada.title == "Data Analyst"
    assert ada.organisation == "Brightwater Analytics"
    assert ada.email == ""
    assert bart.organisation == "Fenwick & Sons, LLP"
    assert bart.email == "bart.or@example.org"
    assert chloe.title == "Designer ✏️"
    assert elif_.title == "Engineer"
    # Kept as given; the same person by url_key (case and trailing slash ignored).
    assert dima.profile_url == "https://www.linkedin.com/in/DVolkov/"
    assert url_key(dima.profile_url) == url_key(dmitri.profile_url)
    assert result.contacts[0].extras == {
        "connected_on": "2024-05-30",
        "connected_on_text": "30 May 2024",
    }


def test_linkedin_old_layout_without_url() -> None:
    result = read("linkedin_old_no_url.csv")
    assert result.format == "linkedin"
    assert names(result) == [
        (2, "Hugo", "Brandt"),
        (3, "Ines", "Carvalho 🚀"),
        (5, 'Jun "JJ"', "Park"),
    ]
    assert rejects(result) == [
        (4, EMPTY_ROW_REASON),
        (6, "“not-an-email” does not look like an email address (name@example.org)."),
    ]
    hugo, ines, _jun = result.contacts
    assert hugo.contact.email == "hugo.brandt@example.com"
    assert hugo.contact.profile_url == ""
    assert hugo.extras["connected_on"] == "2018-01-08"
    assert hugo.extras["connected_on_text"] == "1/8/18, 6:14 PM"
    assert ines.contact.organisation == "Carvalho, Lda"
    assert ines.extras["connected_on"] == "2017-12-31"


def test_google_current_layout() -> None:
    result = read("google_current.csv")
    assert result.format == "google"
    assert [c.line for c in result.contacts] == [2, 4, 5, 6]
    hana, lars, anon, maya = (c.contact for c in result.contacts)
    assert (hana.first_name, hana.last_name) == ("Hana", "Sato")
    assert hana.email == "hana.sato@example.com"
    assert hana.phone == "+81 90 0000 0000"
    assert hana.location == "Tokyo, Japan"
    assert hana.title == "Product Manager"
    assert hana.profile_url == "https://www.linkedin.com/in/hana-sato-example"
    assert hana.notes == 'Met at the career fair.\nAsked about "product" roles, follow up in May.'
    # Her labels are tags; Google's own "myContacts" is not one.
    assert hana.tags == ("Alumni",)
    # Every email and phone is kept with the label the file gives it.
    assert (hana.email_label, hana.phone_label) == (PointLabel.WORK, PointLabel.MOBILE)
    assert hana.other_points == (ContactPoint(EMAIL, "hana.home@example.net", PointLabel.HOME),)
    assert hana.source is Source.OTHER
    assert result.contacts[0].extras == {
        "labels": "myContacts ::: Alumni",
        "other_emails": "hana.home@example.net",
    }
    # ":::" cells: the value marked "* " is the primary one.
    assert lars.email == "lars@fjord.example"
    assert lars.phone == "+47 111 11 111"
    assert lars.organisation == "Fjord Bank"
    assert lars.location == "Bergen, Vestland, Norway"
    assert result.contacts[1].extras["middle_name"] == "Erik"
    assert result.contacts[1].extras["other_emails"] == "lars@old.example"
    assert lars.other_points == (
        ContactPoint(EMAIL, "lars@old.example", PointLabel.WORK),
        ContactPoint(PointKind.PHONE, "+47 000 00 000", PointLabel.WORK),
    )
    assert lars.notes == "From the imported file:\nMiddle name: Erik"
    assert (anon.first_name, anon.email) == ("", "anon.sender@example.org")
    # A third e-mail group with the second one empty; a website that is not a URL.
    assert maya.email == "maya@example.ie"
    assert result.contacts[3].extras["other_emails"] == "maya.home@example.ie"
    assert maya.profile_url == ""
    assert maya.notes == (
        'First line\nSecond line, with a comma\n"Quoted" third line\n\n'
        "From the imported file:\nWeb address (other): www.example.ie/maya"
    )
    assert maya.other_points == (ContactPoint(EMAIL, "maya.home@example.ie", PointLabel.HOME),)
    assert rejects(result) == [
        (9, EMPTY_ROW_REASON),
        (10, "“nils at example” does not look like an email address (name@example.org)."),
    ]


def test_google_old_layout_in_utf16() -> None:
    data = (FIXTURES / "google_old_utf16.csv").read_bytes()
    assert data.startswith(b"\xff\xfe")
    result = read_contacts(data)
    assert result.format == "google"
    assert names(result) == [
        (2, "Ingrid", "Bergsson"),
        (3, "Olu", "Adeyemi"),
        (4, "Piotr", "Kowalski"),
    ]
    ingrid = result.contacts[0]
    assert ingrid.contact.email == "ingrid@example.is"
    assert ingrid.contact.organisation == "Geysir Energy"
    assert ingrid.contact.title == "Geologist"
    assert ingrid.contact.location == "Reykjavík"
    assert ingrid.extras == {
        "labels": "My Contacts ::: Mentors",
        "other_emails": "ingrid.b@example.com",
    }
    assert rejects(result) == [(5, EMPTY_ROW_REASON)]


def test_semicolons_in_cp1252() -> None:
    result = read("semicolon_cp1252.csv")
    assert result.format == "csv"
    assert names(result) == [(2, "Zoë", "Ångström"), (3, "René", "Lefèvre")]
    zoe, rene = (c.contact for c in result.contacts)
    assert zoe.organisation == "Café Société"
    assert zoe.title == "Barista – lead"
    assert zoe.location == "Malmö"
    assert zoe.phone == "+46 70 000 00 00"
    assert zoe.notes == "Likes “quotes” and costs in €"
    assert rene.organisation == "Bœuf & Cie"
    assert rene.notes == "Two; values"
    assert rejects(result) == [(4, EMPTY_ROW_REASON)]


def test_renamed_workbook_is_refused_with_advice() -> None:
    with pytest.raises(ImportFileError, match="spreadsheet workbook: save it as CSV first"):
        read("renamed_workbook.csv")
    for fmt in ("linkedin", "google", "vcard", "csv"):
        with pytest.raises(ImportFileError, match="spreadsheet workbook"):
            read_contacts((FIXTURES / "renamed_workbook.csv").read_bytes(), format=fmt)


def test_unclosed_quote_is_reported_at_its_line() -> None:
    result = read("unclosed_quote.csv")
    assert names(result) == [(2, "Ann", "Lee"), (3, "Ben", "Ray")]
    assert result.contacts[1].contact.notes == "two\nlines, closed"
    assert rejects(result) == [(5, UNCLOSED_QUOTE_REASON)]
    assert str(result.rejects[0]).startswith("Line 5: A quote opened on this line is never closed")


def test_vcard_21_quoted_printable() -> None:
    result = read("vcard21_qp.vcf")
    assert result.format == "vcard"
    assert names(result) == [(1, "Jürgen", "Müller"), (32, "Lucía", "García")]
    jurgen, lucia = (c.contact for c in result.contacts)
    assert jurgen.organisation == "Nordlicht GmbH"
    assert jurgen.title == "Ingenieur"
    assert jurgen.email == "j.mueller@example.de"  # EMAIL;INTERNET;PREF
    assert jurgen.phone == "+49 170 0000000"  # TEL;CELL;PREF
    assert jurgen.location == "Berlin, Germany"
    # =0D=0A is a line break; "=" at a line end is a soft break.
    assert jurgen.notes == (
        "Erste Zeile\nZweite Zeile mit einem längeren Text, der umgebrochen wird.\n\n"
        "From the imported file:\nAddress (home): Hauptstr. 1, Berlin, 10115, Germany"
    )
    assert jurgen.other_points == (
        ContactPoint(EMAIL, "juergen@example.de"),
        ContactPoint(PointKind.PHONE, "+49 30 0000000", PointLabel.WORK),
    )
    assert result.contacts[0].extras == {"other_emails": "juergen@example.de"}
    assert [(p.kind, p.value, p.label) for p in jurgen.points] == [
        (PointKind.EMAIL, "j.mueller@example.de", PointLabel.OTHER),
        (PointKind.EMAIL, "juergen@example.de", PointLabel.OTHER),
        (PointKind.PHONE, "+49 170 0000000", PointLabel.MOBILE),
        (PointKind.PHONE, "+49 30 0000000", PointLabel.WORK),
    ]
    assert lucia.phone == "555 0100"
    assert rejects(result) == [(37, NEEDS_NAME)]


def test_vcard_30_grouped_escaped_and_photo_url() -> None:
    result = read("vcard30.vcf")
    assert names(result) == [(1, "Siobhán", "O'Brien"), (20, "Tomasz", "Wiśniewski")]
    siobhan = result.contacts[0].contact
    assert siobhan.organisation == "Harbour & Co."
    assert siobhan.title == "Counsel, Privacy"
    assert siobhan.email == "siobhan@example.ie"  # item2.EMAIL;type=pref
    assert siobhan.profile_url == "https://www.linkedin.com/in/siobhan-obrien-example"
    assert siobhan.phone == "+353 87 000 0000"
    assert siobhan.location == "Galway, Connacht, Ireland"
    assert siobhan.notes == (
        "Line one\nLine two, with comma; and semicolon \\ backslash\n\n"
        "From the imported file:\nSocial profile: x-example:siobhan\n"
        "Address (work): 1 Quay St, Galway, Connacht, H91 XXXX, Ireland"
    )
    # item1.EMAIL, labelled by item1.X-ABLabel, is stored beside the preferred one.
    assert siobhan.other_points == (ContactPoint(EMAIL, "siobhan.other@example.ie"),)
    assert result.unmapped == ["Address", "Social profile"]
    assert result.contacts[0].extras == {
        "other_emails": "siobhan.other@example.ie",
        "labels": "Mentors ::: Law",
    }
    assert siobhan.phone_label is PointLabel.MOBILE
    assert result.contacts[1].contact.email == "tomasz@example.pl"
    # FN equal to ORG with an empty N is an organisation's card, not a person's name.
    assert rejects(result) == [(26, NEEDS_NAME)]


def test_vcard_40_folded_inside_a_character() -> None:
    data = (FIXTURES / "vcard40_folded.vcf").read_bytes()
    result = read_contacts(data)
    assert names(result) == [(1, "花子", "山田")]
    hanako = result.contacts[0].contact
    assert hanako.notes == (
        "会議のメモ：キャリアについて質問する。紹介してくれた人にお礼を書く。来月もう一度連絡する。"
        "\n\nFrom the imported file:\n"
        "Address (home): 1-2-3 Shibuya, Shibuya-ku, Tokyo, 150-0000, Japan"
    )
    assert hanako.other_points == (
        ContactPoint(EMAIL, "hanako.work@example.jp", PointLabel.WORK),
        ContactPoint(PointKind.WEB, "https://example.jp/hanako"),
    )
    assert hanako.title == "エンジニア 🚀"
    assert hanako.organisation == "株式会社サンプル"
    assert hanako.email == "hanako@example.jp"  # PREF=1
    assert hanako.phone == "+81-90-0000-0000"  # tel: URI
    assert hanako.profile_url == "https://www.linkedin.com/in/hanako-yamada-example"
    assert hanako.location == "Shibuya-ku, Tokyo, Japan"
    last_begin = data.split(b"\r\n").index(b"BEGIN:VCARD", 1) + 1
    assert rejects(result) == [
        (last_begin, "This card has no END:VCARD line: the file may be cut short.")
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("linkedin_new_with_preamble.csv", "linkedin"),
        ("linkedin_old_no_url.csv", "linkedin"),
        ("google_current.csv", "google"),
        ("google_old_utf16.csv", "google"),
        ("semicolon_cp1252.csv", "csv"),
        ("unclosed_quote.csv", "csv"),
        ("vcard21_qp.vcf", "vcard"),
        ("vcard30.vcf", "vcard"),
        ("vcard40_folded.vcf", "vcard"),
    ],
)
def test_formats_are_told_from_content(name: str, expected: str) -> None:
    assert sniff_format((FIXTURES / name).read_bytes()) == expected
