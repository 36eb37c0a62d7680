"""``infoview takeover``: open the data another computer handed over.

Exit codes: 0 taken over (or nothing newer to take over), 1 refused (no hand-over, one
that is not whole, damaged or newer, a window open on the data folder), 3 the data
changed on both computers and ``--keep`` was not given: nothing was changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from infoview_gui.commands.dispatch import CommandError
from infoview_gui.paths import AppPaths

NAME = "takeover"
HELP = (
    "take over the data another computer handed over into FOLDER; your data here is kept "
    "as a backup"
)
EXIT_CHOOSE = 3


class _ChooseError(CommandError):
    exit_code = EXIT_CHOOSE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``takeover`` takes the folder, and which data to keep when both changed."""
    parser.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="FOLDER",
        help="the folder the other computer handed over into",
    )
    parser.add_argument(
        "--keep",
        choices=("local", "theirs"),
        help="when the data changed on both computers: keep the data here (the hand-over "
        "is kept as a backup) or theirs (the data here is kept as a backup)",
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview takeover``."""
    from infoview_gui.commands.window_lock import refuse_while_window_open
    from infoview_gui.store.database import close_database
    from infoview_gui.store.opening import open_store

    refuse_while_window_open(paths, "infoview takeover")
    folder = Path(args.source).expanduser().resolve()
    try:
        paths.ensure()
        open_store(paths.database)
        _take_over(paths, folder, args.keep)
    finally:
        close_database()
    return 0


def _take_over(paths: AppPaths, folder: Path, keep: str | None) -> None:
    from datetime import datetime

    from infoview_gui.domain.handover import Verdict, described
    from infoview_gui.domain.i18n import _
    from infoview_gui.services.handover import keep_local, look, take_over

    found = look(paths=paths, folder=folder)
    if found.manifest is None or found.verdict is None:
        raise CommandError(_("There is no hand-over in {folder}.").format(folder=folder))
    what = described(found.manifest)
    if found.verdict in (Verdict.SAME, Verdict.OLDER):
        print(_("Your data here already holds {what}: nothing to take over.").format(what=what))
        return
    if found.verdict is Verdict.BOTH and keep is None:
        raise _ChooseError(
            _(
                "Your data here changed since the last hand-over, and so did {what} in "
                "{folder}. Choose which to keep: --keep local (the hand-over is kept as a "
                "backup) or --keep theirs (your data here is kept as a backup). Nothing "
                "was changed."
            ).format(what=what, folder=folder)
        )
    if keep == "local":
        kept = keep_local(paths=paths, found=found)
        print(
            _("Your data here is kept; {what} is kept as a backup: {path}").format(
                what=what, path=kept.path
            )
        )
        return
    safety = take_over(paths=paths, found=found, now=datetime.now().astimezone())
    print(_("Took over {what}.").format(what=what))
    print(_("Your data from before is kept as a backup: {path}").format(path=safety.path))
