"""The numbers of the Windows version resource of infoview.exe (only Windows builds it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import windows_version  # noqa: E402 - a build script, not a package


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4)), ("2.0rc1", (2, 0, 1, 0))],
)
def test_the_version_becomes_four_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert windows_version.version_numbers(version) == numbers
