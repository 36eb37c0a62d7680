"""The next step of a contact, in a few words."""

from __future__ import annotations

from datetime import date

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.next_step import RequestFacts, next_step


def test_a_declined_request_says_declined_once_thanked() -> None:
    declined = RequestFacts(status=InterviewStatus.DECLINED)
    assert next_step(declined, date(2026, 3, 6)) == "Declined: thank them for replying"
    thanked = RequestFacts(status=InterviewStatus.DECLINED, thank_you_sent_on=date(2026, 3, 5))
    assert next_step(thanked, date(2026, 3, 6)) == "Declined (thanked 5 Mar)"
