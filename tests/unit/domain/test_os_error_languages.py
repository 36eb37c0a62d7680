"""The sentences about files and folders read right in German and Spanish."""

from __future__ import annotations

import errno

import pytest

from infoview_gui.domain import i18n
from infoview_gui.domain.os_errors import file_error, folder_problem
from tests.unit.domain.languages import speak


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_missing_folder_or_file_is_said_without_a_pronoun_of_the_wrong_gender(
    language: str,
) -> None:
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    busy = OSError(errno.EBUSY, "Device or resource busy")
    speak(language)
    try:
        folder = folder_problem(missing, "/media/stick/InfoView", "")
        file = str(file_error(busy, "x", ""))
    finally:
        i18n.install(None)
    if language == "de":
        assert "Datenordner /media/stick/InfoView nicht verwenden: nicht vorhanden" in folder
        assert " sie " not in folder and "sie wird" not in file
    else:
        assert "lo está usando" not in file and "está en uso por otro programa" in file
