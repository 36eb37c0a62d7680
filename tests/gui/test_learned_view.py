"""What I learned in the window: answers by topic, stars, takeaways, fields side by side,
progress in pictures with its numbers, the printed summary, and the report's same figures."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.app import main
from infoview_gui.domain.enums import Decidedness, FieldStatus
from infoview_gui.paths import AppPaths
from infoview_gui.services import fit, learned
from infoview_gui.services.profile import load_profile
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.learned import LearnedView
from tests.learned_world import EXPECTED, RESEARCH_LINE, TODAY, LearnedWorld, build

NOON = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
COUNTS = ("asked", "accepted", "declined", "no_reply", "held", "thanked", "referrals")
NAMES = ("Asked", "Accepted", "Declined", "No reply", "Held", "Thanked", "Referrals")
needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdftoppm")),
    reason="needs poppler-utils (pdftotext, pdftoppm)",
)


@pytest.fixture
def world(store: object) -> LearnedWorld:
    return build()


@pytest.fixture
def view(qtbot: QtBot, world: LearnedWorld, events: AppEvents, tmp_path: Path) -> LearnedView:
    def choose(_parent: QWidget, suggested: str) -> str:
        return str(tmp_path / suggested)

    shown = LearnedView(events, now=lambda: NOON, choose_path=choose)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_field(world.nursing)
    return shown


def _rows(view: LearnedView, topic: str) -> list[tuple[str, str]]:
    return [(row.text.text(), row.who.text()) for row in view.answers.answer_rows[topic]]


def test_the_answers_of_three_interviews_are_grouped_by_topic_with_who_and_when(
    view: LearnedView,
) -> None:
    assert _rows(view, "day_to_day") == [
        ("Twelve-hour shifts, three a week", "— Ana Example, 5 Mar 2026"),
        ("Rounds at 7, handover at 7", "— Ben Example, 12 Mar 2026"),
        ("Mostly days on the ward", "— Cy Example, 2 Apr 2026"),
    ]
    assert _rows(view, "skills") == [("Calm under pressure", "— Ana Example, 5 Mar 2026")]
    assert _rows(view, "other") == [("Ask about bursaries", "— Ben Example, 12 Mar 2026")]
    assert list(view.answers.takeaways) == ["day_to_day", "skills", "own", "other"]
    (check,) = view.answers.check_rows
    assert check.line.text() == RESEARCH_LINE


def test_another_field_shows_its_own_answers_literally(
    view: LearnedView, world: LearnedWorld
) -> None:
    view.field.setCurrentIndex(view.field.findData(world.journalism))
    view.field.activated.emit(view.field.currentIndex())
    assert _rows(view, "skills") == [("SQL and <b>plain</b> writing", "— Kim Example, 20 Mar 2026")]
    assert view.answers.answer_rows["skills"][0].text.textFormat() == Qt.TextFormat.PlainText


def test_a_star_and_a_typed_takeaway_are_saved_and_set_side_by_side(
    qtbot: QtBot, view: LearnedView, world: LearnedWorld
) -> None:
    ben = view.answers.answer_rows["day_to_day"][1]
    assert ben.star is not None
    qtbot.mouseClick(ben.star, Qt.MouseButton.LeftButton)
    assert ben.star.text() == "★"
    editor = view.answers.takeaways["day_to_day"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Long shifts, few days")
    assert editor.flush()
    page = learned.field_page(field_id=world.nursing)
    day = next(g for g in page.groups if g.topic == "day_to_day")
    assert day.takeaway == "Long shifts, few days"
    assert [a.who for a in day.starred] == ["Ben Example"]
    summary = view.compare.summaries[("day_to_day", world.nursing)].text()
    assert summary == "Long shifts, few days\n★ Rounds at 7, handover at 7 (Ben Example)"


def test_a_research_line_is_marked_with_what_was_said(
    qtbot: QtBot, view: LearnedView, world: LearnedWorld
) -> None:
    (check,) = view.answers.check_rows
    qtbot.keyClicks(check.said, "Only in big hospitals")
    check.mark.setCurrentIndex(check.mark.findData("corrected"))
    check.mark.activated.emit(check.mark.currentIndex())
    (stored,) = learned.field_page(field_id=world.nursing).checks
    assert (stored.mark.value, stored.said) == ("corrected", "Only in big hospitals")


def test_two_fields_are_rated_on_shared_criteria_and_one_is_decided(
    qtbot: QtBot, view: LearnedView, world: LearnedWorld
) -> None:
    compare = view.compare
    assert [f.name for f in compare.comparison.fields] == ["Nursing", "Data journalism"]  # type: ignore[union-attr]
    qtbot.mouseClick(compare.usual_button, Qt.MouseButton.LeftButton)
    interest, skills, *_ = fit.criteria()
    compare.scores[(world.nursing, interest.id)].setValue(4)
    compare.scores[(world.journalism, interest.id)].setValue(2)
    compare.scores[(world.journalism, skills.id)].setValue(5)
    assert compare.totals[world.nursing].text() == "4.0 of 5"
    assert compare.totals[world.journalism].text() == "3.5 of 5"
    qtbot.keyClicks(compare.new_criterion, "Location")
    qtbot.keyClick(compare.new_criterion, Qt.Key.Key_Return)
    assert [c.name for c in fit.criteria()][-1] == "Location"
    qtbot.mouseClick(compare.decide_buttons[world.journalism], Qt.MouseButton.LeftButton)
    assert load_profile().decidedness is Decidedness.DECIDED
    decided = fit.comparison(field_ids=[world.journalism]).fields[0]
    assert decided.status is FieldStatus.FOCUS


def test_the_progress_charts_show_the_fixtures_figures_as_text(view: LearnedView) -> None:
    view.tabs.setCurrentIndex(2)
    for card, expected in (
        (view.field_card, EXPECTED["Nursing"]),
        (view.overall_card, EXPECTED[None]),
    ):
        shown = card.figures_text()
        assert [shown[name] for name in NAMES] == [str(expected[key]) for key in COUNTS]
        assert card.bars["Asked"].accessibleName() == f"Asked: {expected['asked']}"
    assert view.field_card.rates.text() == (
        "Response rate 67% (4 of 6 answered). Median wait for a reply: 2 business days."
    )
    assert view.field_card.months.text() == "Mar 2026: 2 · Apr 2026: 1"
    assert view.overall_card.month_chart.months == (("2026-03", 4), ("2026-04", 1))


def test_the_report_commands_json_matches_the_windows_numbers(
    qtbot: QtBot, paths: AppPaths, world: LearnedWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    events = AppEvents()
    window_view = LearnedView(events)  # today, as the command sees it
    qtbot.addWidget(window_view)
    window_view.show()
    window_view.show_field(world.nursing)
    shown = {
        None: window_view.overall_card.figures_text(),
        "Nursing": window_view.field_card.figures_text(),
    }
    rates = window_view.field_card.rates.text()
    close_database()
    try:
        assert main(["report", "--json", "--data-dir", str(paths.data_dir)]) == 0
    finally:
        open_store(paths.database)
    records = {r["field"]: r for r in json.loads(capsys.readouterr().out)}
    for field, figures in shown.items():
        assert [figures[name] for name in NAMES] == [str(records[field][k]) for k in COUNTS]
    rate = round(records["Nursing"]["response_rate"] * 100)
    assert rates.startswith(f"Response rate {rate}% ")


def test_the_fields_view_opens_what_i_learned_at_its_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    world = build()
    window.events.publish()
    window.show_view(ViewId.FIELDS)
    fields = window.view(ViewId.FIELDS)
    fields.select_field(world.journalism)  # type: ignore[attr-defined]
    qtbot.mouseClick(fields.learned_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.current_view() is ViewId.LEARNED
    shown = window.view(ViewId.LEARNED)
    assert isinstance(shown, LearnedView)
    assert shown.field_id() == world.journalism


@needs_poppler
def test_the_printed_summary_is_readable(view: LearnedView, tmp_path: Path) -> None:
    learned.save_takeaway(field_id=view.field_id() or 0, topic="day_to_day", text="Long shifts")
    path = Path(view.save_pdf())
    assert path.name == "What I learned about Nursing.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.replace("ﬁ", "fi")  # the PDF keeps the font's ligature
    for words in (
        "WHAT I LEARNED",
        "3 people interviewed",
        "The work day to day",
        "My takeaway: Long shifts",
        "Twelve-hour shifts, three a week",
        "— Ana Example · 5 Mar 2026",
        "Other notes",
        "Research to verify",
        RESEARCH_LINE,
        "Still open",
    ):
        assert words in text, words
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))
