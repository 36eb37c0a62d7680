from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from infoview_gui.paths import DATA_DIR_ENV, AppPaths, default_data_dir, resolve_data_dir


def test_option_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-option")) == tmp_path / "from-option"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_default_is_in_the_users_profile_not_the_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    chosen = resolve_data_dir(None)
    assert chosen == default_data_dir()
    assert chosen.is_relative_to(tmp_path / "home")
    assert chosen != Path.cwd()


def test_relative_option_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("mine") == tmp_path / "mine"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_is_private(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "a" / "b")
    paths.ensure()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
