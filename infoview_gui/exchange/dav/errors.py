"""The one error a sync with a CalDAV/CardDAV server raises, with a sentence for the user."""

from __future__ import annotations

from enum import StrEnum

from infoview_gui.domain.errors import DomainError


class Trouble(StrEnum):
    """What went wrong, for a caller that reacts differently (retry later, ask again)."""

    OFFLINE = "offline"  # nothing answered: no network, nothing listening, no such name
    TIMEOUT = "timeout"
    PASSWORD = "password"  # 401: the user name or the password is wrong
    REFUSED = "refused"  # 403 and the like: the account may not do this
    CERTIFICATE = "certificate"
    SERVER = "server"  # a 5xx or an answer that makes no sense
    CHANGED = "changed"  # 412: the item changed on the server meanwhile (handled by sync)
    MISSING = "missing"  # 404 / 410


class ServerError(DomainError):
    """A CalDAV/CardDAV request failed; ``str()`` says what happened and what to do.

    Attributes:
        trouble: the kind of failure.
        status: the HTTP status when the server answered, else 0.
    """

    def __init__(self, message: str, trouble: Trouble, status: int = 0) -> None:
        super().__init__(message)
        self.trouble = trouble
        self.status = status

    @property
    def retry_later(self) -> bool:
        """Whether trying again later may work without the user changing anything."""
        return self.trouble in (Trouble.OFFLINE, Trouble.TIMEOUT, Trouble.SERVER)
