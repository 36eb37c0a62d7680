"""Dialogs: forms that add or edit one record."""
