"""``infoview handover``: write a verified hand-over of the data into a carried folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from infoview_gui.paths import AppPaths

NAME = "handover"
HELP = (
    "hand the data over to another computer: write a verified copy into FOLDER (a synced "
    "folder or a USB stick); InfoView on the other computer offers to open it"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``handover`` takes the folder to write into."""
    parser.add_argument(
        "--to", required=True, metavar="FOLDER", help="the folder to write the hand-over into"
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview handover``."""
    from datetime import datetime

    from infoview_gui.domain.handover import described
    from infoview_gui.domain.i18n import _
    from infoview_gui.services.handover import hand_over
    from infoview_gui.store.database import close_database
    from infoview_gui.store.opening import open_store

    folder = Path(args.to).expanduser().resolve()
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        from infoview_gui.commands.dispatch import CommandError

        raise CommandError(
            _("There is no InfoView data in {folder} to hand over.").format(folder=paths.data_dir)
        )
    try:
        open_store(paths.database)
        handed = hand_over(paths=paths, folder=folder, now=datetime.now().astimezone())
    finally:
        close_database()
    print(
        _("Handed over into {folder}: {what}.").format(
            folder=folder, what=described(handed.manifest)
        )
    )
    if handed.set_aside is not None:
        print(
            _(
                "The hand-over that was there came from another computer and was not taken "
                "over here; it is kept as a backup: {path}"
            ).format(path=handed.set_aside.path)
        )
    return 0
