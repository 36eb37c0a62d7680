"""A dialog's inputs in a frameless scroll area, so that its buttons never cover them.

A dialog taller than the screen is squeezed by the window manager, and Qt then lays its
widgets over one another (Save on the business card's photo). Inside this area the inputs
keep their height and scroll instead; the buttons below stay where they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

SCREEN_ROOM = 180
"""Height kept free on the screen for the title bar, the buttons and the dialog's margins."""
FEWEST_LINES = 6
"""A dialog made as small as it goes still shows this many lines of its inputs."""


def _screen_height(widget: QWidget) -> int:
    """The height of the screen the widget is on, as free of panels as the desktop says.

    Not ``widget.screen()``: called from a size hint that Qt asks for, PySide6 6.11 let the
    garbage collector delete the QScreen it returned (a crash in the next dialog made).
    """
    screen = QGuiApplication.screenAt(widget.mapToGlobal(QPoint(0, 0)))
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height()


class ScrollBody(QScrollArea):
    """Shows its widget whole when the screen allows, and scrolls it when not.

    Its size hint is the content's, no taller than the screen leaves room for; its smallest
    height is a few lines, its smallest width the content's (it never scrolls sideways).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scrollBody")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs it shows
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self._wanted = -1  # the content's height when last seen, once shown

    def setWidget(self, widget: QWidget) -> None:
        """Show ``widget``; the dialog's layout hears when its size changes."""
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pass the content's new size on to the dialog, which cannot see it, and grow it."""
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()
            if self.isVisible():
                self._grow_window()
        return super().eventFilter(watched, event)

    def _grow_window(self) -> None:
        """Make the window taller by what the content grew, as far as the screen allows.

        A dialog without this area grows by itself (its minimum size grows); here the
        minimum is a few lines, so new rows would hide behind a scroll bar instead. Only
        growth counts: a window the user made smaller stays so until the content grows.
        """
        content = self.widget()
        if content is None:
            return
        wanted = content.sizeHint().height()
        if content.hasHeightForWidth():
            wanted = max(wanted, content.heightForWidth(self.viewport().width()))
        grown, self._wanted = wanted > self._wanted, wanted
        if not grown:
            return
        window = self.window()
        room = _screen_height(self) - SCREEN_ROOM // 3 - window.frameGeometry().height()
        grow = min(wanted - self.viewport().height(), room)
        if grow > 0:
            window.resize(window.width(), window.height() + grow)

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        """The content's size, as tall as the screen leaves room for."""
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSize())
        height = hint.height()
        if content.hasHeightForWidth():
            height = max(height, content.heightForWidth(hint.width()))
        screen = _screen_height(self)
        fits = height <= screen - SCREEN_ROOM
        width = max(
            hint.width() + (0 if fits else self._bar_width()), self.minimumSizeHint().width()
        )
        return QSize(width, min(height, max(screen - SCREEN_ROOM, 0)))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the content goes (with a scroll bar), a few lines tall."""
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        content = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        lines = self.fontMetrics().lineSpacing() * FEWEST_LINES
        return QSize(content.width() + self._bar_width(), min(content.height(), lines))
