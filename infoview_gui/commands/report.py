"""``infoview report [--field NAME] [--json]``: progress in figures, as the window shows them.

Overall then per field (or the one field named): asked, accepted, declined, no reply,
held, thanked, referrals, response rate, median business days to a reply and interviews
per month, on today's date in the user's time zone. ``--json`` prints the same figures as
a JSON array of objects (``field`` is null for every field together). Exits 0; 1 with a
sentence when the data cannot be read; 2 for a field of that name that does not exist.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import Any

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.paths import AppPaths

NAME = "report"
HELP = "progress in figures, overall and per field: asked, answered, held... (--json)"


class ReportError(CommandError):
    """The report cannot be made: a field of that name does not exist (exit code 2)."""

    exit_code = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--field`` and ``--json``."""
    parser.add_argument("--field", metavar="NAME", help="only this career field (any case)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of objects, one per field (field is null for all fields)",
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview report``."""
    from infoview_gui.commands.interviews import system_zone_name
    from infoview_gui.commands.reading import reading
    from infoview_gui.domain.errors import ValidationError
    from infoview_gui.services.agenda import user_zone
    from infoview_gui.services.progress import report

    with reading(paths, command=NAME):
        zone = system_zone_name()
        today = datetime.now(user_zone(system_zone=zone)).date()
        try:
            figures = report(today=today, field_name=args.field, system_zone=zone)
        except ValidationError as exc:
            raise ReportError(str(exc)) from exc
        records = [found.as_dict() for found in figures]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        print(text(records, [found.name for found in figures], today))
    return 0


COUNTS = (
    ("asked", N_("{n} asked")),
    ("accepted", N_("{n} accepted")),
    ("declined", N_("{n} declined")),
    ("no_reply", N_("{n} no reply")),
    ("held", N_("{n} held")),
    ("thanked", N_("{n} thanked")),
    ("referrals", N_("{n} referrals")),
)
"""Each figure of a field's first line, as the report words it ("{n}" is the number)."""


def _lines(record: dict[str, Any]) -> list[str]:
    from infoview_gui.domain.i18n import formats
    from infoview_gui.domain.progress import days_text, rate_text

    number = formats().number
    counts = ", ".join(_(said).replace("{n}", number(record[key])) for key, said in COUNTS)
    months = ", ".join(
        f"{month_text(m)}: {number(n)}" for m, n in record["interviews_per_month"].items()
    )
    rate = _(
        "Response rate {rate} ({answered} of {asked} answered); median wait for a reply {days}"
    ).format(
        rate=rate_text(record["response_rate"]),
        answered=number(record["answered"]),
        asked=number(record["asked"]),
        days=days_text(record["median_reply_business_days"]),
    )
    per_month = _("Interviews per month: {months}").format(months=months or _("none held yet"))
    return [f"  {counts}", f"  {rate}", f"  {per_month}"]


def month_text(month: str) -> str:
    """Return a month ``2026-03`` as the language writes it: "March 2026", "März 2026"."""
    from infoview_gui.domain.i18n import formats

    year, number = month.split("-")
    return _("{month} {year}").format(month=formats().month_name(int(number)), year=year)


def text(records: list[dict[str, Any]], names: list[str], today: date) -> str:
    """Return the figures as plain text, one block per field."""
    from infoview_gui.domain.i18n import formats

    blocks = [_("Progress on {day}").format(day=formats().date(today, long=True))]
    for name, record in zip(names, records, strict=True):
        blocks.append("\n".join([name, *_lines(record)]))
    return "\n\n".join(blocks)
