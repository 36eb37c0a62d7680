"""Whether a folder is inside one that a file-syncing service copies between computers.

A live SQLite database must not live there: the service copies the data file while
InfoView writes it, apart from its ``-wal`` journal, and two computers' copies can
overwrite each other's changes or leave a damaged file. The services are recognised by
the marker each leaves in the folder it syncs, or by the name it gives that folder.
The test of a marker's existence is passed in, so the rule itself reads no disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

MARKERS: dict[str, str] = {
    ".dropbox": "Dropbox",
    ".dropbox.cache": "Dropbox",
    ".stfolder": "Syncthing",
    ".sync": "Resilio Sync",
    ".owncloudsync.log": "Nextcloud",
}
"""A file or folder a service keeps at the top of what it syncs -> the service's name."""

_NAMES: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mobile documents", "iCloud Drive"),
    ("icloud drive", "iCloud Drive"),
    ("icloud", "iCloud Drive"),
)
"""The start of a folder's name (lower case) that a service gives it -> the service."""


def _by_name(part: str) -> str:
    lowered = part.casefold()
    for start, service in _NAMES:
        # "OneDrive - Contoso", "Dropbox (Personal)", "Google Drive": the name, then
        # nothing or a space; "Dropboxes" or "icloudy" are other folders.
        if lowered == start or lowered.startswith(start + " "):
            return service
    return ""


def synced_service(folder: PurePath, exists: Callable[[PurePath], bool]) -> str:
    """Return the name of the service that syncs ``folder``, or "" if none is seen.

    Args:
        folder: an absolute folder (InfoView's data folder).
        exists: tells whether a path exists (``Path.exists``; a set's test in tests).
    """
    for place in (folder, *folder.parents):
        if place.name:
            named = _by_name(place.name)
            if named:
                return named
        for marker, service in MARKERS.items():
            if exists(place / marker):
                return service
    return ""
