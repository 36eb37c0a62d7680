"""Where an interview request can go next: the request pipeline of step 3.

A request starts *not asked*; once asked, the person accepts, declines or does not
answer. A late answer still counts. An accepted request is scheduled (and may be
rescheduled); a person who withdraws after accepting counts as declined. A scheduled
interview is held, then the person is thanked.
"""

from __future__ import annotations

from collections.abc import Sequence

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.i18n import N_, _

_S = InterviewStatus

_NEXT: dict[InterviewStatus, tuple[InterviewStatus, ...]] = {
    _S.NOT_ASKED: (_S.ASKED,),
    _S.ASKED: (_S.ACCEPTED, _S.DECLINED, _S.NO_REPLY),
    # A request with no reply may still be answered late; marking it "no reply"
    # again (after a follow-up, say) changes nothing and is allowed.
    _S.NO_REPLY: (_S.ACCEPTED, _S.DECLINED, _S.NO_REPLY),
    # Declined here is the person withdrawing before a time was fixed.
    _S.ACCEPTED: (_S.SCHEDULED, _S.DECLINED),
    # Scheduled again is a reschedule; declined is the person cancelling.
    _S.SCHEDULED: (_S.HELD, _S.SCHEDULED, _S.DECLINED),
    _S.HELD: (_S.THANKED,),
    _S.DECLINED: (),
    _S.THANKED: (),
}

_ANSWERED = frozenset({_S.ACCEPTED, _S.DECLINED, _S.SCHEDULED, _S.HELD, _S.THANKED})

_NEEDS: dict[InterviewStatus, str] = {
    _S.NOT_ASKED: N_("A request that has been made cannot go back to “not asked yet”."),
    _S.ASKED: N_("This person has already been asked."),
    _S.NO_REPLY: N_("You can only mark a request as unanswered while you wait for a reply."),
    _S.SCHEDULED: N_("You can only schedule an interview after the person has accepted."),
    _S.HELD: N_("You can only mark an interview as held once it has been scheduled."),
    _S.THANKED: N_("You can only record a thank-you after the interview has been held."),
}


class IllegalTransition(DomainError):  # noqa: N818 - the name reads as a sentence
    """A request cannot move from its current status to the one asked for.

    Attributes:
        current: the status the request has.
        new: the status the user tried to give it.
    """

    def __init__(self, current: InterviewStatus, new: InterviewStatus) -> None:
        super().__init__(_reason(current, new))
        self.current = current
        self.new = new


def allowed_next(current: InterviewStatus) -> tuple[InterviewStatus, ...]:
    """Return the statuses a request in ``current`` may move to, in a sensible order."""
    return _NEXT[InterviewStatus(current)]


def check_transition(current: InterviewStatus, new: InterviewStatus) -> None:
    """Raise IllegalTransition unless a request may move from ``current`` to ``new``.

    Raises:
        IllegalTransition: with a message in plain words saying what must happen first.
    """
    current, new = InterviewStatus(current), InterviewStatus(new)
    if new not in _NEXT[current]:
        raise IllegalTransition(current, new)


def next_to_ask(ranked: Sequence[tuple[int, InterviewStatus | None]]) -> int | None:
    """Return the first contact, in rank order, who has not been asked yet.

    Args:
        ranked: (contact id, status of its request or None if it has none), best first.

    Returns:
        The contact id, or None when everyone on the list has been asked.
    """
    for contact_id, status in ranked:
        if status is None or status == InterviewStatus.NOT_ASKED:
            return contact_id
    return None


def _reason(current: InterviewStatus, new: InterviewStatus) -> str:
    """Return why ``current`` cannot become ``new``, in words for the user."""
    if current == new:
        return _("This request is already marked “{status}”.").format(status=current.label)
    if current == _S.DECLINED:
        return _("This person has declined; ask the next person on your list instead.")
    if current == _S.THANKED:
        return _("This interview is complete: you have already thanked the person.")
    if new in (_S.ACCEPTED, _S.DECLINED):
        if current == _S.NOT_ASKED:
            return _("Ask the person first: an answer can only be recorded after a request.")
        if current == _S.HELD:
            return _("The interview has already taken place.")
        if current in _ANSWERED:
            return _("This request has already been answered.")
    return _(_NEEDS.get(new, N_("This change of status is not possible.")))
