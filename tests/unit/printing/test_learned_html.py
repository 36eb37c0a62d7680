"""The printed summary of a field escapes every word the user or a contact wrote."""

from __future__ import annotations

from datetime import date

from infoview_gui.domain.learned import Answer, ResearchCheck, TopicGroup, VerifyMark
from infoview_gui.printing.learned_html import learned_document


def test_every_user_text_is_escaped_and_starred_answers_are_marked() -> None:
    answer = Answer(
        1, 1, "skills", "Q <i>?", "SQL & <b>x</b>", "Tom & Jerry", date(2026, 3, 5), True
    )
    group = TopicGroup("skills", (answer,), takeaway="<script>")
    check = ResearchCheck(2, "Pay <em>", VerifyMark.CORRECTED, said="a & b")
    document = learned_document("Law <img src=x>", 1, (group,), (check,))
    html = "".join(block.html for block in document.blocks)
    for raw in ("<b>x", "<script>", "<img", "<em>", "<i>?"):
        assert raw not in html
    assert "SQL &amp; &lt;b&gt;x&lt;/b&gt;" in html and "Tom &amp; Jerry · 5 Mar 2026" in html
    assert "★ SQL" in html and "Corrected" in html and "What was said: a &amp; b" in html
    assert document.title == "What I learned about Law <img src=x>"  # a title, never markup


def test_an_empty_field_says_what_will_appear() -> None:
    document = learned_document("Law", 0, (), ())
    assert "grouped by topic" in document.blocks[-1].html
