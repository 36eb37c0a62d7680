"""Column widths taken from the header and the rows in view, filling the table's width.

Qt's ``ResizeToContents`` and ``resizeColumnsToContents`` measure every row: the time grows
with the rows, and a table of 300,000 contacts would stall. Here a column is measured on
its title and on the rows a user sees (at most a screenful), once per reset; a change of
the table's width only shares the room out again, without measuring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from types import MethodType
from weakref import WeakMethod

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QTreeView
from shiboken6 import Shiboken

ROWS_MEASURED = 40
"""At most this many rows, from the first in view, are measured (a tall screen's worth)."""
CAP_CHARACTERS = 36
"""A cell wider than this many average characters does not widen its column further."""
STRETCH_KEEPS = 16
"""A stretch column (a name) keeps this many characters before the others give up theirs."""


class ColumnFit(QObject):
    """Sizes the columns of ``view`` from its header and the rows in view; fills its width.

    Each column wants the width of its title or of its widest cell in view (up to
    ``CAP_CHARACTERS``). When the wants fit, the room left goes to the ``stretch`` columns
    (the last one by default). When they do not, columns give back what they do not need,
    the widest first: cell text is elided and a title wraps between its words, never inside
    one (the header grows a line). Only when the longest words of the titles do not fit
    does the table scroll sideways, and then every column has the width it wants.

    Args:
        view: the table or tree; it must have its model.
        stretch: the columns that take the room left, by logical index.
        whole_title: says which columns keep their title on one line (short titles whose
            words mean little alone); these make the table scroll sideways rather than wrap.
    """

    def __init__(
        self,
        view: QTableView | QTreeView,
        *,
        stretch: Sequence[int] = (),
        whole_title: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(view)
        # No Python reference back to the view (nor to a method of it): a cycle through
        # this filter's wrapper let the garbage collector free it while Qt still called
        # it, a crash. The view is this object's parent; a bound method is held weakly.
        self._stretch = tuple(stretch)
        self._whole_title: Callable[[], Callable[[int], bool] | None] | None = None
        if isinstance(whole_title, MethodType):
            self._whole_title = WeakMethod(whole_title)
        elif whole_title is not None:
            self._whole_title = lambda: whole_title
        self._wants: dict[int, int] = {}
        self._mins: dict[int, int] = {}
        self._cells: dict[int, int] = {}  # the widest cell in view, by column, last measured
        self._width = -1
        header = _header_of(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(header.defaultAlignment() | Qt.TextFlag.TextWordWrap)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
            signal.connect(self.measure)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        view.viewport().installEventFilter(self)
        self.measure()

    def _alive(self) -> bool:
        view = self.parent()
        return isinstance(view, (QTableView, QTreeView)) and Shiboken.isValid(view)

    @property
    def _view(self) -> QTableView | QTreeView:
        view = self.parent()
        assert isinstance(view, (QTableView, QTreeView))
        return view

    @property
    def _header(self) -> QHeaderView:
        return _header_of(self._view)

    def measure(self, *, cells_known: bool = False) -> None:
        """Measure the titles and the rows in view, then share out the width.

        With ``cells_known``, the rows are those last measured: the titles alone are.
        """
        if not self._alive():  # a tree widget clears its model as it dies
            return
        columns = self._columns()
        titles = title_widths(self._header, columns)
        found = self._whole_title() if self._whole_title is not None else None
        whole = found or (lambda _column: False)
        self._mins = {c: full if whole(c) else word for c, (word, full) in titles.items()}
        known = self._cells if cells_known and set(self._cells) == set(columns) else None
        cells = known if known is not None else self._cell_widths(columns)
        self._cells = cells
        self._wants = {c: max(titles[c][1], cells[c]) for c in columns}
        keep = self._view.fontMetrics().averageCharWidth() * STRETCH_KEEPS
        for column in self._stretch:
            if column in self._mins:
                self._mins[column] = max(self._mins[column], min(self._wants[column], keep))
        self._width = -1
        self.spread()

    def spread(self) -> None:
        """Give the columns the viewport's width from what was measured."""
        if not self._alive():
            return
        width = self._view.viewport().width()
        if width == self._width or not self._wants:
            return
        self._width = width
        for column, size in widths(self._wants, self._mins, width, self._stretch).items():
            self._view.setColumnWidth(column, size)
        self._header.setMinimumHeight(header_height(self._header, self._wants))

    def _on_header_sort_indicator_changed(self) -> None:
        """The sorted title needs room for its arrow; the rows follow with the new order."""
        self.measure(cells_known=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Share the width out again when the viewport's width changes."""
        if (
            event.type() == QEvent.Type.Resize
            and self._alive()
            and watched is self._view.viewport()
        ):
            self.spread()
        return False

    def _columns(self) -> list[int]:
        view = self._view
        return [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]

    def _cell_widths(self, columns: Iterable[int]) -> dict[int, int]:
        view, model = self._view, self._view.model()
        first = max(0, view.indexAt(view.viewport().rect().topLeft()).row())
        row_height = max(1, view.sizeHintForRow(first) if model.rowCount() else 1)
        in_view = min(ROWS_MEASURED, view.viewport().height() // row_height + 1)
        rows = range(first, min(model.rowCount(), first + in_view))
        cap = view.fontMetrics().averageCharWidth() * CAP_CHARACTERS
        # Rows out of view hold the same kind of text a little wider ("Wed 3 Feb" after
        # "Thu 4 Feb"): a character to spare keeps them on one line.
        spare = view.fontMetrics().averageCharWidth()
        grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
        found: dict[int, int] = {}
        for column in columns:
            widest = 0
            for row in rows:
                index = model.index(row, column)
                widget = view.indexWidget(index)
                hint = widget.sizeHint() if widget is not None else view.sizeHintForIndex(index)
                widest = max(widest, hint.width() + grid)
            found[column] = min(widest + spare, cap) if widest else 0
        return found

    def _on_model_rows_inserted(self) -> None:
        if (
            self._alive() and self._view.model().rowCount() <= ROWS_MEASURED
        ):  # a row that may be in view
            self.measure()


def _header_of(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _title(header: QHeaderView, column: int) -> str:
    value = header.model().headerData(column, header.orientation())
    return "" if value is None else str(value)


def _title_metrics(header: QHeaderView) -> QFontMetrics:
    """The header's font as it draws a title: bold when it highlights the selection."""
    font = header.font()
    font.setBold(font.bold() or header.highlightSections())
    return QFontMetrics(font)


def _section_width(header: QHeaderView, column: int, text: str) -> int:
    """Return the width the style needs to draw ``text`` as the title of ``column``.

    Only the sorted column leaves room for the sort arrow (Qt's own hint leaves it in all).
    """
    option = QStyleOptionHeader()
    option.fontMetrics = _title_metrics(header)
    option.text = text
    option.section = column
    option.orientation = header.orientation()
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    size = header.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
    )
    return size.width()


def title_widths(header: QHeaderView, columns: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Return column -> (width showing its longest word, width showing its whole title)."""
    found = {}
    for column in columns:
        title = _title(header, column)
        word = max(title.split(), key=_title_metrics(header).horizontalAdvance, default="")
        found[column] = (
            _section_width(header, column, word),
            _section_width(header, column, title),
        )
    return found


def title_lines(header: QHeaderView, column: int) -> int:
    """Return how many lines the title of ``column`` takes at the section's width."""
    title = _title(header, column)
    if not title:
        return 1
    metrics = _title_metrics(header)
    padding = _section_width(header, column, "")
    room = QRect(0, 0, max(1, header.sectionSize(column) - padding), 10_000)
    height = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), title).height()
    return max(1, round(height / metrics.lineSpacing()))


def header_height(header: QHeaderView, columns: Iterable[int]) -> int:
    """Return the height the header needs for its wrapped titles (0: one line is enough)."""
    lines = max((title_lines(header, c) for c in columns), default=1)
    if lines == 1:
        return 0
    return header.sizeHint().height() + (lines - 1) * _title_metrics(header).lineSpacing()


def widths(
    wants: dict[int, int], mins: dict[int, int], available: int, stretch: Sequence[int] = ()
) -> dict[int, int]:
    """Return each column's width: its want, the widest cut first, or stretched.

    Args:
        wants: column -> the width it would like.
        mins: column -> the width under which its title would be cut.
        available: the width to fill.
        stretch: columns that take what is left over (the last column when none is shown).
    """
    total = sum(wants.values())
    if total <= available:
        growing = [c for c in stretch if c in wants] or [max(wants)]
        result = dict(wants)
        extra = available - total
        for index, column in enumerate(growing):
            result[column] += extra // len(growing) + (index < extra % len(growing))
        return result
    if sum(mins.values()) >= available:
        return dict(wants)  # the table scrolls sideways anyway: nothing need be cut
    # The widest give up first: every want is cut to one level, found by halving.
    low, high = 0, max(wants.values())
    while low < high:
        level = (low + high + 1) // 2
        if sum(max(mins[c], min(wants[c], level)) for c in wants) <= available:
            low = level
        else:
            high = level - 1
    result = {c: max(mins[c], min(wants[c], low)) for c in wants}
    extra = available - sum(result.values())  # less than one pixel per column cut
    for column in [c for c in result if result[c] < wants[c]][:extra]:
        result[column] += 1
    return result


def fit_columns(
    view: QTableView | QTreeView,
    *,
    stretch: Sequence[int] = (),
    whole_title: Callable[[int], bool] | None = None,
) -> ColumnFit:
    """Keep ``view``'s columns fitted to its header, its rows in view and its width."""
    fit = ColumnFit(view, stretch=stretch, whole_title=whole_title)
    # Held here until Qt destroys it with its view: PySide6 6.11's garbage collector freed
    # the Python side of a fitter whose view lived on, and Qt then called into it (a crash).
    key = id(fit)
    _LIVE[key] = fit
    fit.destroyed.connect(partial(_LIVE.pop, key, None))
    return fit


_LIVE: dict[int, ColumnFit] = {}


def refit(view: QTableView | QTreeView) -> None:
    """Measure ``view``'s columns again (after cells were set one by one, say)."""
    fitter = view.findChild(ColumnFit)
    if isinstance(fitter, ColumnFit):
        fitter.measure()
