"""Progress figures: no reply after the follow-up rule's business days, months, fit totals."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.enums import InterviewStatus as S
from infoview_gui.domain.learned import FitCriterion, weighted_total
from infoview_gui.domain.progress import (
    RequestFact,
    Tally,
    days_text,
    per_month,
    progress,
    progress_of,
    rate_text,
)

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


def _tallied(facts: list[RequestFact]) -> Tally:
    """Add facts up as the store's GROUP BY queries do."""
    statuses: Counter[S] = Counter(f.status for f in facts)
    thanked: Counter[S] = Counter(f.status for f in facts if f.thanked)
    days = Counter((f.status, f.requested_on, f.responded_on) for f in facts if f.requested_on)
    held = Counter(f.held_on for f in facts if f.held_on and f.status in (S.HELD, S.THANKED))
    return Tally(
        {status: (n, thanked[status]) for status, n in statuses.items()},
        [(status, asked, answered, n) for (status, asked, answered), n in days.items()],
        list(held.items()),
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(S)),
            st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 4, 30))),
            st.integers(0, 20),
            st.booleans(),
        ),
        max_size=40,
    )
)
def test_figures_added_up_by_sql_are_those_of_every_request(
    rows: list[tuple[S, date | None, int, bool]],
) -> None:
    facts = [
        RequestFact(
            status,
            asked,
            asked + timedelta(days=wait) if asked and wait % 3 else None,
            asked + timedelta(days=wait + 1) if asked and status in (S.HELD, S.THANKED) else None,
            thanked=thanked and status is S.THANKED,
        )
        for status, asked, wait, thanked in rows
    ]
    today = date(2026, 5, 4)
    expected = progress(facts, referrals=3, today=today, follow_up_after=7)
    assert progress_of(_tallied(facts), referrals=3, today=today, follow_up_after=7) == expected
