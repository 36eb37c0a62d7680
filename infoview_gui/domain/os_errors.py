"""An ``OSError`` in words a student understands: what happened and what to do.

The operating system's own texts (``[Errno 30] Read-only file system``) never reach the
user: ``reason`` says what happened in plain words, ``advice`` what to do about it, and
``file_error`` builds the whole sentence (what happened, what was kept, what to do) as a
``FileError``.
"""

from __future__ import annotations

import errno

from infoview_gui.domain.errors import FileError
from infoview_gui.domain.i18n import N_, _

_FULL = (N_("the disk is full"), N_("Free some space and try again."))
_READ_ONLY = (
    N_("the disk is read-only"),
    N_("Choose a folder on a disk you can write to, or make this one writable."),
)
_DENIED = (
    N_("you do not have permission to use it"),
    N_("Choose a folder of your own, or ask the owner of this one for access."),
)
_DISK = (
    N_("the disk reported an error"),
    N_("Check the disk (or its cable or network connection) and try again."),
)
_WORDS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: (N_("your disk quota is used up"), N_("Free some space and try again.")),
    errno.EFBIG: (N_("the file would be too large for this disk"), N_("Choose another disk.")),
    errno.EROFS: _READ_ONLY,
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.EEXIST: (
        N_("a file of that name is already there"),
        N_("Choose another name, or move that file away first."),
    ),
    errno.ENOENT: (
        N_("it does not exist (or its folder does not)"),
        N_("Check the name and the folder, then try again."),
    ),
    errno.ENOTDIR: (
        N_("a file stands where a folder should be"),
        N_("Move that file away or choose another folder."),
    ),
    errno.EISDIR: (N_("it is a folder, not a file"), N_("Choose a file name.")),
    errno.ENAMETOOLONG: (N_("its name is too long"), N_("Choose a shorter name or folder.")),
    errno.EIO: _DISK,
    errno.ENXIO: _DISK,
    errno.EBUSY: (N_("it is in use by another program"), N_("Close that program and try again.")),
    errno.ELOOP: (N_("it is a link that leads in a circle"), N_("Choose another file.")),
    errno.EMFILE: (
        N_("too many files are open"),
        N_("Close some programs, then try again."),
    ),
}


def reason(error: OSError) -> str:
    """What happened, in plain words, as a clause ("the disk is full")."""
    known = _WORDS.get(error.errno or -1)
    if known is not None:
        return _(known[0])
    said = (error.strerror or type(error).__name__).rstrip(".")
    return _("the system said: {said}").format(said=f"{said[:1].lower()}{said[1:]}")


def advice(error: OSError) -> str:
    """What to do about ``error``, as a sentence."""
    known = _WORDS.get(error.errno or -1)
    if known is not None:
        return _(known[1])
    return _("Check the file and its folder, then try again.")


def folder_problem(error: OSError, folder: object, kept: str) -> str:
    """The sentence for a data ``folder`` that cannot be created or used.

    A folder that exists is never said to be impossible "to create": it is said to be
    read-only, or not the user's, as the error says.
    """
    said = _("InfoView cannot use its data folder {folder}: {reason}. {kept} {advice}")
    return said.format(folder=folder, reason=reason(error), kept=kept, advice=advice(error))


def file_error(error: OSError, doing: str, kept: str) -> FileError:
    """Return the sentence for ``error`` met while ``doing``.

    Args:
        error: what the operating system raised.
        doing: what InfoView tried, e.g. ``"write the export /tmp/a.csv"``.
        kept: what is as it was, e.g. ``"Your data is as it was."``.
    """
    said = _("InfoView could not {doing}: {reason}. {kept} {advice}")
    message = said.format(doing=doing, reason=reason(error), kept=kept, advice=advice(error))
    return FileError(message.strip())
