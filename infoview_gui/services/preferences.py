"""The user's preferences, saved together in one transaction."""

from __future__ import annotations

from infoview_gui.domain.sheet import Paper, Spacing
from infoview_gui.services import sheets, waiting
from infoview_gui.store.database import database


def save_preferences(
    *, paper: Paper, spacing: Spacing, ask_next_after: int, follow_up_after: int
) -> None:
    """Store the sheet's paper and note space and the reply thresholds, or none of them."""
    with database.atomic():
        waiting.set_reply_thresholds(ask_next_after=ask_next_after, follow_up_after=follow_up_after)
        sheets.set_paper_size(paper=paper)
        sheets.set_sheet_spacing(spacing=spacing)
