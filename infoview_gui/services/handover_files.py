"""The files of a hand-over: its manifest in the carried folder, and this folder's note.

The note (``handover.json`` in the data folder) is this computer's memory of hand-overs:
the data folder's own id, the hand-over folder last used, the fingerprint of the last
hand-over written or taken over here, and every fingerprint already seen. It is a file,
not a row of the database: a row would change the data it describes, and it would travel
to the other computer with the data, which must not take this computer's memory along.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from infoview_gui.domain.errors import BackupError
from infoview_gui.domain.handover import MANIFEST_NAME, Manifest, ManifestError, parse_manifest
from infoview_gui.domain.i18n import _
from infoview_gui.domain.os_errors import advice as os_advice
from infoview_gui.domain.os_errors import reason as os_reason
from infoview_gui.paths import FILE_MODE, AppPaths
from infoview_gui.store.backup import fsync_folder

NOTE_NAME = "handover.json"
KNOWN_KEPT = 50  # fingerprints remembered: far more hand-overs than two computers trade
_LARGEST_MANIFEST = 64 * 1024


@dataclass(frozen=True)
class HandoverNote:
    """This data folder's memory of hand-overs."""

    folder_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    folder: str = ""
    last: str = ""
    known: tuple[str, ...] = ()

    def seen(self, fingerprint: str, *, last: bool) -> HandoverNote:
        """Return the note with ``fingerprint`` seen (and, with ``last``, the last one)."""
        known = (fingerprint, *(k for k in self.known if k != fingerprint))[:KNOWN_KEPT]
        return replace(self, known=known, last=fingerprint if last else self.last)


def _note_path(paths: AppPaths) -> Path:
    return paths.data_dir / NOTE_NAME


def read_note(paths: AppPaths) -> HandoverNote:
    """Return the data folder's note, or a new one (with a new id) if it has none."""
    try:
        raw = json.loads(_note_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return HandoverNote()
    if not isinstance(raw, dict):
        return HandoverNote()
    known = raw.get("known")
    texts = [k for k in known if isinstance(k, str)] if isinstance(known, list) else []
    folder_id = raw.get("folder_id")
    return HandoverNote(
        folder_id=folder_id if isinstance(folder_id, str) and folder_id else uuid.uuid4().hex,
        folder=str(raw.get("folder") or ""),
        last=str(raw.get("last") or ""),
        known=tuple(texts[:KNOWN_KEPT]),
    )


def write_json(target: Path, value: object) -> None:
    """Write ``value`` as JSON to ``target`` whole (temporary file, then rename), private.

    Raises:
        OSError: it could not be written; ``target`` is as it was.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(value, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_note(paths: AppPaths, note: HandoverNote) -> None:
    """Keep the data folder's note.

    Raises:
        OSError: it could not be written.
    """
    value = {"folder_id": note.folder_id, "folder": note.folder, "last": note.last}
    write_json(_note_path(paths), {**value, "known": list(note.known)})


def read_manifest(folder: Path) -> Manifest | None:
    """Return the manifest of the hand-over in ``folder``, or None if it holds none.

    Raises:
        BackupError: the folder cannot be read, or its manifest is not a sound one.
    """
    path = folder / MANIFEST_NAME
    try:
        if not folder.is_dir():
            raise BackupError(
                _("The folder {folder} cannot be found. Check that its disk is connected.").format(
                    folder=folder
                )
            )
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            data = handle.read(_LARGEST_MANIFEST + 1)
    except OSError as exc:
        raise BackupError(
            _("The hand-over in {folder} cannot be read: {reason}. {advice}").format(
                folder=folder, reason=os_reason(exc), advice=os_advice(exc)
            )
        ) from exc
    try:
        if len(data) > _LARGEST_MANIFEST:
            raise ManifestError(_("Its description is damaged."))
        return parse_manifest(json.loads(data.decode("utf-8")))
    except (ValueError, UnicodeDecodeError) as exc:
        why = str(exc) if isinstance(exc, ManifestError) else _("Its description is damaged.")
        raise BackupError(
            _("The file {file} is not a hand-over InfoView can open. {why}").format(
                file=path, why=why
            )
        ) from exc
