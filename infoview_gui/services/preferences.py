"""The user's preferences, saved together in one transaction."""

from __future__ import annotations

from infoview_gui.domain.appearance import Appearance
from infoview_gui.domain.language import Language
from infoview_gui.domain.sheet import Paper, Spacing
from infoview_gui.services import sheets, waiting
from infoview_gui.services.appearance import set_appearance
from infoview_gui.services.holiday_calendar import set_country
from infoview_gui.services.language import set_language
from infoview_gui.store.database import database


def save_preferences(
    *,
    paper: Paper,
    spacing: Spacing,
    ask_next_after: int,
    follow_up_after: int,
    appearance: Appearance | None = None,
    holidays: tuple[str, str] | None = None,
    language: Language | None = None,
) -> None:
    """Store the sheet's paper and note space, the reply thresholds and the appearance.

    All of them or none; ``appearance=None`` leaves the stored one as it is, and so does
    ``holidays=None`` the country and region whose public holidays are not business days,
    and ``language=None`` the language.
    """
    with database.atomic():
        if holidays is not None:
            set_country(code=holidays[0], region=holidays[1])
        if appearance is not None:
            set_appearance(appearance=appearance)
        if language is not None:
            set_language(language=language)
        waiting.set_reply_thresholds(ask_next_after=ask_next_after, follow_up_after=follow_up_after)
        sheets.set_paper_size(paper=paper)
        sheets.set_sheet_spacing(spacing=spacing)
