"""Follow-up conversations travel in the JSON backup and back; bad values refuse the restore."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationData, ConversationKind
from infoview_gui.services import conversations, restore
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.search import search_everything
from infoview_gui.services.timeline import timeline
from tests.unit.services.backup_trips import backed_up, data_folder, refused_with_one_bad_value

NOW = datetime(2026, 9, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def written(tmp_path: Path) -> tuple[bytes, int, int]:
    def fill() -> tuple[int, int]:
        dana = add_contact(contact=ContactData(first_name="Dana", organisation="Tom & Jerry"))
        talk = conversations.add_conversation(
            contact_id=dana,
            conversation=ConversationData(
                held_at=datetime(2026, 9, 1, 15, tzinfo=UTC),
                kind=ConversationKind.SECOND_INTERVIEW,
                notes="Asked about <script>shadowing</script>",
                time_zone="America/Toronto",
                thank_you_sent_on=date(2026, 9, 2),
            ),
        )
        return dana, talk

    data, (dana, talk) = backed_up(tmp_path / "source", fill, NOW)
    return data, dana, talk


def test_conversations_round_trip_searchable_and_on_the_timeline(
    written: tuple[bytes, int, int], tmp_path: Path
) -> None:
    data, dana, talk = written
    assert json.loads(data)["tables"]["conversation"]["rows"]
    with data_folder(tmp_path / "restored"):
        assert restore.restore_backup(data=data)["conversation"] == 1
        stored = conversations.load_conversation(talk)
        assert stored.data.notes == "Asked about <script>shadowing</script>"
        assert stored.data.time_zone == "America/Toronto"
        assert [h.record_id for h in search_everything(text="shadow").hits] == [talk]
        assert [e.label for e in timeline(contact_id=dana)] == [
            "Added to contacts (other)",  # today, by the clock: after the talk in September
            "Thank-you sent for the second interview",
            "Follow-up: second interview",
        ]


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("kind", "hologram", "not one of the values"),
        ("held_at", "yesterday", ""),
        ("held_at", None, ""),
        ("thank_you_sent_on", "soon", "not a date"),
        ("time_zone", "Mars/Olympus", ""),
        ("notes", "x" * 100_001, ""),
    ],
)
def test_a_backup_with_a_bad_conversation_value_is_refused_whole(
    written: tuple[bytes, int, int], tmp_path: Path, column: str, value: object, reason: str
) -> None:
    refused_with_one_bad_value(
        written[0], tmp_path / "restored", "conversation", column, value, reason
    )
