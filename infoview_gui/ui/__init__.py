"""Widgets, dialogs, the guide wizard and the main window."""
