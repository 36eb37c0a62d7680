"""Errors a user action can meet; every message is written for the user."""

from __future__ import annotations


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

    The message tells the user what happened and that what they typed is still on screen;
    the screens keep the text in its field so that the user can try again.
    """

    default_message = (
        "InfoView could not write to its data file, so this change was not saved. "
        "Try again; what you typed is still here."
    )

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.default_message)


class StorageFullError(StorageError):
    """The disk is full."""

    default_message = (
        "Your disk is full, so this change was not saved. "
        "Free some space and try again; what you typed is still here."
    )


class ReadOnlyStorageError(StorageError):
    """The data folder or the data file cannot be written to."""

    default_message = (
        "InfoView cannot write to its data folder (it is read-only), so this change was not "
        "saved. Check that the disk is not write-protected and that the folder is yours, then "
        "try again; what you typed is still here."
    )


class DiskError(StorageError):
    """The disk reported an error while reading or writing."""

    default_message = (
        "The disk reported an error, so this change was not saved. Check the disk (or its "
        "cable or network connection) and try again; what you typed is still here."
    )


class DamagedStorageError(StorageError):
    """SQLite found the data file damaged while working with it."""

    default_message = (
        "InfoView found damage in its data file, so this change was not saved. Close "
        "InfoView and start it again: it will check the file and offer to restore a backup."
    )


class BackupError(DomainError):
    """A backup could not be made, checked or restored; nothing was changed."""
