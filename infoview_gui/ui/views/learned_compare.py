"""Fields side by side: status, people, the fit rating on shared criteria, takeaways, deciding.

Two or three fields in columns. The fit criteria are one list for every field (so fields
compare), each with a weight; each field gets a score of 0 to 5 on each ("—" for not
rated yet) and a weighted total. Each field's status is set here, and "I have decided"
makes a field the focus and tells the profile, which the question suggestions follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import Decidedness, FieldStatus
from infoview_gui.domain.learned import MAX_COMPARED, FitCriterion, TopicGroup
from infoview_gui.services import fit
from infoview_gui.services.fields import set_status
from infoview_gui.services.profile import load_profile
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.views.learned_answers import STARRED
from infoview_gui.ui.widgets.choices import enum_combo, record_combo
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.layouts import remove_widgets

NOT_RATED = -1
ORDINALS = (
    str(QT_TRANSLATE_NOOP("ComparePanel", "First field")),
    str(QT_TRANSLATE_NOOP("ComparePanel", "Second field")),
    str(QT_TRANSLATE_NOOP("ComparePanel", "Third field")),
)
translate = QCoreApplication.translate


def total_text(total: float | None) -> str:
    """Return a weighted fit as read: ``3.5 of 5``, or ``not rated yet``."""
    if total is None:
        return translate("ComparePanel", "not rated yet")
    shown = QLocale().toString(total, "f", 1)
    return translate("ComparePanel", "%1 of 5").replace("%1", shown)


def topic_summary(group: TopicGroup | None) -> str:
    """Return a field's takeaway on a topic and its starred answers, as lines of text."""
    if group is None:
        return "—"
    lines = [group.takeaway.strip()] if group.takeaway.strip() else []
    lines += [f"{STARRED} {a.text.strip()} ({a.who})" for a in group.starred]
    return "\n".join(lines) or "—"


def _named(label_text: str, widget: QWidget) -> QHBoxLayout:
    label = QLabel(label_text)
    label.setBuddy(widget)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(widget, 1)
    return row


