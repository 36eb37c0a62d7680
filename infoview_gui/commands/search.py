"""``infoview search TEXT [--json]``: the window's Search everything (Ctrl+K), from a shell.

Finds what the user wrote (contacts, interview notes and answers, drafts, research, links,
questions) by every word typed, as word beginnings, ignoring case and accents; best
matches first, 50 by default (``--limit``). Plain output is one result per two lines:
what it is, then the match in context with the matching words in [brackets]. ``--json``
prints a JSON array of objects (a contact's with its ``tags``); a contact is found by its
tags too. Exits 0 (nothing found is not an error), or 1 with a sentence when the data
cannot be read.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from infoview_gui.domain.i18n import _
from infoview_gui.domain.search_text import HitKind
from infoview_gui.paths import AppPaths

NAME = "search"
HELP = "find anything you wrote: contacts, notes, answers, research, questions (--json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the text, ``--json`` and ``--limit``."""
    parser.add_argument("text", help="the words to find (each as the beginning of a word)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of objects (kind, id, title, context, matches as "
        "[start, end] in context, contact_id, interview_id, field_id; a contact's tags)",
    )
    parser.add_argument(
        "--limit", type=int, default=50, help="show at most this many results (default 50)"
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview search``."""
    from infoview_gui.commands.reading import reading
    from infoview_gui.services.search import search_everything
    from infoview_gui.store.tag_rows import tag_lines

    with reading(paths, command=NAME):
        page = search_everything(text=str(args.text), limit=max(1, int(args.limit)))
        contacts = [hit.record_id for hit in page.hits if hit.kind.name == "CONTACT"]
        lines = tag_lines(contacts) if contacts else {}
    records = [record(hit) for hit in page.hits]
    for found in records:
        if found["kind"] == "contact":
            found["tags"] = [tag for tag in lines.get(found["id"], "").split(", ") if tag]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not records:
        print(_("Nothing found for “{text}”.").format(text=" ".join(str(args.text).split())))
    else:
        print("\n".join(plain(r) for r in records))
        if page.more:
            print(
                _("(the first {count} shown: use --limit to see more)").format(count=len(records))
            )
    return 0


def record(hit: Any) -> dict[str, Any]:
    """Return a result as a JSON object."""
    return {
        "kind": hit.kind.name.lower(),
        "id": hit.record_id,
        "title": hit.title,
        "context": hit.context,
        "matches": [list(span) for span in hit.spans],
        "contact_id": hit.contact_id,
        "interview_id": hit.interview_id,
        "field_id": hit.field_id,
    }


def plain(found: dict[str, Any]) -> str:
    """Return a result on two lines, the matching words in [brackets]."""
    context, at, parts = found["context"], 0, []
    for start, end in found["matches"]:
        parts += [context[at:start], "[", context[start:end], "]"]
        at = end
    parts.append(context[at:])
    kind = HitKind[str(found["kind"]).upper()].label
    return f"{kind}: {found['title']}\n    {''.join(parts)}"
