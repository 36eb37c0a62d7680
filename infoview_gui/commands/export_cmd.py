"""``infoview export --format csv|vcard|ics|json -o FILE``: the same writers as File > Export.

Files are written atomically (temporary file, then rename) and private to the user.
Exit 0 when the file was written, 1 when it could not be (the reason is printed),
2 for options that do not go together. Errors a user may see are printed by
``commands.dispatch``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from infoview_gui.domain.os_errors import file_error
from infoview_gui.paths import AppPaths

NAME = "export"
HELP = (
    "export contacts (CSV or vCard), scheduled interviews (.ics) or everything "
    "(a JSON backup InfoView can restore)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``export``."""
    parser.add_argument(
        "--format",
        choices=("csv", "vcard", "ics", "json"),
        required=True,
        help="csv (with each contact's career field, rank, weighted score and scores) or "
        "vcard: the contacts; ics: the scheduled interviews; json: everything",
    )
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    parser.add_argument(
        "--spreadsheet",
        action="store_true",
        help="CSV for spreadsheets: starts with a byte-order mark so that they read UTF-8",
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="CSV for programs: cells starting with = + - @, a tab or a carriage return "
        "written as they are (by default they get a leading apostrophe, so that a "
        "spreadsheet shows them as text and runs no formula; InfoView's import removes it)",
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview export``."""
    from infoview_gui.domain.i18n import _
    from infoview_gui.services import exports
    from infoview_gui.store.database import close_database
    from infoview_gui.store.opening import open_store

    for flag in ("spreadsheet", "raw"):
        if getattr(args, flag) and args.format != "csv":
            print(_("--{option} goes with --format csv only.").format(option=flag), file=sys.stderr)
            return 2
    if args.spreadsheet and args.raw:
        said = _("--raw is for programs, --spreadsheet for spreadsheets: choose one.")
        print(said, file=sys.stderr)
        return 2
    if not paths.database.exists():
        said = _("There is no InfoView data in {folder} yet.")
        print(said.format(folder=paths.data_dir), file=sys.stderr)
        return 1
    now = datetime.now(UTC)
    try:
        open_store(paths.database)
        if args.format == "csv":
            result = exports.export_csv(
                path=args.output, spreadsheet=args.spreadsheet, raw=args.raw
            )
        elif args.format == "vcard":
            result = exports.export_vcard(path=args.output)
        elif args.format == "ics":
            result = exports.export_ics(path=args.output, now=now)
        else:
            result = exports.export_json(path=args.output, now=now)
    except OSError as error:
        kept = _("Your data is as it was; no part of the export was left behind.")
        doing = _("write the export {file}").format(file=args.output)
        print(file_error(error, doing, kept), file=sys.stderr)
        return 1
    finally:
        close_database()
    print(result.message)
    return 0
