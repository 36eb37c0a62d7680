"""User preferences kept with the data."""

from __future__ import annotations

from infoview_gui.store.models import Setting


def get_setting(key: str, default: str = "") -> str:
    """Return a stored preference, or ``default``."""
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else str(row.value)


def set_setting(*, key: str, value: str) -> None:
    """Store a preference."""
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
