"""Interviews to the account's calendar, one way: InfoView's calendar items are InfoView's.

Every interview with a time is an event with the UID the ``.ics`` export gives it (the
place or link, a reminder the day before), its words in the user's language; a
rescheduled one is written again, a cancelled one removed. Where the calendar takes tasks
(VTODO: the account says so and the calendar, asked at each run, still does), each
thank-you still to send and each contact due a keep-in-touch update is a task, removed
once done. An event edited on the server is written over: the interview in InfoView
decides. The addresses of new items are saved before their upload (one transaction), so
a run stopped half-way and run again writes over what it left instead of adding twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from icalendar import Todo

from infoview_gui.domain.i18n import _
from infoview_gui.exchange import ics
from infoview_gui.exchange.dav import webdav
from infoview_gui.exchange.dav.client import clean_href
from infoview_gui.exchange.dav.errors import ServerError, Trouble
from infoview_gui.services.exports import calendar_events
from infoview_gui.services.sync_contacts import item_name
from infoview_gui.services.sync_run import Run
from infoview_gui.store.models import Contact, Interview, SyncItem
from infoview_gui.store.queries import tuples

_STAMP = re.compile(r"^DTSTAMP[;:].*$", re.MULTILINE)


def same(one: str, other: str) -> bool:
    """Whether two calendar texts say the same but for when they were made (DTSTAMP)."""
    return _STAMP.sub("", one).strip() == _STAMP.sub("", other).strip()


def sync_calendar(run: Run, *, today: date) -> None:
    """Write the interviews (and tasks) that changed; remove those gone."""
    calendar = str(run.account.calendar_url)
    if not calendar:
        return
    wanted = {event.uid: _event_text(run, event) for event in calendar_events()}
    _write(run, calendar, "event", wanted)
    tasks = run.account.calendar_tasks and "VTODO" in webdav.calendar_components(run.conn, calendar)
    _write(run, calendar, "task", dict(_tasks(run, today)) if tasks else {})


def _event_text(run: Run, event: ics.InterviewEvent) -> str:
    made = ics.interview_event(event, stamp=run.now)
    return ics.write_calendar([made]).decode("utf-8")


def _write(run: Run, calendar: str, kind: str, wanted: dict[str, str]) -> None:
    items = run.items(kind)
    run.total += len(wanted) + len(set(items) - set(wanted))
    new = [
        (uid, clean_href(calendar + item_name(uid) + ".ics")) for uid in wanted if uid not in items
    ]
    items.update(run.new_items(kind, new))
    what = _("Writing interviews to the calendar…")
    for uid, text in wanted.items():
        item = items.pop(uid)
        if not item.copy or not same(str(item.copy), text):
            _put(run, item, text)
            setattr(run.counts, f"{kind}s_written", getattr(run.counts, f"{kind}s_written") + 1)
        run.step(what)
    for item in items.values():  # cancelled, deleted, or done
        webdav.delete(run.conn, str(item.href))
        run.forget(item)
        setattr(run.counts, f"{kind}s_deleted", getattr(run.counts, f"{kind}s_deleted") + 1)
        run.step(what)


def _put(run: Run, item: SyncItem, text: str) -> None:
    """Write one calendar item; over whatever the server has, if it changed there."""
    href = str(item.href)
    etag = str(item.etag) or None
    try:
        new = webdav.put(run.conn, href, text, webdav.ICS_TYPE, etag=etag)
    except ServerError as error:
        if error.trouble is not Trouble.CHANGED:
            raise
        current = webdav.etag_of(run.conn, href) if etag is None else _current(run, href)
        new = webdav.put(run.conn, href, text, webdav.ICS_TYPE, etag=current or None)
    run.remember(item, etag=new or webdav.etag_of(run.conn, href), copy=text)


def _current(run: Run, href: str) -> str:
    try:
        return webdav.etag_of(run.conn, href)
    except ServerError as error:
        if error.trouble is Trouble.MISSING:
            return ""
        raise


def _tasks(run: Run, today: date) -> Iterable[tuple[str, str]]:
    """Yield (UID, text) of each thank-you to send and each keep-in-touch update due."""
    from infoview_gui.services.keep_touch import due_updates
    from infoview_gui.services.thanks import follow_ups
    from infoview_gui.services.user_zone import user_zone

    zone = user_zone()
    pending = [f for f in follow_ups(today=today, zone=zone) if f.state != "sent" and f.due]
    ids = [f.interview_id for f in pending]
    uids = dict(tuples(Interview.select(Interview.id, Interview.uid).where(Interview.id << ids)))
    for found in pending:
        summary = _("Send a thank-you to {name}").format(name=found.name)
        uid = f"thank-you-{uids[found.interview_id]}"
        yield uid, _task_text(run, uid, summary, found.due or today)
    due = due_updates(today=today, limit=10_000).items
    contact_ids = [d.contact_id for d in due]
    contact_uids = dict(
        tuples(Contact.select(Contact.id, Contact.uid).where(Contact.id << contact_ids))
    )
    for update in due:
        summary = _("Keep in touch with {name}").format(name=update.name)
        uid = f"keep-in-touch-{contact_uids[update.contact_id]}"
        yield uid, _task_text(run, uid, summary, update.due)


def _task_text(run: Run, uid: str, summary: str, due: date) -> str:
    todo = Todo()
    todo.add("uid", uid)
    todo.add("dtstamp", run.now)
    todo.add("summary", summary)
    todo.add("due", due)
    todo.add("status", "NEEDS-ACTION")
    return (
        ics.write_calendar([])
        .decode("utf-8")
        .replace(
            "END:VCALENDAR", todo.to_ical().decode("utf-8").rstrip("\r\n") + "\r\nEND:VCALENDAR"
        )
    )
