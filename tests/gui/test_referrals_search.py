"""Issue 18's first half by keyboard: a referral from interview mode, and Ctrl+K search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from infoview_gui.domain.search_text import HitKind
from infoview_gui.services import asking
from infoview_gui.services.fields import add_field
from infoview_gui.store.models import Contact, Interview, ListQuestion
from infoview_gui.ui.dialogs.referral import ReferralDialog
from infoview_gui.ui.dialogs.search import SearchDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from infoview_gui.ui.views.interview_opening import find_open
from tests.gui import test_interview_mode
from tests.gui.searching import search_from_a_box
from tests.gui.test_interview_mode import item_ids, scheduled_interview

clock = test_interview_mode.clock  # the fixtures of interview mode's tests
make_window = test_interview_mode.make_window


def _open_dialog(qtbot: QtBot, kind: type) -> object:
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), kind)
            or any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_a_referral_typed_in_interview_mode_joins_the_ranked_list_named_and_flagged(
    qtbot: QtBot, make_window: Callable[[int], InterviewModeWindow]
) -> None:
    interview_id = scheduled_interview()
    ana = int(Interview.get_by_id(interview_id).__data__["contact"])
    field_id = add_field(name="Data journalism")
    Contact.update(field=field_id, rank=1024.0).where(Contact.id == ana).execute()
    mode = make_window(interview_id)
    qtbot.keyClick(mode.ui.notes, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_dialog(qtbot, ReferralDialog)
    assert isinstance(dialog, ReferralDialog)
    qtbot.keyClicks(dialog.name, "Sam Lee")
    qtbot.keyClicks(dialog.organisation, "The Courier")
    qtbot.keyClicks(dialog.email, "sam@courier.example")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    sam = Contact.get(Contact.first_name == "Sam")
    assert (sam.last_name, sam.organisation) == ("Lee", "The Courier")
    assert sam.__data__["field"] == field_id and sam.__data__["introduced_by"] == ana
    assert sam.referral is True and sam.rank > 1024.0
    draft = asking.draft_request(contact_id=int(sam.id), today=date(2026, 5, 20))
    assert draft.body.split("\n\n")[1].startswith("Ana Ruiz suggested I contact you.")


def test_a_referral_without_a_name_is_refused_in_words_and_keeps_the_typing(
    qtbot: QtBot, make_window: Callable[[int], InterviewModeWindow]
) -> None:
    mode = make_window(scheduled_interview())
    qtbot.mouseClick(mode.ui.referral_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot, ReferralDialog)
    assert isinstance(dialog, ReferralDialog)
    qtbot.keyClicks(dialog.email, "kim@example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible() and "name" in dialog.error.text()
    assert dialog.email.text() == "kim@example.org"
    assert not Contact.select().where(Contact.email == "kim@example.org").exists()
    dialog.reject()


def test_ctrl_k_from_a_text_box_finds_an_interview_answer_by_one_word_and_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    interview_id = scheduled_interview()
    second = item_ids(interview_id)[1]
    ListQuestion.update(answer="Start as a fact-checker at a small paper").where(
        ListQuestion.id == second
    ).execute()
    add_field(name="Data journalism")
    window.events.publish()
    search = search_from_a_box(qtbot, window, ViewId.FIELDS, "FACT")
    hit = search.current_hit()
    assert hit is not None and hit.kind is HitKind.ANSWER
    assert "<b>fact</b>" in hit.context_html()
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find_open(interview_id) is not None)
    mode = find_open(interview_id)
    assert mode is not None and mode.index == 1
    assert mode.ui.notes.toPlainText() == "Start as a fact-checker at a small paper"
    mode.close()


def test_search_shows_user_text_literally_and_more_on_demand(
    qtbot: QtBot, window: MainWindow
) -> None:
    from infoview_gui.domain.contact import ContactData
    from infoview_gui.services.contacts import add_contact

    for n in range(55):
        add_contact(contact=ContactData(first_name=f"<b>Tom{n}</b>", last_name="& Jerry"))
    window.search_action.trigger()
    search = window.findChild(SearchDialog)
    assert search is not None
    qtbot.keyClicks(search.box, "jer")
    assert search.results.count() == 50 and search.more_button.isVisible()
    first = search.results.item(0).data(Qt.ItemDataRole.UserRole + 2)
    assert "&lt;b&gt;Tom" in first and "&amp; <b>Jerry</b>" in first
    qtbot.mouseClick(search.more_button, Qt.MouseButton.LeftButton)
    assert search.results.count() == 55 and not search.more_button.isVisible()
    search.reject()


def test_the_field_shows_its_chains_and_the_contact_whom_they_introduced(
    qtbot: QtBot, window: MainWindow
) -> None:
    from infoview_gui.domain.contact import ContactData
    from infoview_gui.domain.referrals import Referral
    from infoview_gui.services.contacts import add_contact
    from infoview_gui.services.referrals import add_referral
    from infoview_gui.ui.dialogs.contact import ContactDialog
    from infoview_gui.ui.views.fields import FieldsView

    field_id = add_field(name="Data journalism")
    dana = add_contact(contact=ContactData(first_name="Dana", last_name="Ruiz", field_id=field_id))
    sam = add_referral(referrer_id=dana, referral=Referral("Sam Lee"))
    add_referral(referrer_id=sam, referral=Referral("Kim Park"))
    window.events.publish()
    window.show_view(ViewId.FIELDS)
    view = window.view(ViewId.FIELDS)
    assert isinstance(view, FieldsView)
    view.select_field(field_id)
    tree = view.research.chains.tree
    top = tree.topLevelItem(0)
    assert top.text(0) == "Dana Ruiz"
    assert top.child(0).text(0) == "Sam Lee" and top.child(0).child(0).text(0) == "Kim Park"
    dialog = ContactDialog(window, contact_id=sam)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "A referral from Dana Ruiz. Introduced Kim Park." in texts


def _request_found_by_its_draft(qtbot: QtBot, window: MainWindow, *, asked: bool) -> int:
    """Three requests and Ana's, whose draft only says "apprenticeship"; search it, Enter."""
    from infoview_gui.domain.contact import ContactData
    from infoview_gui.services.contacts import add_contact
    from infoview_gui.services.interviews import start_request

    for n in range(3):
        other = add_contact(contact=ContactData(first_name=f"Other{n}", last_name="Person"))
        Interview.update(status="asked", requested_on=date(2026, 5, 1)).where(
            Interview.id == start_request(contact_id=other)
        ).execute()
    ana = add_contact(contact=ContactData(first_name="Ana", last_name="Ruiz"))
    request = start_request(contact_id=ana)
    asking.save_request_draft(
        interview_id=request, text="I would love to hear about your apprenticeship", subject="Hi"
    )
    if asked:
        Interview.update(status="asked", requested_on=date(2026, 5, 2)).where(
            Interview.id == request
        ).execute()
    window.events.publish()
    window.search_action.trigger()
    search = window.findChild(SearchDialog)
    assert search is not None
    qtbot.keyClicks(search.box, "apprentice")
    hit = search.current_hit()
    assert hit is not None and hit.kind is HitKind.INTERVIEW
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    return request


def test_a_request_made_found_by_its_draft_opens_selected_in_interviews(
    qtbot: QtBot, window: MainWindow
) -> None:
    from infoview_gui.ui.views.records import SqlRecordsView

    request = _request_found_by_its_draft(qtbot, window, asked=True)
    qtbot.waitUntil(lambda: window.current_view() is ViewId.INTERVIEWS)
    assert find_open(request) is None  # no notes page for a request never held
    view = window.view(ViewId.INTERVIEWS)
    assert isinstance(view, SqlRecordsView)
    selected = view.table.selectionModel().selectedRows()
    assert [view.model.row_id(i.row()) for i in selected] == [request]


def test_a_request_not_yet_made_found_by_its_draft_opens_that_draft(
    qtbot: QtBot, window: MainWindow
) -> None:
    from infoview_gui.ui.dialogs.request import RequestDialog

    request = _request_found_by_its_draft(qtbot, window, asked=False)
    dialog = _open_dialog(qtbot, RequestDialog)
    assert isinstance(dialog, RequestDialog)
    assert "apprenticeship" in dialog.editor.body.toPlainText()
    assert find_open(request) is None
    dialog.reject()
