"""The restore's value checks for contacts' labels, UIDs and further points (data version 2).

Importing this module adds the rules to ``backup_check.RULES``. A point's value is checked
by its kind (an email as the dialogs accept one, a phone of at most 40 characters, a web
address with http or https only), which a rule per column cannot do:
:func:`point_value_problems` does it row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from infoview_gui.domain.contact_points import PointKind, PointLabel
from infoview_gui.domain.tags import tag_problem
from infoview_gui.exchange.backup_check import RULES, add_rules, default_rule, problem
from infoview_gui.exchange.json_backup import TableData, Value
from infoview_gui.exchange.value_rules import Rule, choice, email, integer, key, link, text

add_rules(
    "contact",
    {
        "email_label": choice(PointLabel),
        "phone_label": choice(PointLabel),
        "profile_url_label": choice(PointLabel),
        "uid": text(200),
    },
)
add_rules(
    "contact_point",
    {
        "id": key(),
        "contact_id": key(),
        "kind": choice(PointKind),
        "label": choice(PointLabel),
        "value": text(500),
        "position": integer(),
    },
)

_BY_KIND: dict[str, Rule] = {
    PointKind.EMAIL.value: email(),
    PointKind.PHONE.value: text(40),
    PointKind.WEB.value: link(500),
}


def point_value_problems(tables: Mapping[str, TableData], *, most: int) -> list[str]:
    """Return up to ``most`` reasons why values of ``contact_point`` cannot be restored."""
    table = tables.get("contact_point")
    if most <= 0 or table is None or not {"kind", "value"} <= set(table.columns):
        return []
    kind_at, value_at = table.columns.index("kind"), table.columns.index("value")
    found: list[str] = []
    for number, row in enumerate(table.rows, start=1):
        rule = _BY_KIND.get(str(row[kind_at]))
        reason = rule(row[value_at]) if rule is not None else None
        if reason:
            found.append(problem("contact point", number, "value", reason))
            if len(found) >= most:
                break
    return found


def row_checker(name: str, columns: Sequence[str]) -> Callable[[int, Sequence[Value]], list[str]]:
    """Return the check of one row of table ``name``: its reasons, empty when it is sound.

    The same rules as :func:`value_problems` and :func:`point_value_problems`, a row at
    a time, for a restore that streams.
    """
    rules = RULES.get(name, {})
    checks = [(column.replace("_", " "), rules.get(column, default_rule)) for column in columns]
    shown = name.replace("_", " ")
    kind_at = columns.index("kind") if name == "contact_point" and "kind" in columns else -1
    value_at = columns.index("value") if "value" in columns else -1
    named = name == "tag" and {"name", "key"} <= set(columns)
    tag_at = (columns.index("name"), columns.index("key")) if named else None

    def check(number: int, row: Sequence[Value]) -> list[str]:
        found = [
            problem(shown, number, column, reason)
            for (column, rule), value in zip(checks, row, strict=True)
            if (reason := rule(value))
        ]
        if kind_at >= 0 and value_at >= 0:
            rule = _BY_KIND.get(str(row[kind_at]))
            reason = rule(row[value_at]) if rule is not None else None
            if reason:
                found.append(problem("contact point", number, "value", reason))
        if tag_at is not None and not found:  # a tag's name as the dialogs take it, its key
            reason = tag_problem(row[tag_at[0]], row[tag_at[1]])
            if reason:
                found.append(problem("tag", number, "name", reason))
        return found

    return check
