"""The status key the contacts table sorts and filters by follows every write of a request.

``contact_keys.status_rank`` is kept by triggers (``store/schema_status_keys.py``); after
each kind of write it must equal the status the request rule gives (the latest request's,
*not asked* without one), and Check database must find nothing to repair.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.paths import AppPaths
from infoview_gui.services import asking, contacts, deletion, exports, merging, restore, scheduling
from infoview_gui.services.fields import add_field
from infoview_gui.services.interviews import start_request
from infoview_gui.services.invariants import check_invariants
from infoview_gui.store.connection import read
from infoview_gui.store.contact_table import STATUS_RANK, ContactFilter, SortKey, contact_ids
from infoview_gui.store.database import close_database, database
from infoview_gui.store.models import Interview
from infoview_gui.store.opening import open_store
from infoview_gui.store.request_rule import CURRENT_STATUS_SQL
from infoview_gui.store.schema_status_keys import STATUS_RANKS

DAY = date(2026, 5, 4)


def kept_and_computed() -> list[tuple[int, int, int]]:
    """Return (contact, kept key, key of the computed status) for every contact."""
    rows = read(
        f"SELECT c.id, k.status_rank, {CURRENT_STATUS_SQL} FROM contact c"
        " JOIN contact_keys k ON k.id = c.id ORDER BY c.id"
    )
    return [(i, kept, STATUS_RANK[InterviewStatus(status)]) for i, kept, status in rows]


def assert_in_step(paths: AppPaths) -> None:
    rows = kept_and_computed()
    assert [(i, kept) for i, kept, _ in rows] == [(i, rank) for i, _, rank in rows]
    assert check_invariants(cards_dir=paths.cards_dir, fix=False).problems == []


def status_of(contact_id: int) -> InterviewStatus:
    rank = read("SELECT status_rank FROM contact_keys WHERE id = ?", [contact_id])[0][0]
    return list(InterviewStatus)[rank]


@pytest.fixture
def people(store: SqliteDatabase) -> list[int]:
    field = add_field(name="Nursing")
    return [
        contacts.add_contact(contact=ContactData(first_name=name, field_id=field))
        for name in ("Ana", "Ben", "Chloé")
    ]


def test_the_schema_ranks_the_statuses_in_the_tables_order() -> None:
    assert dict(STATUS_RANKS) == {status.value: rank for status, rank in STATUS_RANK.items()}


def test_the_key_follows_a_request_through_every_step(people: list[int], paths: AppPaths) -> None:
    ana = people[0]
    assert status_of(ana) is InterviewStatus.NOT_ASKED
    request = start_request(contact_id=ana)
    assert_in_step(paths)
    asking.mark_asked(interview_id=request, channel=Channel.EMAIL, on=DAY)
    assert status_of(ana) is InterviewStatus.ASKED
    asking.mark_no_reply(interview_id=request)
    assert status_of(ana) is InterviewStatus.NO_REPLY
    asking.mark_accepted(interview_id=request, on=DAY)
    assert status_of(ana) is InterviewStatus.ACCEPTED
    scheduling.schedule(
        interview_id=request,
        start_local=datetime(2026, 5, 12, 10),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="",
    )
    assert status_of(ana) is InterviewStatus.SCHEDULED
    assert_in_step(paths)
    second = start_request(contact_id=ana)  # a newer request is the current one
    assert status_of(ana) is InterviewStatus.NOT_ASKED
    snapshot = deletion.delete_interviews(interview_ids=[second])
    assert status_of(ana) is InterviewStatus.SCHEDULED
    deletion.undo_deletion(snapshot=snapshot)  # Edit > Undo puts the request back
    assert status_of(ana) is InterviewStatus.NOT_ASKED
    assert_in_step(paths)


def test_the_key_follows_a_decline_a_merge_and_its_undo(people: list[int], paths: AppPaths) -> None:
    ana, ben, _ = people
    request = start_request(contact_id=ben)
    asking.mark_asked(interview_id=request, channel=Channel.PHONE, on=DAY)
    asking.mark_declined(interview_id=request, on=DAY)
    assert status_of(ben) is InterviewStatus.DECLINED
    undo = merging.merge_contacts(kept_id=ana, removed_id=ben, picked=())
    assert status_of(ana) is InterviewStatus.DECLINED  # Ben's request is Ana's now
    assert_in_step(paths)
    merging.undo_merge(undo=undo)
    assert status_of(ana) is InterviewStatus.NOT_ASKED
    assert status_of(ben) is InterviewStatus.DECLINED
    assert_in_step(paths)


def test_the_key_follows_a_deleted_contact_put_back(people: list[int], paths: AppPaths) -> None:
    chloe = people[2]
    request = start_request(contact_id=chloe)
    asking.mark_asked(interview_id=request, channel=Channel.EMAIL, on=DAY)
    snapshot = contacts.delete_contacts(contact_ids=[chloe])
    assert_in_step(paths)
    contacts.undo_delete(snapshot=snapshot)
    assert status_of(chloe) is InterviewStatus.ASKED
    assert_in_step(paths)


def test_a_key_out_of_step_is_found_and_repaired(people: list[int], paths: AppPaths) -> None:
    start_request(contact_id=people[1])
    database.execute_sql("UPDATE contact_keys SET status_rank = 6")
    found = check_invariants(cards_dir=paths.cards_dir, fix=False).problems
    assert found == [
        "The status shown in the contacts table does not match the latest request for 3 contacts."
    ]
    fixed = check_invariants(cards_dir=paths.cards_dir, fix=True).fixed
    assert fixed == [
        "Recomputed the status of 3 contacts in the contacts table: it did not match their "
        "latest request."
    ]
    assert_in_step(paths)


def test_sorting_and_filtering_by_status_use_the_key(people: list[int]) -> None:
    ana, ben, chloe = people
    asking.mark_asked(interview_id=start_request(contact_id=chloe), channel=Channel.EMAIL, on=DAY)
    start_request(contact_id=ben)
    assert list(contact_ids(ContactFilter(), SortKey.STATUS)) == [ana, ben, chloe]
    assert list(contact_ids(ContactFilter(), SortKey.STATUS, descending=True)) == [chloe, ben, ana]
    asked = ContactFilter(status=InterviewStatus.ASKED)
    assert list(contact_ids(asked, SortKey.NAME)) == [chloe]
    sql = "EXPLAIN QUERY PLAN SELECT k.id FROM contact_keys k ORDER BY k.status_rank, k.id"
    plan = " ".join(str(row[3]) for row in read(sql))
    assert "contact_keys_status_order" in plan and "TEMP B-TREE" not in plan


def test_the_key_follows_a_request_moved_to_another_contact(
    people: list[int], paths: AppPaths
) -> None:
    ana, ben, _ = people
    request = start_request(contact_id=ben)
    asking.mark_asked(interview_id=request, channel=Channel.EMAIL, on=DAY)
    Interview.update(contact=ana).where(Interview.id == request).execute()
    assert (status_of(ana), status_of(ben)) == (InterviewStatus.ASKED, InterviewStatus.NOT_ASKED)
    assert_in_step(paths)


def test_a_restored_backup_gets_its_keys(people: list[int], tmp_path: Path) -> None:
    ben = people[1]
    asking.mark_asked(interview_id=start_request(contact_id=ben), channel=Channel.EMAIL, on=DAY)
    backup = tmp_path / "backup.json"
    exports.export_json(path=backup, now=datetime(2026, 5, 4, 12, tzinfo=UTC))
    close_database()
    other = AppPaths(tmp_path / "restored")
    other.ensure()
    open_store(other.database)
    restore.restore_file(path=backup)
    assert status_of(ben) is InterviewStatus.ASKED
    assert_in_step(other)
