"""Finding the same person twice: shared phones, emails, web addresses, close names.

:func:`find_pairs` never compares every contact with every other: contacts are put in
buckets by a key (a phone number in E.164 form, a folded email or web address, an
organisation and last name), and only the few contacts of one bucket are compared. A
bucket with very many contacts (a company switchboard everyone lists) says nothing about
any two of them and is left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

import phonenumbers

from infoview_gui.domain.i18n import _
from infoview_gui.domain.text import fold, url_key

MAX_BUCKET = 12
"""More contacts than this sharing one key are not treated as duplicates of each other."""

_NOT_DIGITS = re.compile(r"[^0-9]")

_NICKNAMES = {
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "william": ("bill", "billy", "will", "willy", "liam"),
    "richard": ("dick", "rick", "ricky", "rich"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "eliza", "libby"),
    "katherine": ("kate", "kathy", "katie", "kat", "catherine", "kathryn"),
    "margaret": ("maggie", "meg", "peggy", "marge", "greta"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny", "jon"),
    "joseph": ("joe", "joey"),
    "michael": ("mike", "mikey", "mick"),
    "thomas": ("tom", "tommy"),
    "christopher": ("chris", "kit"),
    "christine": ("chris", "chrissy", "tina"),
    "alexander": ("alex", "sandy", "xander"),
    "alexandra": ("alex", "sandra", "lexi"),
    "daniel": ("dan", "danny"),
    "david": ("dave", "davey"),
    "edward": ("ed", "eddie", "ted", "ned"),
    "jennifer": ("jen", "jenny"),
    "patricia": ("pat", "patty", "trish"),
    "anthony": ("tony",),
    "andrew": ("andy", "drew"),
    "benjamin": ("ben", "benny"),
    "charles": ("charlie", "chuck"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "steven": ("steve", "stephen"),
    "susan": ("sue", "susie"),
    "nicholas": ("nick", "nicky"),
    "matthew": ("matt",),
    "rebecca": ("becky", "becca"),
    "victoria": ("vicky", "tori"),
    "francisco": ("paco", "pancho"),
    "jose": ("pepe",),
    "giuseppe": ("beppe", "pino"),
}


def _nickname_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for full, shorts in _NICKNAMES.items():
        names = {full, *shorts}
        for name in names:
            groups[name] |= names
    return {name: frozenset(names) for name, names in groups.items()}


_SAME_NAMES = _nickname_groups()


@dataclass(frozen=True)
class Candidate:
    """What duplicate finding needs of one contact."""

    contact_id: int
    first_name: str
    last_name: str
    organisation: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicatePair:
    """Two contacts that are likely one person, and why (in words a user reads)."""

    first_id: int
    second_id: int
    reasons: tuple[str, ...]


def phone_key(number: str, region: str) -> str:
    """Return ``number`` in E.164 form (``+442079460000``), or "" if it is not a number.

    Args:
        number: as typed or imported ("020 7946 0000", "+44 (0)20 7946 0000").
        region: the two-letter country a number without "+" is read in ("GB").
    """
    try:
        parsed = phonenumbers.parse(number, region.upper() or None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def region_of(phone: str, fallback: str) -> str:
    """Return the country of an international ``phone`` (the user's own), else ``fallback``."""
    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return fallback
    return phonenumbers.region_code_for_number(parsed) or fallback


def same_first_name(first: str, second: str) -> bool:
    """Return True when two folded first names may be one person's.

    The same name, a nickname of it ("bob" / "robert"), an initial of it ("j." /
    "jane") or the same name with a slip ("jonh" / "john").
    """
    a, b = first.replace(".", " ").split(), second.replace(".", " ").split()
    if not a or not b:
        return False
    x, y = a[0], b[0]
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if y in _SAME_NAMES.get(x, ()):
        return True
    return _one_slip(x, y)


def _one_slip(x: str, y: str) -> bool:
    """Return True when ``x`` and ``y`` differ by one slip of the keyboard.

    Two neighbouring letters swapped, or, in names of five letters or more, one letter
    added, dropped or mistyped. Four-letter names one letter apart are often two names
    ("mary", "mark").
    """
    if len(x) > len(y):
        x, y = y, x
    if len(x) == len(y):
        apart = [i for i, (a, b) in enumerate(zip(x, y, strict=True)) if a != b]
        if len(apart) == 1:
            return len(x) >= 5
        first, second = apart if len(apart) == 2 else (0, 0)
        return second == first + 1 and (x[first], x[second]) == (y[second], y[first])
    if len(y) - len(x) != 1 or len(x) < 5:
        return False
    return any(y[:i] + y[i + 1 :] == x for i in range(len(y)))


def find_pairs(candidates: Iterable[Candidate], *, region: str) -> list[DuplicatePair]:
    """Return the likely duplicate pairs among ``candidates``, lower ids first.

    Args:
        candidates: every contact to look through.
        region: the country phone numbers without "+" are read in ("GB", "US").
    """
    people = list(candidates)
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    for why, ids in _shared_keys(people, region):
        for pair in combinations(sorted(ids), 2):
            if why not in reasons[pair]:
                reasons[pair].append(why)
    for organisation, bucket in _same_organisation(people):
        for one, other in combinations(bucket, 2):
            if same_first_name(fold(one.first_name), fold(other.first_name)):
                low, high = sorted((one.contact_id, other.contact_id))
                reasons[low, high].append(
                    _("close names at {organisation}").format(organisation=organisation)
                )
    return [DuplicatePair(a, b, tuple(why)) for (a, b), why in sorted(reasons.items())]


def _shared_keys(people: Sequence[Candidate], region: str) -> Iterable[tuple[str, set[int]]]:
    """Yield (reason, contact ids) for each phone, email or web address held by several."""
    buckets: dict[tuple[str, str], set[int]] = defaultdict(set)
    for person in people:
        keys = [("email", email.strip().casefold()) for email in person.emails]
        keys += [("web", url_key(url)) for url in person.urls]
        keys += [("digits", last_digits(phone)) for phone in person.phones]
        for key in keys:
            if key[1]:
                buckets[key].add(person.contact_id)
    phones = _phone_buckets(people, buckets, region)
    for (kind, value), ids in [*buckets.items(), *phones.items()]:
        if kind != "digits" and 1 < len(ids) <= MAX_BUCKET:
            yield _shown(kind, value), ids


def last_digits(phone: str) -> str:
    """Return the last eight digits: one number written two ways ends in the same ones."""
    return _NOT_DIGITS.sub("", phone)[-8:]


def _phone_buckets(
    people: Sequence[Candidate], buckets: dict[tuple[str, str], set[int]], region: str
) -> dict[tuple[str, str], set[int]]:
    """Return the contacts by E.164 number, parsing only numbers whose last digits meet.

    Parsing a number takes a fraction of a millisecond: among 100,000 contacts, only the
    few whose numbers end alike are worth it.
    """
    shared = {value for (kind, value), ids in buckets.items() if kind == "digits" and len(ids) > 1}
    found: dict[tuple[str, str], set[int]] = defaultdict(set)
    for person in people:
        for phone in person.phones:
            if last_digits(phone) in shared and (key := phone_key(phone, region)):
                found["phone", key].add(person.contact_id)
    return found


def _shown(kind: str, value: str) -> str:
    if kind == "phone":
        number = phonenumbers.parse(value, None)
        international = phonenumbers.PhoneNumberFormat.INTERNATIONAL
        shown = phonenumbers.format_number(number, international)
        return _("same phone {number}").format(number=shown)
    if kind == "email":
        return _("same email {address}").format(address=value)
    return _("same web address {address}").format(address=value)


def _same_organisation(people: Sequence[Candidate]) -> Iterable[tuple[str, list[Candidate]]]:
    """Yield (organisation as typed, contacts) for those sharing an organisation and last name."""
    buckets: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for person in people:
        organisation, last = fold(person.organisation), fold(person.last_name)
        if organisation and last:
            buckets[organisation, last].append(person)
    for bucket in buckets.values():
        if 1 < len(bucket) <= MAX_BUCKET:
            yield bucket[0].organisation.strip(), bucket
