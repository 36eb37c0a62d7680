"""The pieces of interview mode: the notes box, the question list, the checklist."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.interview_mode import (
    ChecklistItem,
    QuestionItem,
    checklist_for,
    is_done,
)
from infoview_gui.ui.theme import colours
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.layouts import remove_widgets
from infoview_gui.ui.widgets.typed_notes import TypedNotes

ICON_SIZE = 18
Saver = Callable[[str], None]
translate = QCoreApplication.translate

# Keys that move between questions even while the cursor is in the notes.
_PASS_THROUGH = (
    QKeySequence(Qt.Key.Key_PageUp),
    QKeySequence(Qt.Key.Key_PageDown),
    QKeySequence("Ctrl+Return"),
    QKeySequence("Ctrl+Enter"),
)

_CHECK_TEXTS = {  # translated where shown (ChecklistPanel), each with its Alt key
    ChecklistItem.PHONE_OFF: str(QT_TRANSLATE_NOOP("ChecklistPanel", "&Phone switched off")),
    ChecklistItem.THANKED: str(QT_TRANSLATE_NOOP("ChecklistPanel", "&Thanked them for their time")),
    ChecklistItem.CARD_ASKED: str(
        QT_TRANSLATE_NOOP("ChecklistPanel", "Asked for a business &card")
    ),
    ChecklistItem.REFERRALS_ASKED: str(
        QT_TRANSLATE_NOOP("ChecklistPanel", "Asked &who else to talk to")
    ),
    ChecklistItem.QUIET_PLACE: str(
        QT_TRANSLATE_NOOP("ChecklistPanel", "&Somewhere quiet, their number at hand")
    ),
    ChecklistItem.LINK_TESTED: str(
        QT_TRANSLATE_NOOP("ChecklistPanel", "&Link, camera and microphone tested")
    ),
    ChecklistItem.DETAILS_ASKED: str(
        QT_TRANSLATE_NOOP("ChecklistPanel", "Asked for their contact &details")
    ),
    ChecklistItem.QUESTIONS_SHORT: str(
        QT_TRANSLATE_NOOP("ChecklistPanel", "Kept the questions &few and short")
    ),
}


class NotesBox(TypedNotes):
    """The notes under a question, saved as typed.

    A pause of ``SAVE_DELAY_MS`` saves through the saver given to ``load``; so do
    ``flush`` (called on changing question and on closing) and leaving the box. A
    refused save keeps the text and says why.

    Signals:
        save_reported(str, bool): a save ended: its message, and whether it worked.
    """

    save_reported = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saver: Saver | None = None

    def load(self, text: str, saver: Saver | None) -> None:
        """Show ``text``; typing is saved with ``saver`` (None: read-only)."""
        self.show_text(text)
        self.saved()
        self._saver = saver
        self.setReadOnly(saver is None)

    def flush(self) -> bool:
        """Save now if the text changed; return False when the save was refused."""
        self._timer.stop()
        if not self._dirty or self._saver is None:
            return True
        try:
            self._saver(self.toPlainText())
        except DomainError as exc:
            self.save_reported.emit(self.tr("Not saved: %1").replace("%1", str(exc)), False)
            return False
        self._dirty = False
        self.save_reported.emit(self.tr("Saved"), True)
        return True

    def pending(self) -> str | None:
        """Return the text typed but not stored yet, or None when there is none."""
        return self.toPlainText() if self._dirty and self._saver is not None else None

    def event(self, event: QEvent) -> bool:
        """Let the question keys through to interview mode's shortcuts."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combination = QKeySequence(event.keyCombination())
            if any(
                combination.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                for key in _PASS_THROUGH
            ):
                event.ignore()
                return False
        return super().event(event)

    def can_save(self) -> bool:
        """Whether the notes shown can be saved (not read-only)."""
        return self._saver is not None


