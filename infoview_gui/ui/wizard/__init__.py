"""The guide: a wizard of the six steps, embedded in the main window."""
