"""The worker runner under its first name (the import dialogs); see ``ui.workers``."""

from infoview_gui.ui.workers import NOTHING_CHANGED, Job, JobCancelledError, JobRunner

ImportCancelledError = JobCancelledError
__all__ = ["NOTHING_CHANGED", "ImportCancelledError", "Job", "JobRunner"]
