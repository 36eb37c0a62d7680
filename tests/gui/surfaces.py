"""Every surface a user sees, by name: each main view, the Guide's six pages, interview mode
and every dialog of ``infoview_gui/ui/dialogs``, over realistic data.

A test that must hold on every surface (contrast, accessible names, layout) walks them::

    def test_x(surface_world: SurfaceWorld) -> None:
        for name, top in each_surface(surface_world):
            for widget in visible_widgets(top):
                ...

or parametrizes over ``SURFACE_NAMES`` with ``open_surface``/``close_surface``. A surface is
shown (dialogs with ``show()``, never ``exec()``), laid out and exposed when it is yielded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.conversations import ConversationData, ConversationKind
from infoview_gui.domain.enums import Channel
from infoview_gui.domain.i18n import _
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.rotation import BackupKind
from infoview_gui.paths import AppPaths
from infoview_gui.services import (
    asking,
    conversation_lists,
    conversations,
    holding,
    keep_touch,
    question_lists,
    tags,
)
from infoview_gui.services.backups import back_up
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.guide import choose_field
from infoview_gui.services.handover import Found
from infoview_gui.services.profile import save_profile
from infoview_gui.store.recovery import Condition, Diagnosis
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import VIEW_TITLES, ViewId
from infoview_gui.ui.wizard.ids import PageId
from tests.gui.test_interview_mode import START, FakeClock, scheduled_interview
from tests.gui.test_thank_you import DUE, held_interview

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
translate = QCoreApplication.translate


@dataclass
class SurfaceWorld:
    """A shown main window over realistic data, and the ids a surface needs."""

    qtbot: QtBot
    window: MainWindow
    paths: AppPaths
    ids: dict[str, int] = field(default_factory=dict)
    opened: dict[str, QWidget] = field(default_factory=dict)

    @property
    def events(self) -> AppEvents:
        """The window's shared signals."""
        return self.window.events


def populate(window: MainWindow, paths: AppPaths) -> dict[str, int]:
    """Fill the store as a student half-way through the method would have it.

    Nursing: Ana declined, Ben asked (no answer), Cy accepted, Di not asked; a held
    interview with notes and a thank-you due (Jane Smith, Data journalism); an interview
    scheduled with three questions (Ana Ruiz, for interview mode); a profile; two backups.
    """
    save_profile(profile=ProfileData(name="Sam Lee", email="sam@example.org", phone="07700 900123"))
    nursing = add_field(name="Nursing")
    ids = {"field": nursing}
    for name in ("Ana", "Ben", "Cy", "Di"):
        ids[name] = add_contact(
            contact=ContactData(
                first_name=name,
                last_name="Doe",
                title="Charge nurse",
                organisation="St Mary's Hospital",
                email=f"{name.lower()}@hospital.example",
                field_id=nursing,
            )
        )
    for name, outcome in (("Ana", "declined"), ("Ben", "asked"), ("Cy", "accepted")):
        interview_id = asking.request_for(contact_id=ids[name]).interview_id
        asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 3, 2))
        if outcome == "declined":
            asking.mark_declined(interview_id=interview_id, on=date(2026, 3, 4))
        elif outcome == "accepted":
            asking.mark_accepted(interview_id=interview_id, on=date(2026, 3, 4))
    tags.add_tags(contact_ids=[ids["Cy"], ids["Ana"]], names=["Alumni", "Met at the fair"])
    ids["held"] = held_interview()
    ids["conversation"] = conversations.add_conversation(
        contact_id=ids["Cy"],
        conversation=ConversationData(
            held_at=NOW - timedelta(days=2),
            kind=ConversationKind.COFFEE,
            notes="Coffee near the ward; she offered to show me the rota.",
            time_zone="Europe/London",
        ),
    )
    ids["second_interview"], ids["second_list"] = _second_interview(ids["Cy"])
    ids["scheduled"] = scheduled_interview()
    # Di is kept in touch with every week since January: Home lists an update to send.
    keep_touch.set_keep_touch(contact_id=ids["Di"], every=1, unit="weeks", today=date(2026, 1, 5))
    choose_field(field_id=nursing)
    back_up(paths=paths, now=NOW - timedelta(days=3), kind=BackupKind.START)
    back_up(paths=paths, now=NOW - timedelta(days=1))
    window.events.publish()
    return ids


def _view(view: ViewId) -> Callable[[SurfaceWorld], QWidget]:
    def show(world: SurfaceWorld) -> QWidget:
        world.window.show_view(view)
        return world.window

    return show


