"""The classes of the simpler views, each imported when first asked for.

Start-up builds only the first view shown; the first click on Follow-ups does not import
Contacts (a quarter of a second with its table and dialogs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.ids import ViewId


def record_view_class(view: ViewId) -> Callable[[AppEvents], QWidget]:
    """Import and return the class of the Fields, Contacts, Follow-ups or Learned view."""
    if view is ViewId.FIELDS:
        from infoview_gui.ui.views.fields import FieldsView

        return FieldsView
    if view is ViewId.CONTACTS:
        from infoview_gui.ui.views.contacts import ContactsView

        return ContactsView
    if view is ViewId.FOLLOW_UPS:
        from infoview_gui.ui.views.follow_ups import FollowUpsView

        return FollowUpsView
    from infoview_gui.ui.views.learned import LearnedView

    if view is not ViewId.LEARNED:
        raise ValueError(f"not a view made here: {view!r}")
    return LearnedView