def _spin(low: int, high: int, value: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setAccessibleName(name)
    if low == NOT_RATED:
        spin.setSpecialValueText("—")
    return spin


class ComparePanel(QWidget):
    """Two or three fields side by side.

    Signals:
        fields_chosen(list): the fields compared changed (ids, in column order).
    """

    fields_chosen = Signal(list)

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.pickers: list[QComboBox] = []
        self.totals: dict[int, QLabel] = {}
        self.scores: dict[tuple[int, int], QSpinBox] = {}
        self.decide_buttons: dict[int, QPushButton] = {}
        self.summaries: dict[tuple[str, int], QLabel] = {}
        self.comparison: fit.Comparison | None = None
        self.decidedness = enum_combo(Decidedness)
        self.decidedness.insertItem(0, self.tr("Not said yet"), None)
        self.new_criterion = QLineEdit()
        self.new_criterion.setAccessibleName(self.tr("New criterion"))
        self.new_criterion.setPlaceholderText(self.tr("A criterion of your own, such as Location"))
        self.add_button = QPushButton(self.tr("Add criterion"))
        self.usual_button = QPushButton(self.tr("Add interest, skills, pay and lifestyle"))
        self.choice_slot, self.grid_slot, self.topics_slot = (QVBoxLayout() for _ in range(3))
        self.choice_row = QHBoxLayout()
        self.grid = QGridLayout()
        self.topics = QGridLayout()
        self._lay_out()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_criterion.returnPressed.connect(self._on_add_button_clicked)
        self.usual_button.clicked.connect(self._on_usual_button_clicked)
        self.decidedness.activated.connect(self._on_decidedness_activated)

    def _lay_out(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(self.new_criterion, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.usual_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(self.choice_slot)
        layout.addLayout(_named(self.tr("How decided are you?"), self.decidedness))
        layout.addSpacing(6)
        layout.addWidget(heading_label(self.tr("Fit on your criteria"), role=TextRole.SECTION))
        layout.addLayout(self.grid_slot)
        layout.addLayout(adding)
        layout.addSpacing(10)
        layout.addWidget(
            heading_label(self.tr("Takeaways and starred answers"), role=TextRole.SECTION)
        )
        layout.addLayout(self.topics_slot)
        layout.addStretch(1)

    def set_choices(self, fields: list[tuple[int, str]], chosen: list[int]) -> None:
        """Offer ``fields`` in the pickers, with ``chosen`` picked in order."""
        self.choice_row = QHBoxLayout(_emptied(self.choice_slot))
        self.choice_row.setContentsMargins(0, 0, 0, 0)
        self.pickers = []
        for i in range(min(MAX_COMPARED, max(2, len(fields)))):
            picker = record_combo(fields, none_text=self.tr("(none)") if i >= 2 else "")
            picker.setCurrentIndex(max(0, picker.findData(chosen[i])) if i < len(chosen) else 0)
            picker.activated.connect(self._on_picker_activated)
            self.choice_row.addLayout(_named(translate("ComparePanel", ORDINALS[i]), picker))
            self.pickers.append(picker)

    def chosen(self) -> list[int]:
        """Return the ids of the fields picked, in column order, without repeats."""
        ids = [p.currentData() for p in self.pickers if p.currentData() is not None]
        return list(dict.fromkeys(int(i) for i in ids))

    def refresh(self) -> None:
        """Read the fields picked again and show them."""
        self.show_comparison(fit.comparison(field_ids=self.chosen()))

    def show_comparison(self, comparison: fit.Comparison) -> None:
        """Show ``comparison`` (read by the caller, perhaps in a worker thread)."""
        self.comparison = comparison
        decided = load_profile().decidedness
        self.decidedness.setCurrentIndex(
            max(0, self.decidedness.findData(decided.value if decided else None))
        )
        self._show_grid(self.comparison)
        self._show_topics(self.comparison)
        self.usual_button.setVisible(not self.comparison.criteria)

    def _show_grid(self, comparison: fit.Comparison) -> None:
        self.grid = QGridLayout(_emptied(self.grid_slot))
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.totals, self.scores, self.decide_buttons = {}, {}, {}
        self.grid.addWidget(plain_label(self.tr("Weight (0–5)"), wrap=False), 0, 1)
        for col, field in enumerate(comparison.fields, start=2):
            self.grid.addWidget(heading_label(field.name, role=TextRole.SECTION), 0, col)
            status = enum_combo(FieldStatus, field.status.value)
            status.activated.connect(lambda _i, f=field.field_id, s=status: self._set_status(f, s))
            self.grid.addLayout(_named(self.tr("Status"), status), 1, col)
            people = self.tr("%n person(s) talked to", "", field.people)
            self.grid.addWidget(plain_label(people), 2, col)
        row = 3
        for criterion in comparison.criteria:
            self._add_criterion_row(row, criterion, comparison)
            row += 1
        self.grid.addWidget(heading_label(self.tr("Weighted fit"), role=TextRole.SECTION), row, 0)
        for col, field in enumerate(comparison.fields, start=2):
            label = self.totals[field.field_id] = plain_label(total_text(comparison.total(field)))
            self.grid.addWidget(label, row, col)
            button = self.decide_buttons[field.field_id] = QPushButton(
                self.tr("I have decided: %1").replace("%1", field.name)
            )
            button.clicked.connect(lambda _c=False, f=field.field_id: self._decide(f))
            self.grid.addWidget(button, row + 1, col)
        self.grid.setColumnStretch(len(comparison.fields) + 2, 1)

    def _add_criterion_row(
        self, row: int, criterion: FitCriterion, comparison: fit.Comparison
    ) -> None:
        removed, weight_saved = self.tr("Criterion removed"), self.tr("Weight saved")
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove the criterion %1").replace("%1", criterion.name))
        remove.setToolTip(self.tr("Remove %1").replace("%1", criterion.name))
        remove.clicked.connect(
            lambda _c=False, c=criterion.id: self._run(
                lambda: fit.remove_criterion(criterion_id=c), removed, refresh=True
            )
        )
        name = QHBoxLayout()
        name.addWidget(remove)
        name.addWidget(plain_label(criterion.name, wrap=False), 1)
        self.grid.addLayout(name, row, 0)
        name_weight = self.tr("Weight of %1").replace("%1", criterion.name)
        weight = _spin(0, 5, criterion.weight, name_weight)
        weight.valueChanged.connect(
            lambda v, c=criterion.id: self._run(
                lambda: fit.set_weight(criterion_id=c, weight=v), weight_saved
            )
        )
        self.grid.addWidget(weight, row, 1)
        for col, field in enumerate(comparison.fields, start=2):
            score = field.fit.scores.get(criterion.id, NOT_RATED)
            said = self.tr("%1 for %2").replace("%1", criterion.name).replace("%2", field.name)
            spin = _spin(NOT_RATED, 5, score, said)
            spin.valueChanged.connect(
                lambda v, f=field.field_id, c=criterion.id: self._rate(f, c, v)
            )
            self.scores[(field.field_id, criterion.id)] = spin
            self.grid.addWidget(spin, row, col)

    def _show_topics(self, comparison: fit.Comparison) -> None:
        self.topics = QGridLayout(_emptied(self.topics_slot))
        self.topics.setContentsMargins(0, 0, 0, 0)
        self.topics.setHorizontalSpacing(14)
        self.summaries = {}
        topics = comparison.topics()
        if not topics:
            self.topics.addWidget(
                plain_label(
                    self.tr(
                        "Star answers and write takeaways under Answers by topic: they "
                        "are set side by side here."
                    )
                ),
                0,
                0,
            )
            return
        for col, field in enumerate(comparison.fields, start=1):
            self.topics.addWidget(heading_label(field.name, role=TextRole.SECTION), 0, col)
        for row, topic in enumerate(topics, start=1):
            self._add_topic_row(row, topic, comparison)
        for col in range(1, len(comparison.fields) + 1):
            self.topics.setColumnStretch(col, 1)

    def _add_topic_row(self, row: int, topic: str, comparison: fit.Comparison) -> None:
        groups = [{g.topic: g for g in f.groups}.get(topic) for f in comparison.fields]
        label = next(g.label for g in groups if g is not None)
        self.topics.addWidget(plain_label(label), row, 0, Qt.AlignmentFlag.AlignTop)
        for col, (field, group) in enumerate(zip(comparison.fields, groups, strict=True), 1):
            summary = self.summaries[(topic, field.field_id)] = plain_label(topic_summary(group))
            self.topics.addWidget(summary, row, col, Qt.AlignmentFlag.AlignTop)

    def _run(self, action: Callable[[], object], saved: str, *, refresh: bool = False) -> bool:
        done = run_action(self.events, action, saved=saved, origin=self)
        if done and refresh:
            self.refresh()
        elif done:
            self._update_totals()
        return done

    def _rate(self, field_id: int, criterion_id: int, value: int) -> None:
        score = None if value == NOT_RATED else value
        self._run(
            lambda: fit.rate(field_id=field_id, criterion_id=criterion_id, score=score),
            self.tr("Rating saved"),
        )

    def _update_totals(self) -> None:
        shown = self.comparison
        comparison = shown.with_scores() if shown else fit.comparison(field_ids=self.chosen())
        self.comparison = comparison
        for field in comparison.fields:
            label = self.totals.get(field.field_id)
            if label is not None:
                label.setText(total_text(comparison.total(field)))

    def _set_status(self, field_id: int, combo: QComboBox) -> None:
        status = FieldStatus(combo.currentData())
        run_action(
            self.events,
            lambda: set_status(field_id=field_id, status=status),
            saved=self.tr("Status: %1").replace("%1", status.label),
            origin=self,
        )

    def _decide(self, field_id: int) -> None:
        if run_action(
            self.events,
            lambda: fit.decide_on(field_id=field_id),
            saved=self.tr("Decided: the question suggestions follow"),
            origin=self,
        ):
            self.refresh()

    def _on_decidedness_activated(self, _index: int) -> None:
        value = self.decidedness.currentData()
        if value is None:
            return
        run_action(
            self.events,
            lambda: fit.set_decidedness(decidedness=Decidedness(value)),
            saved=self.tr("Saved"),
            origin=self,
        )

    def _on_add_button_clicked(self) -> None:
        name = self.new_criterion.text()
        added = self.tr("Criterion added")
        if self._run(lambda: fit.add_criterion(name=name), added, refresh=True):
            self.new_criterion.clear()

    def _on_usual_button_clicked(self) -> None:
        self._run(fit.add_usual_criteria, self.tr("Criteria added"), refresh=True)

    def _on_picker_activated(self, _index: int) -> None:
        self.fields_chosen.emit(self.chosen())
        self.refresh()


def _emptied(slot: QVBoxLayout) -> QWidget:
    """Delete what ``slot`` holds (with ``remove_widgets``) and return a new empty box in it."""
    remove_widgets(slot)
    box = QWidget()
    slot.addWidget(box)
    return box
