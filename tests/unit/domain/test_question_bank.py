"""The shipped question bank and the rules that choose questions from it."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoview_gui.domain.enums import Decidedness, Stage, Topic
from infoview_gui.domain.question_bank import (
    GREETING_MINUTES,
    BankQuestion,
    estimate_minutes,
    fits,
    from_mask,
    mask,
    parse_bank,
    stage_for,
    suggest,
)
from infoview_gui.domain.request_check import check_request

BANK_PATH = Path(__file__).parents[3] / "resources/questions/bank.json"
BANK_TOPICS: list[Topic] = [topic for topic in Topic if topic is not Topic.OWN]
INTERVIEW_ORDER: list[Topic] = [
    Topic.DAY_TO_DAY,
    Topic.PATH,
    Topic.SKILLS,
    Topic.CULTURE,
    Topic.TRENDS,
    Topic.CHALLENGES,
    Topic.ADVICE,
    Topic.REFERRALS,
]
PROFILES = [(d, s) for d in [None, *Decidedness] for s in [None, *Stage]]

# Asking for a job or an internship is bad form in an informational interview.
ASKING_FOR_WORK = re.compile(
    r"intern\b|internship|vacanc|opening|hire me|hiring|recruit|job for me|work for you"
    r"|any jobs|position for me|give me a job|employ me|take me on|offer me",
    re.IGNORECASE,
)


# Applying for work is job-seeking too, even without the request checker's words.
APPLYING = re.compile(r"\bappl(?:y|ies|ying|ied|icants?|ications?)\b|stand out", re.IGNORECASE)


@pytest.fixture(scope="module")
def bank() -> list[BankQuestion]:
    return parse_bank(BANK_PATH.read_bytes())


# --- the shipped bank ---------------------------------------------------------------


def test_bank_has_enough_questions_in_every_topic(bank: list[BankQuestion]) -> None:
    assert len(bank) >= 80
    counts = Counter(question.topic for question in bank)
    assert set(counts) == set(BANK_TOPICS)
    assert all(counts[topic] >= 9 for topic in BANK_TOPICS), counts


def test_bank_keys_are_unique_and_stable_looking(bank: list[BankQuestion]) -> None:
    keys = [question.key for question in bank]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in keys)


def test_bank_texts_are_unique_questions(bank: list[BankQuestion]) -> None:
    texts = [question.text.casefold() for question in bank]
    assert len(texts) == len(set(texts))
    for question in bank:
        assert question.text.endswith("?"), question.key
        assert question.text == question.text.strip()
        assert question.text[0].isupper(), question.key


def test_every_question_has_both_kinds_of_tag(bank: list[BankQuestion]) -> None:
    for question in bank:
        assert question.decidedness, question.key
        assert question.stages, question.key
        assert 1.5 <= question.minutes <= 4, question.key


def test_no_question_asks_for_a_job(bank: list[BankQuestion]) -> None:
    offending = [q.text for q in bank if ASKING_FOR_WORK.search(q.text)]
    assert offending == []


def test_bank_file_is_sorted_by_topic_and_pretty(bank: list[BankQuestion]) -> None:
    topics = [question.topic for question in bank]
    assert topics == sorted(topics, key=BANK_TOPICS.index)
    raw = BANK_PATH.read_text(encoding="utf-8")
    assert raw.count("\n") > len(bank)
    assert json.loads(raw)["version"] == 1


def test_every_profile_gets_a_full_suggestion(bank: list[BankQuestion]) -> None:
    for decidedness, stage in PROFILES:
        for topic in BANK_TOPICS:
            suited = [
                q
                for q in bank
                if q.topic is topic
                and (decidedness is None or decidedness in q.decidedness)
                and (stage is None or stage in q.stages)
            ]
            assert len(suited) >= 4, (decidedness, stage, topic)


def test_tags_follow_the_examples(bank: list[BankQuestion]) -> None:
    by_key = {question.key: question for question in bank}
    week = by_key["day-typical-week"]
    assert week.decidedness == set(Decidedness) and week.stages == set(Stage)
    settled = by_key["advice-settled-focus"]
    assert settled.decidedness == {Decidedness.DECIDED}
    assert settled.stages == {Stage.FINAL_YEAR, Stage.GRADUATED}
    assert by_key["advice-how-to-compare"].decidedness == {Decidedness.COMPARING}
    chose = by_key["path-chose-over-others"]
    assert Decidedness.DECIDED not in chose.decidedness
    assert by_key["skills-transferable"].stages == {Stage.GRADUATED}


# --- parsing ------------------------------------------------------------------------


def _entry(**changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "key": "day-typical-week",
        "topic": "day_to_day",
        "text": "What does a typical week look like?",
        "decidedness": ["exploring"],
        "stage": ["early", "graduated"],
        "minutes": 2.5,
    }
    entry.update(changes)
    return entry


def _bank(*entries: Any, version: Any = 1) -> bytes:
    return json.dumps({"version": version, "questions": list(entries)}).encode()


def test_parse_reads_a_valid_entry() -> None:
    [question] = parse_bank(_bank(_entry(text="  What does a typical week look like?  ")))
    assert question == BankQuestion(
        key="day-typical-week",
        topic=Topic.DAY_TO_DAY,
        text="What does a typical week look like?",
        decidedness=frozenset({Decidedness.EXPLORING}),
        stages=frozenset({Stage.EARLY, Stage.GRADUATED}),
        minutes=2.5,
    )
    assert question.decidedness_mask == 1
    assert question.stage_mask == 5


def test_parse_accepts_a_byte_order_mark() -> None:
    assert len(parse_bank(b"\xef\xbb\xbf" + _bank(_entry()))) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[]", "JSON object"),
        (_bank(_entry(), version=2), "version 2"),
        (_bank(_entry(), version=True), "version True"),
        (json.dumps({"version": 1}).encode(), "'questions' list"),
        (_bank("a question"), "Question 0: must be a JSON object"),
        (_bank(_entry(topic="gossip")), "unknown topic 'gossip'"),
        (_bank(_entry(topic="own")), "unknown topic 'own'"),
        (_bank(_entry(decidedness=["undecided"])), "unknown decidedness 'undecided'"),
        (_bank(_entry(stage=["retired"])), "unknown stage 'retired'"),
        (_bank(_entry(stage=[])), "stage must be a non-empty list"),
        (_bank(_entry(decidedness="exploring")), "decidedness must be a non-empty list"),
        (_bank(_entry(stage=["early", "early"])), "lists a value twice"),
        (_bank(_entry(), _entry(text="Another?")), "Question 1 ('day-typical-week'): duplicate"),
        (_bank(_entry(text="")), "text must not be empty"),
        (_bank(_entry(text="   ")), "text must not be empty"),
        (_bank(_entry(text=None)), "text must not be empty"),
        (_bank(_entry(text="Two\nlines?")), "one line"),
        (_bank(_entry(text="Why" * 200 + "?")), "longer than"),
        (_bank(_entry(minutes=0)), "minutes 0 must be"),
        (_bank(_entry(minutes=12)), "minutes 12 must be"),
        (_bank(_entry(minutes="3")), "minutes '3' must be"),
        (_bank(_entry(minutes=True)), "minutes True must be"),
        (
            b'{"version": 1, "questions": ['
            + json.dumps(_entry()).encode()[:-1]
            + b', "minutes": NaN}]}',
            "minutes",
        ),
        (_bank(_entry(key="Day Typical Week")), "key 'Day Typical Week'"),
        (_bank(_entry(key=7)), "key 7"),
        (_bank({k: v for k, v in _entry().items() if k != "stage"}), "missing stage"),
        (_bank(_entry(colour="blue")), "unknown field colour"),
    ],
)
def test_parse_refuses_malformed_data(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_bank(data)


# --- masks --------------------------------------------------------------------------


def test_masks_follow_declaration_order() -> None:
    assert mask([Decidedness.EXPLORING]) == 1
    assert mask([Decidedness.COMPARING]) == 2
    assert mask([Decidedness.DECIDED]) == 4
    assert mask([Stage.EARLY, Stage.FINAL_YEAR, Stage.GRADUATED]) == 7
    assert mask([]) == 0
    assert from_mask(5, Stage) == {Stage.EARLY, Stage.GRADUATED}
    assert from_mask(0, Decidedness) == frozenset()


def test_masks_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="mix"):
        mask([Decidedness.DECIDED, Stage.EARLY])
    for bits in (-1, 8, 1 << 20):
        with pytest.raises(ValueError, match="not a mask of Stage"):
            from_mask(bits, Stage)


@given(st.frozensets(st.sampled_from(Decidedness)))
def test_decidedness_masks_round_trip(values: frozenset[Decidedness]) -> None:
    bits = mask(values)
    assert 0 <= bits <= 7
    assert from_mask(bits, Decidedness) == values


@given(st.frozensets(st.sampled_from(Stage)))
def test_stage_masks_round_trip(values: frozenset[Stage]) -> None:
    assert from_mask(mask(values), Stage) == values


@given(st.integers(min_value=0, max_value=7))
def test_mask_integers_round_trip(bits: int) -> None:
    assert mask(from_mask(bits, Decidedness)) == bits
    assert mask(from_mask(bits, Stage)) == bits


# --- stage ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("graduation", "today", "expected"),
    [
        (None, date(2026, 3, 15), None),
        ("", date(2026, 3, 15), None),
        ("2026-02", date(2026, 3, 1), Stage.GRADUATED),
        ("2025-12", date(2026, 1, 1), Stage.GRADUATED),
        ("2026-03", date(2026, 3, 31), Stage.FINAL_YEAR),  # the graduation month itself
        ("2026-03", date(2026, 3, 1), Stage.FINAL_YEAR),
        ("2026-04", date(2026, 3, 31), Stage.FINAL_YEAR),
        ("2027-02", date(2026, 3, 1), Stage.FINAL_YEAR),  # 11 months ahead
        ("2027-03", date(2026, 3, 31), Stage.EARLY),  # 12 months ahead
        ("2027-01", date(2026, 1, 31), Stage.EARLY),
        ("2026-12", date(2026, 1, 1), Stage.FINAL_YEAR),
        ("2026-12", date(2025, 12, 31), Stage.EARLY),
        ("2030-06", date(2026, 3, 15), Stage.EARLY),
        ("1999-06", date(2026, 3, 15), Stage.GRADUATED),
    ],
)
def test_stage_for(graduation: str | None, today: date, expected: Stage | None) -> None:
    assert stage_for(graduation, today) is expected


@pytest.mark.parametrize("graduation", ["2026", "2026-13", "2026-00", "June 2026", "26-06"])
def test_stage_for_refuses_a_malformed_month(graduation: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        stage_for(graduation, date(2026, 3, 15))


# --- suggestions ----------------------------------------------------------------------


@pytest.mark.parametrize(("decidedness", "stage"), PROFILES)
def test_suggest_respects_the_tags(
    bank: list[BankQuestion], decidedness: Decidedness | None, stage: Stage | None
) -> None:
    chosen = suggest(bank, decidedness, stage)
    assert len(chosen) == 12
    assert len({q.key for q in chosen}) == 12
    for question in chosen:
        assert decidedness is None or decidedness in question.decidedness
        assert stage is None or stage in question.stages
    assert chosen[-1].topic is Topic.REFERRALS
    topics = [q.topic for q in chosen]
    assert topics == sorted(topics, key=INTERVIEW_ORDER.index)
    assert set(topics) == set(BANK_TOPICS)  # twelve places cover all eight topics
    assert max(Counter(topics).values()) <= 2


def test_comparing_a_few_fields_changes_the_suggestions(bank: list[BankQuestion]) -> None:
    for stage in [None, *Stage]:
        comparing = suggest(bank, Decidedness.COMPARING, stage)
        assert comparing != suggest(bank, None, stage), stage
        written_for_it = [q.key for q in comparing if q.decidedness == {Decidedness.COMPARING}]
        assert len(written_for_it) >= 3, (stage, written_for_it)
        not_sure = suggest(bank, None, stage)  # "Not sure yet" gets questions for anyone
        assert not any(q.decidedness == {Decidedness.COMPARING} for q in not_sure), stage
    final_year = [q.key for q in suggest(bank, Decidedness.COMPARING, Stage.FINAL_YEAR)]
    assert "day-differs-from-neighbour" in final_year
    assert "advice-how-to-compare" in final_year
    assert "path-move-between-neighbours" in final_year


def test_every_topic_has_a_question_for_comparing_fields(bank: list[BankQuestion]) -> None:
    tagged = {q.topic for q in bank if q.decidedness == {Decidedness.COMPARING}}
    assert tagged == set(BANK_TOPICS)


@pytest.mark.parametrize(("decidedness", "stage"), PROFILES)
def test_no_suggestion_uses_the_request_checker_s_job_words(
    bank: list[BankQuestion], decidedness: Decidedness | None, stage: Stage | None
) -> None:
    every = suggest(bank, decidedness, stage, limit=len(bank))
    assert {
        q.key: check_request(q.text).job_words for q in every if check_request(q.text).job_words
    } == {}
    seeking = [q.text for q in every if APPLYING.search(q.text)]
    assert seeking == []


def test_suggest_is_deterministic(bank: list[BankQuestion]) -> None:
    first = suggest(bank, Decidedness.COMPARING, Stage.FINAL_YEAR)
    assert suggest(list(bank), Decidedness.COMPARING, Stage.FINAL_YEAR) == first
    assert suggest(tuple(bank), Decidedness.COMPARING, Stage.FINAL_YEAR, limit=12) == first


def test_suggest_prefers_questions_written_for_the_user(bank: list[BankQuestion]) -> None:
    changer = [q.key for q in suggest(bank, Decidedness.COMPARING, Stage.GRADUATED, limit=16)]
    assert "skills-transferable" in changer
    graduate = [q.key for q in suggest(bank, Decidedness.DECIDED, Stage.FINAL_YEAR)]
    assert "advice-settled-focus" in graduate
    explorer = [q.key for q in suggest(bank, Decidedness.EXPLORING, Stage.EARLY)]
    assert "path-chose-over-others" in explorer


def test_suggest_caps_each_topic_then_fills_up(bank: list[BankQuestion]) -> None:
    sixteen = Counter(q.topic for q in suggest(bank, Decidedness.DECIDED, Stage.EARLY, 16))
    assert all(count == 2 for count in sixteen.values()) and len(sixteen) == 8
    forty = suggest(bank, Decidedness.DECIDED, Stage.EARLY, limit=40)
    assert len(forty) == 40
    counts = Counter(q.topic for q in forty)
    assert max(counts.values()) - min(counts.values()) <= 1
    assert forty[-1].topic is Topic.REFERRALS


def test_suggest_small_and_large_limits(bank: list[BankQuestion]) -> None:
    assert suggest(bank, None, None, limit=0) == []
    assert suggest(bank, None, None, limit=-3) == []
    [one] = suggest(bank, None, None, limit=1)
    assert one.topic is Topic.DAY_TO_DAY
    two = suggest(bank, None, None, limit=2)
    assert [q.topic for q in two] == [Topic.DAY_TO_DAY, Topic.REFERRALS]
    everything = suggest(bank, None, None, limit=1000)
    assert len(everything) == len(bank)
    assert everything[-1].topic is Topic.REFERRALS


@dataclass(frozen=True)
class Row:
    """A stored question as the database gives it: text values, tags from masks."""

    key: str
    topic: str
    decidedness: frozenset[str]
    stages: frozenset[str]


def _row(key: str, topic: str, decidedness_mask: int = 7, stage_mask: int = 7) -> Row:
    return Row(
        key,
        topic,
        frozenset(d.value for d in from_mask(decidedness_mask, Decidedness)),
        frozenset(s.value for s in from_mask(stage_mask, Stage)),
    )


def test_suggest_works_on_stored_rows() -> None:
    rows = [
        _row("refer", "referrals"),
        _row("own-1", "own"),
        _row("week", "day_to_day"),
        _row("week", "day_to_day"),  # the same key twice is used once
        _row("grads-only", "advice", stage_mask=4),
        _row("advice-all", "advice"),
        _row("future-topic", "gossip"),
        _row("no-tags", "path", decidedness_mask=0, stage_mask=0),
    ]
    chosen = suggest(rows, Decidedness.EXPLORING, Stage.EARLY)
    assert [row.key for row in chosen] == ["week", "own-1", "future-topic", "advice-all", "refer"]
    anyone = suggest(rows, None, None)
    assert [row.key for row in anyone] == [
        "week",
        "no-tags",
        "own-1",
        "future-topic",
        "grads-only",
        "advice-all",
        "refer",
    ]


def test_suggest_without_referrals_still_fills() -> None:
    rows = [_row(f"day-{n}", "day_to_day") for n in range(5)]
    assert [row.key for row in suggest(rows, None, None, limit=3)] == ["day-0", "day-1", "day-2"]


# --- time -----------------------------------------------------------------------------


def test_estimate_adds_greetings() -> None:
    assert GREETING_MINUTES == 5
    assert estimate_minutes([]) == 5
    assert estimate_minutes([2.5, 3, 1.5]) == 12
    assert estimate_minutes([0.1] * 10) == 6


def test_fits() -> None:
    assert fits([2.5] * 10, 30) == (True, 0.0)
    assert fits([2.5] * 10, 45) == (True, 15.0)
    assert fits([3] * 10, 30) == (False, -5.0)
    with pytest.raises(ValueError):
        fits([2.5], 0)
    with pytest.raises(ValueError):
        fits([-1.0], 30)
    with pytest.raises(ValueError):
        estimate_minutes([float("nan")])


def test_default_suggestion_fits_a_forty_five_minute_meeting(bank: list[BankQuestion]) -> None:
    for decidedness, stage in PROFILES:
        chosen = suggest(bank, decidedness, stage)
        ok, _spare = fits([q.minutes for q in chosen], 45)
        assert ok, (decidedness, stage)
