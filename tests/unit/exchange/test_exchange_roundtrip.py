"""Export then import gives the same contacts back (P10), for any text the app accepts."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview_gui.domain.contact import ContactData, validated
from infoview_gui.domain.contact_points import ContactPoint, PointKind, PointLabel
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.tags import TAG_MAX, clean_tag, tag_key
from infoview_gui.exchange.csv_write import EXPORT_MAPPING, Ranking, write_contacts_csv
from infoview_gui.exchange.generic_csv import parse_csv, ranking_of
from infoview_gui.exchange.point_cells import POINT_COLUMNS
from infoview_gui.exchange.reader import read_contacts
from infoview_gui.exchange.vcard import parse_vcards, write_vcards

# Any character but lone surrogates (no file can hold them); tricky ones made likely.
TRICKY = ",;\"'\\=+-@\t \u00a0\u2028\x85\ufeffé日🚀👩‍💻"


def characters(*, controls: bool = True) -> st.SearchStrategy[str]:
    """Any one-line character (controls optional), the tricky ones often."""
    plain = st.characters(exclude_categories=["Cs"], exclude_characters="\r\n")
    if not controls:
        plain = st.characters(exclude_categories=["Cs", "Cc"])
    return st.one_of(
        plain,
        st.sampled_from(TRICKY),
    )


def tag_lists(*, controls: bool = True) -> st.SearchStrategy[tuple[str, ...]]:
    """Tags as the app keeps them: any names its rules allow, each once (case aside)."""
    name = st.text(characters(controls=controls), min_size=1, max_size=TAG_MAX + 5)
    allowed = name.map(_allowed_tag).filter(bool)
    return st.lists(allowed, max_size=4, unique_by=tag_key).map(tuple)


def _allowed_tag(text: str) -> str:
    try:
        return clean_tag(text)
    except ValidationError:
        return ""


def contacts(
    *, controls: bool = True, carriage_returns: bool = True
) -> st.SearchStrategy[ContactData]:
    short = st.text(characters(controls=controls), max_size=30)
    breaks = st.sampled_from(["\n", "\r\n", "\r"] if carriage_returns else ["\n"])
    paragraph = st.text(characters(controls=controls), max_size=40)
    notes = st.lists(st.tuples(paragraph, breaks), max_size=5).map(
        lambda parts: "".join(text + end for text, end in parts)
    )
    notes = st.one_of(notes, st.builds(str.__add__, notes, paragraph))
    local = st.text(st.sampled_from("abcxyz.+_-'=ÄΩ日"), min_size=1, max_size=10)
    email = st.one_of(st.just(""), st.builds("{}@{}.org".format, local, local))
    url = st.one_of(st.just(""), st.builds("https://{}".format, short))
    phone = st.text(characters(controls=controls), max_size=20)
    labels = st.sampled_from(list(PointLabel))
    raw = st.builds(
        ContactData,
        first_name=short,
        last_name=short,
        title=short,
        organisation=short,
        location=short,
        email=email,
        phone=phone,
        profile_url=url,
        source=st.sampled_from(list(Source)),
        introduced_by_text=short,
        notes=notes,
        email_label=labels,
        phone_label=labels,
        profile_url_label=labels,
        other_points=st.lists(
            st.one_of(
                st.builds(ContactPoint, st.just(PointKind.EMAIL), email, labels),
                st.builds(ContactPoint, st.just(PointKind.PHONE), phone, labels),
                st.builds(ContactPoint, st.just(PointKind.WEB), url, labels),
            ),
            max_size=4,
        ).map(tuple),
        uid=st.one_of(st.just(""), short),
        tags=tag_lists(controls=controls),
    )
    return raw.map(_checked).filter(lambda contact: contact is not None)  # type: ignore[return-value]


def _checked(contact: ContactData) -> ContactData | None:
    try:
        return validated(contact)
    except ValidationError:
        return None


SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)


@SETTINGS
@given(st.lists(contacts(), max_size=5), st.booleans())
def test_csv_round_trip_as_text(people: list[ContactData], raw: bool) -> None:
    text = write_contacts_csv(people, raw=raw)
    result = parse_csv(text.removeprefix("\ufeff"), EXPORT_MAPPING)
    assert result.rejects == []
    assert [c.contact for c in result.contacts] == people
    assert [c.line for c in result.contacts] == sorted(c.line for c in result.contacts)


@SETTINGS
@given(st.lists(contacts(controls=False), min_size=1, max_size=5), st.booleans())
def test_csv_round_trip_through_file_bytes(people: list[ContactData], raw: bool) -> None:
    data = write_contacts_csv(people, raw=raw).encode("utf-8")
    result = read_contacts(data)
    assert result.format == "csv"
    assert result.rejects == []
    assert [c.contact for c in result.contacts] == people


@SETTINGS
@given(st.lists(contacts(carriage_returns=False), max_size=5))
def test_vcard_round_trip_as_text(people: list[ContactData]) -> None:
    text = write_vcards(people)
    if not people:
        return
    result = parse_vcards(text)
    assert result.rejects == []
    assert [c.contact for c in result.contacts] == people


@SETTINGS
@given(st.lists(contacts(controls=False, carriage_returns=False), min_size=1, max_size=5))
def test_vcard_round_trip_through_file_bytes(people: list[ContactData]) -> None:
    data = write_vcards(people).encode("utf-8")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    result = read_contacts(data)
    assert result.format == "vcard"
    assert result.rejects == []
    assert [c.contact for c in result.contacts] == people


# Names of fields and criteria as the app keeps them: one line, no blank at either end.
NAMES = (
    st.text(characters(controls=False), min_size=1, max_size=20)
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


@st.composite
def rankings(draw: st.DrawFn, count: int) -> tuple[list[Ranking], list[str]]:
    """A ranking for each of ``count`` contacts, and the criteria that get columns."""
    criteria = draw(st.lists(NAMES, max_size=4, unique_by=str.casefold))
    result = []
    for _ in range(count):
        if not draw(st.booleans()):
            result.append(Ranking())
            continue
        given = draw(st.lists(st.sampled_from(criteria), unique=True)) if criteria else []
        scores = {name: draw(st.integers(0, 5)) for name in given}
        score = draw(st.one_of(st.none(), st.sampled_from([0.0, 2.5, 3.75, 5.0])))
        result.append(Ranking(draw(NAMES), draw(st.integers(1, 10_000)), score, scores))
    return result, criteria


@SETTINGS
@given(st.lists(contacts(), min_size=1, max_size=4), st.booleans(), st.data())
def test_csv_round_trip_keeps_field_rank_and_scores(
    people: list[ContactData], spreadsheet: bool, data: st.DataObject
) -> None:
    """Field, rank and each criterion's score come back as the importer's extras."""
    places, criteria = data.draw(rankings(len(people)))
    text = write_contacts_csv(people, spreadsheet=spreadsheet, rankings=places, criteria=criteria)
    header = next(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert header[11] == "Tags"
    assert header[12:19] == list(POINT_COLUMNS)
    assert header[19:] == ["Career field", "Rank", "Weighted score"] + [
        f"Score: {name}" for name in criteria
    ]
    result = parse_csv(text.removeprefix("\ufeff"), EXPORT_MAPPING)
    assert result.rejects == []
    assert [c.contact for c in result.contacts] == people
    for item, place in zip(result.contacts, places, strict=True):
        field, rank, scores = ranking_of(item.extras)
        assert field == place.career_field
        assert rank == ("" if place.rank is None else str(place.rank))
        assert scores == {name: str(value) for name, value in place.scores.items()}
        expected = "" if place.score is None else f"{place.score:g}"
        assert item.extras.get("weighted_score", "") == expected
