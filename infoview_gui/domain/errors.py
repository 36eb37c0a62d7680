"""Errors a user action can meet; every message is written for the user."""

from __future__ import annotations


class DomainError(Exception):
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
