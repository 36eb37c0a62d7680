"""A field's "What I learned" as one printed summary: pure HTML blocks, every field escaped.

``learned_document(page, paper)`` returns a ``Document`` that ``printing.render`` previews,
prints and saves as PDF, the path every sheet takes: a heading (the field, how many
people), then per topic the user's takeaway and each answer with who said it and when
(starred ones marked), then the research lines checked in the interviews.
"""

from __future__ import annotations

from datetime import date

from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.domain.learned import Answer, ResearchCheck, TopicGroup
from infoview_gui.domain.sheet import Paper
from infoview_gui.domain.wording import counted, plural
from infoview_gui.printing.document import Block, Document, px
from infoview_gui.printing.notes_html import ACCENT, FONT_PT, INK, MARGINS, MUTED, RULE, escape

STAR = "★"
_MARKS = {"open": N_("Still open"), "confirmed": N_("Confirmed"), "corrected": N_("Corrected")}
NOTHING_YET = N_(
    "Nothing to show yet: the answers of held interviews in this field appear here, "
    "grouped by topic."
)

LEARNED_CSS = f"""
p {{ margin: 0; color: {INK}; }}
td {{ color: {INK}; }}
.kicker {{ color: {ACCENT}; font-size: 8pt; font-weight: 600; letter-spacing: 0.6px; }}
.name {{ font-size: 20pt; font-weight: 600; margin-top: 2px; }}
.facts {{ color: {MUTED}; margin-top: 4px; }}
.h2 {{ font-size: 13pt; font-weight: 600; color: {ACCENT}; }}
.takeaway {{ margin-top: 4px; font-style: italic; white-space: pre-wrap; }}
.answer {{ margin-top: 5px; white-space: pre-wrap; line-height: 130%; }}
.who {{ color: {MUTED}; font-size: 9pt; }}
.question {{ color: {MUTED}; font-size: 9pt; }}
.mark {{ font-weight: 600; }}
.line {{ border-bottom: 1px solid {RULE}; font-size: 1pt; padding-top: 8px; }}
"""


def day_text(day: date | None) -> str:
    """Return a day as ``5 Mar 2026``, in the user's language (nothing when unknown)."""
    return "" if day is None else formats().date(day)


def header_html(name: str, people: int, answers: int) -> str:
    """Return the heading: the field, and how many people and answers the summary holds."""
    # Whole phrases: the participle agrees with the number ("1 persona entrevistada").
    interviewed = plural(people, "{n} person interviewed", "{n} people interviewed")
    facts = f"{interviewed} · {counted(answers, 'note', 'notes')}"
    return (
        f'<p class="kicker">{escape(_("What I learned").upper())}</p>'
        f'<p class="name">{escape(name)}</p>'
        f'<p class="facts">{escape(facts)}</p>'
        '<table width="100%" cellspacing="0"><tr><td class="line">&nbsp;</td></tr></table>'
    )


def answer_html(answer: Answer) -> str:
    """Return one answer: the question asked, the star if starred, the words, who and when."""
    star = f"{STAR} " if answer.starred else ""
    who = " · ".join(part for part in (answer.who, day_text(answer.when)) if part)
    asked = (
        f'<span class="question">{escape(answer.question)}</span><br/>' if answer.question else ""
    )
    return (
        f'<p class="answer">{asked}{star}{escape(answer.text.strip())}<br/>'
        f'<span class="who">— {escape(who)}</span></p>'
    )


def topic_html(group: TopicGroup) -> str:
    """Return a topic's heading with the user's takeaway under it."""
    html = f'<p class="h2">{escape(group.label)}</p>'
    if group.takeaway.strip():
        takeaway = _("My takeaway: {takeaway}").format(takeaway=group.takeaway.strip())
        html += f'<p class="takeaway">{escape(takeaway)}</p>'
    return html


def topic_blocks(group: TopicGroup) -> list[Block]:
    """Return a topic's blocks: its heading kept with its first answer, then each answer."""
    blocks = [Block(topic_html(group), space_before=px(6), keep_with_next=bool(group.answers))]
    return blocks + [Block(answer_html(answer)) for answer in group.answers]


def check_html(check: ResearchCheck) -> str:
    """Return a research line, its mark, what was said, and the answers heard about it."""
    mark = _(_MARKS.get(check.mark.value, check.mark.label))
    parts = [
        f'<p class="answer">{escape(check.line)}<br/><span class="mark">{escape(mark)}</span></p>'
    ]
    if check.said.strip():
        said = _("What was said: {said}").format(said=check.said.strip())
        parts.append(f'<p class="takeaway">{escape(said)}</p>')
    parts += [answer_html(answer) for answer in check.heard]
    return "".join(parts)


def learned_blocks(
    name: str, people: int, groups: tuple[TopicGroup, ...], checks: tuple[ResearchCheck, ...]
) -> tuple[Block, ...]:
    """Return the summary's blocks in print order."""
    answers = sum(len(group.answers) for group in groups)
    blocks = [Block(header_html(name, people, answers))]
    for group in groups:
        blocks += topic_blocks(group)
    if checks:
        blocks.append(
            Block(
                f'<p class="h2">{escape(_("Research to verify"))}</p>',
                space_before=px(6),
                keep_with_next=True,
            )
        )
        blocks += [Block(check_html(check), space_before=px(2)) for check in checks]
    if not groups and not checks:
        nothing = f'<p class="facts">{escape(_(NOTHING_YET))}</p>'
        blocks.append(Block(nothing, space_before=px(6)))
    return tuple(blocks)


def learned_document(
    name: str,
    people: int,
    groups: tuple[TopicGroup, ...],
    checks: tuple[ResearchCheck, ...],
    paper: Paper = Paper.A4,
) -> Document:
    """Return the printable summary of what the user learned about a field."""
    return Document(
        title=_("What I learned about {field}").format(field=name),
        blocks=learned_blocks(name, people, groups, checks),
        paper=paper,
        css=LEARNED_CSS,
        font_pt=FONT_PT,
        margins=MARGINS,
    )
