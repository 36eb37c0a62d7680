"""Scheduling an accepted interview, and putting it in the user's calendar as an .ics file."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import partial
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.errors import DomainError, ValidationError
from infoview_gui.domain.os_errors import file_error
from infoview_gui.services import asking, scheduling
from infoview_gui.services.profile import load_profile
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.labels import plain_label

SavePathChooser = Callable[[QWidget | None, str, str], str]
"""Asks where to save a file: (parent, caption, suggested path) -> chosen path or ""."""

translate = QCoreApplication.translate
_PLACE_HINTS = {  # translated where shown
    MeetingFormat.IN_PERSON: str(QT_TRANSLATE_NOOP("ScheduleDialog", "Address, building and room")),
    MeetingFormat.PHONE: str(
        QT_TRANSLATE_NOOP("ScheduleDialog", "The number to call, and who calls whom")
    ),
    MeetingFormat.VIDEO: str(
        QT_TRANSLATE_NOOP("ScheduleDialog", "Link to the video call (https://…)")
    ),
    MeetingFormat.EMAIL: str(QT_TRANSLATE_NOOP("ScheduleDialog", "The email address to write to")),
}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def choose_save_path(parent: QWidget | None, caption: str, suggested: str) -> str:
    """Ask where to save a calendar file; return "" when the user cancels."""
    kinds = translate("ScheduleDialog", "Calendar files (*.ics)")
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, kinds)
    return path


def calendar_file_name(name: str) -> str:
    """Return a safe file name for the interview with ``name``."""
    clean = " ".join(_UNSAFE.sub(" ", name).split()).strip(". ")[:80]
    if not clean:
        return translate("ScheduleDialog", "Interview") + ".ics"
    return translate("ScheduleDialog", "Interview with %1").replace("%1", clean) + ".ics"


def add_to_calendar(
    *, interview_id: int, name: str, parent: QWidget | None, chooser: SavePathChooser
) -> str | None:
    """Ask where to save the interview's .ics file and write it; return its path.

    Raises:
        DomainError: when the interview is not scheduled or the file cannot be written.
    """
    suggested = str(Path.home() / calendar_file_name(name))
    path = chooser(parent, translate("ScheduleDialog", "Add to calendar"), suggested)
    if not path:
        return None
    if not path.casefold().endswith(".ics"):
        path += ".ics"
    try:
        scheduling.export_calendar(interview_ids=[interview_id], path=path, now=datetime.now(UTC))
    except OSError as exc:
        kept = translate("ScheduleDialog", "The interview is saved as it was.")
        doing = translate("ScheduleDialog", "save the calendar file %1").replace("%1", path)
        raise file_error(exc, doing, kept) from exc
    return path


def _system_zone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return zone if zone in available_timezones() else "UTC"


class ScheduleDialog(FormDialog):
    """Date, time, zone, duration, format and place of an accepted interview.

    Opened with ``accepted_on`` (the person has just accepted), saving records the
    acceptance and the time together, and "No time yet" records the acceptance alone.

    Signals:
        interview_scheduled(int): the interview (an id) was scheduled or moved.
        acceptance_recorded(int): the request (an id) was marked accepted, without a time.
        calendar_saved(str): its .ics file was written to this path.
    """

    interview_scheduled = Signal(int)
    acceptance_recorded = Signal(int)
    calendar_saved = Signal(str)

    def __init__(
        self,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        chooser: SavePathChooser = choose_save_path,
        accepted_on: date | None = None,
    ) -> None:
        record = asking.request_for(contact_id=contact_id)
        super().__init__(
            translate("ScheduleDialog", "Schedule the interview with %1").replace(
                "%1", record.name
            ),
            parent,
            ok_text=translate("ScheduleDialog", "Save"),
        )
        question = translate("ScheduleDialog", "When and where will you talk with %1?")
        self.form.addRow(plain_label(question.replace("%1", record.name)))
        self.interview_id, self.name, self._chooser = record.interview_id, record.name, chooser
        self.accepted_on = accepted_on
        self.warnings: tuple[str, ...] = ()
        zone = record.time_zone or load_profile().time_zone or _system_zone()
        start = self._start(record.scheduled_start, zone)
        self._make_inputs(start, zone, record)
        self.hint = plain_label()
        self.hint.setObjectName("viewDescription")
        self.form.addRow(self.hint)
        self.calendar_button = self.buttons.addButton(
            translate("ScheduleDialog", "Save and add to calendar…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.no_time_button = self.buttons.addButton(
            translate("ScheduleDialog", "No time yet"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.no_time_button.setToolTip(
            translate("ScheduleDialog", "Mark %1 as accepted; schedule later").replace(
                "%1", record.name
            )
        )
        self.no_time_button.setVisible(accepted_on is not None)
        self._connect_signals()
        self._on_input_changed()

    @staticmethod
    def _start(scheduled: datetime | None, zone: str) -> datetime:
        if scheduled is not None:
            try:
                return calendar_rules.to_local(scheduled, zone)
            except ValidationError:
                return scheduled.replace(tzinfo=None)
        return datetime.combine(calendar_rules.add_business_days(date.today(), 1), time(10))

    def _make_inputs(self, start: datetime, zone: str, record: asking.RequestRecord) -> None:
        self.day = QDateEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        # A date format (Qt's letters), with the weekday: "Fri Mar 6, 2026", "Fr., 6. März 2026".
        self.day.setDisplayFormat(translate("ScheduleDialog", "ddd MMM d, yyyy"))
        self.time = QTimeEdit(QTime(start.hour, start.minute))
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(zone)
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone.setCompleter(completer)
        self.duration = QSpinBox()
        self.duration.setRange(*scheduling.DURATION_RANGE)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(translate("ScheduleDialog", " minutes"))
        self.duration.setValue(record.duration_min)
        self.meeting_format = QComboBox()
        for choice in MeetingFormat:
            self.meeting_format.addItem(choice.label, choice.value)
        chosen = record.meeting_format or MeetingFormat.IN_PERSON
        self.meeting_format.setCurrentIndex(self.meeting_format.findData(chosen.value))
        self.place = line_edit(record.place, limit=scheduling.PLACE_MAX)
        for name, label, widget in (
            ("start", translate("ScheduleDialog", "Date"), self.day),
            ("time", translate("ScheduleDialog", "Time"), self.time),
            ("time_zone", translate("ScheduleDialog", "Time zone"), self.zone),
            ("duration_min", translate("ScheduleDialog", "Duration"), self.duration),
            ("format", translate("ScheduleDialog", "Format"), self.meeting_format),
            ("place", translate("ScheduleDialog", "Place or link"), self.place),
        ):
            self.add_row(name, label, widget)

    def _connect_signals(self) -> None:
        self.day.dateChanged.connect(self._on_input_changed)
        self.time.timeChanged.connect(self._on_input_changed)
        self.zone.currentTextChanged.connect(self._on_input_changed)
        self.meeting_format.currentIndexChanged.connect(self._on_input_changed)
        self.place.textChanged.connect(self._on_input_changed)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.no_time_button.clicked.connect(self._on_no_time_button_clicked)

    def start_local(self) -> datetime:
        """Return the wall-clock start the form holds."""
        day, clock = self.day.date(), self.time.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def chosen_format(self) -> MeetingFormat:
        """Return the meeting format chosen."""
        return MeetingFormat(self.meeting_format.currentData())

    def save(self) -> None:
        """Schedule (or move) the interview; first record the acceptance, if just given."""
        run = (
            partial(scheduling.accept_and_schedule, accepted_on=self.accepted_on)
            if self.accepted_on is not None
            else scheduling.schedule
        )
        result = run(
            interview_id=self.interview_id,
            start_local=self.start_local(),
            zone_name=self.zone.currentText(),
            duration_min=self.duration.value(),
            meeting_format=self.chosen_format(),
            place=self.place.text(),
        )
        self.accepted_on = None  # recorded: saving again (a calendar error) only moves the time
        self.no_time_button.hide()
        self.warnings = result.warnings
        self.interview_scheduled.emit(self.interview_id)

    def _on_input_changed(self) -> None:
        self.place.setPlaceholderText(
            translate("ScheduleDialog", _PLACE_HINTS[self.chosen_format()])
        )
        notes = []
        try:
            kind = calendar_rules.wall_time_kind(self.start_local(), self.zone.currentText())
        except ValidationError:
            kind = "normal"
            notes.append(
                translate(
                    "ScheduleDialog", "Choose a time zone from the list, such as Europe/London."
                )
            )
        if kind == "gap":
            notes.append(
                translate(
                    "ScheduleDialog",
                    "The clocks go forward at this time that day: pick another time.",
                )
            )
        elif kind == "overlap":
            notes.append(
                translate(
                    "ScheduleDialog",
                    "This time happens twice that day (clocks go back): the first is used.",
                )
            )
        if self.chosen_format() is MeetingFormat.VIDEO and not self.place.text().strip():
            notes.append(
                translate("ScheduleDialog", "Add the link to the video call when they send it.")
            )
        self.hint.setText("\n".join(notes))
        self.hint.setVisible(bool(notes))

    def _on_no_time_button_clicked(self) -> None:
        if self.accepted_on is None:
            return
        try:
            asking.mark_accepted(interview_id=self.interview_id, on=self.accepted_on)
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self.acceptance_recorded.emit(self.interview_id)
        self.accept()

    def _on_calendar_button_clicked(self) -> None:
        try:
            self.save()
            path = add_to_calendar(
                interview_id=self.interview_id,
                name=self.name,
                parent=self,
                chooser=self._chooser,
            )
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        except DomainError as exc:
            self.show_error(str(exc))
            return
        if path:
            self.calendar_saved.emit(path)
        self.accept()
