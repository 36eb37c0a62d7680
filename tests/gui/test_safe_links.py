"""Links open only with http, https or mailto, whoever entered them (a restore included)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.ui.dialogs import field_edit, mail_program


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "smb://host/x"])
def test_a_stored_link_of_another_kind_is_not_opened_and_the_user_is_told(
    qtbot: QtBot, opened: list[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    field_edit.open_url(url)
    assert opened == []
    assert told and told[0].startswith("InfoView opens only web pages (http:// or https://)")


def test_a_web_link_opens(opened: list[str]) -> None:
    field_edit.open_url("https://www.bls.gov/ooh")
    assert opened == ["https://www.bls.gov/ooh"]


def test_the_mail_opener_opens_mailto_only(opened: list[str]) -> None:
    assert mail_program.open_url(QUrl("mailto:ana@example.org?subject=Hi%20there"))
    assert not mail_program.open_url(QUrl("javascript:alert(1)"))
    assert opened == ["mailto:ana@example.org?subject=Hi there"]
