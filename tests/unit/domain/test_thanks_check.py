"""The thank-you checker: placeholder, length, something specific, contact details."""

from __future__ import annotations

from infoview_gui.domain.drafts import PLACEHOLDER, Recipient, thank_you_email
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.thanks_check import THANKS_WORD_LIMIT, check_thank_you

SAM = ProfileData(name="Sam Patel", email="sam@example.org", phone="07700 900123")
DETAILS = (SAM.email, SAM.phone)
JANE = Recipient("Jane", "Smith")


def test_a_fresh_draft_still_holds_the_placeholder() -> None:
    body = thank_you_email(SAM, JANE, "").body
    check = check_thank_you(body, contact_details=DETAILS)
    assert check.placeholders == (PLACEHOLDER,)
    assert not check.names_something  # a placeholder names nothing yet
    assert check.has_contact and not check.over_limit
    assert check.problems == (
        f"Replace {PLACEHOLDER} with your own words.",
        "Name one specific thing they said that helped you.",
    )


def test_a_draft_with_the_point_looks_good() -> None:
    point = "Your advice to pitch small stories first helped most."
    check = check_thank_you(
        thank_you_email(SAM, JANE, point).body, point=point, contact_details=DETAILS
    )
    assert check.problems == ()


def test_something_specific_is_the_point_or_a_phrase_that_quotes_them() -> None:
    assert check_thank_you("Thanks, Sam", point="pitch small stories").names_something is False
    assert check_thank_you("I liked how you pitch small stories.", point="Pitch small stories.")
    assert check_thank_you("I liked how you pitch small stories.", point="pitch small stories")
    assert check_thank_you("You mentioned the night desk.").names_something
    assert not check_thank_you("Thank you for your time.").names_something


def test_contact_details_must_be_in_the_text() -> None:
    assert not check_thank_you("Thanks, Sam", contact_details=DETAILS).has_contact
    assert check_thank_you("Sam\n07700 900123", contact_details=DETAILS).has_contact
    assert not check_thank_you("Sam", contact_details=("", " ")).has_contact
    assert "Sign with your email or phone" in check_thank_you("Sam").problems[-1]


def test_length_is_counted_in_words() -> None:
    assert not check_thank_you(" ".join(["word"] * THANKS_WORD_LIMIT)).over_limit
    check = check_thank_you(" ".join(["word"] * (THANKS_WORD_LIMIT + 1)))
    assert check.over_limit and check.word_count == THANKS_WORD_LIMIT + 1


def test_any_bracketed_prompt_counts_as_a_placeholder_but_short_brackets_do_not() -> None:
    check = check_thank_you("Hi [name here], thanks [a].")
    assert check.placeholders == ("[name here]",)
