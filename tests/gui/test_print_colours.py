"""Printed sheets stay black on white whatever the screen's palette: paper is not a screen."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from infoview_gui.printing.card_html import card_document
from infoview_gui.printing.document import Document
from infoview_gui.printing.render import pdf_bytes
from infoview_gui.printing.sheet_html import sheet_document
from infoview_gui.ui.theme import Scheme, palette_for
from tests.gui.test_render import sheet

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm)"
)
DOCUMENTS = {
    "question sheet": lambda: sheet_document(sheet(6)),
    "note card": lambda: card_document("Dear Jane,\n\nThank you for your time.\n\nSam"),
}


@pytest.fixture
def restored_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def first_page(document: Document, tmp_path: Path, name: str) -> bytes:
    """The first page as grey pixels (PGM), drawn from the PDF the app writes."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf_bytes(document)[0])
    return subprocess.run(
        ["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(path)],
        capture_output=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("make", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_a_dark_palette_prints_the_same_page_as_a_light_one(
    qapp: QApplication, tmp_path: Path, restored_palette: None, make: object
) -> None:
    pages = {}
    for scheme in (Scheme.LIGHT, Scheme.DARK, Scheme.HIGH_CONTRAST_DARK):
        qapp.setPalette(palette_for(scheme))
        pages[scheme] = first_page(make(), tmp_path, scheme.value)  # type: ignore[operator]
    assert pages[Scheme.DARK] == pages[Scheme.LIGHT]
    assert pages[Scheme.HIGH_CONTRAST_DARK] == pages[Scheme.LIGHT]
    pixels = pages[Scheme.LIGHT].split(b"\n", 3)[3]
    assert max(pixels) == 255 and pixels.count(255) > len(pixels) // 2  # white paper
    assert min(pixels) < 128  # and dark ink
