"""``infoview import FILE``: the same parser and rules as File > Import, from a terminal.

Exit 0 when the file could be read (rows may still be rejected: they are listed with
their line), 2 when it could not, with the reason, 1 when the data folder cannot be used
or an InfoView window has it open (``commands.dispatch`` prints the reason).
With ``--json`` the output is one JSON object: ``format``, ``new``, ``matched``,
``rejected`` (``[{"line": N, "reason": "..."}]``), ``not_imported`` (values of imported
rows that were not, such as an email that is not valid, the same way), ``likely`` (rows
that look like a saved contact: ``lines``, ``name``, ``contact_id``, ``contact``,
``reason``, ``merged``), ``unmapped`` (columns with no field, whose values go into each
contact's notes), ``tags`` (the tags the import gives, each once), ``tagged`` (how many
contacts get tags), ``tags_sentence`` and, unless ``--dry-run``, ``batch``. Likely rows
are added as new contacts unless ``--merge-likely`` merges them into the contact they look like.
``--map`` names the columns by hand (``exchange.hand_mapping``).
An InfoView JSON backup is restored instead, and only into an empty data folder.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Literal

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.commands.window_lock import refuse_while_window_open
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.i18n import N_, _, formats
from infoview_gui.domain.os_errors import file_error, folder_problem
from infoview_gui.domain.wording import counted, sentence_start
from infoview_gui.exchange.records import FORMATS, ImportFileError, ImportFormat
from infoview_gui.paths import AppPaths

NAME = "import"
HELP = (
    "import contacts from a connections export, an address-book CSV, a vCard file or any "
    "CSV (or restore a JSON backup into an empty data folder)"
)
EXIT_UNREADABLE = 2
EXIT_STORE = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the file and the options of ``import``."""
    parser.add_argument("file", metavar="FILE", help="the file to import")
    parser.add_argument(
        "--format",
        choices=("auto", *FORMATS),
        default="auto",
        help="read the file as this format (default: tell it from the content)",
    )
    parser.add_argument("--field", metavar="NAME", help="the career field of the new contacts")
    parser.add_argument(
        "--source",
        choices=Source.values(),
        help="where the new contacts came from (default: what the file says)",
    )
    parser.add_argument(
        "--matches",
        choices=("fill_blanks", "overwrite", "keep"),
        default="fill_blanks",
        help="what to do with contacts already saved: fill in their empty details (the "
        "default), update them from the file, or keep them as they are",
    )
    parser.add_argument(
        "--map",
        metavar="FIELD=COLUMN,...",
        help="read the file as any CSV with these columns, named as its header line writes "
        'them, for example --map "first=Vorname,last=Nachname,email=E-Mail-Adresse" '
        "(fields: first, last, name, email, phone, org, title, location, url, notes, "
        "introduced, source)",
    )
    parser.add_argument(
        "--merge-likely",
        action="store_true",
        help="merge each row that looks like a saved contact (the same phone, close names "
        "at one organisation; --dry-run lists them) into it instead of adding it",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would happen; save nothing"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


class _RefusedError(CommandError):
    """The import cannot go ahead; carries the message and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.exit_code = code


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview import``; a refusal is also one JSON object with ``--json``."""
    from infoview_gui.store.database import close_database

    try:
        report = _import(args, paths)
    except UserError as refusal:  # the dispatcher prints it and exits with its code
        if args.json:
            print(json.dumps({"error": str(refusal)}, ensure_ascii=False))
        raise
    finally:
        close_database()
    _say(report, as_json=args.json, dry_run=args.dry_run)
    return 0


def _import(args: argparse.Namespace, paths: AppPaths) -> dict[str, Any]:
    from infoview_gui.exchange.backup_stream import is_backup_file
    from infoview_gui.services.import_plan import read_file

    if not args.dry_run:  # a dry run only reads
        refuse_while_window_open(paths, "infoview import")
    try:
        if is_backup_file(args.file):  # read as it streams, up to 1 GB
            return _restore(Path(args.file), paths, dry_run=args.dry_run)
        data = read_file(args.file)
    except ImportFileError as error:
        raise _RefusedError(str(error), EXIT_UNREADABLE) from error
    return _contacts(data, args, paths)


def _open(paths: AppPaths, *, create: bool) -> bool:
    """Open the data folder's database; return False when there is none (and none made)."""
    from infoview_gui.store.opening import open_store

    if not create and not paths.database.exists():
        return False
    try:
        paths.ensure()
        open_store(paths.database)
    except OSError as error:
        message = folder_problem(error, paths.data_dir, _("Nothing was imported."))
        raise _RefusedError(message, EXIT_STORE) from error
    return True


def _contacts(data: bytes, args: argparse.Namespace, paths: AppPaths) -> dict[str, Any]:
    from infoview_gui.exchange.hand_mapping import parse_hand_mapping
    from infoview_gui.exchange.reader import NoNameColumnError
    from infoview_gui.services import imports
    from infoview_gui.services.import_merge import MergePolicy
    from infoview_gui.services.import_plan import MatchIndex, Merges, preview_data
    from infoview_gui.services.import_tags import tagged_count, tags_sentence

    opened = _open(paths, create=not args.dry_run)
    if args.field and not opened:
        said = _("There is no career field called “{name}”.").format(name=args.field)
        raise _RefusedError(said, EXIT_UNREADABLE)
    field_id = _field_id(args.field) if args.field else None
    index = imports.load_match_index(region=system_region()) if opened else MatchIndex()
    policy = MergePolicy(args.matches)
    merges: Merges = "all" if args.merge_likely else ()
    try:
        mapping = parse_hand_mapping(args.map) if args.map else None
        fmt: ImportFormat | Literal["auto"] = "csv" if mapping else args.format
        plan = preview_data(data, index, format=fmt, mapping=mapping, policy=policy, merges=merges)
    except NoNameColumnError as error:
        raise _RefusedError(_map_hint(error.headers), EXIT_UNREADABLE) from error
    except ImportFileError as error:
        raise _RefusedError(str(error), EXIT_UNREADABLE) from error
    report: dict[str, Any] = {
        "format": plan.parsed.format,
        "new": len(plan.new),
        "matched": plan.matched_rows,
        "changed": len(plan.changed),
        "repeated": plan.repeated_rows,
        "rejected": [{"line": r.line, "reason": r.reason} for r in plan.rejects],
        "not_imported": [{"line": r.line, "reason": r.reason} for r in plan.notices],
        "likely": [
            {
                "lines": list(row.lines),
                "name": row.name,
                "contact_id": row.match.contact_id,
                "contact": row.match.name,
                "reason": row.match.reason,
                "merged": row.merged,
            }
            for row in plan.likely
        ],
        "unmapped": plan.parsed.unmapped,
        "tags": plan.tag_names,
        "tagged": tagged_count(plan),
        "tags_sentence": tags_sentence(plan),
    }
    if not args.dry_run:
        from datetime import datetime

        from infoview_gui.services.backups import back_up_before_import

        source = Source(args.source) if args.source else None
        back_up_before_import(paths=paths, now=datetime.now().astimezone())
        outcome = imports.commit_import(
            plan=plan, field_id=field_id, source=source, file_name=Path(args.file).name
        )
        report["batch"] = outcome.batch_id
    return report


def _map_hint(headers: list[str]) -> str:
    """Return how to name the columns by hand, with the file's own header line."""
    from infoview_gui.exchange.hand_mapping import EXAMPLE

    columns = ", ".join(f"“{header}”" for header in headers if header.strip())
    said = _(
        "No column of this file looks like a name or an email address. Name them with "
        '--map, for example --map "{example}". The file\'s columns are: {columns}.'
    )
    return said.format(example=EXAMPLE, columns=columns)


def _field_id(name: str) -> int | None:
    from infoview_gui.store.queries import field_choices

    choices = field_choices()
    for field_id, field_name in choices:
        if field_name.casefold() == name.strip().casefold():
            return field_id
    known = ", ".join(f"“{n}”" for _id, n in choices) or _("none yet")
    said = _("There is no career field called “{name}” (fields: {known}).")
    raise _RefusedError(said.format(name=name, known=known), EXIT_UNREADABLE)


def _restore(path: Path, paths: AppPaths, *, dry_run: bool) -> dict[str, Any]:
    from infoview_gui.exchange.json_backup import BackupError
    from infoview_gui.services.restore import check_file, database_is_empty, restore_file

    try:
        if dry_run:  # every value checked, as the restore would
            counts = check_file(path=path)
            if _open(paths, create=False) and not database_is_empty():
                raise _RefusedError(_(_NOT_EMPTY), EXIT_STORE)
            return {"format": "backup", "restored": counts}
        _open(paths, create=True)
        return {"format": "backup", "restored": restore_file(path=path)}
    except BackupError as error:
        raise _RefusedError(str(error), EXIT_UNREADABLE) from error
    except OSError as error:
        raise _RefusedError(
            str(file_error(error, _("read {file}").format(file=path), _("Nothing was imported."))),
            EXIT_UNREADABLE,
        ) from error


_NOT_EMPTY = N_(
    "InfoView restores a backup only into an empty data folder, so that nothing is mixed "
    "or overwritten: choose a new folder with --data-dir."
)


def _say(report: dict[str, Any], *, as_json: bool, dry_run: bool) -> None:
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return
    from infoview_gui.exchange.kept import kept_columns_sentence
    from infoview_gui.services.import_plan import FORMAT_NAMES

    kind = _(FORMAT_NAMES.get(report["format"], report["format"]))
    if report["format"] == "backup":
        _say_restored(kind, report["restored"], dry_run=dry_run)
        return
    number = formats().number
    rejected = report["rejected"]
    said = _(
        "{kind}: {new} new, {matched} matching saved contacts ({changed} would change), "
        "{repeated}, {rejected} rejected{values}."
    )
    print(
        said.format(
            kind=sentence_start(kind),
            new=number(report["new"]),
            matched=counted(report["matched"], "row", "rows"),
            changed=number(report["changed"]),
            repeated=counted(report["repeated"], "repeated row", "repeated rows"),
            rejected=number(len(rejected)),
            values=_values(report["not_imported"]),
        )
    )
    for reject in [*rejected, *report["not_imported"]]:
        print(
            "  " + _("Line {line}: {reason}").format(line=reject["line"], reason=reject["reason"])
        )
    _say_likely(report["likely"])
    if report["tags_sentence"]:
        print(report["tags_sentence"])
    if report["unmapped"]:
        print(kept_columns_sentence(report["unmapped"]))
    if "batch" in report:
        print(_("Imported as batch {batch}.").format(batch=report["batch"]))
    else:
        print(_("Dry run: nothing was saved."))


def _say_restored(kind: str, restored: dict[str, int], *, dry_run: bool) -> None:
    done = _("Dry run: nothing was restored.") if dry_run else _("Restored.")
    said = _("{kind}: {records} in {tables}. {done}")
    records = counted(sum(restored.values()), "record", "records")
    tables = counted(len(restored), "table", "tables")
    print(said.format(kind=kind, records=records, tables=tables, done=done))


def _values(notices: list[dict[str, Any]]) -> str:
    if not notices:
        return ""
    return _(", {values} not imported").format(values=counted(len(notices), "value", "values"))


def _say_likely(likely: list[dict[str, Any]]) -> None:
    """Print the rows that look like a saved contact, and what becomes of them."""
    if not likely:
        return
    merged = all(row["merged"] for row in likely)
    said = (
        _("{rows} looking like a saved contact (merged into it):")
        if merged
        else _(
            "{rows} looking like a saved contact (added as new contacts; --merge-likely "
            "merges them):"
        )
    )
    print(said.format(rows=counted(len(likely), "row", "rows")))
    for row in likely:
        lines = ", ".join(str(line) for line in row["lines"])
        looks = _("Line {line}: {name} looks like {contact} ({reason})")
        print("  " + looks.format(line=lines, **{k: row[k] for k in ("name", "contact", "reason")}))


def system_region() -> str:
    """Return the country of the system's locale ("GB" for en_GB), or "" if it names none."""
    import locale

    name = locale.getlocale()[0] or ""
    _, _, country = name.partition("_")
    return country[:2].upper() if len(country) >= 2 else ""
