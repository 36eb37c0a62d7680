"""The first start on a fresh desktop, in its own process: one sentence, never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from infoview_gui import APP_ID

MAIN = Path(__file__).parents[2] / "main.py"
BARE_DATA = Path(__file__).parents[2] / "packaging" / "bare_machine_data.py"
# Variables that choose Qt's platform or give it a display; each test sets its own.
PLATFORM_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM")


def start(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run InfoView (the window unless ``args`` name a command) in ``env`` alone."""
    base = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARIABLES}
    return subprocess.run(
        [sys.executable, str(MAIN), *(args or ("--data-dir", str(tmp_path / "data")))],
        env=base | env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_without_a_display_it_says_so_in_one_sentence(tmp_path: Path) -> None:
    done = start(tmp_path)

    assert done.returncode == 1  # not 134, Qt's abort
    assert done.stderr == (
        "InfoView cannot open its window: there is no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set), so start it from a desktop session, or use its commands, "
        "which need none (infoview --help).\n"
    )
    assert not (tmp_path / "data").exists()


@pytest.fixture
def no_xcb_cursor(tmp_path: Path) -> dict[str, str]:
    """An X11 display whose xcb plugin lacks a library (the environment to run in).

    Qt's own plugin, copied with one library it needs renamed to one that is absent.
    """
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)).parent
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (tmp_path / "lib").symlink_to(qt / "lib")  # the plugin finds Qt at $ORIGIN/../../lib
    plugin = (qt / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert plugin.count(b"\0libxcb-cursor.so.0\0") == 1
    (platforms / "libqxcb.so").write_bytes(
        plugin.replace(b"\0libxcb-cursor.so.0\0", b"\0libxcb-cursor.so.9\0")
    )
    return {"DISPLAY": ":99", "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)}


def test_a_missing_x11_library_is_named_with_its_package(
    tmp_path: Path, no_xcb_cursor: dict[str, str]
) -> None:
    done = start(tmp_path, **no_xcb_cursor)

    assert done.returncode == 1
    assert done.stderr == (
        "InfoView cannot open its window: the system library libxcb-cursor.so.9 is missing "
        "(on Debian and Ubuntu, install it with: sudo apt-get install libxcb-cursor9).\n"
    )


def test_the_sheet_command_needs_no_window_so_it_prints_anyway(
    tmp_path: Path, no_xcb_cursor: dict[str, str]
) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, str(BARE_DATA), "make", str(data)], check=True, timeout=120)
    sheet = tmp_path / "sheet.pdf"
    command = ["sheet", "--field", "Nursing", "-o", str(sheet), "--data-dir", str(data)]

    done = start(tmp_path, *command, **no_xcb_cursor)

    assert done.returncode == 0, done.stderr
    assert sheet.read_bytes().startswith(b"%PDF")


def test_the_desktop_knows_the_app_by_its_reverse_dns_id(tmp_path: Path) -> None:
    probe = "from infoview_gui.app import _application; print(_application().desktopFileName())"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert done.stdout == f"{APP_ID}\n"