def _second_interview(contact_id: int) -> tuple[int, int]:
    """A second interview with its own two questions, the first one answered."""
    talk = conversations.add_conversation(
        contact_id=contact_id,
        conversation=ConversationData(
            held_at=NOW - timedelta(days=1),
            kind=ConversationKind.SECOND_INTERVIEW,
            time_zone="Europe/London",
        ),
    )
    list_id = conversation_lists.list_for_conversation(conversation_id=talk)
    first = question_lists.add_text(list_id=list_id, text="Which ward takes students in spring?")
    question_lists.add_text(list_id=list_id, text="Whom should I meet next?")
    holding.answer_question(item_id=first, notes="Paediatrics, from April")
    return talk, list_id


def _guide_page(page: PageId) -> Callable[[SurfaceWorld], QWidget]:
    """Show a Guide page directly (its earlier steps need not be complete to look at it)."""

    def show(world: SurfaceWorld) -> QWidget:
        world.window.show_view(ViewId.GUIDE)
        wizard = world.window.guide().wizard
        wizard.setStartId(page)
        wizard.restart()
        wizard.setStartId(PageId.FIELD)
        assert wizard.currentId() == page
        return world.window

    return show


def _interview_mode(world: SurfaceWorld) -> QWidget:
    from infoview_gui.ui.views.interview_mode import InterviewModeWindow

    return InterviewModeWindow(
        world.ids["scheduled"],
        world.events,
        clock=FakeClock(START),
        system_zone="UTC",
        cards_dir=world.paths.cards_dir,
    )


def _conversation_mode(world: SurfaceWorld) -> QWidget:
    from infoview_gui.ui.views.conversation_mode import ConversationModeWindow

    return ConversationModeWindow(world.ids["second_interview"], world.events)


def _learned_tab(tab: int) -> Callable[[SurfaceWorld], QWidget]:
    """What I learned at one of its tabs (side by side with the usual criteria rated)."""

    def show(world: SurfaceWorld) -> QWidget:
        from infoview_gui.services import fit
        from infoview_gui.ui.views.learned import LearnedView

        if not fit.criteria():
            fit.add_usual_criteria()
            fit.rate(field_id=world.ids["field"], criterion_id=fit.criteria()[0].id, score=4)
            world.events.publish()
        world.window.show_view(ViewId.LEARNED)
        view = world.window.view(ViewId.LEARNED)
        assert isinstance(view, LearnedView)
        view.tabs.setCurrentIndex(tab)
        return world.window

    return show


