"""Reading an import file within the size limit; writing an export atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from infoview_gui.domain.os_errors import advice, reason
from infoview_gui.exchange.records import MAX_FILE_BYTES, ImportFileError


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one.

    The data goes to a temporary file in the same folder, created private to the user
    (0600), flushed to disk, then renamed over ``path``. On any error the temporary file
    is removed and the original is untouched.

    Raises:
        OSError: when the folder cannot be written (full disk, read-only, no permission).
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of the renamed file, where the platform allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def read_import_file(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of a file to import, refusing one over the size limit unread.

    Raises:
        ImportFileError: when the file cannot be opened or is too big.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ImportFileError(
            f"The file could not be opened: {reason(error)}. {advice(error)}"
        ) from error
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    return data
