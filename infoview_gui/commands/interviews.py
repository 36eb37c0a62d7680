"""``infoview interviews [--json]``: the interviews, as the window's Interviews view lists them.

A request never sent (a draft opened and closed) is not an interview and is left out
(``store.queries.interview_rows``). The time is when the interview was held, else when it
is planned, in the user's time zone (the profile's, else the computer's). Plain output is
an aligned table; ``--json`` prints a JSON array of objects for scripts. Exits 0, or 1
with a sentence when the data cannot be read.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.paths import AppPaths

NAME = "interviews"
HELP = "list the interviews: number, contact, field, status and time (--json for scripts)"
HEADERS = (N_("ID"), N_("Contact"), N_("Organization"), N_("Field"), N_("Status"), N_("Time"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--json``."""
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of objects (id, contact, organisation, field, status, "
        "status_label, time as ISO 8601 in your time zone or null, time_zone, format)",
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview interviews``."""
    from infoview_gui.commands.reading import reading

    with reading(paths, command=NAME):
        rows = interview_records()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print(_("No interviews yet: a request becomes one once it is sent."))
    else:
        print(table(rows))
    return 0


def system_zone_name() -> str:
    """Return the computer's time zone name from TZ or /etc/localtime, or "" (no Qt)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name and os.path.islink("/etc/localtime"):
        name = os.path.realpath("/etc/localtime").partition("zoneinfo/")[2]
    return name


def interview_records() -> list[dict[str, Any]]:
    """Return one dictionary per interview, in the Interviews view's order."""
    from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
    from infoview_gui.services.agenda import user_zone
    from infoview_gui.store.queries import interview_rows

    zone: ZoneInfo = user_zone(system_zone=system_zone_name())
    records = []
    for row_id, contact, organisation, field, status, when, meeting in interview_rows():
        moment = when.astimezone(zone) if isinstance(when, datetime) else None
        records.append(
            {
                "id": int(str(row_id)),
                "contact": str(contact or ""),
                "organisation": str(organisation or ""),
                "field": str(field or ""),
                "status": str(status),
                "status_label": InterviewStatus(str(status)).label,
                "time": moment.isoformat(timespec="minutes") if moment else None,
                "time_zone": zone.key,
                "format": MeetingFormat(str(meeting)).label if meeting else "",
            }
        )
    return records


def time_text(iso: str | None) -> str:
    """Show an ISO moment as ``Tue 5/12/26 2:30 PM`` in the user's language; nothing for None."""
    if iso is None:
        return ""
    moment = datetime.fromisoformat(iso)
    shown = formats()
    return _("{weekday} {date} {time}").format(
        weekday=shown.weekday_name(moment.date(), short=True),
        date=shown.date(moment.date()),
        time=shown.time(moment.time()),
    )


def table(records: list[dict[str, Any]]) -> str:
    """Return the records as a table with aligned columns (the number right-aligned)."""
    rows = [
        (
            str(r["id"]),
            r["contact"],
            r["organisation"],
            r["field"],
            r["status_label"],
            time_text(r["time"]),
        )
        for r in records
    ]
    headers = tuple(_(header) for header in HEADERS)
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [row[0].rjust(widths[0])]
        cells += [cell.ljust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    zone = records[0]["time_zone"] if records else ""
    return "\n".join([*lines, _("Times are in {zone}.").format(zone=zone)])
