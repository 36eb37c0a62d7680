"""Follow-up conversations on a real store: kept apart from requests, yet part of the story."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain import drafts
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationData, ConversationKind
from infoview_gui.domain.errors import NotFoundError, ValidationError
from infoview_gui.domain.search_text import HitKind
from infoview_gui.paths import AppPaths
from infoview_gui.services import conversations, keep_touch
from infoview_gui.services.contacts import add_contact, delete_contacts, undo_delete
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.services.search import search_everything
from infoview_gui.services.timeline import timeline
from infoview_gui.store import keep_touch_rows, request_rule, search_queries
from infoview_gui.store.connection import current
from infoview_gui.store.models import Contact, Conversation, Interview
from tests.unit.services.test_deletion import dump

HELD = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
COFFEE = datetime(2026, 6, 10, 8, 30, tzinfo=UTC)
ADDED = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)


def _coffee(contact_id: int, notes: str = "", at: datetime = COFFEE) -> int:
    return conversations.add_conversation(
        contact_id=contact_id,
        conversation=ConversationData(held_at=at, kind=ConversationKind.COFFEE, notes=notes),
    )


@pytest.fixture
def people(store: SqliteDatabase) -> dict[str, int]:
    """Dana (ranked first, request held) and Sam (second, never asked), in one field."""
    field_id = add_field(name="Nursing")
    ids = {"field": field_id}
    for rank, name in enumerate(("Dana", "Sam")):
        ids[name.lower()] = add_contact(contact=ContactData(first_name=name, field_id=field_id))
        Contact.update(rank=float(rank)).where(Contact.id == ids[name.lower()]).execute()
    ids["request"] = start_request(contact_id=ids["dana"])
    Interview.update(
        status="held", held_at=HELD, requested_on=date(2026, 2, 20), created_at=ADDED
    ).where(Interview.id == ids["request"]).execute()
    Contact.update(created_at=ADDED).execute()
    return ids


def test_the_request_rule_ignores_follow_up_conversations(people: dict[str, int]) -> None:
    assert request_rule.next_to_ask(people["field"]) == people["sam"]
    _coffee(people["dana"])
    _coffee(people["sam"])  # a coffee with someone never asked is no request either
    assert request_rule.current_request_id(people["dana"]) == people["request"]
    assert request_rule.current_request_id(people["sam"]) is None
    assert request_rule.next_to_ask(people["field"]) == people["sam"]
    assert Interview.get_by_id(people["request"]).status == "held"  # its state machine untouched


def test_a_second_conversation_is_saved_edited_and_read_back(people: dict[str, int]) -> None:
    first = _coffee(people["dana"], "Talked about night shifts")
    second = conversations.add_conversation(
        contact_id=people["dana"],
        conversation=ConversationData(
            held_at=datetime(2026, 9, 1, 16, tzinfo=UTC),
            kind=ConversationKind.SECOND_INTERVIEW,
            notes="Met the ward manager",
            time_zone="Europe/London",
        ),
    )
    stored = conversations.load_conversation(second)
    assert stored.contact_id == people["dana"] and stored.name == "Dana"
    assert stored.data.kind.is_interview and stored.data.notes == "Met the ward manager"
    changed = ConversationData(held_at=COFFEE, kind=ConversationKind.CALL, notes="A call after all")
    conversations.save_conversation(conversation_id=first, conversation=changed)
    assert conversations.load_conversation(first).data.notes == "A call after all"
    assert conversations.load_conversation(first).data.kind is ConversationKind.CALL
    conversations.delete_conversation(conversation_id=first)
    with pytest.raises(NotFoundError):
        conversations.load_conversation(first)


def test_bad_values_are_refused_with_the_input_to_fix(people: dict[str, int]) -> None:
    naive = ConversationData(held_at=datetime(2026, 6, 10, 9))
    with pytest.raises(ValidationError) as naive_error:
        conversations.add_conversation(contact_id=people["dana"], conversation=naive)
    assert naive_error.value.field == "held_at"
    early = ConversationData(held_at=COFFEE, thank_you_sent_on=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="after the conversation"):
        conversations.add_conversation(contact_id=people["dana"], conversation=early)
    too_long = ConversationData(held_at=COFFEE, notes="x" * 100_001)
    with pytest.raises(ValidationError, match="too long"):
        conversations.add_conversation(contact_id=people["dana"], conversation=too_long)
    with pytest.raises(NotFoundError):
        conversations.add_conversation(contact_id=999, conversation=ConversationData(COFFEE))
    assert Conversation.select().count() == 0


def test_the_thank_you_is_drafted_kept_as_sent_and_restarts_the_reminder(
    people: dict[str, int],
) -> None:
    dana = people["dana"]
    keep_touch.set_keep_touch(contact_id=dana, every=3, unit="months", today=date(2026, 3, 5))
    assert keep_touch_rows.last_interaction(dana) == date(2026, 3, 4)
    conversation_id = _coffee(dana)
    assert keep_touch_rows.last_interaction(dana) == date(2026, 6, 10)  # counts from the coffee
    draft = conversations.thank_you_draft(conversation_id=conversation_id)
    assert draft.subject == "Thank you for your time" and "Dear Dana" in draft.body
    sent = drafts.Draft("Thanks for the coffee", "Dear Dana,\n\nThank you!")
    conversations.mark_thanked(conversation_id=conversation_id, draft=sent, on=date(2026, 6, 11))
    assert keep_touch_rows.last_interaction(dana) == date(2026, 6, 11)
    assert conversations.thank_you_draft(conversation_id=conversation_id) == sent
    assert keep_touch.keep_touch_of(contact_id=dana, today=date(2026, 6, 11)).next_due == date(
        2026, 9, 11
    )


def test_the_timeline_lists_everything_newest_first(people: dict[str, int]) -> None:
    dana = people["dana"]
    ref = add_contact(contact=ContactData(first_name="Ref", last_name="Lee", introduced_by_id=dana))
    Contact.update(created_at=HELD).where(Contact.id == ref).execute()
    keep_touch.log_update(contact_id=dana, on=date(2026, 5, 2), note="Sent my portfolio")
    first = _coffee(dana, at=datetime(2026, 4, 1, 9, tzinfo=UTC))
    second = conversations.add_conversation(
        contact_id=dana,
        conversation=ConversationData(
            held_at=datetime(2026, 9, 1, 16, tzinfo=UTC), kind=ConversationKind.SECOND_INTERVIEW
        ),
    )
    entries = timeline(contact_id=dana)
    assert [(e.label, e.record_id) for e in entries[:4]] == [
        ("Follow-up: second interview", second),
        ("Update: Sent my portfolio", next(e.record_id for e in entries if "Update" in e.label)),
        ("Follow-up: coffee", first),
        ("Introduced Ref Lee", ref),
    ]
    assert [e.label for e in entries[4:]] == [
        "Interview held",
        "Request sent",
        "Request started",
        "Added to contacts (other)",
    ]
    assert [e.on for e in entries] == sorted((e.on for e in entries), reverse=True)
    introduced = next(e for e in entries if e.label == "Introduced Ref Lee")
    assert introduced.record_id == ref
    assert timeline(contact_id=ref)[0].label == "Introduced by Dana"


def test_notes_are_found_by_one_word_and_open_the_conversation(
    people: dict[str, int], paths: AppPaths
) -> None:
    conversation_id = _coffee(people["dana"], "She mentioned the <b>pediatric</b> rotation")
    (hit,) = search_everything(text="pediat").hits
    assert (hit.kind, hit.record_id, hit.contact_id) == (
        HitKind.CONVERSATION,
        conversation_id,
        people["dana"],
    )
    assert hit.title == "Follow-up (coffee) with Dana"
    assert "&lt;b&gt;" in hit.context_html()
    edited = ConversationData(held_at=COFFEE, notes="Only oncology now")
    conversations.save_conversation(conversation_id=conversation_id, conversation=edited)
    assert search_everything(text="pediat").hits == ()
    assert [h.record_id for h in search_everything(text="oncol").hits] == [conversation_id]
    current().execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    assert search_queries.search_index_problem() != ""
    assert check_invariants(cards_dir=paths.cards_dir, fix=True).fixed
    assert [h.record_id for h in search_everything(text="oncol").hits] == [conversation_id]
    assert search_queries.search_index_problem() == ""


def test_deleting_the_contact_and_undoing_brings_the_conversations_back(
    people: dict[str, int],
) -> None:
    _coffee(people["dana"], "Notes that must come back")
    before = dump()
    snapshot = delete_contacts(contact_ids=[people["dana"]])
    assert Conversation.select().count() == 0 and snapshot.count(Conversation) == 1
    undo_delete(snapshot=snapshot)
    assert dump() == before
    assert [h.kind for h in search_everything(text="must come").hits] == [HitKind.CONVERSATION]
    assert search_queries.search_index_problem() == ""


def test_merging_two_contacts_keeps_the_follow_ups_and_updates_of_both(
    people: dict[str, int],
) -> None:
    from infoview_gui.services.merging import merge_contacts, undo_merge

    dana, sam = people["dana"], people["sam"]
    mine, theirs = _coffee(dana, "Dana's coffee"), _coffee(sam, "Sam's coffee")
    keep_touch.log_update(contact_id=sam, on=date(2026, 7, 1), note="Sent Sam an update")
    undo = merge_contacts(kept_id=dana, removed_id=sam, picked=())
    assert {c.id for c in Conversation.select().where(Conversation.contact == dana)} == {
        mine,
        theirs,
    }
    assert keep_touch_rows.last_interaction(dana) == date(2026, 7, 1)
    undo_merge(undo=undo)
    assert conversations.load_conversation(theirs).contact_id == sam
