"""Handing an email to the user's mail program, and what to do when there is none."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from infoview_gui.domain.drafts import Draft
from infoview_gui.domain.links import is_safe_link
from infoview_gui.domain.mailto import mailto_url
from infoview_gui.ui.save_status import plain_message_box

log = logging.getLogger(__name__)
UrlOpener = Callable[[QUrl], object]
translate = QCoreApplication.translate
NO_MAIL_PROGRAM = str(QT_TRANSLATE_NOOP("MailProgram", "No mail program opened this email."))
HOW_TO_SEND = str(
    QT_TRANSLATE_NOOP(
        "MailProgram",
        "This computer has no mail program set up for email links. Copy the email and paste "
        "it into a new message in the mail you use (in a browser or an app): the address, "
        "the subject and the text come with it.",
    )
)


def open_url(url: QUrl) -> bool:
    """Open ``url`` with the desktop's program for it (the mail program for ``mailto:``).

    A failure is logged by its kind of link alone: a ``mailto:`` link holds a whole email.
    """
    if not is_safe_link(
        bytes(url.toEncoded().data()).decode("ascii", "replace")
    ):  # never javascript:, file: or a program's scheme
        log.warning(
            "A %s: link was not opened: InfoView opens web and email links only", url.scheme()
        )
        return False
    opened = QDesktopServices.openUrl(url)
    if not opened:
        log.warning("No program on this system opened a %s: link", url.scheme())
    return opened


def email_text(to: str, draft: Draft) -> str:
    """Return the email as one text to paste: who it is to (if known), subject, message."""
    to_line = translate("MailProgram", "To: %1").replace("%1", to) + "\n" if to else ""
    subject = translate("MailProgram", "Subject: %1").replace("%1", draft.subject)
    return f"{to_line}{subject}\n\n{draft.body}"


def open_email(parent: QWidget, opener: UrlOpener, to: str, draft: Draft) -> bool:
    """Open the email in the mail program; if none opens it, say so and offer to copy it.

    Args:
        parent: the dialog the message belongs to.
        opener: opens a URL and returns False when nothing opened it (tests pass one).
        to: the recipient's address.
        draft: the email as it stands.

    Returns:
        True when a program took the email.
    """
    url = QUrl(mailto_url(to, draft.subject, draft.body), QUrl.ParsingMode.StrictMode)
    if opener(url) is not False:
        return True
    box = plain_message_box(
        parent,
        translate("MailProgram", "No mail program"),
        translate("MailProgram", NO_MAIL_PROGRAM),
        translate("MailProgram", HOW_TO_SEND),
    )
    box.setObjectName("noMailProgram")
    copy = box.addButton(
        translate("MailProgram", "Copy the email"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    text = email_text(to, draft)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    box.open()  # not exec(): the dialog behind stays as it is
    return False
