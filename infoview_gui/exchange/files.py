"""Reading an import file within the size limit; writing an export atomically."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from infoview_gui.domain.i18n import _
from infoview_gui.domain.os_errors import advice, reason
from infoview_gui.exchange.records import MAX_FILE_BYTES, ImportFileError


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one.

    Raises:
        OSError: when the folder cannot be written (full disk, read-only, no permission).
    """
    with atomic_text(path) as handle:
        handle.buffer.write(data)


@contextlib.contextmanager
def atomic_text(path: str | os.PathLike[str]) -> Iterator[io.TextIOWrapper]:
    """Give a UTF-8 text handle whose writing becomes ``path`` only when all went well.

    What is written goes to a temporary file in the same folder, created private to the
    user (0600); at the end it is flushed to disk and renamed over ``path``. On any
    error, or a cancel raised inside the block, the temporary file is removed and the
    original is untouched: no partial file is ever left under either name.

    Raises:
        OSError: when the folder cannot be written (full disk, read-only, no permission).
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with open(descriptor, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle:
            yield handle
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
            _("The file could not be opened: {reason}. {advice}").format(
                reason=reason(error), advice=advice(error)
            )
        ) from error
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("The file is larger than {value} MB.").format(value=MAX_FILE_BYTES // (1024 * 1024))
        )
    return data
