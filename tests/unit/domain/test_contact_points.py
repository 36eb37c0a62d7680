"""Several labelled emails, phones and web addresses per contact, one primary of each kind."""

from __future__ import annotations

import re

import pytest

from infoview_gui.domain.contact import ContactData, validated
from infoview_gui.domain.contact_points import (
    MAX_POINTS,
    ContactPoint,
    PointKind,
    PointLabel,
    with_points,
)
from infoview_gui.domain.errors import ValidationError

EMAIL, PHONE, WEB = PointKind.EMAIL, PointKind.PHONE, PointKind.WEB
WORK, HOME, MOBILE = PointLabel.WORK, PointLabel.HOME, PointLabel.MOBILE


def test_the_first_point_of_each_kind_becomes_the_primary_value() -> None:
    contact = with_points(
        ContactData(first_name="Ada"),
        [
            ContactPoint(PHONE, "+44 20 7946 0001", MOBILE),
            ContactPoint(EMAIL, "ada@work.example", WORK),
            ContactPoint(EMAIL, "ada@home.example", HOME),
            ContactPoint(WEB, "https://ada.example"),
        ],
    )
    assert (contact.email, contact.email_label) == ("ada@work.example", WORK)
    assert (contact.phone, contact.phone_label) == ("+44 20 7946 0001", MOBILE)
    assert contact.profile_url == "https://ada.example"
    assert contact.other_points == (ContactPoint(EMAIL, "ada@home.example", HOME),)
    assert [point.value for point in contact.points] == [
        "ada@work.example",
        "ada@home.example",
        "+44 20 7946 0001",
        "https://ada.example",
    ]


def test_empty_and_repeated_points_are_dropped() -> None:
    contact = with_points(
        ContactData(first_name="Ada"),
        [
            ContactPoint(EMAIL, "Ada@Example.org"),
            ContactPoint(EMAIL, "  "),
            ContactPoint(EMAIL, "ada@example.org ", HOME),
            ContactPoint(PHONE, "+1 555 0100"),
            ContactPoint(PHONE, "+1-555-0100"),
        ],
    )
    assert [point.value for point in contact.points] == ["Ada@Example.org", "+1 555 0100"]


def test_a_contact_without_a_primary_email_gets_its_first_other_one() -> None:
    contact = ContactData(other_points=(ContactPoint(EMAIL, "x@example.org", HOME),))
    clean = validated(contact)
    assert (clean.email, clean.email_label, clean.other_points) == ("x@example.org", HOME, ())


@pytest.mark.parametrize(
    ("point", "field", "message"),
    [
        (ContactPoint(EMAIL, "not-an-email?bcc=x@y.z"), "points", "cannot contain ? or &"),
        (ContactPoint(PHONE, "1" * 41), "points", "at most 40"),
        (ContactPoint(WEB, "javascript:alert(1)"), "points", "must start with http://"),
    ],
)
def test_every_further_point_is_checked_like_the_primary(
    point: ContactPoint, field: str, message: str
) -> None:
    contact = ContactData(
        first_name="Ada",
        email="ada@example.org",
        phone="1",
        profile_url="https://a.example",
        other_points=(point,),
    )
    with pytest.raises(ValidationError, match=re.escape(message)) as raised:
        validated(contact)
    assert raised.value.field == field


def test_a_wrong_primary_names_its_own_input() -> None:
    with pytest.raises(ValidationError) as raised:
        validated(ContactData(first_name="Ada", profile_url="file:///etc/passwd"))
    assert raised.value.field == "profile_url"


def test_too_many_points_are_refused() -> None:
    many = tuple(ContactPoint(PHONE, f"+1 555 {n:04}") for n in range(MAX_POINTS + 1))
    with pytest.raises(ValidationError, match="at most"):
        validated(ContactData(first_name="Ada", other_points=many))
