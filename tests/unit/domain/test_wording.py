"""Counted phrases: one helper, both forms written out, never "1 contacts" or "(s)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from infoview_gui.domain.wording import counted, plural, sentence_start

SOURCE = Path(__file__).resolve().parents[3] / "infoview_gui"


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "0 contacts"), (1, "1 contact"), (2, "2 contacts"), (1234, "1,234 contacts")],
)
def test_counted_chooses_the_form_that_fits_the_number(number: int, expected: str) -> None:
    assert counted(number, "contact", "contacts") == expected


def test_plural_chooses_a_whole_phrase_and_places_the_number() -> None:
    assert plural(1, "Hide question", "Hide {n} questions") == "Hide question"
    assert plural(3, "Hide question", "Hide {n} questions") == "Hide 3 questions"
    assert counted(1, "reply", "replies") == "1 reply"  # no "s" is guessed
    assert counted(2, "reply", "replies") == "2 replies"


def test_no_message_in_the_code_counts_with_a_bracketed_s() -> None:
    """ "1 contact(s)" reads badly: every counted phrase goes through the helper."""
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\}[\w ’'-]*\(s\)", line)
    ]
    assert found == []


def test_no_message_adds_an_s_by_hand_after_a_number() -> None:
    """A hand-made plural ({'s' * (n != 1)}) cannot be translated: the helper can."""
    pattern = re.compile(r"""'s' \*|"s" \*|'s' if|"s" if""")
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


def test_a_sentence_starts_upper_case_unless_led_by_a_name_written_lower_case() -> None:
    assert sentence_start("networking-site connections export") == (
        "Networking-site connections export"
    )
    assert sentence_start("vCard file") == "vCard file"
    assert sentence_start("CSV file") == "CSV file"
