"""``infoview backup``: write a verified backup of the data and print where it is."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infoview_gui.paths import AppPaths

NAME = "backup"
HELP = "write a verified backup of the data and print its path"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``backup`` takes the file to write, if not a new one in the backups folder."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the backup to FILE (by default: a new file in the backups folder)",
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run ``infoview backup``."""
    output = getattr(args, "output", None)
    return run_backup(paths, Path(output).expanduser() if output else None)


def run_backup(paths: AppPaths, output: Path | None) -> int:
    """Back up the data folder's database to ``output`` (or the backups folder)."""
    import sqlite3
    from datetime import datetime

    from infoview_gui.domain.errors import BackupError
    from infoview_gui.domain.i18n import _
    from infoview_gui.domain.os_errors import advice as os_advice
    from infoview_gui.domain.os_errors import reason as os_reason
    from infoview_gui.domain.rotation import BackupKind
    from infoview_gui.store.backup import ensure_private_folder, new_backup_path, write_backup
    from infoview_gui.store.write_errors import translated

    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        said = _("There is no InfoView data in {folder} to back up.")
        print(said.format(folder=paths.data_dir), file=sys.stderr)
        return 1
    if output is not None and output.exists():
        said = _("{file} exists already: choose another file name.")
        print(said.format(file=output), file=sys.stderr)
        return 1
    try:
        if output is None:
            ensure_private_folder(paths.backups_dir)
            output = new_backup_path(
                paths.backups_dir, datetime.now().astimezone(), BackupKind.MANUAL
            )
        # mode=rw: never create a database; reading beside a running InfoView is safe in WAL.
        source = sqlite3.connect(f"{paths.database.resolve().as_uri()}?mode=rw", uri=True)
        try:
            write_backup(source, output)
        finally:
            source.close()
    except OSError as exc:  # a BackupError says it already
        said = _("No backup was made: {reason}. {advice}")
        raise BackupError(said.format(reason=os_reason(exc), advice=os_advice(exc))) from exc
    except sqlite3.Error as exc:
        better = translated(exc, str(paths.data_dir))
        raise BackupError(
            better.for_command(NAME)
            if better
            else _("No backup was made: SQLite said {error}.").format(error=exc)
        ) from exc
    print(output)
    return 0
