from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.enums import Decidedness
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.profile import ProfileData
from infoview_gui.services.profile import PROMPTED_KEY, load_profile, save_profile
from infoview_gui.services.settings import get_setting


def test_profile_round_trips(store: SqliteDatabase) -> None:
    saved = save_profile(
        profile=ProfileData(
            name="  Sam Student ",
            email="sam@example.org",
            graduation="2027-06",
            decidedness=Decidedness.COMPARING,
            time_zone="Europe/London",
        )
    )
    assert saved.name == "Sam Student"
    assert load_profile() == saved
    assert get_setting(PROMPTED_KEY) == "1"


def test_empty_profile_before_anything_is_saved(store: SqliteDatabase) -> None:
    assert load_profile().is_empty


@pytest.mark.parametrize(
    ("profile", "field", "words"),
    [
        (ProfileData(email="not-an-address"), "email", "does not look like an email"),
        (ProfileData(email="a@b.org?cc=x@y.org"), "email", "cannot contain"),
        (ProfileData(graduation="June 2027"), "graduation", "for example 2027-06"),
        (ProfileData(graduation="2027-13"), "graduation", "for example 2027-06"),
        (ProfileData(name="x" * 201), "name", "too long"),
        (ProfileData(name="two\nlines"), "name", "one line"),
    ],
)
def test_bad_profile_values_are_refused_in_words(
    store: SqliteDatabase, profile: ProfileData, field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        save_profile(profile=profile)
    assert refused.value.field == field
    assert load_profile().is_empty
