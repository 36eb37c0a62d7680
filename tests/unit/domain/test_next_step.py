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


def test_the_users_holidays_and_reply_rules_count_in_the_next_step() -> None:
    from infoview_gui.domain.next_step import WaitRules

    asked = RequestFacts(status=InterviewStatus.ASKED, requested_on=date(2026, 12, 23))  # Wed
    monday = date(2026, 12, 28)
    assert next_step(asked, monday) == "No reply yet: ask the next person"  # 3 business days
    christmas = WaitRules(holidays=frozenset({date(2026, 12, 25)}))
    assert next_step(asked, monday, christmas) == "Wait for a reply (2 business days)"
    quicker = WaitRules(ask_next_after=2, follow_up_after=5, holidays=christmas.holidays)
    assert next_step(asked, monday, quicker) == "No reply yet: ask the next person"
