"""The command line: options of the window and the scripting commands."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from infoview_gui import APP_NAME, __version__
from infoview_gui.commands import COMMANDS, command_module

# The numbers of commands.dispatch (not imported here: the window needs none of it).
EXIT_CODES = (
    "A command exits 0 when done; 1 when it stopped on a problem it explains in one "
    "sentence (check: when it found problems); 2 when import cannot read its file, sheet "
    "cannot write its sheet or export's options do not go together; 70 on a fault of "
    "InfoView itself, whose details are in logs/commands.log in the data folder."
)


QT_VALUE_OPTIONS = frozenset(
    {
        "style",
        "stylesheet",
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "display",
        "geometry",
    }
)
"""Qt's own options that take a value (QGuiApplication and QApplication document them):
``-style fusion`` or ``-style=fusion``."""
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})
"""Qt's own options that take no value."""
QT_OPTIONS_HELP = (
    "The window also takes Qt's own options, as QApplication documents them: -style NAME, "
    "-stylesheet FILE, -platform NAME, -reverse and the others (-style=NAME works too)."
)


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Return (InfoView's arguments, Qt's own options) of ``argv``, each in its order.

    Qt reads an option with one dash or two (``-style`` or ``--style``); its value is the
    next argument, or follows ``=``. Nothing after ``--`` is Qt's.
    """
    own: list[str] = []
    qt: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            own += [word, *words]
            break
        name = word.lstrip("-").partition("=")[0] if word.startswith("-") else ""
        if word.startswith("-") and len(word) - len(word.lstrip("-")) <= 2 and name:
            if name in QT_FLAGS and "=" not in word:
                qt.append(word)
                continue
            if name in QT_VALUE_OPTIONS:
                qt.append(word)
                if "=" not in word:
                    qt.append(next(words, ""))
                continue
        own.append(word)
    return own, qt


def _add_data_dir(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="use this data folder (also: the INFOVIEW_DATA_DIR environment variable)",
    )


def _bare_words(argv: Sequence[str]) -> list[str]:
    """The words of ``argv`` that are neither options nor the data folder given."""
    bare, value = [], False
    for word in argv:
        if value:
            value = False
        elif word == "--data-dir":
            value = True
        elif not word.startswith("-"):
            bare.append(word)
    return bare


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Return the parser of ``infoview [options] [command]``.

    Only the command named in ``argv`` (all of them when ``argv`` is None) gets its
    arguments, so that opening the window imports no command module.
    """
    parser = argparse.ArgumentParser(
        prog="infoview",
        description=f"{APP_NAME}: plan, hold and follow up informational interviews.",
        epilog=f"{QT_OPTIONS_HELP} {EXIT_CODES}",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser, default=None)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the app, build every view, step through the guide, then quit; "
        "exit non-zero on any error or Qt warning",
    )
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    words = set(COMMANDS if argv is None else argv)
    helping = bool({"-h", "--help"} & words)
    if argv is not None and not helping and not _bare_words(argv):
        parser.set_defaults(command=None)  # the window: no command's parser (2 ms a start)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = set(COMMANDS) if helping else set(COMMANDS) & words
    for name in COMMANDS:
        if name not in chosen:
            commands.add_parser(name)  # known, so never mistaken; built only when chosen
            continue
        module = command_module(name)
        sub = commands.add_parser(name, help=module.HELP, description=module.HELP)
        _add_data_dir(sub, default=argparse.SUPPRESS)
        module.add_arguments(sub)
    return parser
