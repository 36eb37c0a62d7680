"""packaging/linux/install.sh and uninstall.sh, run on a stand-in build into a temporary home."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from infoview_gui import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


@pytest.fixture
def build(tmp_path: Path) -> Path:
    """A onedir build as infoview.spec lays it out, with a stand-in executable."""
    folder = tmp_path / "build"
    internal = folder / "_internal"
    for size in ("16x16", "256x256"):
        (internal / "resources" / "icons" / "hicolor" / size / "apps").mkdir(parents=True)
        (internal / "resources" / "icons" / "hicolor" / size / "apps" / "infoview.png").touch()
    (internal / "resources" / "icons" / "infoview.svg").write_text("<svg/>")
    for name, place in (
        (f"{APP_ID}.desktop", "applications"),
        (f"{APP_ID}.metainfo.xml", "metainfo"),
    ):
        (internal / "share" / place).mkdir(parents=True, exist_ok=True)
        shutil.copy(LINUX / name, internal / "share" / place / name)
    (folder / "infoview").write_text("#!/bin/sh\necho InfoView\n")
    (folder / "infoview").chmod(0o755)
    return folder


def run(script: str, home: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"} | {"HOME": str(home)}
    done = subprocess.run(
        ["sh", str(LINUX / script), *args], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def installed(home: Path) -> list[str]:
    """Every file under the home, as relative paths, but the user's data."""
    return sorted(
        str(path.relative_to(home))
        for path in home.rglob("*")
        if (path.is_file() or path.is_symlink()) and "InfoView" not in path.parts
    )


def test_install_puts_entry_icon_and_metainfo_under_the_app_id(build: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    run("install.sh", home, str(build))

    share = home / ".local" / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={home}/.local/bin/infoview\n" in entry
    assert f"Icon={APP_ID}\n" in entry
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        LINUX / f"{APP_ID}.metainfo.xml"
    ).read_bytes()
    icons = share / "icons" / "hicolor"
    assert (icons / "16x16" / "apps" / f"{APP_ID}.png").exists()
    assert (icons / "256x256" / "apps" / f"{APP_ID}.png").exists()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert os.readlink(home / ".local" / "bin" / "infoview") == str(
        home / ".local" / "opt" / "infoview" / "infoview"
    )


def test_install_over_an_install_named_infoview_leaves_one_menu_entry(
    build: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    share = home / ".local" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "infoview.desktop").write_text("[Desktop Entry]\n")
    (share / "icons" / "hicolor" / "16x16" / "apps").mkdir(parents=True)
    (share / "icons" / "hicolor" / "16x16" / "apps" / "infoview.png").touch()

    run("install.sh", home, str(build))

    assert os.listdir(share / "applications") == [f"{APP_ID}.desktop"]
    assert os.listdir(share / "icons" / "hicolor" / "16x16" / "apps") == [f"{APP_ID}.png"]


def test_uninstall_removes_what_install_put_and_keeps_the_data(build: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "InfoView" / "infoview.sqlite3"
    data.parent.mkdir(parents=True)
    data.write_text("the user's data")
    run("install.sh", home, str(build))
    assert len(installed(home)) > 6

    run("uninstall.sh", home)

    assert installed(home) == []
    assert data.read_text() == "the user's data"
