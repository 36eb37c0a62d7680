"""InfoView's own rules about its data, checked (and repaired where that is safe).

SQLite checks its file and its links; these are the rules the services keep on top:

- a contact's stored score is the weighted score of its criteria scores in its field
  (repaired: recomputed);
- within a career field, ranks are finite and all different (repaired: the field is
  renumbered in its current order);
- a contact's search text, sort name and duplicate keys are those its details give
  (repaired: recomputed);
- positions in ordered lists (fields, criteria, links, research lines, questions of a
  list) are all different (repaired: renumbered in their current order);
- a request's status agrees with its dates: asked and unanswered requests have the date
  they were asked, answered ones the date of the answer, scheduled ones a start time
  (reported only: the missing date cannot be guessed);
- a contact's status key (``contact_keys.status_rank``, which the contacts table sorts and
  filters by) is the status of their current request (repaired: recomputed);
- a business card image the data names is in the cards folder (reported only);
- each contact's tag line (the Tags column, searched) lists its tags (repaired: made again);
- the search index holds every record, undamaged (repaired: rebuilt, as every repair
  run rebuilds it).

Every repair of one check runs in the same transaction, so a check repairs all or nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from infoview_gui.domain import ranking
from infoview_gui.domain.contact import KEY_FIELDS, keys_of_values
from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.i18n import N_, _, formats, ngettext
from infoview_gui.domain.text import full_name
from infoview_gui.domain.wording import plural
from infoview_gui.store.connection import current, read
from infoview_gui.store.contact_table import STATUS_RANK
from infoview_gui.store.database import database, execute_many
from infoview_gui.store.integrity import integrity_problems
from infoview_gui.store.point_rows import points_by_contact
from infoview_gui.store.request_rule import CURRENT_STATUS_SQL
from infoview_gui.store.search_queries import rebuild_search_index, search_index_problem
from infoview_gui.store.tag_rows import rebuild_tag_lines, tag_lines_out_of_step

_KEYS = ("search_text", "sort_name", "email_key", "url_key", "name_org_key")
_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Finding:
    """One broken rule, in words, and whether it was repaired."""

    message: str
    fixed: bool = False


@dataclass
class InvariantReport:
    """What ``check_invariants`` found."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        """Whether every rule holds (before any repair)."""
        return not self.findings

    @property
    def fixed(self) -> list[str]:
        """The repairs made."""
        return [f.message for f in self.findings if f.fixed]

    @property
    def problems(self) -> list[str]:
        """What is wrong and was not (or could not be) repaired."""
        return [f.message for f in self.findings if not f.fixed]


def _names(names: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(n or _("(no name)") for n in names[:limit])
    rest = len(names) - limit
    if rest <= 0:
        return shown
    more = ngettext("{names} and {n} more", "{names} and {n} more", rest)
    return more.format(names=shown, n=formats().number(rest))


def _finding(fix: bool, done: str, found: str) -> Finding:
    return Finding(done if fix else found, fixed=fix)


def _scores(fix: bool) -> list[Finding]:
    weights: dict[int, dict[int, int]] = defaultdict(dict)
    for criterion_id, field_id, weight in read("SELECT id, field_id, weight FROM criterion"):
        weights[field_id][criterion_id] = weight
    given: dict[int, dict[int, int]] = defaultdict(dict)
    for contact_id, criterion_id, score in read(
        "SELECT contact_id, criterion_id, score FROM criterion_score"
    ):
        given[contact_id][criterion_id] = score
    wrong = []
    # Without a field a score means nothing (it is kept for an undo of the field's deletion).
    for contact_id, field_id, stored in read(
        "SELECT id, field_id, score FROM contact WHERE field_id IS NOT NULL"
    ):
        expected = ranking.weighted_score(given.get(contact_id, {}), weights.get(field_id, {}))
        if _differs(stored, expected):
            wrong.append((expected, contact_id))
    if not wrong:
        return []
    if fix:
        execute_many("UPDATE contact SET score = ? WHERE id = ?", wrong)
    count = len(wrong)
    return [
        _finding(
            fix,
            plural(
                count,
                "Recomputed the score of {n} contact: it did not match the criteria scores.",
                "Recomputed the score of {n} contacts: it did not match the criteria scores.",
            ),
            plural(
                count,
                "The stored score does not match the criteria scores for {n} contact.",
                "The stored score does not match the criteria scores for {n} contacts.",
            ),
        )
    ]


def _differs(stored: float | None, expected: float | None) -> bool:
    if stored is None or expected is None:
        return stored is not expected
    return not math.isclose(stored, expected, rel_tol=_TOLERANCE, abs_tol=_TOLERANCE)


def _ranks(fix: bool) -> list[Finding]:
    by_field: dict[int, list[tuple[int, float | None]]] = defaultdict(list)
    for contact_id, field_id, rank in read(
        "SELECT id, field_id, rank FROM contact WHERE field_id IS NOT NULL "
        "ORDER BY field_id, rank IS NULL, rank, id"
    ):
        by_field[field_id].append((contact_id, rank))
    broken = [rows for rows in by_field.values() if not _distinct_finite(r for _, r in rows)]
    if not broken:
        return []
    if fix:
        for rows in broken:
            fresh = ranking.renumbered([contact_id for contact_id, _ in rows])
            execute_many(
                "UPDATE contact SET rank = ? WHERE id = ?", [(r, i) for i, r in fresh.items()]
            )
    count = len(broken)
    return [
        _finding(
            fix,
            plural(
                count,
                "Renumbered the order of contacts in {n} career field, keeping the order: "
                "places were repeated or missing.",
                "Renumbered the order of contacts in {n} career fields, keeping the order: "
                "places were repeated or missing.",
            ),
            plural(
                count,
                "The order of contacts has repeated or missing places in {n} career field.",
                "The order of contacts has repeated or missing places in {n} career fields.",
            ),
        )
    ]


def _distinct_finite(values: Iterable[float | None]) -> bool:
    seen: set[float] = set()
    for value in values:
        if value is None or not math.isfinite(value) or value in seen:
            return False
        seen.add(value)
    return True


def _derived(fix: bool) -> list[Finding]:
    wrong = []
    rows = read(f"SELECT id, {', '.join(KEY_FIELDS)}, {', '.join(_KEYS)} FROM contact")
    points = points_by_contact()
    width = len(KEY_FIELDS) + 1
    for row in rows:
        keys = keys_of_values(row[1:width], points.get(int(row[0]), ()))
        if tuple(keys[k] for k in _KEYS) != tuple(row[width:]):
            wrong.append((*(keys[k] for k in _KEYS), row[0]))
    if not wrong:
        return []
    if fix:
        columns = ", ".join(f"{k} = ?" for k in _KEYS)
        execute_many(f"UPDATE contact SET {columns} WHERE id = ?", wrong)
    count = len(wrong)
    return [
        _finding(
            fix,
            plural(
                count,
                "Recomputed the search text of {n} contact: it did not match their details.",
                "Recomputed the search text of {n} contacts: it did not match their details.",
            ),
            plural(
                count,
                "The search text does not match the details for {n} contact.",
                "The search text does not match the details for {n} contacts.",
            ),
        )
    ]


@dataclass(frozen=True)
class _OrderedList:
    table: str
    group: str  # the column that groups the rows into one list ("" for one list)
    done: str  # the repair, in words (marked for the catalogue, translated on use)
    found: str  # the problem, in words
    step: float = 1.0


_ORDERED = (
    _OrderedList(
        "career_field",
        "",
        N_("The order of career fields had repeated places; renumbered in the same order."),
        N_("The order of career fields has repeated places."),
    ),
    _OrderedList(
        "criterion",
        "field_id",
        N_("The order of ranking criteria had repeated places; renumbered in the same order."),
        N_("The order of ranking criteria has repeated places."),
    ),
    _OrderedList(
        "field_link",
        "field_id",
        N_("The order of research links had repeated places; renumbered in the same order."),
        N_("The order of research links has repeated places."),
    ),
    _OrderedList(
        "research_item",
        "field_id",
        N_("The order of research lines had repeated places; renumbered in the same order."),
        N_("The order of research lines has repeated places."),
    ),
    _OrderedList(
        "list_question",
        "question_list_id",
        N_(
            "The order of the questions of a list had repeated places; renumbered in the same "
            "order."
        ),
        N_("The order of the questions of a list has repeated places."),
        ranking.STEP,
    ),
)


def _positions(fix: bool) -> list[Finding]:
    findings = []
    for ordered in _ORDERED:
        group = ordered.group or "NULL"
        order = f"{ordered.group}, position, id" if ordered.group else "position, id"
        lists: dict[object, list[tuple[int, float]]] = defaultdict(list)
        for row_id, owner, position in read(
            f"SELECT id, {group}, position FROM {ordered.table} ORDER BY {order}"
        ):
            lists[owner].append((row_id, position))
        broken = [rows for rows in lists.values() if not _distinct_finite(p for _, p in rows)]
        if not broken:
            continue
        if fix:
            for rows in broken:
                changes = [(ordered.step * n, row_id) for n, (row_id, _) in enumerate(rows, 1)]
                execute_many(f"UPDATE {ordered.table} SET position = ? WHERE id = ?", changes)
        findings.append(_finding(fix, _(ordered.done), _(ordered.found)))
    return findings


_S = InterviewStatus
_DATES: tuple[tuple[tuple[InterviewStatus, ...], str, str], ...] = (
    (
        (_S.ASKED, _S.NO_REPLY),
        "requested_on",
        N_("A request marked “{status}” has no date of asking: {names}."),
    ),
    (
        (_S.ACCEPTED, _S.DECLINED),
        "responded_on",
        N_("A request marked “{status}” has no date of the answer: {names}."),
    ),
    (
        (_S.SCHEDULED,),
        "scheduled_start",
        N_("A request marked “{status}” has no start time: {names}."),
    ),
)
"""The statuses that need a date, its column, and the sentence when it is missing."""


def _interview_dates(fix: bool) -> list[Finding]:
    findings = []
    for statuses, column, sentence in _DATES:
        marks = ", ".join("?" for _ in statuses)
        rows = read(
            "SELECT c.first_name, c.last_name, c.email, i.status FROM interview i "
            f"JOIN contact c ON c.id = i.contact_id WHERE i.status IN ({marks}) "
            f"AND i.{column} IS NULL ORDER BY i.id",
            [s.value for s in statuses],
        )
        for status in statuses:
            names = [full_name(f, last) or email for f, last, email, s in rows if s == status]
            if names:
                said = _(sentence).format(status=status.label, names=_names(names))
                findings.append(Finding(said))
    return findings


def _cards(cards_dir: Path) -> list[Finding]:
    missing = []
    folder = cards_dir.resolve()
    for first, last, email, image in read(
        "SELECT first_name, last_name, email, card_image FROM contact "
        "WHERE card_image != '' ORDER BY id"
    ):
        candidate = (folder / image).resolve()
        if candidate.parent != folder or not candidate.is_file():
            missing.append(full_name(first, last) or email)
    if not missing:
        return []
    said = ngettext(
        "Business card image missing from {folder}: {names}.",
        "Business card images missing from {folder}: {names}.",
        len(missing),
    )
    return [Finding(said.format(folder=cards_dir, names=_names(missing)))]


def _tag_lines(fix: bool) -> list[Finding]:
    """The tag lines are derived from the tags: out of step, they are made again."""
    stale = tag_lines_out_of_step()
    if not stale:
        return []
    if fix:
        rebuild_tag_lines()
    return [
        _finding(
            fix,
            plural(
                stale,
                "The tags shown for {n} contact were out of step. Listed them again from the tags.",
                "The tags shown for {n} contacts were out of step. Listed them again from the "
                "tags.",
            ),
            plural(
                stale,
                "The tags shown for {n} contact were out of step.",
                "The tags shown for {n} contacts were out of step.",
            ),
        )
    ]


_STATUS_RANK_SQL = (
    f"CASE {CURRENT_STATUS_SQL} "
    + " ".join(f"WHEN '{status.value}' THEN {rank}" for status, rank in STATUS_RANK.items())
    + " END"
)


def _status_keys(fix: bool) -> list[Finding]:
    """The status key the table sorts by is derived: out of step, it is recomputed."""
    wrong = read(
        f"SELECT rank, id FROM (SELECT k.id, k.status_rank AS kept, {_STATUS_RANK_SQL} AS rank"
        " FROM contact c JOIN contact_keys k ON k.id = c.id) WHERE kept IS NOT rank"
    )
    if not wrong:
        return []
    if fix:
        execute_many("UPDATE contact_keys SET status_rank = ? WHERE id = ?", wrong)
    count = len(wrong)
    return [
        _finding(
            fix,
            plural(
                count,
                "Recomputed the status of {n} contact in the contacts table: it did not match "
                "their latest request.",
                "Recomputed the status of {n} contacts in the contacts table: it did not match "
                "their latest request.",
            ),
            plural(
                count,
                "The status shown in the contacts table does not match the latest request for "
                "{n} contact.",
                "The status shown in the contacts table does not match the latest request for "
                "{n} contacts.",
            ),
        )
    ]


def _search_index(fix: bool) -> list[Finding]:
    """The search index is derived: out of step, it is rebuilt; ``--fix`` always rebuilds it."""
    problem = search_index_problem()
    if fix:
        rebuild_search_index()
    if not problem:
        return []
    return [_finding(fix, f"{problem} {_('Rebuilt the search index from your data.')}", problem)]


Check = Callable[[bool], list[Finding]]
# The search index first: the repairs after it write through its triggers, which on an
# emptied or damaged index failed with "database disk image is malformed".
_CHECKS: tuple[Check, ...] = (
    _search_index,
    _scores,
    _ranks,
    _derived,
    _positions,
    _interview_dates,
    _tag_lines,
    _status_keys,
)
STEPS = len(_CHECKS) + 1
"""The steps of :func:`check_database`: SQLite's check of the file, then each rule."""
Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    """Progress nobody watches."""