def _dialogs() -> dict[str, Callable[[SurfaceWorld], QWidget]]:
    """Every dialog of ``ui/dialogs``, made as its menu or button makes it."""
    from infoview_gui.services.sync import Account
    from infoview_gui.ui.asking_actions import DeclineDialog, FollowUpDialog
    from infoview_gui.ui.dialogs.about import AboutDialog
    from infoview_gui.ui.dialogs.accounts import AccountsDialog
    from infoview_gui.ui.dialogs.backups import BackupsDialog
    from infoview_gui.ui.dialogs.bulk_work import BulkWorkDialog
    from infoview_gui.ui.dialogs.business_card import BusinessCardDialog
    from infoview_gui.ui.dialogs.call import CallDialog
    from infoview_gui.ui.dialogs.check_report import CheckReportDialog
    from infoview_gui.ui.dialogs.contact import ContactDialog
    from infoview_gui.ui.dialogs.conversation import ConversationDialog
    from infoview_gui.ui.dialogs.conversation_questions import ConversationQuestionsDialog
    from infoview_gui.ui.dialogs.conversation_thanks import ConversationThanksDialog
    from infoview_gui.ui.dialogs.criteria import CriteriaDialog
    from infoview_gui.ui.dialogs.export_dialog import ExportDialog
    from infoview_gui.ui.dialogs.field_edit import LinkDialog, RenameFieldDialog
    from infoview_gui.ui.dialogs.handover import HandOverDialog
    from infoview_gui.ui.dialogs.help_guide import HelpGuideDialog
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog
    from infoview_gui.ui.dialogs.merge import MergeDialog
    from infoview_gui.ui.dialogs.preferences import PreferencesDialog
    from infoview_gui.ui.dialogs.profile import ProfileDialog
    from infoview_gui.ui.dialogs.question import QuestionDialog
    from infoview_gui.ui.dialogs.records import FieldDialog, PlanInterviewDialog
    from infoview_gui.ui.dialogs.recovery import RecoveryDialog
    from infoview_gui.ui.dialogs.referral import ReferralDialog
    from infoview_gui.ui.dialogs.report_problem import ReportProblemDialog
    from infoview_gui.ui.dialogs.request import RequestDialog
    from infoview_gui.ui.dialogs.schedule import ScheduleDialog
    from infoview_gui.ui.dialogs.sync_password import SyncPasswordDialog
    from infoview_gui.ui.dialogs.tag_choice import (
        AddTagsDialog,
        RemoveTagDialog,
        RenameTagDialog,
    )
    from infoview_gui.ui.dialogs.takeover import TakeOverDialog
    from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
    from infoview_gui.ui.views.contact_deletion import DeletionWords

    def no_url(_url: QUrl) -> bool:
        return True

    def no_file(_parent: QWidget) -> str:
        return ""

    def menu_actions(world: SurfaceWorld) -> list[QAction]:
        bar = world.window.menuBar()
        return [a for menu in bar.findChildren(QMenu) for a in menu.actions()]

    # The core's own words, through its catalogue (the pseudo-locale wraps them).
    damaged = Diagnosis(Condition.DAMAGED, _("The data file is damaged: it is not a database."))
    w = world_parent
    return {
        "About": lambda s: AboutDialog(s.paths, w(s)),
        "Accounts": lambda s: AccountsDialog(w(s), passwords=s.window.sync.passwords),
        "Backups": lambda s: BackupsDialog(s.paths, s.events, w(s)),
        "Delete contacts": lambda s: BulkWorkDialog(  # its caller's words, translated there
            w(s),
            translate("ContactsView", "Delete contacts"),
            DeletionWords().deleting(60),
        ),
        "Business card": lambda s: BusinessCardDialog(
            s.ids["Cy"], w(s), cards_dir=s.paths.cards_dir, pick_file=no_file
        ),
        "Call": lambda s: CallDialog(s.ids["Di"], w(s)),
        "Check database": lambda s: CheckReportDialog(s.paths, s.events, w(s)),
        "Add contact": lambda s: ContactDialog(w(s), field_id=s.ids["field"]),
        "Edit contact": lambda s: ContactDialog(w(s), contact_id=s.ids["Cy"]),
        "Add tags": lambda s: AddTagsDialog([s.ids["Cy"], s.ids["Di"]], w(s)),
        "Remove a tag": lambda s: RemoveTagDialog([s.ids["Cy"], s.ids["Di"]], w(s)),
        "Rename a tag": lambda s: RenameTagDialog(w(s)),
        "Add conversation": lambda s: ConversationDialog(w(s), contact_id=s.ids["Cy"]),
        "Conversation": lambda s: ConversationDialog(w(s), conversation_id=s.ids["conversation"]),
        "Second interview": lambda s: ConversationDialog(
            w(s), conversation_id=s.ids["second_interview"]
        ),
        "Follow-up questions": lambda s: ConversationQuestionsDialog(
            s.ids["second_list"], "Second interview with Cy Doe", s.events, w(s)
        ),
        "Thank for a conversation": lambda s: ConversationThanksDialog(
            s.ids["conversation"], w(s), opener=no_url, today=lambda: DUE
        ),
        "Criteria": lambda s: CriteriaDialog(s.events, s.ids["field"], "Nursing", w(s)),
        "Export": lambda s: ExportDialog(s.events, w(s), folder=s.paths.data_dir),
        "Rename career field": lambda s: RenameFieldDialog(s.ids["field"], "Nursing", w(s)),
        "Add link": lambda s: LinkDialog(s.ids["field"], "Nursing", w(s)),
        "Guide and shortcuts": lambda s: HelpGuideDialog(menu_actions(s), w(s)),
        "Import": lambda s: ImportDialog(s.events, w(s), paths=s.paths),
        "Import columns": _import_columns,
        "Import likely matches": _import_likely,
        "Possible duplicates": _duplicates,
        "Merge contacts": lambda s: MergeDialog(w(s), s.events, s.ids["Ana"], s.ids["Ben"]),
        "Decline": lambda s: DeclineDialog(
            asking.request_for(contact_id=s.ids["Ben"]), w(s), opener=no_url, today=lambda: DUE
        ),
        "Follow up": lambda s: FollowUpDialog(
            asking.request_for(contact_id=s.ids["Ben"]), w(s), opener=no_url
        ),
        "Preferences": lambda s: PreferencesDialog(w(s)),
        "Profile": lambda s: ProfileDialog(w(s)),
        "Profile at first start": lambda s: ProfileDialog(w(s), first_start=True),
        "Add question": lambda s: QuestionDialog(w(s)),
        "Add career field": lambda s: FieldDialog(w(s)),
        "Plan interview": lambda s: PlanInterviewDialog(w(s)),
        "Recovery": lambda s: RecoveryDialog(s.paths, damaged, w(s)),
        "Report a problem": lambda s: ReportProblemDialog(s.paths, w(s), opener=no_url),
        "Request": lambda s: RequestDialog(s.ids["Di"], w(s), opener=no_url),
        "They suggested someone": lambda s: ReferralDialog(s.ids["Cy"], "Cy Park", w(s)),
        "Search everything": _search,
        "Sync password": lambda s: SyncPasswordDialog(
            Account("https://dav.example.org/", "student"), w(s)
        ),
        "Sync conflicts": _sync_conflicts,
        "Schedule": lambda s: ScheduleDialog(s.ids["Cy"], w(s), accepted_on=date(2026, 3, 4)),
        "Thank you": lambda s: ThankYouDialog(
            s.ids["held"], w(s), opener=no_url, today=lambda: DUE
        ),
        "Hand over": lambda s: HandOverDialog(s.paths, s.events, w(s)),
        "Take over": lambda s: TakeOverDialog(s.paths, s.events, w(s), found=_found(s)),
    }


