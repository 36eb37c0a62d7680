"""The version resource of infoview.exe: what Windows shows in the file's properties.

File properties, Task Manager and installers read it. Built with PyInstaller's own
classes, which are plain Python, so the resource can be checked on any system.
"""

from __future__ import annotations

import re
from typing import Any


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Return the four numbers Windows wants from a version such as "0.1.0" or "1.2rc1"."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info(version: str, *, app_name: str, name: str) -> Any:
    """Return the ``VSVersionInfo`` for EXE(version=...)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_numbers(version)
    strings = [
        vi.StringStruct("CompanyName", "The InfoView authors"),
        vi.StringStruct("FileDescription", app_name),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", name),
        vi.StringStruct("LegalCopyright", "MIT License"),
        vi.StringStruct("OriginalFilename", f"{name}.exe"),
        vi.StringStruct("ProductName", app_name),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),  # US English, Unicode
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