class QuestionSideList(QListWidget):
    """Every question at the side: ticked when answered, must-ask ones still open marked.

    The last row is "Other notes", for what was said outside any question. Space ticks
    or unticks the current question.

    Signals:
        answered_toggled(int, bool): the user asked to tick or untick a question (its row).
    """

    answered_toggled = Signal(int, bool)
    OTHER_NOTES = str(QT_TRANSLATE_NOOP("QuestionSideList", "Other notes"))
    AnsweredRole = Qt.ItemDataRole.UserRole
    MustAskOpenRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionList")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Questions"))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self._icons: dict[tuple[bool, bool], QIcon] = {}
        self._use_colours()

    def _use_colours(self) -> None:
        """Draw with the theme's colours now (again when the application's palette changes)."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, colours().selected)
        palette.setColor(QPalette.ColorRole.HighlightedText, colours().text)
        self.setPalette(palette)
        self._icons = {state: status_icon(*state) for state in _ICON_STATES}
        for row in range(self.count() - 1):
            item = self.item(row)
            self._paint(
                item, bool(item.data(self.AnsweredRole)), bool(item.data(self.MustAskOpenRole))
            )
        if self.count():
            self.item(self.count() - 1).setIcon(status_icon(False, False, notes=True))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of light or dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._use_colours()

    def set_items(self, items: Sequence[QuestionItem]) -> None:
        """Show the questions in order, then "Other notes"."""
        self.clear()
        for item in items:
            row = QListWidgetItem(f"{item.number}. {item.text}")
            self.addItem(row)
            self._style(row, item)
        other = QListWidgetItem(translate("QuestionSideList", self.OTHER_NOTES))
        other.setIcon(status_icon(False, False, notes=True))
        other.setToolTip(self.tr("Names, advice, anything said outside the questions"))
        self.addItem(other)

    def update_item(self, row: int, item: QuestionItem) -> None:
        """Show one question's new state."""
        self._style(self.item(row), item)

    def is_ticked(self, row: int) -> bool:
        """Return True when the question in ``row`` shows as answered."""
        return bool(self.item(row).data(self.AnsweredRole))

    def is_highlighted(self, row: int) -> bool:
        """Return True when the question in ``row`` shows as must-ask and still open."""
        return bool(self.item(row).data(self.MustAskOpenRole))

    def _style(self, row: QListWidgetItem, item: QuestionItem) -> None:
        row.setData(self.AnsweredRole, item.answered)
        row.setData(self.MustAskOpenRole, item.open_must_ask)
        self._paint(row, item.answered, item.open_must_ask)
        if item.answered:
            tip, state = self.tr("Answered"), self.tr("answered")
        elif item.open_must_ask:
            tip, state = self.tr("Must ask, still open"), self.tr("must ask, still open")
        else:
            tip, state = self.tr("Not answered yet"), self.tr("not answered yet")
        row.setToolTip(tip)
        row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)

    def _paint(self, row: QListWidgetItem, answered: bool, must_ask_open: bool) -> None:
        row.setIcon(self._icons[(answered, must_ask_open)])
        font = row.font()
        font.setBold(must_ask_open)
        row.setFont(font)
        row.setBackground(QBrush(colours().attention_tint) if must_ask_open else QBrush())
        row.setForeground(QBrush(colours().muted) if answered else QBrush())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space ticks or unticks the current question."""
        row = self.currentRow()
        if event.key() == Qt.Key.Key_Space and 0 <= row < self.count() - 1:
            self.answered_toggled.emit(row, not self.is_ticked(row))
            return
        super().keyPressEvent(event)


def alt_key(text: str) -> str:
    """Return the Alt key that a label's ``&`` marks, as a tooltip shows it ("" if none)."""
    marked = text.replace("&&", "").partition("&")[2][:1]
    if not marked:
        return ""
    return QKeySequence(f"Alt+{marked.upper()}").toString(QKeySequence.SequenceFormat.NativeText)


_ICON_STATES = ((False, False), (False, True), (True, False), (True, True))


def status_icon(answered: bool, must_ask_open: bool, *, notes: bool = False) -> QIcon:
    """Return the side list's mark: a tick in a green disc, or an open ring."""
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)  # drawn at twice the size, for sharp edges
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2.0, 2.0, ICON_SIZE - 4.0, ICON_SIZE - 4.0)
    theme = colours()
    if answered:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.success)
        painter.drawEllipse(box)
        painter.setPen(QPen(theme.surface, 2.0))
        painter.drawPolyline([QPointF(5.5, 9.5), QPointF(8.0, 12.0), QPointF(12.5, 6.5)])
    elif notes:
        painter.setPen(QPen(theme.muted, 1.6))
        for y in (6.0, 9.0, 12.0):
            painter.drawLine(QPointF(4.5, y), QPointF(13.5, y))
    else:
        painter.setPen(QPen(theme.attention if must_ask_open else theme.muted, 1.8))
        painter.drawEllipse(box)
    painter.end()
    return QIcon(pixmap)


class ChecklistPanel(QWidget):
    """The short checklist of the interview's format: before the start, and at the end.

    In person: phone off; thank them, a business card, who else. A phone call, a video
    call and an email have their own (``domain.interview_mode.checklist_for``).

    Signals:
        item_toggled(int, bool): a checklist item (a ``ChecklistItem`` value) changed.
    """

    item_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[ChecklistItem, QCheckBox] = {}
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.meeting_format: MeetingFormat | None = None
        self.show_format(None)

    def show_format(self, meeting_format: MeetingFormat | None) -> None:
        """Show the checklist of ``meeting_format`` (in person when it is not known)."""
        if self.boxes and meeting_format == self.meeting_format:
            return
        self.meeting_format = meeting_format
        remove_widgets(self._rows)
        self.boxes = {}
        checklist = checklist_for(meeting_format)
        for heading, items in (
            (self.tr("Before you start"), checklist.before_start),
            (self.tr("Before you leave"), checklist.at_end),
        ):
            title = plain_label(heading)
            title.setObjectName("checklistHeading")
            self._rows.addWidget(title)
            for item in items:
                self._rows.addWidget(self._box(item))
        self._rows.addStretch(1)

    def _box(self, item: ChecklistItem) -> QCheckBox:
        text = translate("ChecklistPanel", _CHECK_TEXTS[item])
        box = QCheckBox(text)
        key = alt_key(text)
        box.setToolTip(f"{item.label} ({key})" if key else item.label)
        box.toggled.connect(lambda done, item=item: self.item_toggled.emit(item, done))
        self.boxes[item] = box
        return box

    def set_flags(self, flags: int) -> None:
        """Tick the boxes the stored ``flags`` say are done."""
        for item, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(is_done(flags, item))
            box.blockSignals(False)
