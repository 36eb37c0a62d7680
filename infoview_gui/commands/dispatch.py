"""Runs one command: its log, and the one place where its errors become sentences.

Exit codes, for every command:

- 0: done (``check``: the data is sound);
- 1 (``EXIT_USER_ERROR``): stopped by an error a user may see (``UserError``: the data
  folder or its file cannot be used, a disk error, a damaged file...); its sentence is
  printed on stderr. A command documents its other codes (``CommandError.exit_code``:
  ``import`` exits 2 for a file it cannot read, ``sheet`` 2 for any refusal, ``export``
  2 for options that do not go together);
- 70 (``EXIT_UNEXPECTED``, ``EX_SOFTWARE`` of sysexits.h): a fault of InfoView; a
  sentence names the log, which holds the traceback.

No traceback is ever printed.
"""

from __future__ import annotations

import argparse
import logging
import sys

from infoview_gui.commands import command_module
from infoview_gui.commands.language import speak_data_language
from infoview_gui.domain import i18n
from infoview_gui.domain.errors import StorageError, UserError
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.os_errors import file_error
from infoview_gui.logfiles import COMMANDS_LOG, start_facts, start_log, stop_log
from infoview_gui.paths import AppPaths

EXIT_USER_ERROR = 1
EXIT_UNEXPECTED = 70
NOTHING_MORE = N_("What was saved before is safe.")
log = logging.getLogger(__name__)


class CommandError(UserError):
    """A command refuses to go on; ``str()`` says why, ``exit_code`` is its exit code."""

    exit_code = EXIT_USER_ERROR


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run the command ``args.command`` on ``paths``; return its exit code.

    The command's run is logged to ``logs/commands.log`` when the data folder exists.
    """
    name = str(args.command)
    handler = start_log(paths, COMMANDS_LOG) if paths.data_dir.is_dir() else None
    try:
        log.info(start_facts(paths, f"command {name}"))
        speak_data_language(paths)
        code = _run(name, args, paths, logged=handler is not None)
        log.info("command %s ended with exit code %d", name, code)
        return code
    finally:
        stop_log(handler)
        i18n.install(None)  # the next command (run in the same process by tests) reads again
        i18n.install_bank(None)


def _run(name: str, args: argparse.Namespace, paths: AppPaths, *, logged: bool) -> int:
    try:
        return int(command_module(name).run(args, paths))
    except UserError as error:
        log.warning("command %s stopped: %s", name, type(error).__name__, exc_info=error)
        said = error.for_command(name) if isinstance(error, StorageError) else str(error)
        print(said, file=sys.stderr)
        return error.exit_code if isinstance(error, CommandError) else EXIT_USER_ERROR
    except OSError as error:  # a file or folder the command met: a sentence too
        log.warning("command %s stopped on a file error", name, exc_info=error)
        print(
            file_error(error, _("finish: a file or folder could not be used"), _(NOTHING_MORE)),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except Exception as error:  # noqa: BLE001 - any fault becomes a sentence and the log
        log.exception("command %s failed on an unexpected error", name)
        print(_unexpected(error, paths, logged=logged), file=sys.stderr)
        return EXIT_UNEXPECTED


def _unexpected(error: Exception, paths: AppPaths, *, logged: bool) -> str:
    where = (
        _(
            "The details are in {log}; please report it (Help > Report a problem… in the "
            "window shows what to send)."
        ).format(log=paths.logs_dir / COMMANDS_LOG)
        if logged
        else _("No log could be written in {folder}.").format(folder=paths.data_dir)
    )
    said = _(
        "InfoView stopped on an unexpected error ({error}), a fault of InfoView itself; what "
        "was saved before it is safe. {where}"
    )
    return said.format(error=type(error).__name__, where=where)
