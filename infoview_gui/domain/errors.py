"""Errors a user action can meet; every message is written for the user.

The sentences are the core catalogue's (``domain/i18n.py``): the parts of a storage
error are marked with ``N_`` and translated when the sentence is made.
"""

from __future__ import annotations

from infoview_gui.domain.i18n import N_, _

TYPED_KEPT = N_("What you typed is still here.")


class UserError(Exception):
    """The root of every error a user may see: domain, storage and file errors.

    ``str(error)`` is a sentence written for the user (what happened, what was kept, what
    to do), shown as it is: the window shows it where the user is, and a command prints
    it and exits non-zero. It never needs a traceback to be understood.
    """


class DomainError(UserError):
    """A user action cannot be done; ``str(error)`` says why in plain words."""


class ValidationError(DomainError):
    """A value the user typed is not acceptable.

    Attributes:
        field: the name of the input the message is about, so the UI can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    """The record the action is about no longer exists."""


class StorageError(DomainError):
    """A change could not be written to disk: nothing of it was saved, nothing was damaged.

    The message tells the user what happened, what was kept and what to do. It says
    nothing of typing: a screen that keeps the typed text in its field adds
    ``TYPED_KEPT`` (``ui.save_status.run_action`` does), a command has nothing typed and
    says which command stopped (``for_command``).
    """

    happened = N_("InfoView could not write to its data file")
    kept = N_("your data is as it was")
    advice = N_("Try again.")
    command_advice = ""

    def __init__(self, message: str = "") -> None:
        self.own_message = bool(message)
        super().__init__(message or self.sentence(_("so this change was not saved")))

    @classmethod
    def sentence(cls, outcome: str, advice: str = "") -> str:
        """What happened, ``outcome``, what was kept and what to do."""
        advice = advice or _(cls.advice)
        return _("{happened}, {outcome}; {kept}. {advice}").format(
            happened=_(cls.happened), outcome=outcome, kept=_(cls.kept), advice=advice
        )

    def told_as(self, outcome: str) -> str:
        """The sentence with ``outcome`` ("so InfoView could not start") for "not saved"."""
        advice = _(self.command_advice) if self.command_advice else ""
        return str(self) if self.own_message else self.sentence(outcome, advice)

    def for_command(self, name: str) -> str:
        """The sentence for the command ``name`` (which has nothing typed to keep)."""
        return self.told_as(_("so 'infoview {name}' stopped").format(name=name))


class StorageFullError(StorageError):
    """The disk is full."""

    happened = N_("Your disk is full")
    advice = N_("Free some space and try again.")


class ReadOnlyStorageError(StorageError):
    """The data folder or the data file cannot be written to."""

    happened = N_("InfoView cannot write to its data folder (it is read-only)")
    advice = N_(
        "Check that the disk is not write-protected and that the folder is yours, then try again."
    )


class DiskError(StorageError):
    """The disk reported an error while reading or writing."""

    happened = N_("The disk reported an error")
    advice = N_("Check the disk (or its cable or network connection) and try again.")


class DamagedStorageError(StorageError):
    """SQLite found the data file damaged while working with it."""

    happened = N_("InfoView found damage in its data file")
    kept = N_("the file was left as it is")
    advice = N_(
        "Close InfoView and start it again: it will check the file and offer to restore a backup."
    )
    command_advice = N_(
        "Start the InfoView window: it checks the file, keeps the damaged one aside and "
        "offers to restore a backup."
    )


class BusyStorageError(StorageError):
    """Another InfoView is writing the data file and did not finish in time (SQLITE_BUSY)."""

    happened = N_("Another InfoView is writing to this data folder")
    advice = N_("Wait until it has finished, then try again.")


class BackupError(DomainError):
    """A backup could not be made, checked or restored; nothing was changed."""


class FileError(DomainError):
    """A file or folder could not be read or written (an ``OSError``), said in words.

    Made by ``domain.os_errors.file_error``: what happened, what was kept, what to do.
    """


def as_told_where_typed(error: UserError) -> str:
    """The sentence for a screen that keeps the typed text in its field.

    A refused write to the disk adds ``TYPED_KEPT``; other errors are said as they are.
    """
    return f"{error} {_(TYPED_KEPT)}" if isinstance(error, StorageError) else str(error)
