"""Fixtures of the core's unit tests: the core speaking German or Spanish for one test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from infoview_gui.domain import i18n
from tests.unit.domain.languages import speak


@pytest.fixture
def german() -> Iterator[None]:
    """The core speaks German (Germany) for the test, US English again afterwards."""
    speak("de")
    yield
    i18n.install(None)


@pytest.fixture
def spanish() -> Iterator[None]:
    """The core speaks Spanish (Spain) for the test, US English again afterwards."""
    speak("es")
    yield
    i18n.install(None)
