"""The thank-you email's checker, like the request's, and the warning before "I sent it"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from infoview_gui.domain.thanks_check import THANKS_WORD_LIMIT, ThankYouCheck, check_thank_you
from infoview_gui.ui.dialogs.typing_guard import ask_before_losing
from infoview_gui.ui.style import restyle
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate


class ThankYouChecker(QGroupBox):
    """What the thank-you gets right and wrong, updated as the user types."""

    def __init__(self, contact_details: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Before you send"))
        self._contact = tuple(contact_details)
        self.result = check_thank_you("")
        self.words, self.specific, self.contact = (plain_label() for _ in range(3))
        layout = QVBoxLayout(self)
        for label in (self.words, self.specific, self.contact):
            layout.addWidget(label)

    def check(self, text: str, point: str) -> ThankYouCheck:
        """Check ``text`` (which should name ``point``), show the result and return it."""
        result = self.result = check_thank_you(text, point=point, contact_details=self._contact)
        words = self.tr("%n word(s) (aim under %1)", "", result.word_count).replace(
            "%1", QLocale().toString(THANKS_WORD_LIMIT)
        )
        self._show(self.words, not result.over_limit, words)
        if result.placeholders:
            specific = self.tr("Replace %1 with your own words").replace(
                "%1", result.placeholders[0]
            )
        elif result.names_something:
            specific = self.tr("Names something specific they said")
        else:
            specific = self.tr("Name one specific thing they said that helped you")
        self._show(self.specific, result.names_something, specific)
        self._show(
            self.contact,
            result.has_contact,
            self.tr("Your email or phone is under your name")
            if result.has_contact
            else self.tr("Sign with your email or phone, so they can reply"),
        )
        return result

    def _show(self, label: QLabel, ok: bool, text: str) -> None:
        label.setText(("✓ " if ok else "✗ ") + text)
        restyle(label, "state", "ok" if ok else "problem")


def send_unless_placeholder(
    parent: QWidget, result: ThankYouCheck, send: Callable[[], object]
) -> QMessageBox | None:
    """Run ``send`` at once, or first ask when the email still holds a placeholder.

    Returns:
        The question asked (not blocking; ``send`` runs on "Mark it sent anyway"), or None
        when ``send`` already ran.
    """
    if not result.placeholders:
        send()
        return None
    question = translate(
        "ThankYouChecker",
        "Your thank-you still says %1. Replace it with one thing they said before you send "
        "it.\n\nDid you fix it in your mail program and send it?",
    )
    return ask_before_losing(
        parent,
        question.replace("%1", result.placeholders[0]),
        lose=translate("ThankYouChecker", "Mark it sent anyway"),
        keep=translate("ThankYouChecker", "Go back and fix it"),
        title=translate("ThankYouChecker", "Placeholder left in"),
        on_lose=send,
    )