def _found(world: SurfaceWorld) -> Found:
    """A hand-over from another computer, when the data here changed too: the choice."""
    from infoview_gui.domain.handover import Manifest, Verdict, data_file_name

    when = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
    made = Manifest(when, "laptop", "f" * 32, "c" * 40, "a" * 40, data_file_name(when), 1, 1)
    return Found(world.paths.data_dir, made, Verdict.BOTH)


ANY_CSV = (
    "Name,Mail,Employer,Förnamn,Remarks\n"
    "Tom Reed,tom@example.org,Acme Health,Tom,met at the careers fair\n"
)


def _sync_conflicts(world: SurfaceWorld) -> QWidget:
    """Tools > Accounts > Choose…: Cy's job title changed both here and on the phone."""
    from infoview_gui.store.models import Contact, SyncAccount, SyncConflict, SyncItem
    from infoview_gui.ui.dialogs.sync_conflicts import SyncConflictsDialog

    cy = Contact.get_by_id(world.ids["Cy"])
    account = SyncAccount.create(server_url="https://dav.example.org/", user_name="student")
    item = SyncItem.create(account=account, kind="contact", uid=cy.uid, href="/ab/cy.vcf")
    SyncConflict.create(
        item=item, what="title", local_value="Ward manager", server_value="Head nurse", found_at=NOW
    )
    return SyncConflictsDialog(world.events, world_parent(world))


def _search(world: SurfaceWorld) -> QWidget:
    """Edit > Search everything, with results for a word the data holds."""
    from infoview_gui.ui.dialogs.search import SearchDialog

    dialog = SearchDialog(world_parent(world))
    dialog.box.setText("a")
    return dialog


def _import_columns(world: SurfaceWorld) -> QWidget:
    """File > Import at its second page: which column of any other CSV is which detail."""
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page

    path = world.paths.data_dir / "people.csv"
    path.write_text(ANY_CSV, encoding="utf-8")
    dialog = ImportDialog(world.events, world_parent(world), path=str(path), paths=world.paths)
    dialog.next_button.click()
    world.qtbot.waitUntil(lambda: dialog.current_page() == Page.MAPPING, timeout=10_000)
    return dialog


LIKELY_CSV = (
    "Name,E-mail,Organisation,Job title\n"
    "Benjamin Doe,ben.doe@home.example,St Mary's Hospital,Ward manager\n"
    "Tom Reed,tom@example.org,Acme Health,Nurse\n"
)


def _import_likely(world: SurfaceWorld) -> QWidget:
    """File > Import's preview on the rows that look like a saved contact (Ben Doe)."""
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog, Page

    path = world.paths.data_dir / "likely.csv"
    path.write_text(LIKELY_CSV, encoding="utf-8")
    dialog = ImportDialog(world.events, world_parent(world), path=str(path), paths=world.paths)
    dialog.next_button.click()
    world.qtbot.waitUntil(lambda: dialog.current_page() == Page.MAPPING, timeout=10_000)
    dialog.next_button.click()
    world.qtbot.waitUntil(
        lambda: dialog.plan is not None and not dialog.is_working(), timeout=10_000
    )
    dialog.preview_page.tabs.setCurrentIndex(3)
    return dialog


