"""Carrying the data to another computer: what a hand-over says, and whether to open one.

A *hand-over* is a verified backup written to a folder the user carries between
computers (a synced folder, a USB stick) with a small manifest beside it: when and on
which computer it was written, a fingerprint of its data (a digest of every row), and the
fingerprint of the hand-over that data started from. Each data folder remembers the
fingerprint of the last hand-over it wrote or took over (``last``) and every one it has
already seen (``known``). Clocks are never compared (two computers' clocks disagree):
whether a hand-over is newer is told by its fingerprints alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from infoview_gui.domain.i18n import _, formats

FORMAT = "infoview-handover"
VERSION = 1
MANIFEST_NAME = "infoview-handover.json"
DATA_PREFIX = "infoview-handover-"
DATA_SUFFIX = ".sqlite3"
_DATA_NAME = re.compile(rf"^{re.escape(DATA_PREFIX)}[0-9]{{8}}-[0-9]{{6}}{re.escape(DATA_SUFFIX)}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{40}$")
_ID = re.compile(r"^[0-9a-f]{32}$")
_LONGEST_NAME = 200


class Verdict(StrEnum):
    """What a hand-over is to the local data."""

    SAME = "same"  # it holds exactly the local data
    OLDER = "older"  # this data folder wrote it, took it over, or set it aside already
    NEWER = "newer"  # it follows the last hand-over here, and nothing changed here since
    BOTH = "both"  # it is new here, and the local data changed too: the user chooses


@dataclass(frozen=True)
class Manifest:
    """What the manifest beside a hand-over's data file says."""

    written_at: datetime
    computer: str
    folder_id: str
    fingerprint: str
    based_on: str
    data_file: str
    size: int
    schema: int

    def to_json(self) -> dict[str, object]:
        """Return the manifest as the JSON object written beside the data."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "written_at": self.written_at.astimezone(UTC).isoformat(),
            "computer": self.computer,
            "data_folder_id": self.folder_id,
            "fingerprint": self.fingerprint,
            "based_on": self.based_on,
            "data_file": self.data_file,
            "size": self.size,
            "schema": self.schema,
        }


class ManifestError(ValueError):
    """A manifest that is not one InfoView wrote; ``str()`` says why in words."""


def data_file_name(written_at: datetime) -> str:
    """Return the name of a hand-over's data file written at ``written_at`` (aware)."""
    return f"{DATA_PREFIX}{written_at.astimezone(UTC):%Y%m%d-%H%M%S}{DATA_SUFFIX}"


def is_data_file_name(name: str) -> bool:
    """Whether ``name`` is the name of a hand-over's data file (and nothing else)."""
    return _DATA_NAME.match(name) is not None


def _text(raw: Mapping[str, object], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or len(value) > _LONGEST_NAME:
        raise ManifestError(key)
    if pattern is not None and not pattern.match(value):
        raise ManifestError(key)
    return value


def _number(raw: Mapping[str, object], key: str) -> int:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ManifestError(key)
    return value


def parse_manifest(raw: object) -> Manifest:
    """Check a manifest read from JSON and return it; it trusts nothing.

    Raises:
        ManifestError: it is not a hand-over's manifest, or one of its values is wrong.
    """
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ManifestError(_("It is not the description of an InfoView hand-over."))
    damaged = _("Its description is damaged.")
    try:
        version = _number(raw, "version")
    except ManifestError:
        raise ManifestError(damaged) from None
    if version > VERSION:
        raise ManifestError(_("It was written by a newer version of InfoView."))
    try:
        written_at = datetime.fromisoformat(_text(raw, "written_at"))
        based_on = _text(raw, "based_on")
        if based_on and not _FINGERPRINT.match(based_on):
            raise ManifestError("based_on")
        manifest = Manifest(
            written_at=written_at,
            computer=_text(raw, "computer"),
            folder_id=_text(raw, "data_folder_id", _ID),
            fingerprint=_text(raw, "fingerprint", _FINGERPRINT),
            based_on=based_on,
            data_file=_text(raw, "data_file", _DATA_NAME),
            size=_number(raw, "size"),
            schema=_number(raw, "schema"),
        )
    except ValueError as exc:
        raise ManifestError(damaged) from exc
    if manifest.written_at.tzinfo is None:
        raise ManifestError(damaged)
    return manifest


def weigh(
    manifest: Manifest,
    *,
    local: str,
    last: str,
    known: Sequence[str],
    local_has_data: bool,
) -> Verdict:
    """Say what a hand-over is to the local data.

    Args:
        manifest: the hand-over's manifest.
        local: the fingerprint of the local data now.
        last: the fingerprint of the last hand-over this data folder wrote or took over
            ("" if none).
        known: every hand-over fingerprint this data folder wrote, took over or set aside.
        local_has_data: whether the local data holds anything of the user's (for a data
            folder that never handed over: an empty one has nothing to lose).
    """
    if manifest.fingerprint == local:
        return Verdict.SAME
    if manifest.fingerprint in known:
        return Verdict.OLDER
    changed_here = local != last if last else local_has_data
    follows = manifest.based_on == last if last else True
    return Verdict.NEWER if follows and not changed_here else Verdict.BOTH


def described(manifest: Manifest) -> str:
    """Return "the hand-over written on 10 May 2026 at 11:00 on laptop" (local time)."""
    moment = manifest.written_at.astimezone()
    said = _("the hand-over written on {day} at {time} on {computer}")
    return said.format(
        day=formats().date(moment.date()),
        time=formats().time(moment.time()),
        computer=manifest.computer,
    )
