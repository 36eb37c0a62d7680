"""The note card as printed: its paragraphs as edited, in a card-sized frame, escaped."""

from __future__ import annotations

from infoview_gui.domain.sheet import Paper
from infoview_gui.printing.card_html import card_document, card_html, paragraphs


def test_paragraphs_split_on_blank_lines_and_keep_lines() -> None:
    text = "\n Dear Jane,\n\n\nThank you.\n\nWith best wishes,\nSam\nsam@example.org\n"
    assert paragraphs(text) == [
        "Dear Jane,",
        "Thank you.",
        "With best wishes,\nSam\nsam@example.org",
    ]


def test_the_card_prints_every_field_literally() -> None:
    markup = card_html('Dear <b>Tom</b> & "Jerry",\n\nSam <img src=x>')
    assert "<b>Tom</b>" not in markup and "&lt;b&gt;Tom&lt;/b&gt; &amp; &quot;Jerry&quot;" in markup
    assert "&lt;img src=x&gt;" in markup and "<img" not in markup


def test_the_card_document_has_no_footer_and_follows_the_paper() -> None:
    document = card_document("Hello", Paper.LETTER, title="Note card to Jane")
    assert (document.title, document.paper, document.footer) == (
        "Note card to Jane",
        Paper.LETTER,
        False,
    )
    assert len(document.blocks) == 1
