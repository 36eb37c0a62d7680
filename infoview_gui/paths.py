"""Where InfoView keeps the user's data and finds its own resources.

The data folder is the per-user application data location of the platform. The
``--data-dir`` option and the ``INFOVIEW_DATA_DIR`` environment variable override it
(for tests and portable use). It is never the working directory and never the folder of
the executable.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from infoview_gui import APP_NAME

DATA_DIR_ENV = "INFOVIEW_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    """Return the platform's per-user data folder for InfoView."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_NAME


def resolve_data_dir(option: str | None) -> Path:
    """Choose the data folder: the option, then the environment, then the default."""
    chosen = option or os.environ.get(DATA_DIR_ENV) or ""
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class AppPaths:
    """The files InfoView uses inside one data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.data_dir / "infoview.sqlite3"

    @property
    def lock_file(self) -> Path:
        """The lock that keeps a second InfoView away from this folder."""
        return self.data_dir / "infoview.lock"

    @property
    def settings_file(self) -> Path:
        """Window geometry and other view state (not user data)."""
        return self.data_dir / "view-state.ini"

    @property
    def backups_dir(self) -> Path:
        """Automatic and manual backups of the database."""
        return self.data_dir / "backups"

    @property
    def cards_dir(self) -> Path:
        """Photos and scans of business cards."""
        return self.data_dir / "cards"

    @property
    def logs_dir(self) -> Path:
        """The private log files (``logfiles``): what went wrong, never personal details."""
        return self.data_dir / "logs"

    def ensure_logs_dir(self) -> Path:
        """Create the logs folder (private, 0700) in an existing data folder; return it.

        Raises:
            OSError: the data folder does not exist or cannot be written.
        """
        self.logs_dir.mkdir(mode=DIR_MODE, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.logs_dir, DIR_MODE)
        return self.logs_dir

    def ensure(self) -> None:
        """Create the data folder, private to the user on POSIX."""
        self.data_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.data_dir, DIR_MODE)


def default_folder() -> Path:
    """Return the folder a file the user saves is suggested in: Documents, else home."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, in a source tree or a frozen app."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
