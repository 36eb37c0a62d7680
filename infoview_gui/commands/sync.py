"""``infoview sync [--json] [--password-stdin] [--set-up URL USER]``: sync with the account.

Contacts both ways and interviews one way with the CalDAV/CardDAV account set up in the
window (Tools > Accounts), or here with ``--set-up URL USER`` (it discovers the account
and uses, or creates, calendars and address books named "InfoView").

The password comes from standard input (``--password-stdin``, its first line), else the
environment variable ``INFOVIEW_DAV_PASSWORD``, else the system's secret store when the
``keyring`` package is installed. It is never written anywhere. Exits 0 when done; 1 with
a sentence when the data cannot be used, no account is set up, no password is given, or
the server cannot be reached or refuses, or a window has the data folder open (the
``--json`` output is then ``{"error": sentence}``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from datetime import UTC, datetime

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.commands.window_lock import refuse_while_window_open
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.i18n import _
from infoview_gui.paths import AppPaths

NAME = "sync"
HELP = "sync contacts both ways and interviews to the calendar with the CalDAV/CardDAV account"
PASSWORD_VARIABLE = "INFOVIEW_DAV_PASSWORD"
KEYRING_SERVICE = "InfoView"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--json``, ``--password-stdin`` and ``--set-up``."""
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"read the password from standard input (else ${PASSWORD_VARIABLE}, else the "
        "system's secret store)",
    )
    parser.add_argument(
        "--set-up",
        nargs=2,
        metavar=("URL", "USER"),
        help='set up the account first, with calendars and address books named "InfoView"',
    )


def password(args: argparse.Namespace, server_url: str, user_name: str) -> str:
    """Return the password from standard input, the environment or the secret store."""
    if args.password_stdin:
        found = sys.stdin.readline().rstrip("\r\n")
    else:
        found = os.environ.get(PASSWORD_VARIABLE, "") or _from_keyring(server_url, user_name)
    if not found:
        raise CommandError(
            _(
                "No password was given: pipe it with --password-stdin or set {password_variable}."
            ).format(password_variable=PASSWORD_VARIABLE)
        )
    return found


def _from_keyring(server_url: str, user_name: str) -> str:
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return ""
    try:
        found = keyring.get_password(KEYRING_SERVICE, f"{user_name}@{server_url}")
    except Exception:  # noqa: BLE001 - no secret store running: ask otherwise
        return ""
    return str(found or "")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview sync``."""
    from infoview_gui.store.database import close_database

    try:
        counts = _sync(args, paths)
    except UserError as refusal:
        if args.json:
            print(json.dumps({"error": str(refusal)}, ensure_ascii=False))
        raise
    finally:
        close_database()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        print(_text(counts))
    return 0


def _sync(args: argparse.Namespace, paths: AppPaths) -> dict[str, object]:
    from infoview_gui.services import sync
    from infoview_gui.store.opening import open_store

    refuse_while_window_open(paths, "infoview sync")
    if not paths.database.exists() and not args.set_up:
        raise CommandError(
            _("There is no InfoView data in {data_dir} yet.").format(data_dir=paths.data_dir)
        )
    paths.ensure()
    open_store(paths.database)
    secret = ""
    if args.set_up:
        url, user = args.set_up
        secret = password(args, url, user)
        _set_up(url, user, secret)
    account = sync.account()
    if account is None:
        raise CommandError(_("No sync account is set up: use --set-up URL USER, or the window."))
    secret = secret or password(args, account.server_url, account.user_name)
    counts = sync.run_sync(password=secret, now=datetime.now(UTC))
    return asdict(counts)


def _set_up(url: str, user: str, secret: str) -> None:
    from infoview_gui.exchange.dav import webdav
    from infoview_gui.services import sync

    found = sync.choices(server_url=url, user_name=user, password=secret)
    chosen = {}
    for kind, listed, home in (
        (webdav.CALENDAR, found.calendars, found.calendar_home),
        (webdav.ADDRESS_BOOK, found.address_books, found.address_book_home),
    ):
        named = [c for c in listed if c.name == "InfoView"]
        chosen[kind] = (
            named[0]
            if named
            else sync.make_collection(
                server_url=url, user_name=user, password=secret, home=home, kind=kind
            )
        )
    calendar = chosen[webdav.CALENDAR]
    sync.save_account(
        details=sync.Account(
            url,
            user,
            calendar_url=calendar.href,
            address_book_url=chosen[webdav.ADDRESS_BOOK].href,
            calendar_tasks="VTODO" in calendar.components,
        )
    )


def _text(counts: dict[str, object]) -> str:
    lines = [
        _("In InfoView: {added} contacts added, {updated} updated from the address book.").format(
            added=counts["contacts_added"], updated=counts["contacts_updated"]
        ),
        _(
            "On the server: {cards} cards written, {cards_deleted} deleted; {events} "
            "interviews written, {events_deleted} removed; {tasks} tasks written, "
            "{tasks_deleted} removed."
        ).format(
            cards=counts["cards_written"],
            cards_deleted=counts["cards_deleted"],
            events=counts["events_written"],
            events_deleted=counts["events_deleted"],
            tasks=counts["tasks_written"],
            tasks_deleted=counts["tasks_deleted"],
        ),
    ]
    if counts["conflicts"] or counts["server_deletions"]:
        lines.append(
            _(
                "Waiting for you in Tools > Accounts: {conflicts} values changed on both "
                "sides, {deletions} cards deleted on the server."
            ).format(conflicts=counts["conflicts"], deletions=counts["server_deletions"])
        )
    return "\n".join(lines)
