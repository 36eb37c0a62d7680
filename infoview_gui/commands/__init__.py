"""The scripting commands of ``infoview``: each module adds its parser and runs it.

A command module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, paths) -> int``, and imports anything heavy inside ``run`` so that starting
the window stays quick. Imports here are static so that the frozen app finds them.
"""

from __future__ import annotations

from types import ModuleType

from infoview_gui.commands import check, export_cmd, import_cmd, sheet


def command_modules() -> list[ModuleType]:
    """Return every command module, in help order."""
    return [check, import_cmd, export_cmd, sheet]
