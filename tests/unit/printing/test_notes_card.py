"""The business card in the printed notes: its details and image, every field escaped."""

from __future__ import annotations

from infoview_gui.domain.interview_mode import NotesDocumentData
from infoview_gui.printing.notes_html import CARD_HEADING, card_html, notes_blocks

NASTY = '<b>Tom & "Jerry"</b>'


def test_the_card_comes_right_after_the_heading_with_its_image() -> None:
    data = NotesDocumentData(
        "Ana Ruiz",
        card=("Ana Ruiz", "Data editor", "ana@example.org"),
        card_image="file:///data/cards/card-1-ab.png",
    )
    blocks = notes_blocks(data)
    assert CARD_HEADING in blocks[1].html
    assert "Ana Ruiz<br/>Data editor<br/>ana@example.org" in blocks[1].html
    assert '<img src="file:///data/cards/card-1-ab.png"' in blocks[1].html


def test_no_card_no_block_and_an_image_alone_is_shown() -> None:
    assert card_html(NotesDocumentData("Ana")) == ""
    assert len(notes_blocks(NotesDocumentData("Ana"))) == 2  # heading, "No notes."
    alone = card_html(NotesDocumentData("Ana", card_image="file:///c.png"))
    assert "<img" in alone and '<p class="card">' not in alone


def test_the_card_escapes_its_details_and_the_image_address() -> None:
    markup = card_html(NotesDocumentData("Ana", card=(NASTY,), card_image='file:///"x<y>.png'))
    assert "<b>" not in markup and "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;" in markup
    assert 'src="file:///&quot;x&lt;y&gt;.png"' in markup
