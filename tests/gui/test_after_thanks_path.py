"""Issue 18's whole path, by keyboard: an interview gives a referral, the referral is asked
with the referrer named, a second conversation with the first professional, a reminder to
keep in touch three months later logged on Home, and an answer found again by one word."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.search_text import HitKind
from infoview_gui.services import asking, keep_touch
from infoview_gui.store.models import Contact, Interview, Touch
from infoview_gui.ui.dialogs.referral import ReferralDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from infoview_gui.ui.views.interview_opening import find_open
from infoview_gui.ui.views.keep_touch_row import TouchAction
from tests.gui import test_interview_mode
from tests.gui.searching import search_from_a_box
from tests.gui.test_conversations import _add_second_conversation, _contact_dialog
from tests.gui.test_interview_mode import scheduled_interview
from tests.gui.test_keep_touch import Clock, home
from tests.gui.test_referrals_search import _open_dialog

clock = test_interview_mode.clock  # the fixtures of interview mode's tests
make_window = test_interview_mode.make_window
CTRL = Qt.KeyboardModifier.ControlModifier


def test_from_an_interview_to_a_referral_a_second_talk_a_reminder_and_a_word_found(
    qtbot: QtBot,
    window: MainWindow,
    events: AppEvents,
    make_window: Callable[[int], InterviewModeWindow],
) -> None:
    interview_id = scheduled_interview()
    ana = int(Interview.get_by_id(interview_id).__data__["contact"])

    # In the interview: an answer typed, then "They suggested someone" (Ctrl+R).
    mode = make_window(interview_id)
    qtbot.keyClicks(mode.ui.notes, "Start as a fact-checker at a small paper")
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_R, CTRL)
    referral = _open_dialog(qtbot, ReferralDialog)
    assert isinstance(referral, ReferralDialog)
    qtbot.keyClicks(referral.name, "Sam Lee")
    qtbot.keyClicks(referral.organisation, "The Courier")
    qtbot.keyClicks(referral.email, "sam@courier.example")
    qtbot.keyClick(referral.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not referral.isVisible())
    mode.close()
    sam = Contact.get(Contact.first_name == "Sam")
    assert sam.__data__["introduced_by"] == ana

    # Asking the referral: the draft names who suggested them.
    draft = asking.draft_request(contact_id=int(sam.id), today=date(2026, 5, 20))
    assert "Ana Ruiz suggested I contact you." in draft.body

    # A second conversation with Ana, typed in her contact's timeline.
    contact = _contact_dialog(qtbot, window, ana)
    _add_second_conversation(qtbot, contact, "Coffee: she offered to review my clips")
    assert contact.timeline is not None
    labels = [e.label for e in contact.timeline.entries()]
    assert {"Follow-up: second interview", "Introduced Sam Lee"} <= set(labels[:2])  # today
    contact.reject()

    # Keep in touch every 3 months: reminded three months after the last talk, logged.
    talked = datetime.now(UTC).date()
    keep_touch.set_keep_touch(contact_id=ana, every=3, unit="months", today=talked)
    due = keep_touch.keep_touch_of(contact_id=ana, today=talked).next_due
    assert due is not None and (due - talked).days >= 89
    later = Clock(datetime.combine(due, datetime.min.time(), UTC).replace(hour=9))
    view = home(qtbot, events, later, [])
    (row,) = view.touch_rows
    assert "Keep in touch with Ana Ruiz (every 3 months)" in row.sentence.text()
    qtbot.mouseClick(row.buttons[TouchAction.DONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.touch_rows == [])
    assert [t.on_day for t in Touch.select().where(Touch.contact == ana)] == [due]

    # One word, from a text box anywhere: the interview's answer, opened where it was said.
    search = search_from_a_box(qtbot, window, ViewId.CONTACTS, "checker")
    hit = search.current_hit()
    assert hit is not None and hit.kind is HitKind.ANSWER
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find_open(interview_id) is not None)
    opened = find_open(interview_id)
    assert opened is not None
    assert opened.ui.notes.toPlainText() == "Start as a fact-checker at a small paper"
    opened.close()
