"""Print previews the views ask for: question sheets of a list or an interview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from infoview_gui.domain.errors import DomainError


def _locale_name() -> str:
    return QLocale().name()  # the chosen language's locale: its usual paper


def _sheet_title() -> str:
    return QCoreApplication.translate("PrintActions", "Question sheet")


def print_list_sheet(list_id: int, parent: QWidget | None = None) -> None:
    """Open the print preview of a question list's sheet (its interview's, or its field's)."""
    from infoview_gui.printing.preview import preview_sheet
    from infoview_gui.services.sheets import list_sheet

    try:
        data = list_sheet(list_id=list_id, locale_name=_locale_name())
    except DomainError as exc:
        QMessageBox.information(parent, _sheet_title(), str(exc))
        return
    preview_sheet(data, parent)


def print_interview_sheet(interview_id: int, parent: QWidget | None = None) -> None:
    """Open the print preview of an interview's question sheet."""
    from infoview_gui.printing.preview import preview_sheet
    from infoview_gui.services.sheets import interview_sheet

    try:
        data = interview_sheet(interview_id=interview_id, locale_name=_locale_name())
    except DomainError as exc:
        QMessageBox.information(parent, _sheet_title(), str(exc))
        return
    preview_sheet(data, parent)
