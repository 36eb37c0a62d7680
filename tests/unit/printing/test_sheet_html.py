from __future__ import annotations

import html
import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.sheet import (
    Meeting,
    Paper,
    Professional,
    SheetData,
    Spacing,
    UserDetails,
    numbered,
)
from infoview_gui.printing.sheet_html import (
    CHECKLIST,
    MUST_ASK_NOTE,
    escape,
    notes_page_lines,
    sheet_blocks,
    sheet_document,
)

NASTY = '<b>Tom & "Jerry"</b> <img src=x>'


def interview_data(**changes: object) -> SheetData:
    values: dict[str, object] = {
        "questions": numbered(["What is a day like?", NASTY, "Who else?"], must_ask=1),
        "field_name": "Law & <i>Order</i>",
        "professional": Professional(NASTY, "Partner <br>", "Smith & Sons"),
        "meeting": Meeting(
            datetime(2026, 5, 12, 14, 30),
            30,
            "Europe/London",
            "BST",
            MeetingFormat.VIDEO,
            "https://meet.example.com/?a=1&b=<2>",
        ),
        "user": UserDetails("Sam <Student>", "sam@example.com", "+44 1 & 2", "Uni <x>"),
    }
    values.update(changes)
    return SheetData(**values)  # type: ignore[arg-type]


def text_of(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def all_html(data: SheetData) -> str:
    return "".join(block.html for block in sheet_blocks(data))


def test_every_field_prints_literally() -> None:
    markup = all_html(interview_data())
    for raw in ("<b>", "<img", "<i>", "<br>", "<Student>", "<x>", "<2>"):
        assert raw not in markup
    seen = text_of(markup)
    for shown in (
        NASTY,
        "Partner <br>",
        "Smith & Sons",
        "LAW & <I>ORDER</I>",
        "Sam <Student>",
        "+44 1 & 2",
        "Uni <x>",
        "https://meet.example.com/?a=1&b=<2>",
    ):
        assert shown in seen


@given(st.text())
def test_escaping_any_text_keeps_it_and_adds_no_markup(text: str) -> None:
    escaped = escape(text)
    assert "<" not in escaped.replace("<br/>", "")
    assert ">" not in escaped.replace("<br/>", "")
    assert html.unescape(escaped.replace("<br/>", "\n")) == text


def test_one_block_per_question_in_the_chosen_order() -> None:
    data = interview_data()
    blocks = sheet_blocks(data)
    question_blocks = [b for b in blocks if 'class="num"' in b.html]
    assert [text_of(b.html)[:5] for b in question_blocks] == ["1 Wha", "2 <b>", "3 Who"]


def test_the_questions_heading_stays_with_the_first_question() -> None:
    blocks = sheet_blocks(interview_data())
    heading = next(i for i, b in enumerate(blocks) if "Questions" in b.html)
    assert blocks[heading].keep_with_next
    assert 'class="num"' in blocks[heading + 1].html


def test_must_ask_questions_are_tagged_and_the_tag_explained_once() -> None:
    data = interview_data()
    markup = all_html(data)
    assert markup.count(MUST_ASK_NOTE) == 1
    first, second = [b.html for b in sheet_blocks(data) if 'class="num"' in b.html][:2]
    assert "MUST&nbsp;ASK" in first
    assert "MUST&nbsp;ASK" not in second
    none_marked = interview_data(questions=numbered(["a", "b"], must_ask=0))
    assert MUST_ASK_NOTE not in all_html(none_marked)


def test_each_question_gets_the_lines_of_its_spacing() -> None:
    for spacing in Spacing:
        data = interview_data(spacing=spacing)
        for block in sheet_blocks(data):
            if 'class="num"' in block.html:
                assert block.html.count('class="rule"') == spacing.note_lines


def test_the_interview_sheet_shows_who_when_and_where() -> None:
    seen = text_of(all_html(interview_data()))
    assert "INFORMATIONAL INTERVIEW · LAW & <I>ORDER</I>" in seen
    assert "Tuesday 12 May 2026" in seen
    assert "14:30 – 15:00 (BST, Europe/London)" in seen
    assert "FORMAT Video call" in seen
    assert "LINK https://meet.example.com" in seen
    assert "YOUR DETAILS Sam <Student> Uni <x> sam@example.com +44 1 & 2" in seen


def test_a_us_sheet_reads_a_12_hour_clock() -> None:
    seen = text_of(all_html(interview_data(clock_12h=True)))
    assert "2:30 pm – 3:00 pm" in seen


def test_an_unscheduled_interview_leaves_lines_to_fill_in() -> None:
    seen = text_of(all_html(interview_data(meeting=Meeting())))
    assert "DATE TIME PLACE" in seen.replace("\xa0", " ").replace("  ", " ")


def test_the_field_sheet_names_the_field_and_has_no_meeting() -> None:
    data = SheetData(questions=numbered(["a?"], 0), field_name="Nursing")
    seen = text_of(all_html(data))
    assert "INFORMATIONAL INTERVIEW QUESTIONS Nursing" in seen
    assert " FORMAT " not in f" {seen} "
    assert " TIME " not in f" {seen} "
    assert "WITH DATE" in seen
    assert data.title == "Informational interview questions: Nursing"


def test_the_checklist_ends_the_questions() -> None:
    blocks = sheet_blocks(interview_data())
    assert "Before you leave" in blocks[-1].html
    for item in CHECKLIST:
        assert item in blocks[-1].html
    assert "thank" in " ".join(CHECKLIST).lower()
    assert "business card" in " ".join(CHECKLIST)
    assert "who else" in " ".join(CHECKLIST).lower()


def test_the_notes_page_is_a_page_of_its_own_when_asked_for() -> None:
    assert not any(b.page_break_before for b in sheet_blocks(interview_data()))
    blocks = sheet_blocks(interview_data(notes_page=True))
    assert blocks[-1].page_break_before
    assert blocks[-1].html.count('class="notes-rule"') == notes_page_lines(Paper.A4)
    assert notes_page_lines(Paper.LETTER) < notes_page_lines(Paper.A4)


def test_the_document_carries_the_paper_and_the_title() -> None:
    document = sheet_document(interview_data(paper=Paper.LETTER))
    assert document.paper is Paper.LETTER
    assert document.title == f"Informational interview with {NASTY}"
    assert document.footer
