"""Home and the Guide's last step lead somewhere: the next person, the next field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from infoview_gui.domain.agenda import ActionKind, ItemKind
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import thanks
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field, current_field
from infoview_gui.services.profile import save_profile
from infoview_gui.ui.dialogs.request import RequestDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.home import HomeView
from infoview_gui.ui.wizard.thanks_page import ThanksPage
from tests.gui.test_home import asked, held, home_view, person


def drafted_and_closed(qtbot: QtBot, contact_id: int) -> None:
    """Open the request email to a contact, type a line, and close it unsent."""
    dialog = RequestDialog(contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor.body, "Hello")
    dialog.reject()


def texts(view: HomeView) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel)]


def test_a_request_drafted_and_never_sent_is_not_an_interview(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    save_profile(profile=ProfileData(name="Sam"))
    nursing = add_field(name="Nursing")
    asked(person(nursing, "Ana"), date(2026, 3, 2))
    ben = person(nursing, "Ben")
    drafted_and_closed(qtbot, ben)
    view = home_view(qtbot, events)
    assert view.tiles["interviews"].number.text() == "1"
    assert [row.item.kind for row in view.rows] == [ItemKind.REQUEST, ItemKind.ASK]


def test_home_names_the_next_person_instead_of_nothing_waiting(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    save_profile(profile=ProfileData(name="Sam"))
    nursing = add_field(name="Nursing")
    interview_id = held(person(nursing, "Ana"), date(2026, 3, 4))
    thanks.mark_thank_you_sent(interview_id=interview_id, on=date(2026, 3, 4))
    ben = person(nursing, "Ben")
    view = home_view(qtbot, events)
    assert not any(text.startswith("Nothing is waiting") for text in texts(view))
    row = view.row_for(nursing, ItemKind.ASK)
    assert row is not None
    assert row.sentence.text() == (
        "Ben Doe is next on your Nursing list: ask them for an informational interview."
    )
    with qtbot.waitSignal(view.dialog_opened) as opened:
        row.button(ActionKind.ASK_NEXT).click()  # type: ignore[union-attr]
    dialog = opened.args[0]
    assert isinstance(dialog, RequestDialog) and dialog.contact_id == ben
    qtbot.keyClicks(dialog.editor.body, "Dear Ben")
    dialog.reject()  # the draft is kept, unsent: Home says so
    row = view.row_for(nursing, ItemKind.ASK)
    assert row is not None
    assert row.sentence.text() == (
        "Your request to Ben Doe (Nursing) is drafted but not sent yet: finish it and send it."
    )


def test_the_guides_last_step_offers_the_next_person_and_the_next_field(
    qtbot: QtBot, store: object, events: AppEvents
) -> None:
    nursing = add_field(name="Nursing")
    law = add_field(name="Law")
    interview_id = held(person(nursing, "Ana"), date(2026, 3, 4))
    thanks.mark_thank_you_sent(interview_id=interview_id, on=date(2026, 3, 4))
    ben = person(nursing, "Ben")
    choose_field(field_id=nursing)
    page = ThanksPage(events)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.ask_next_button.text() == "Ask Ben Doe…"
    assert page.next_field_button.text() == "Go on with Law"
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.ask_next_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, RequestDialog) and dialog.contact_id == ben
    dialog.reject()
    with qtbot.waitSignal(events.guide_step_requested) as step:
        page.next_field_button.click()
    assert step.args == [2]
    assert current_field() == (law, "Law")
