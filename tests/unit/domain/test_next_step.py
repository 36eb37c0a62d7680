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


def test_a_request_sent_today_says_asked_today_never_0_business_days() -> None:
    asked = RequestFacts(status=InterviewStatus.ASKED, requested_on=date(2026, 3, 6))  # Friday
    assert next_step(asked, date(2026, 3, 6)) == "Wait for a reply (asked today)"
    # Over the weekend no business day has passed yet: the day it was sent, not "0 days".
    assert next_step(asked, date(2026, 3, 8)) == "Wait for a reply (asked 6 Mar)"
    assert next_step(asked, date(2026, 3, 9)) == "Wait for a reply (1 business day)"
    assert next_step(asked, date(2026, 3, 10)) == "Wait for a reply (2 business days)"
