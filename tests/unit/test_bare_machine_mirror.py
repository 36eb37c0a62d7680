"""The Debian mirror of packaging/check_bare_machine.sh: the machine's own apt sources, or none."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "check_bare_machine.sh"


@pytest.fixture
def apt(tmp_path: Path) -> Path:
    """An apt configuration of its own (APT_CONFIG): its sources are the test's to write."""
    etc = tmp_path / "etc"
    (etc / "sources.list.d").mkdir(parents=True)
    (etc / "apt.conf.d").mkdir()
    (tmp_path / "lists").mkdir()
    (tmp_path / "apt.conf").write_text(
        f'Dir::Etc "{etc}";\nDir::State::Lists "{tmp_path / "lists"}";\n'
    )
    return etc


def print_mirror(apt: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "DEBIAN_MIRROR"}
    return subprocess.run(
        ["bash", str(SCRIPT), "--print-mirror"],
        env=base | {"APT_CONFIG": str(apt.parent / "apt.conf")} | env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_source_for_the_suite_of_the_check_is_chosen(apt: Path) -> None:
    (apt / "sources.list").write_text(
        "deb [signed-by=/k.gpg] http://other.example/debian trixie main\n"
        "deb http://security.example/debian-security bookworm-security main\n"
    )
    (apt / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\nURIs: https://near.example/debian\nSuites: bookworm bookworm-updates\n"
        "Components: main\n"
    )

    done = print_mirror(apt)

    assert done.stdout == "https://near.example/debian (from this machine's apt sources)\n"


def test_without_the_suite_any_debian_archive_will_do(apt: Path) -> None:
    (apt / "sources.list.d" / "next.list").write_text(
        "deb http://other.example/debian trixie main\n"
    )

    assert (
        print_mirror(apt).stdout
        == "http://other.example/debian (from this machine's apt sources)\n"
    )


def test_debian_mirror_in_the_environment_wins(apt: Path) -> None:
    (apt / "sources.list").write_text("deb http://near.example/debian bookworm main\n")

    done = print_mirror(apt, DEBIAN_MIRROR="http://chosen.example/debian")

    assert done.stdout == "http://chosen.example/debian (from DEBIAN_MIRROR)\n"


def test_no_debian_source_is_said_plainly_and_nothing_is_made_up(apt: Path) -> None:
    (apt / "sources.list").write_text("deb http://archive.example/ubuntu noble main\n")

    done = print_mirror(apt)

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        "check_bare_machine.sh: no Debian mirror: this machine's apt sources "
        "(/etc/apt/sources.list, /etc/apt/sources.list.d/) name none for Debian bookworm; "
        "set DEBIAN_MIRROR to one (its URL ends in /debian)\n"
    )
