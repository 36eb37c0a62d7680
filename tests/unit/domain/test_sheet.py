from __future__ import annotations

from datetime import datetime

import pytest

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.sheet import (
    Meeting,
    Paper,
    Professional,
    SheetData,
    Spacing,
    UserDetails,
    default_paper,
    format_clock,
    format_day,
    meeting_time,
    numbered,
    place_label,
    region_of,
    uses_12_hour_clock,
    zone_text,
)


@pytest.mark.parametrize(
    "locale_name",
    ["en_US", "en_US.UTF-8", "es-US", "fr_CA", "en_CA.utf8", "es_MX", "fil_PH", "es_CO@euro"],
)
def test_the_americas_and_the_philippines_print_on_letter(locale_name: str) -> None:
    assert default_paper(locale_name) is Paper.LETTER


@pytest.mark.parametrize(
    "locale_name", ["en_GB", "de_DE.UTF-8", "fr-FR", "en_AU", "ja_JP", "C", "POSIX", "", "en"]
)
def test_everywhere_else_prints_on_a4(locale_name: str) -> None:
    assert default_paper(locale_name) is Paper.A4


def test_the_region_is_found_after_a_script_part() -> None:
    assert region_of("zh_Hant_TW") == "TW"
    assert region_of("sr_Latn_RS.UTF-8") == "RS"
    assert region_of("es_419") == ""


def test_paper_sizes_are_the_real_ones() -> None:
    assert Paper.A4.size_mm == (210.0, 297.0)
    assert Paper.LETTER.size_mm == pytest.approx((215.9, 279.4))
    assert Paper.LETTER.label == "US Letter"


def test_roomy_leaves_more_lines_than_compact() -> None:
    assert Spacing.COMPACT.note_lines == 3
    assert Spacing.ROOMY.note_lines == 7


def test_questions_are_numbered_in_order_and_the_first_n_must_be_asked() -> None:
    questions = numbered(["a", "b", "c", "d"], must_ask=2)
    assert [(q.number, q.text, q.must_ask) for q in questions] == [
        (1, "a", True),
        (2, "b", True),
        (3, "c", False),
        (4, "d", False),
    ]
    assert all(q.must_ask for q in numbered(["a", "b"], must_ask=5))
    assert not any(q.must_ask for q in numbered(["a", "b"], must_ask=0))


def test_the_us_reads_a_12_hour_clock_and_britain_a_24_hour_one() -> None:
    assert uses_12_hour_clock("en_US")
    assert not uses_12_hour_clock("en_GB")
    assert format_clock(datetime(2026, 5, 12, 14, 30), clock_12h=False) == "14:30"
    assert format_clock(datetime(2026, 5, 12, 14, 30), clock_12h=True) == "2:30 pm"
    assert format_clock(datetime(2026, 5, 12, 0, 5), clock_12h=True) == "12:05 am"
    assert format_clock(datetime(2026, 5, 12, 12, 0), clock_12h=True) == "12:00 pm"


def test_the_day_is_written_out() -> None:
    assert format_day(datetime(2026, 5, 12, 9, 0)) == "Tuesday 12 May 2026"


def test_the_meeting_time_shows_its_span_and_zone() -> None:
    meeting = Meeting(datetime(2026, 5, 12, 14, 30), 45, "Europe/London", "BST")
    assert meeting_time(meeting, clock_12h=False) == "14:30 – 15:15 (BST, Europe/London)"
    assert meeting_time(Meeting(), clock_12h=False) == ""


def test_a_numeric_zone_abbreviation_reads_as_an_offset() -> None:
    assert zone_text("Europe/Istanbul", "+03") == "UTC+03, Europe/Istanbul"
    assert zone_text("America/New_York", "EDT") == "EDT, America/New York"
    assert zone_text("UTC", "UTC") == "UTC"


def test_the_place_is_named_for_the_format() -> None:
    assert place_label(MeetingFormat.VIDEO) == "Link"
    assert place_label(MeetingFormat.IN_PERSON) == "Place"
    assert place_label(MeetingFormat.PHONE) == "Phone"
    assert place_label(None) == "Place"


def test_the_title_names_the_person_or_else_the_field() -> None:
    person = SheetData(questions=(), professional=Professional("Ana Ruiz"), field_name="Law")
    assert person.title == "Informational interview with Ana Ruiz"
    assert SheetData(questions=(), field_name="Law").title == (
        "Informational interview questions: Law"
    )


def test_the_user_details_skip_what_is_empty() -> None:
    user = UserDetails(name="Sam", email="sam@example.com")
    assert user.lines() == ("Sam", "sam@example.com")


def test_the_command_line_offers_exactly_the_papers_and_spacings() -> None:
    from infoview_gui.commands.sheet import PAPERS, SPACINGS

    assert tuple(p.value for p in Paper) == PAPERS
    assert tuple(s.value for s in Spacing) == SPACINGS
