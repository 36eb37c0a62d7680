"""The widgets of interview mode, how they are laid out, and the keys of its actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.i18n import formats
from infoview_gui.domain.interview_mode import (
    ClockReading,
    QuestionItem,
    checklist_for,
    reminder,
    still_to_do,
)
from infoview_gui.store.holding_queries import InterviewHeader
from infoview_gui.ui.accessibility import announce, show_message
from infoview_gui.ui.style import restyle
from infoview_gui.ui.widgets.interview_parts import (
    ChecklistPanel,
    NotesBox,
    QuestionSideList,
    alt_key,
)
from infoview_gui.ui.widgets.labels import plain_label

SIDE_WIDTH = 380
Clock = Callable[[], datetime]
translate = QCoreApplication.translate

# Every action and its keys: the first key is the one shown in tooltips.
KEYS: dict[str, tuple[str, ...]] = {
    "previous": ("PgUp", "Alt+Left"),
    "next": ("PgDown", "Alt+Right"),
    "answer_next": ("Ctrl+Return", "Ctrl+Enter"),
    "start": ("F5",),
    "end": ("Ctrl+E",),
    "full_screen": ("F11",),
    "leave_full_screen": ("Esc",),
    "card": ("Ctrl+K",),
    "referral": ("Ctrl+R",),
    "print": ("Ctrl+P",),
    "pdf": ("Ctrl+Shift+S",),
    "close": ("Ctrl+W",),
}


def key_text(action: str) -> str:
    """Return the keys of an action as the user reads them: ``Page Up, Alt+Left``."""
    return ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in KEYS[action]
    )


STYLE = """
QLabel#kicker { font-size: 10pt; font-weight: 600; letter-spacing: 1px; }
QLabel#who { font-size: 20pt; font-weight: 600; }
QLabel#remaining { font-size: 13pt; }
QLabel#clock { font-size: 30pt; font-weight: 600; }
QLabel#position { font-size: 12pt; }
QLabel#question { font-size: 22pt; font-weight: 600; }
QLabel#notesLabel, QLabel#listLabel, QLabel#checklistHeading {
    font-size: 10pt; font-weight: 600; }