def check_invariants(
    *, cards_dir: Path, fix: bool, report: Progress = _quiet, done: int = 0
) -> InvariantReport:
    """Check InfoView's own rules; with ``fix``, repair what is safe, all in one transaction.

    Args:
        cards_dir: the folder of business card images.
        fix: repair what can be repaired; otherwise only report.
        report: told ``(steps done, STEPS)`` after each check; it may raise to cancel
            (the repairs made so far are rolled back).
        done: the steps done before this (the file's own check).
    """
    found = InvariantReport()
    with database.atomic():
        for step, check in enumerate(_CHECKS, start=done + 1):
            found.findings.extend(check(fix))
            report(step, STEPS)
        found.findings.extend(_cards(cards_dir))
    return found


@dataclass
class DatabaseReport:
    """Tools > Check database: SQLite's checks of the file and links, then the rules."""

    integrity: list[str]
    rules: InvariantReport

    @property
    def sound(self) -> bool:
        """Whether nothing at all was wrong (before repairs)."""
        return not self.integrity and self.rules.sound


def check_database(*, cards_dir: Path, fix: bool, report: Progress = _quiet) -> DatabaseReport:
    """Run SQLite's integrity and foreign-key checks, then InfoView's rules (repairing them).

    The rules are repaired only when the file itself is sound: repairs on a damaged file
    could spread the damage. ``report(done, STEPS)`` hears each step (see
    :func:`check_invariants`).
    """
    problems = integrity_problems(current())
    report(1, STEPS)
    rules = check_invariants(cards_dir=cards_dir, fix=fix and not problems, report=report, done=1)
    return DatabaseReport(problems, rules)
