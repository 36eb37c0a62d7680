from __future__ import annotations

import html
import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.drafts import Letter, Recipient, formal_letter
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.sheet import Paper
from infoview_gui.printing.letter_html import (
    escape,
    letter_blocks,
    letter_document,
    letter_html,
)

NASTY = '<b>Tom & "Jerry"</b> <img src=x>'
SAM = ProfileData(
    name="Sam Patel",
    email="sam@example.org",
    phone="07700 900123",
    address="12 High Street\nLeeds LS1 1AA",
)
JANE = Recipient(first_name="Jane", last_name="Smith", title="Partner", organisation="Smith & Co")


def text_of(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _letter(**changes: object) -> Letter:
    letter = formal_letter(SAM, JANE, "1 Law Lane\nLeeds", date(2026, 2, 2), "It helped.")
    values = {**letter.__dict__, **changes}
    return Letter(**values)  # type: ignore[arg-type]


def test_the_letter_reads_in_the_order_of_a_formal_letter() -> None:
    text = text_of(letter_html(_letter()))
    order = [
        "Sam Patel",
        "12 High Street",
        "February 2, 2026",
        "Jane Smith",
        "Partner",
        "Smith & Co",
        "1 Law Lane",
        "Dear Jane Smith,",
        "Thank you for taking the time",
        "It helped.",
        "Our conversation has given me",
        "Sincerely,",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert text.endswith("Sincerely, Sam Patel sam@example.org 07700 900123")


def test_the_sender_and_date_sit_at_the_top_right() -> None:
    first = letter_blocks(_letter())[0].html
    assert first.count('align="right"') == 2
    assert "12 High Street<" in first and "February 2, 2026" in first


def test_the_last_paragraph_stays_on_the_page_of_the_closing() -> None:
    blocks = letter_blocks(_letter())
    assert blocks[-2].keep_with_next and "Our conversation" in blocks[-2].html
    assert not any(block.keep_with_next for block in blocks[:-2])
    assert "Sincerely," in blocks[-1].html


def test_a_letter_without_sender_or_recipient_leaves_no_empty_lines() -> None:
    letter = formal_letter(ProfileData(), Recipient(), "", date(2026, 2, 2), "")
    markup = letter_html(letter)
    assert "<p></p>" not in markup and "<br/><br/>" not in markup
    assert text_of(markup).startswith("February 2, 2026 Dear Sir or Madam,")
    assert len(letter_blocks(letter)) == 5  # date, salutation, two paragraphs, closing


def test_the_document_has_no_footer_and_the_paper_asked_for() -> None:
    document = letter_document(_letter(), Paper.LETTER, title="Thank-you letter to Jane")
    assert (document.paper, document.footer, document.title) == (
        Paper.LETTER,
        False,
        "Thank-you letter to Jane",
    )
    assert document.blocks == letter_blocks(_letter())


def test_every_field_prints_literally() -> None:
    letter = _letter(
        sender_address=(NASTY,),
        date_line=NASTY,
        recipient_block=(NASTY, "a\nb"),
        salutation=f"Dear {NASTY},",
        body=(NASTY,),
        closing=NASTY,
        signature=NASTY,
    )
    markup = letter_html(letter)
    assert "<b>" not in markup and "<img" not in markup
    assert text_of(markup).count(NASTY) == 8


@given(st.text())
def test_escape_keeps_any_text_as_text(value: str) -> None:
    markup = escape(value)
    assert "<" not in markup.replace("<br/>", "")
    assert html.unescape(markup.replace("<br/>", "\n")) == value