def _duplicates(world: SurfaceWorld) -> QWidget:
    """Edit > Possible duplicates, once its worker has compared the contacts."""
    from infoview_gui.ui.dialogs.duplicates import DuplicatesDialog

    dialog = DuplicatesDialog(world_parent(world), world.events)
    world.qtbot.waitUntil(lambda: not dialog.runner.is_busy(), timeout=10_000)
    world.qtbot.waitUntil(lambda: not dialog.status.text().startswith("Looking"), timeout=10_000)
    return dialog


def _question_bank(world: SurfaceWorld) -> QWidget:
    """Questions at its second tab: the bank (built when first shown)."""
    from infoview_gui.ui.views.questions import QuestionsView

    world.window.show_view(ViewId.QUESTIONS)
    view = world.window.view(ViewId.QUESTIONS)
    assert isinstance(view, QuestionsView)
    view.tabs.setCurrentWidget(view.bank_tab)
    return world.window


def world_parent(world: SurfaceWorld) -> QWidget:
    """The parent a dialog gets: the main window, as in the app."""
    return world.window


VIEW_SURFACES: dict[str, Callable[[SurfaceWorld], QWidget]] = {
    VIEW_TITLES[view]: _view(view) for view in ViewId
}
GUIDE_SURFACES: dict[str, Callable[[SurfaceWorld], QWidget]] = {
    f"Guide step {int(page)}": _guide_page(page) for page in PageId
}
OTHER_SURFACES: dict[str, Callable[[SurfaceWorld], QWidget]] = {
    "Interview mode": _interview_mode,
    "Follow-up interview mode": _conversation_mode,
    "What I learned: side by side": _learned_tab(1),
    "What I learned: progress": _learned_tab(2),
    "Questions: question bank": _question_bank,
}
DIALOG_NAMES = tuple(_dialogs())
SURFACE_NAMES: tuple[str, ...] = (
    *VIEW_SURFACES,
    *GUIDE_SURFACES,
    *OTHER_SURFACES,
    *DIALOG_NAMES,
)


def _factory(name: str) -> Callable[[SurfaceWorld], QWidget]:
    makers = {**VIEW_SURFACES, **GUIDE_SURFACES, **OTHER_SURFACES, **_dialogs()}
    return makers[name]


def open_surface(world: SurfaceWorld, name: str) -> QWidget:
    """Show the surface ``name`` and return its top-level widget, laid out and exposed."""
    top = _factory(name)(world)
    if top is not world.window:
        world.qtbot.addWidget(top)
        world.opened[name] = top
        if not top.isWindow():  # pragma: no cover - every surface is a window today
            raise AssertionError(f"{name} is not a window")
    top.show()
    world.qtbot.waitExposed(top)
    QApplication.processEvents()
    return top


def close_surface(world: SurfaceWorld, name: str) -> None:
    """Close what ``open_surface`` opened (views stay: the main window is shared)."""
    top = world.opened.pop(name, None)
    if top is not None:
        top.hide()
        # Freed with its last Python reference, not by deleteLater: a later event loop (a
        # wait for a worker) would delete it under qtbot, which still closes it at teardown.
        top.setParent(None)
        QApplication.processEvents()


def each_surface(
    world: SurfaceWorld, names: tuple[str, ...] = SURFACE_NAMES
) -> Iterator[tuple[str, QWidget]]:
    """Yield every surface by name, shown; each is closed before the next is shown."""
    for name in names:
        top = open_surface(world, name)
        try:
            yield name, top
        finally:
            close_surface(world, name)


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    """Yield ``top`` and every descendant a user can see now (shown, not hidden by a parent).

    Widgets of another window (a dialog parented to the main window) are left out, and so
    are widgets of pages not shown in a stacked widget or a tab.
    """
    yield top
    for child in top.findChildren(QWidget):
        if child.window() is top.window() and child.isVisible() and child.width() > 0:
            yield child


def widget_path(widget: QWidget) -> str:
    """Name a widget for a failure message: its class, object name and a little text."""
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        label = type(current).__name__
        if current.objectName():
            label += f"#{current.objectName()}"
        names.append(label)
        current = current.parentWidget()
    text = getattr(widget, "text", None)
    shown = ""
    if callable(text):
        value = text()
        if isinstance(value, str) and value:
            shown = f" {value[:40]!r}"
    return " < ".join(names) + shown


__all__ = [
    "DIALOG_NAMES",
    "SURFACE_NAMES",
    "SurfaceWorld",
    "close_surface",
    "each_surface",
    "open_surface",
    "populate",
    "visible_widgets",
    "widget_path",
]
