"""``infoview sheet``: write an interview's or a field's question sheet to a PDF file.

Exits 0 and prints the page count, or exits 2 with the reason in plain words: no such
interview or field, no questions yet, the data cannot be read, the file cannot be
written (``commands.dispatch`` prints it). Needs no display: without one, Qt draws
offscreen.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import DatabaseError

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.wording import counted
from infoview_gui.paths import AppPaths
from infoview_gui.store.database import (
    close_database,
    init_database,
    peek_user_version,
)
from infoview_gui.store.migrations import SCHEMA_VERSION, check_version, refuse_newer

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from infoview_gui.domain.sheet import SheetData

NAME = "sheet"
HELP = "write the question sheet of an interview or a field to a PDF file"
EXIT_REFUSED = 2
# The values of domain.sheet.Paper and Spacing, spelled out so that building the parser
# (at every start of the app) does not import the sheet's modules.
PAPERS = ("a4", "letter")
SPACINGS = ("compact", "roomy")


class SheetCommandError(CommandError):
    """The sheet cannot be written; ``str()`` is the reason for the user."""

    exit_code = EXIT_REFUSED


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--interview ID | --field NAME``, ``-o FILE`` and the layout options."""
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--interview", type=int, metavar="ID", help="the interview's number")
    which.add_argument("--field", metavar="NAME", help="a career field's question list")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    parser.add_argument("--paper", choices=PAPERS, help="a4 or letter (default: the setting)")
    parser.add_argument(
        "--spacing",
        choices=SPACINGS,
        help="room for notes under each question (default: the setting)",
    )
    parser.add_argument("--notes-page", action="store_true", help="add a blank page for notes")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview sheet``; a refusal raises ``SheetCommandError`` (exit 2)."""
    data = _read_sheet(args, paths, _locale_name())
    if not data.questions:
        raise SheetCommandError(_no_questions(args))
    pages = _write(data, Path(args.output))
    print(f"{counted(pages, 'page', 'pages')} written to {args.output}")
    return 0


def _no_questions(args: argparse.Namespace) -> str:
    if args.interview is not None:
        return f"Interview {args.interview} has no questions yet: add some in step 4 first."
    return f"The field “{args.field}” has no question list yet: add some questions first."


def _locale_name() -> str:
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def _read_sheet(args: argparse.Namespace, paths: AppPaths, locale_name: str) -> SheetData:
    """Open the database read-only in spirit (no migration) and build the sheet's data."""
    from infoview_gui.domain.sheet import Paper, Spacing
    from infoview_gui.services.sheets import field_sheet, interview_sheet

    if not paths.database.exists():
        raise SheetCommandError(f"There is no InfoView data in {paths.data_dir} yet.")
    paper = Paper(args.paper) if args.paper else None
    spacing = Spacing(args.spacing) if args.spacing else None
    try:
        refuse_newer(peek_user_version(paths.database))
        db = init_database(paths.database)
        if check_version(db) != SCHEMA_VERSION:
            raise SheetCommandError("Open InfoView once to bring this data up to date first.")
        if args.interview is not None:
            return interview_sheet(
                interview_id=args.interview,
                locale_name=locale_name,
                paper=paper,
                spacing=spacing,
                notes_page=args.notes_page,
            )
        return field_sheet(
            field_name=args.field,
            locale_name=locale_name,
            paper=paper,
            spacing=spacing,
            notes_page=args.notes_page,
        )
    except UserError as exc:  # every refusal of this command exits 2
        raise SheetCommandError(str(exc)) from exc
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        raise SheetCommandError(f"The database file cannot be read: {exc}") from exc
    finally:
        close_database()


def gui_application() -> QCoreApplication:
    """Return the running Qt application, or start one (offscreen without a display)."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_display and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["infoview"])


def _write(data: SheetData, output: Path) -> int:
    """Render the sheet to ``output``; return its page count."""
    app = gui_application()  # noqa: F841 - fonts and painting need it alive
    from infoview_gui.printing.render import RenderError, render_pdf
    from infoview_gui.printing.sheet_html import sheet_document

    try:
        return render_pdf(sheet_document(data), output)
    except RenderError as exc:
        raise SheetCommandError(str(exc)) from exc
