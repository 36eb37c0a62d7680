"""From an accepted request to a sent thank-you, and a Home that no longer asks for it.

The request, the interview with its notes and the business card are set up through the
services (interview mode and the card dialog are tested with their own views); the
thank-you is driven through the GUI: Home lists it, its button opens the dialog, a line
of the notes becomes the specific point, "I sent it" records it, and Home lets it go.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from infoview_gui.domain.agenda import ActionKind, ItemKind
from infoview_gui.domain.business_card import CardData
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services import asking, cards, holding, question_lists, scheduling
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import save_profile
from infoview_gui.store.models import Contact, Interview
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.follow_ups import FollowUpsView
from infoview_gui.ui.views.home import HomeView

HELD_AT = datetime(2026, 3, 5, 16, 10, tzinfo=UTC)  # Thursday afternoon in London
NEXT_MORNING = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def accepted_request() -> tuple[int, int]:
    save_profile(
        profile=ProfileData(
            name="Sam Lee",
            email="sam@example.org",
            phone="07700 900123",
            time_zone="Europe/London",
        )
    )
    field_id = add_field(name="Data journalism")
    contact_id = add_contact(
        contact=ContactData(
            first_name="Jane",
            last_name="Smith",
            organisation="The Herald",
            email="jane@herald.example",
            field_id=field_id,
        )
    )
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 2, 27))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 3, 2))
    return contact_id, interview_id


def hold_interview(contact_id: int, interview_id: int) -> None:
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 3, 5, 15, 30),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.IN_PERSON,
        place="The Herald, 1 Park Row",
    )
    list_id = question_lists.list_for_interview(interview_id=interview_id)
    first = question_lists.add_text(list_id=list_id, text="What surprised you about the job?")
    second = question_lists.add_text(list_id=list_id, text="What should I learn first?")
    holding.start_interview(interview_id=interview_id, now=datetime(2026, 3, 5, 15, 31, tzinfo=UTC))
    holding.save_answer(item_id=first, text="How much of it is checking numbers")
    holding.save_answer(item_id=second, text="Spreadsheets before code\nPitch small stories")
    holding.end_interview(interview_id=interview_id, now=HELD_AT, system_zone="Europe/London")
    cards.keep_card(
        contact_id=contact_id,
        card=CardData(
            name="Jane Smith",
            title="Senior data editor",
            organisation="The Herald",
            address="1 Park Row\nLeeds LS1 5HN",
        ),
        fields=["title"],
    )


def test_a_held_interview_is_thanked_from_home_and_leaves_the_list(
    qtbot: QtBot, store: object
) -> None:
    contact_id, interview_id = accepted_request()
    hold_interview(contact_id, interview_id)
    assert Contact.get_by_id(contact_id).title == "Senior data editor"

    events = AppEvents()
    opened_urls: list[str] = []
    home = HomeView(
        events,
        now=lambda: NEXT_MORNING,
        system_zone=lambda: "UTC",
        opener=lambda url: opened_urls.append(
            url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        ),
    )
    qtbot.addWidget(home)
    home.show()
    qtbot.waitExposed(home)

    # Home: the thank-you is due today (the day after the interview, in London).
    row = home.row_for(interview_id, ItemKind.THANK_YOU)
    assert row is not None
    assert row.sentence.text() == "Send your thank-you to Jane Smith today."
    assert home.summary.text().startswith("1 to do today")

    # Its button opens the thank-you dialog for that interview.
    with qtbot.waitSignal(home.dialog_opened) as opened:
        qtbot.mouseClick(row.button(ActionKind.THANK_YOU), Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ThankYouDialog)
    assert dialog.state.text() == "Send the thank-you email today."

    # A line of the notes becomes the specific point of the email, card and letter.
    lines = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert lines == [
        "How much of it is checking numbers",
        "Spreadsheets before code",
        "Pitch small stories",
    ]
    dialog.notes.setCurrentRow(1)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    point = "I especially appreciated your point: “Spreadsheets before code”."
    assert point in dialog.editor.body.toPlainText()
    assert dialog.editor.body.toPlainText().startswith("Dear Jane Smith,")
    assert dialog.editor.body.toPlainText().endswith("Sam Lee\nsam@example.org\n07700 900123")
    assert point in dialog.card.toPlainText()
    assert "1 Park Row" in dialog.letter.view.toPlainText()  # from the business card

    # Open in the mail program, then "I sent it".
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    (url,) = opened_urls
    assert urlsplit(url).path == "jane@herald.example"
    assert point in parse_qs(urlsplit(url).query)["body"][0]
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    row_stored = Interview.get_by_id(interview_id)
    assert row_stored.status == InterviewStatus.THANKED.value
    assert row_stored.thank_you_sent_on == date(2026, 3, 6)

    # Home no longer lists it; Follow-ups shows it sent.
    assert home.row_for(interview_id, ItemKind.THANK_YOU) is None
    assert home.rows == []
    labels = [label.text() for label in home.findChildren(QLabel)]
    assert any(text.startswith("Nothing is waiting for you today.") for text in labels)
    follow_ups = FollowUpsView(events, now=lambda: NEXT_MORNING, system_zone=lambda: "UTC")
    qtbot.addWidget(follow_ups)
    follow_ups.show()
    assert follow_ups.table.model().index(0, 2).data() == "Sent Fri 6 Mar"