QPlainTextEdit#notes { border-radius: 8px; padding: 10px; font-size: 15pt; }
QFrame#banner { border-radius: 8px; }
QLabel#bannerText { font-size: 12pt; }
QWidget#sidePanel { border-radius: 10px; }
QListWidget#questionList { border: none; font-size: 12pt; }
QCheckBox { font-size: 12pt; spacing: 8px; }
QPushButton { font-size: 11pt; padding: 6px 14px; }
"""


def due_text(due: date) -> str:
    """Return the banner's sentence on the thank-you's last day: weekday, day and month.

    Each language puts them in its own order (US English: "Wednesday, May 13").
    """
    shown = formats()
    return (
        translate("InterviewLayout", "Thank-you due by the end of %1, %3 %2.")
        .replace("%1", shown.weekday_name(due))
        .replace("%2", str(due.day))
        .replace("%3", shown.month_name(due.month))
    )


def _named(label: QLabel, name: str) -> QLabel:
    label.setObjectName(name)
    return label


def _button(text: str, keys: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(f"{tip} ({keys})")
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the notes
    return button


def fill_keys(sentence: str, keys: dict[str, str], names: tuple[str, ...]) -> str:
    """Return ``sentence`` with ``%1``, ``%2``... the keys of each action in ``names``.

    "Answered and next" shows only its first key (Ctrl+Enter is the same on most keyboards).
    """
    for number, name in reversed(list(enumerate(names, start=1))):  # %10 before %1
        shown = keys[name].split(", ")[0] if name == "answer_next" else keys[name]
        sentence = sentence.replace(f"%{number}", shown)
    return sentence


def keep_keyboard_in_notes(layout: InterviewLayout) -> None:
    """Let no click, and no key typed into the notes, move the keyboard out of them.

    Buttons, the question list and the check boxes take the keyboard only by Tab (or
    their Alt key), never by a click; End never takes it, so that neither Space nor
    Enter typed into a focus the app moved can end the interview: a click or its key.
    """
    for widget in (layout.side_list, layout.answered_box, *layout.checklist.boxes.values()):
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    layout.end_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class InterviewLayout:
    """Builds interview mode's widgets on ``window`` and updates what they show.

    Args:
        window: the interview mode window, which the widgets fill.
        keys: the keys of each action by name, for the tooltips.
    """

    def __init__(self, window: QWidget, keys: dict[str, str]) -> None:
        window.setObjectName("interviewMode")
        window.setStyleSheet(STYLE)
        self.keys = keys
        self._make_widgets(keys)
        root = QVBoxLayout(window)
        root.setContentsMargins(36, 24, 36, 16)
        root.setSpacing(14)
        root.addLayout(self._top_row())
        root.addWidget(self.banner)
        root.addWidget(self.message)
        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(self._question_pane(), 1)
        body.addWidget(self._side_pane())
        root.addLayout(body, 1)
        root.addWidget(self.keys_help)
        keep_keyboard_in_notes(self)

    def _make_widgets(self, keys: dict[str, str]) -> None:
        self.kicker = _named(plain_label(), "kicker")
        capitals = self.kicker.font()  # drawn in capitals, kept as written (the user's field)
        capitals.setCapitalization(QFont.Capitalization.AllUppercase)
        self.kicker.setFont(capitals)
        self.who = _named(plain_label(), "who")
        self.role = _named(plain_label(), "role")
        self.clock = _named(plain_label(wrap=False), "clock")
        self.remaining = _named(plain_label(wrap=False), "remaining")
        self.start_button = _button(
            translate("InterviewLayout", "Start interview"),
            keys["start"],
            translate("InterviewLayout", "Start the clock"),
        )
        self.end_button = _button(
            translate("InterviewLayout", "End interview"),
            keys["end"],
            translate("InterviewLayout", "Mark the interview held"),
        )
        self.screen_button = _button(
            translate("InterviewLayout", "Full screen"),
            translate("InterviewLayout", "%1; %2 leaves it")
            .replace("%1", keys["full_screen"])
            .replace("%2", keys["leave_full_screen"]),
            translate("InterviewLayout", "Switch full screen on or off"),
        )
        self.close_button = _button(
            translate("InterviewLayout", "Close"),
            keys["close"],
            translate("InterviewLayout", "Close interview mode"),
        )
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_text = _named(plain_label(), "bannerText")
        self.card_button = _button(
            translate("InterviewLayout", "Business card…"),
            keys["card"],
            translate("InterviewLayout", "Type in their card"),
        )
        self.print_button = _button(
            translate("InterviewLayout", "Print notes…"),
            keys["print"],
            translate("InterviewLayout", "Preview and print the notes"),
        )
        self.pdf_button = _button(
            translate("InterviewLayout", "Save notes as PDF…"),
            keys["pdf"],
            translate("InterviewLayout", "Save the notes as a PDF"),
        )
        self.conversation_button = QPushButton(translate("InterviewLayout", "Add a conversation…"))
        self.conversation_button.setToolTip(
            translate("InterviewLayout", "A second interview, a coffee, a call: note it later")
        )
        self.conversation_button.setAutoDefault(False)
        self.conversation_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # as every other button
        self.message = _named(plain_label(), "message")
        self.message.hide()
        self.position = _named(plain_label(), "position")
        self.question = _named(plain_label(), "question")
        self.notes = NotesBox()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(
            translate("InterviewLayout", "Notes: key words are enough. They are saved as you type.")
        )
        self.notes_label = _named(QLabel(translate("InterviewLayout", "&Notes")), "notesLabel")
        self.notes_label.setBuddy(self.notes)
        self.save_status = _named(plain_label(), "saveStatus")
        self.answered_box = QCheckBox(translate("InterviewLayout", "&Answered"))
        self.answered_box.setToolTip(
            translate("InterviewLayout", "This question has been answered (%1)").replace(
                "%1", alt_key(self.answered_box.text())
            )
        )
        self.previous_button = _button(
            translate("InterviewLayout", "◀  Previous"),
            keys["previous"],
            translate("InterviewLayout", "Previous question"),
        )
        self.answer_next_button = _button(
            translate("InterviewLayout", "Answered, next  ▶"),
            keys["answer_next"],
            translate("InterviewLayout", "Mark answered and go to the next question"),
        )
        self.next_button = _button(
            translate("InterviewLayout", "Next  ▶"),
            keys["next"],
            translate("InterviewLayout", "Next question"),
        )
        self.side_list = QuestionSideList()
        self.list_label = _named(QLabel(translate("InterviewLayout", "&Questions")), "listLabel")
        self.list_label.setBuddy(self.side_list)
        self.progress = _named(plain_label(), "progress")
        self.checklist = ChecklistPanel()
        self.referral_button = _button(
            translate("InterviewLayout", "They suggested someone…"),
            keys["referral"],
            translate("InterviewLayout", "Add a person they suggested"),
        )
        self.keys_help = _named(plain_label(self._keys_sentence(keys)), "keys")

    @staticmethod
    def _keys_sentence(keys: dict[str, str]) -> str:
        return fill_keys(
            translate(
                "InterviewLayout",
                "Previous / next: %1 / %2  ·  Answered and next: %3  ·  Start: %4  ·  "
                "End: %5  ·  Full screen: %6, %7",
            ),
            keys,
            ("previous", "next", "answer_next", "start", "end", "full_screen", "leave_full_screen"),
        )

    def _top_row(self) -> QHBoxLayout:
        who = QVBoxLayout()
        who.setSpacing(2)
        for widget in (self.kicker, self.who, self.role):
            who.addWidget(widget)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.clock)
        clock.addWidget(self.remaining)
        buttons = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.start_button)
        first.addWidget(self.end_button)
        second = QHBoxLayout()
        second.addWidget(self.screen_button)
        second.addWidget(self.close_button)
        buttons.addLayout(first)
        buttons.addLayout(second)
        row = QHBoxLayout()
        row.addLayout(who, 1)
        row.addLayout(clock)
        row.addSpacing(28)
        row.addLayout(buttons)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(16, 10, 12, 10)
        banner.addWidget(self.banner_text, 1)
        for button in (self.card_button, self.print_button, self.pdf_button):
            banner.addWidget(button)
        return row

    def _question_pane(self) -> QVBoxLayout:
        pane = QVBoxLayout()
        pane.setSpacing(10)
        pane.addWidget(self.position)
        pane.addWidget(self.question)
        pane.addSpacing(8)
        pane.addWidget(self.notes_label)
        pane.addWidget(self.notes, 1)
        status = QHBoxLayout()
        status.addWidget(self.save_status, 1)
        status.addWidget(self.answered_box)
        pane.addLayout(status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.answer_next_button)
        buttons.addWidget(self.next_button)
        pane.addLayout(buttons)
        return pane

    def _side_pane(self) -> QWidget:
        side = QWidget()
        side.setObjectName("sidePanel")
        side.setMinimumWidth(SIDE_WIDTH)  # wider only when a checklist line needs it (German)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.list_label)
        layout.addWidget(self.side_list, 1)
        layout.addWidget(self.progress)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("sideRule")  # its colour: style.py
        layout.addWidget(line)
        layout.addWidget(self.checklist)
        layout.addWidget(self.referral_button)
        layout.addWidget(self.conversation_button)  # held: the next conversation with them
        return side

    def held_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons shown once the interview is held: what comes after it."""
        return (self.card_button, self.print_button, self.pdf_button, self.conversation_button)

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        """Return ``text`` translated in this class's context, as ``QObject.tr`` would.

        Not a QObject: this lets ``pyside6-lupdate`` read plural forms (``%n``) here, which
        it reads only from ``tr()`` calls.
        """
        return translate("InterviewLayout", text, disambiguation, n)

    # What is shown ---------------------------------------------------------------------

    def show_header(self, header: InterviewHeader) -> None:
        """Show who the interview is with."""
        kicker = translate("InterviewLayout", "Informational interview")
        if header.field_name:
            kicker += f" · {header.field_name}"
        self.kicker.setText(kicker)
        self.who.setText(header.contact_name)
        role = " · ".join(v for v in (header.contact_title, header.organisation) if v)
        self.role.setText(role)
        self.role.setVisible(bool(role))
        self.who.window().setWindowTitle(
            translate("InterviewLayout", "Interview with %1").replace("%1", header.contact_name)
        )

    def show_clock(self, reading: ClockReading) -> None:
        """Show the time since the start against the planned length."""
        self.clock.setText(reading.elapsed)
        shown = (
            translate("InterviewLayout", "%1 · %2 planned")
            .replace("%2", reading.planned)
            .replace("%1", reading.remaining)
            if reading.started
            else reading.remaining
        )
        self.remaining.setText(shown)
        for label in (self.clock, self.remaining):
            restyle(label, "over", reading.over)

    def show_question(self, item: QuestionItem, count: int) -> None:
        """Show one question and whether it is answered."""
        position = (
            translate("InterviewLayout", "Question %1 of %2 · must ask")
            if item.must_ask
            else translate("InterviewLayout", "Question %1 of %2")
        )
        self.position.setText(position.replace("%1", str(item.number)).replace("%2", str(count)))
        self.question.setText(item.text)
        self.answered_box.setEnabled(True)
        self.answered_box.setChecked(item.answered)
        self.answer_next_button.setEnabled(True)

    def show_other_notes(self, count: int) -> None:
        """Show the page for notes outside any question."""
        after = self.tr("After the %n question(s)", "", count)
        self.position.setText(
            after if count else translate("InterviewLayout", "No questions prepared")
        )
        self.question.setText(
            translate("InterviewLayout", "Other notes: names to contact, advice, what to read")
        )
        self.answered_box.setChecked(False)
        self.answered_box.setEnabled(False)
        self.answer_next_button.setEnabled(False)

    def show_state(self, header: InterviewHeader, *, armed: bool, when: str) -> None:
        """Show what can be done now: start, end (or end anyway), or what follows."""
        scheduled = header.status is InterviewStatus.SCHEDULED
        started = header.started_at is not None
        self.start_button.setVisible(scheduled and not started)
        self.end_button.setVisible(scheduled)
        self.end_button.setText(
            translate("InterviewLayout", "End anyway")
            if armed
            else translate("InterviewLayout", "End interview")
        )
        if header.status in (InterviewStatus.HELD, InterviewStatus.THANKED):
            self.show_held(when, header.thank_you_due)
        elif not scheduled:
            self.show_tip(
                translate(
                    "InterviewLayout",
                    "Schedule this interview (step 3) to start it; notes can be taken now.",
                )
            )
        elif armed:
            at_end = checklist_for(header.meeting_format).at_end
            self.show_reminder(reminder(still_to_do(header.checklist, at_end)))
        elif not started:
            self.show_tip(checklist_for(header.meeting_format).tip)
        else:
            self.banner.hide()

    def show_tip(self, text: str) -> None:
        """Show a quiet hint in the banner, without the after-interview buttons."""
        self._banner(text, "tip", buttons=False)

    def show_reminder(self, text: str) -> None:
        """Show what is left to do before ending."""
        again = translate("InterviewLayout", "%1 Press End again to end the interview.")
        self._banner(again.replace("%1", text), "remind", buttons=False)

    def show_held(self, when: str, due: date | None) -> None:
        """Show that the interview is held, when the thank-you is due, and what comes next."""
        text = (
            translate("InterviewLayout", "Held on %1.").replace("%1", when)
            if when
            else translate("InterviewLayout", "Held.")
        )
        if due is not None:
            text += f" {due_text(due)}"
        self._banner(text, "held", buttons=True)

    def show_message(self, text: str) -> None:
        """Say why something could not be done."""
        show_message(self.message, text)

    def show_save_status(self, text: str, ok: bool) -> None:
        """Say whether the notes are saved."""
        if text != self.save_status.text():  # not "Saved" after every pause in typing
            announce(self.save_status, text, urgent=not ok)
        self.save_status.setText(text)
        restyle(self.save_status, "state", "" if ok else "problem")

    def show_screen_state(self, full_screen: bool) -> None:
        """Name the full-screen button after what it will do."""
        self.screen_button.setText(
            translate("InterviewLayout", "Leave full screen")
            if full_screen
            else translate("InterviewLayout", "Full screen")
        )

    def _banner(self, text: str, tone: str, *, buttons: bool) -> None:
        self.banner_text.setText(text)
        for button in self.held_buttons():
            button.setVisible(buttons)
        if self.banner.property("tone") != tone:
            self.banner.setProperty("tone", tone)
            self.banner.style().unpolish(self.banner)
            self.banner.style().polish(self.banner)
        self.banner.show()
