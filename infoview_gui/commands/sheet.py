"""``infoview sheet``: write an interview's or a field's question sheet to a PDF file.

Exits 0 and prints the page count, or exits 2 with the reason in plain words: no such
interview or field, no questions yet, the data cannot be read, the file cannot be
written (``commands.dispatch`` prints it). Needs no display: without one, Qt draws
offscreen.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.wording import counted
from infoview_gui.paths import AppPaths

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
    """Add ``--interview ID | --contact NAME | --field NAME``, ``-o FILE``, the layout."""
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--interview", type=int, metavar="ID", help="the interview's number (see: interviews)"
    )
    which.add_argument(
        "--contact",
        metavar="NAME",
        help="the interview with this contact (case-insensitive; part of the name will do "
        "when only one interview matches)",
    )
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
    with _locale_formats():
        data = _read_sheet(args, paths, _locale_name())
        if not data.questions:
            raise SheetCommandError(_no_questions(args))
        pages = _write(data, Path(args.output))
    said = _("{pages} written to {file}")
    print(said.format(pages=counted(pages, "page", "pages"), file=args.output))
    return 0


def _no_questions(args: argparse.Namespace) -> str:
    if args.interview is not None:
        said = _("Interview {number} has no questions yet: add some in step 4 first.")
        return said.format(number=args.interview)
    said = _("The field “{name}” has no question list yet: add some questions first.")
    return said.format(name=args.field)


@contextmanager
def _locale_formats() -> Iterator[None]:
    """Write the sheet's dates in the language spoken (the commands' default has no Qt)."""
    from PySide6.QtCore import QLocale

    from infoview_gui.domain.i18n import formats, install_formats, language
    from infoview_gui.domain.language import Language
    from infoview_gui.ui.translation import QLocaleFormats, locale_for

    before, kept = QLocale(), formats()
    QLocale.setDefault(locale_for(Language.parse(language())))
    install_formats(QLocaleFormats())
    try:
        yield
    finally:  # the tests run commands in their own process
        QLocale.setDefault(before)
        install_formats(kept)


def _locale_name() -> str:
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def _read_sheet(args: argparse.Namespace, paths: AppPaths, locale_name: str) -> SheetData:
    """Open the database read-only in spirit (no migration) and build the sheet's data."""
    from infoview_gui.commands.reading import reading
    from infoview_gui.domain.sheet import Paper, Spacing
    from infoview_gui.services.sheets import field_sheet, interview_sheet

    paper = Paper(args.paper) if args.paper else None
    spacing = Spacing(args.spacing) if args.spacing else None
    with reading(paths, SheetCommandError, command=NAME):  # every refusal of this command exits 2
        if args.contact is not None:
            args.interview = _interview_of(args.contact)
        if args.interview is not None:
            _known_interview(args.interview)
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


def _listed(rows: list[tuple[object, ...]]) -> str:
    """Return "1 (Ana Ruiz), 3 (Ben Okafor)": interviews by number and contact."""
    ordered = sorted(rows, key=lambda row: int(str(row[0])))
    return ", ".join(f"{row[0]} ({row[1]})" for row in ordered)


def _known_interview(interview_id: int) -> None:
    """Refuse an interview number that does not exist, naming the ones that do."""
    from infoview_gui.store.models import Interview
    from infoview_gui.store.queries import interview_rows

    if Interview.select().where(Interview.id == interview_id).exists():
        return
    said = _("There is no interview number {number}. {valid}")
    raise SheetCommandError(said.format(number=interview_id, valid=_valid(interview_rows())))


def _interview_of(name: str) -> int:
    """Return the interview with the contact called ``name`` (case-insensitive).

    A whole name that matches wins; else part of a name, when it names one interview.
    """
    from infoview_gui.store.queries import interview_rows

    wanted = " ".join(name.split()).casefold()
    rows = interview_rows()
    exact = [row for row in rows if str(row[1]).casefold() == wanted]
    found = exact or [row for row in rows if wanted and wanted in str(row[1]).casefold()]
    if len(found) == 1:
        return int(str(found[0][0]))
    if found:
        said = _("{count} match “{name}”: {interviews}. Choose one with --interview ID.")
        raise SheetCommandError(
            said.format(
                count=counted(len(found), "interview", "interviews"),
                name=name,
                interviews=_listed(found),
            )
        )
    said = _("No interview is with a contact called “{name}”. {valid}")
    raise SheetCommandError(said.format(name=name, valid=_valid(rows)))


def _valid(rows: list[tuple[object, ...]]) -> str:
    """Say which interviews there are, by number and contact."""
    if not rows:
        return _("There are no interviews yet.")
    return _("The interviews are: {interviews}.").format(interviews=_listed(rows))


def gui_application() -> QCoreApplication:
    """Return the running Qt application, or start one (offscreen if no window could open).

    Offscreen without a display, or when Qt's X11 plugin would not load: the sheet needs no
    window, and Qt would abort instead.
    """
    from PySide6.QtGui import QGuiApplication

    from infoview_gui.display_check import display_problem

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if display_problem():
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
