"""The notes document after an interview carries the business card: details and image."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from infoview_gui.domain.business_card import CardData
from infoview_gui.paths import AppPaths
from infoview_gui.printing.render import render_pdf
from infoview_gui.services import cards, holding
from infoview_gui.store.models import Interview
from infoview_gui.ui.views.interview_notes import notes_document_for
from tests.gui.test_interview_mode import scheduled_interview


def png_bytes(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def pdf_images(path: Path) -> list[str]:
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True)
    return out.stdout.splitlines()[2:]  # two header lines


def test_the_printed_notes_carry_the_card_and_its_image(
    qtbot: QtBot, store: object, paths: AppPaths, tmp_path: Path
) -> None:
    interview_id = scheduled_interview(("What does a typical day look like?",))
    contact_id = int(Interview.get_by_id(interview_id).__data__["contact"])
    cards.save_card(
        contact_id=contact_id,
        card=CardData(
            name="Ana Ruiz",
            title="Data editor <desk>",
            email="ana@herald.example",
            phone="+1 212 555 0100",
            address="1 Press Row\nNew York",
        ),
    )
    cards.attach_card_image(
        contact_id=contact_id, data=png_bytes(340, 200), cards_dir=paths.cards_dir
    )
    target = tmp_path / "notes.pdf"
    render_pdf(notes_document_for(interview_id, "UTC", paths.cards_dir), target)
    text = " ".join(pdf_text(target).split())
    order = ["INTERVIEW NOTES", "Business card", "Data editor <desk>", "ana@herald.example"]
    order += ["+1 212 555 0100", "1 Press Row New York", "What does a typical day look like?"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    assert len(pdf_images(target)) == 1


def test_without_a_card_the_notes_have_no_card_and_no_image(
    qtbot: QtBot, store: object, paths: AppPaths, tmp_path: Path
) -> None:
    interview_id = scheduled_interview(("How did you start?",))
    data = holding.notes_document_data(interview_id=interview_id, cards_dir=paths.cards_dir)
    assert (data.card, data.card_image) == ((), "")
    target = tmp_path / "notes.pdf"
    render_pdf(notes_document_for(interview_id, "UTC", paths.cards_dir), target)
    assert "Business card" not in pdf_text(target)
    assert pdf_images(target) == []
