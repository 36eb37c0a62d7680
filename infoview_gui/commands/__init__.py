"""The scripting commands of ``infoview``: one module each, imported only when chosen.

A command module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, paths) -> int``. The window never imports them: the parser imports the
chosen command's module only (all of them for ``--help``).
"""

from __future__ import annotations

import importlib
from types import ModuleType

# command name -> its module in this package
COMMANDS: dict[str, str] = {
    "check": "check",
    "backup": "backup",
    "import": "import_cmd",
    "export": "export_cmd",
    "interviews": "interviews",
    "report": "report",
    "sheet": "sheet",
    "search": "search",
    "sync": "sync",
    "handover": "handover",
    "takeover": "takeover",
}


def command_module(name: str) -> ModuleType:
    """Import and return the module of the command called ``name``."""
    return importlib.import_module(f"{__name__}.{COMMANDS[name]}")


def command_modules() -> list[ModuleType]:
    """Import and return every command module, in help order."""
    return [command_module(name) for name in COMMANDS]
