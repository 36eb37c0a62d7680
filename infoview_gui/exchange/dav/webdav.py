"""The CalDAV/CardDAV requests a sync needs, on one :class:`Connection`.

Discovery follows RFC 6764 (``/.well-known/caldav`` and ``/.well-known/carddav``, then
``current-user-principal``, then the calendar and address book home sets); collections
are listed with their kind and the components they take (VEVENT, VTODO). Changes come
from ``sync-collection`` (RFC 6578) with the last sync token, or, on a server without it
or with a token it forgot, from every member's ETag. A create is ``PUT`` with
``If-None-Match: *`` and an update ``If-Match`` with the ETag last seen, so that neither
overwrites what someone else wrote meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from uuid import uuid4

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav.client import Connection, Response, clean_href, refused
from infoview_gui.exchange.dav.errors import ServerError, Trouble
from infoview_gui.exchange.dav.xml import (
    CALDAV,
    CARDDAV,
    DAV,
    Reply,
    body,
    escape,
    multistatus,
    tag,
)

CALENDAR = "calendar"
ADDRESS_BOOK = "addressbook"
VCARD_TYPE = "text/vcard; charset=utf-8"
ICS_TYPE = "text/calendar; charset=utf-8"
MULTIGET_BATCH = 100


@dataclass(frozen=True)
class Homes:
    """Where an account keeps its calendars and its address books (hrefs, may be empty)."""

    principal: str
    calendars: str
    address_books: str


@dataclass(frozen=True)
class Collection:
    """A calendar or an address book of the account."""

    href: str
    kind: str  # CALENDAR or ADDRESS_BOOK
    name: str
    components: tuple[str, ...] = ()  # a calendar's: "VEVENT", "VTODO"


@dataclass
class Changes:
    """What changed in a collection since a sync token, or every member when listed."""

    etags: dict[str, str] = field(default_factory=dict)  # href -> ETag, changed or new
    removed: set[str] = field(default_factory=set)
    token: str = ""
    complete: bool = False  # True: ``etags`` holds every member (a listing, a first sync)


def _ok(answer: Response, what: str, *expected: int) -> Response:
    if answer.status not in expected:
        raise refused(answer, what)
    return answer


def _propfind(conn: Connection, href: str, props: str, depth: str) -> list:  # type: ignore[type-arg]
    answer = conn.request(
        "PROPFIND",
        href,
        body("d:propfind", f"<d:prop>{props}</d:prop>"),
        {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
    )
    return multistatus(_ok(answer, "PROPFIND", 207).body)[0]


def discover(conn: Connection) -> Homes:
    """Find the account's principal and home sets from the address the user gave.

    Tries the address itself, then ``/.well-known/caldav`` and ``/.well-known/carddav``
    on the same server (their redirects followed).

    Raises:
        ServerError: when no principal is found, or on any failure.
    """
    principal = ""
    base = urlsplit(conn.base)
    places = [base.path or "/", "/.well-known/caldav", "/.well-known/carddav"]
    for place in places:
        try:
            found = _propfind(conn, place, "<d:current-user-principal/>", "0")
        except ServerError as error:
            if error.trouble in (Trouble.PASSWORD, Trouble.OFFLINE, Trouble.CERTIFICATE):
                raise
            continue
        principal = next((r.href_in(DAV, "current-user-principal") for r in found), "")
        if principal:
            break
    if not principal:
        raise ServerError(
            _("No calendar or address book account was found at {url}.").format(url=conn.base),
            Trouble.MISSING,
        )
    props = "<c:calendar-home-set/><cr:addressbook-home-set/>"
    found = _propfind(conn, principal, props, "0")
    reply = found[0] if found else None
    return Homes(
        clean_href(conn.url(principal)),
        clean_href(conn.url(reply.href_in(CALDAV, "calendar-home-set"))) if reply else "",
        clean_href(conn.url(reply.href_in(CARDDAV, "addressbook-home-set"))) if reply else "",
    )


def collections(conn: Connection, home: str) -> list[Collection]:
    """Return the calendars and address books in ``home``."""
    props = "<d:resourcetype/><d:displayname/><c:supported-calendar-component-set/>"
    found = []
    for reply in _propfind(conn, home, props, "1"):
        kinds = reply.props.get(tag(DAV, "resourcetype"))
        if kinds is None:
            continue
        names = {child.tag for child in kinds}
        href = clean_href(reply.href)
        name = reply.text(DAV, "displayname") or href.rstrip("/").rsplit("/", 1)[-1]
        if tag(CALDAV, "calendar") in names:
            found.append(Collection(href, CALENDAR, name, _components(reply)))
        elif tag(CARDDAV, "addressbook") in names:
            found.append(Collection(href, ADDRESS_BOOK, name))
    return found


def _components(reply: Reply) -> tuple[str, ...]:
    """Return the components a calendar takes; all of them when it does not say (RFC 4791)."""
    parts = reply.props.get(tag(CALDAV, "supported-calendar-component-set"))
    components = tuple(str(c.get("name", "")).upper() for c in (parts if parts is not None else ()))
    return components or ("VEVENT", "VTODO")


def calendar_components(conn: Connection, calendar: str) -> tuple[str, ...]:
    """Return what a calendar takes ("VEVENT", "VTODO"...), as it says today."""
    found = _propfind(conn, calendar, "<c:supported-calendar-component-set/>", "0")
    return _components(found[0]) if found else ("VEVENT", "VTODO")


def make_collection(
    conn: Connection,
    home: str,
    kind: str,
    name: str,
    *,
    components: tuple[str, ...] = ("VEVENT", "VTODO"),
) -> Collection:
    """Create a calendar (of ``components``) or an address book called ``name`` in ``home``."""
    href = clean_href(urljoin(home.rstrip("/") + "/", f"infoview-{uuid4().hex[:8]}/"))
    title = f"<d:displayname>{escape(name)}</d:displayname>"
    if kind == CALENDAR:
        parts = "".join(f'<c:comp name="{escape(c)}"/>' for c in components)
        sets = "c:supported-calendar-component-set"
        inner = f"{title}<{sets}>{parts}</{sets}>"
        request = body("c:mkcalendar", f"<d:set><d:prop>{inner}</d:prop></d:set>")
        answer = conn.request("MKCALENDAR", href, request, {"Content-Type": "application/xml"})
    else:
        types = "<d:resourcetype><d:collection/><cr:addressbook/></d:resourcetype>"
        request = body("d:mkcol", f"<d:set><d:prop>{types}{title}</d:prop></d:set>")
        answer = conn.request("MKCOL", href, request, {"Content-Type": "application/xml"})
        components = ()
    _ok(answer, "MKCOL", 201)
    return Collection(href, kind, name, tuple(components))


def changes(conn: Connection, collection: str, token: str) -> Changes:
    """Return what changed since ``token`` (every member when it is empty or refused)."""
    if token:
        inner = (
            f"<d:sync-token>{escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop>"
        )
        answer = conn.request(
            "REPORT",
            collection,
            body("d:sync-collection", inner),
            {"Content-Type": "application/xml; charset=utf-8"},
        )
        if answer.status == 207:
            replies, new_token = multistatus(answer.body)
            found = Changes(token=new_token)
            for reply in replies:
                href = clean_href(reply.href)
                if href == clean_href(collection):
                    continue
                if reply.status in (404, 410):
                    found.removed.add(href)
                else:
                    found.etags[href] = reply.text(DAV, "getetag")
            return found
        # 403/409 valid-sync-token, 400, 501: fall back to the whole listing
    return listing(conn, collection)


def listing(conn: Connection, collection: str) -> Changes:
    """Return every member's ETag, and the collection's current sync token if it has one."""
    replies = _propfind(conn, collection, "<d:getetag/><d:sync-token/>", "1")
    found = Changes(complete=True)
    own = clean_href(collection)
    for reply in replies:
        href = clean_href(reply.href)
        if href == own:
            found.token = reply.text(DAV, "sync-token")
        elif not href.endswith("/"):
            found.etags[href] = reply.text(DAV, "getetag")
    return found


def multiget(
    conn: Connection, collection: str, kind: str, hrefs: Sequence[str]
) -> dict[str, tuple[str, str]]:
    """Return {href: (ETag, text)} of the members asked for, read in batches."""
    if kind == CALENDAR:
        root, data = "c:calendar-multiget", "<c:calendar-data/>"
        namespace, name = CALDAV, "calendar-data"
    else:
        root, data = "cr:addressbook-multiget", "<cr:address-data/>"
        namespace, name = CARDDAV, "address-data"
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(hrefs), MULTIGET_BATCH):
        batch = hrefs[start : start + MULTIGET_BATCH]
        links = "".join(f"<d:href>{escape(h)}</d:href>" for h in batch)
        answer = conn.request(
            "REPORT",
            collection,
            body(root, f"<d:prop><d:getetag/>{data}</d:prop>{links}"),
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        for reply in multistatus(_ok(answer, "REPORT multiget", 207).body)[0]:
            if reply.status == 200 and tag(namespace, name) in reply.props:
                text = reply.props[tag(namespace, name)].text or ""
                found[clean_href(reply.href)] = (reply.text(DAV, "getetag"), text)
    return found


def put(conn: Connection, href: str, text: str, content_type: str, *, etag: str | None) -> str:
    """Write one item; return its new ETag (empty when the server gives none).

    Args:
        conn: the connection.
        href: the item's address.
        text: the vCard or iCalendar text.
        content_type: VCARD_TYPE or ICS_TYPE.
        etag: the ETag last seen (the update fails if the item changed since), or None
            to create it (the create fails if something is already there).

    Raises:
        ServerError: ``Trouble.CHANGED`` when the precondition failed.
    """
    headers = {"Content-Type": content_type}
    headers["If-Match" if etag else "If-None-Match"] = etag or "*"
    answer = conn.request("PUT", href, text.encode("utf-8"), headers)
    _ok(answer, "PUT", 200, 201, 204)
    return answer.headers.get("etag", "")


def delete(conn: Connection, href: str, *, etag: str | None = None) -> None:
    """Remove one item (gone already is fine); with ``etag``, only if unchanged since."""
    headers = {"If-Match": etag} if etag else {}
    _ok(conn.request("DELETE", href, b"", headers), "DELETE", 200, 204, 404, 410)


def remove_all(conn: Connection, hrefs: Iterable[str]) -> None:
    """Remove several items, whatever their ETags."""
    for href in hrefs:
        delete(conn, href)


def etag_of(conn: Connection, href: str) -> str:
    """Return one item's current ETag (empty when the server gives none)."""
    found = _propfind(conn, href, "<d:getetag/>", "0")
    return found[0].text(DAV, "getetag") if found else ""
