"""Progress figures: no reply after the follow-up rule's business days, months, fit totals."""

from __future__ import annotations

from datetime import date

from infoview_gui.domain.enums import InterviewStatus as S
from infoview_gui.domain.learned import FitCriterion, weighted_total
from infoview_gui.domain.progress import RequestFact, days_text, per_month, progress, rate_text

MONDAY = date(2026, 3, 2)


def test_a_request_counts_as_no_reply_once_the_follow_up_days_have_passed() -> None:
    waiting = [RequestFact(S.ASKED, requested_on=MONDAY)]
    before = progress(waiting, referrals=0, today=date(2026, 3, 10), follow_up_after=7)
    on_the_day = progress(waiting, referrals=0, today=date(2026, 3, 11), follow_up_after=7)
    assert (before.no_reply, on_the_day.no_reply) == (0, 1)  # 6, then 7 business days


def test_the_response_rate_counts_accepted_and_declined_over_asked() -> None:
    facts = [
        RequestFact(S.THANKED, MONDAY, date(2026, 3, 3), date(2026, 3, 9), thanked=True),
        RequestFact(S.DECLINED, MONDAY, date(2026, 3, 6)),
        RequestFact(S.ASKED, MONDAY),
        RequestFact(S.NOT_ASKED),
    ]
    figures = progress(facts, referrals=2, today=MONDAY, follow_up_after=7)
    assert (figures.asked, figures.answered, figures.held, figures.thanked) == (3, 2, 1, 1)
    assert rate_text(figures.response_rate) == "67%"
    assert figures.median_reply_days == 2.5  # 1 and 4 business days
    assert days_text(figures.median_reply_days) == "2.5 business days"
    nothing = progress([], referrals=0, today=MONDAY, follow_up_after=7)
    assert rate_text(nothing.response_rate) == "—"


def test_interviews_per_month_show_the_months_between_with_none() -> None:
    days = [date(2025, 11, 3), date(2026, 2, 4), date(2026, 2, 20)]
    assert per_month(days) == (("2025-11", 1), ("2025-12", 0), ("2026-01", 0), ("2026-02", 2))
    assert per_month([]) == ()


def test_the_weighted_total_leaves_out_what_is_not_rated_yet() -> None:
    criteria = [FitCriterion(1, "Interest", 5), FitCriterion(2, "Pay", 1), FitCriterion(3, "X", 0)]
    assert weighted_total({1: 4, 2: 1, 3: 5}, criteria) == (5 * 4 + 1) / 6
    assert weighted_total({2: 3}, criteria) == 3.0
    assert weighted_total({}, criteria) is None
