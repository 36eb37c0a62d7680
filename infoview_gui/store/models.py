"""The tables of InfoView, as Peewee models.

Every enumeration is kept to its values by a CHECK constraint; every foreign key says
deliberately what happens when its parent goes. Times are stored as ISO 8601 text in
UTC; dates as ISO dates.
"""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    Check,
    CompositeKey,
    DateField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    Node,
    TextField,
)

from infoview_gui.domain.contact_points import PointKind, PointLabel
from infoview_gui.domain.enums import (
    Channel,
    Decidedness,
    FieldStatus,
    InterviewStatus,
    MeetingFormat,
    Source,
    Topic,
)
from infoview_gui.domain.learned import TOPIC_ORDER, VerifyMark
from infoview_gui.store.columns import IdField, UtcDateTimeField, between, one_of
from infoview_gui.store.columns import utc_now as utc_now  # the models module has always given it
from infoview_gui.store.database import database

_TAKEAWAY_TOPICS = ", ".join(f"'{topic}'" for topic in TOPIC_ORDER)


class BaseModel(Model):
    """Shared settings of every table."""

    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """A user preference stored with the data (paper size, follow-up days...)."""

    key = TextField(primary_key=True)
    value = TextField()


class Profile(BaseModel):
    """The user: fills the drafts and the sheets. There is at most one row."""

    id = AutoField()
    name = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    organisation = TextField(default="")
    address = TextField(default="")
    graduation = TextField(null=True)  # "YYYY-MM"
    decidedness = TextField(null=True, constraints=[one_of("decidedness", Decidedness, null=True)])
    time_zone = TextField(default="")
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        constraints = [Check("id = 1")]


class CareerField(BaseModel):
    """A career field the user is weighing."""

    id = IdField()
    name = TextField(constraints=[SQL("COLLATE NOCASE")], unique=True)
    status = TextField(
        default=FieldStatus.CONSIDERING.value, constraints=[one_of("status", FieldStatus)]
    )
    research_notes = TextField(default="")
    position = IntegerField(default=0)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)


class FieldLink(BaseModel):
    """A web page the user found while researching a field."""

    id = IdField()
    field = ForeignKeyField(CareerField, backref="links", on_delete="CASCADE")
    url = TextField()
    title = TextField(default="")
    position = IntegerField(default=0)


class ResearchItem(BaseModel):
    """A line of research, possibly flagged to verify in an interview."""

    id = IdField()
    field = ForeignKeyField(CareerField, backref="research_items", on_delete="CASCADE")
    text = TextField()
    verify = BooleanField(default=True)
    position = IntegerField(default=0)


class ImportBatch(BaseModel):
    """One import of contacts from a file, undoable as a whole."""

    id = IdField()
    created_at = UtcDateTimeField(default=utc_now)
    file_name = TextField(default="")
    format = TextField(default="")
    new_count = IntegerField(default=0)
    matched_count = IntegerField(default=0)
    rejected_count = IntegerField(default=0)
    undo_data = TextField(default="")  # JSON: the values that matched contacts had before
    undone_at = UtcDateTimeField(null=True)


def _label_constraints(kind: str) -> list[Node]:
    """Return the default and CHECK of a primary point's label column (added by ALTER)."""
    return [SQL("DEFAULT 'other'"), one_of(f"{kind}_label", PointLabel)]


class Contact(BaseModel):
    """A person working in one of the fields."""

    id = IdField()
    first_name = TextField(default="")
    last_name = TextField(default="")
    title = TextField(default="")
    organisation = TextField(default="")
    location = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    profile_url = TextField(default="")
    source = TextField(default=Source.OTHER.value, constraints=[one_of("source", Source)])
    introduced_by_text = TextField(default="")
    introduced_by = ForeignKeyField("self", null=True, backref="introduced", on_delete="SET NULL")
    field = ForeignKeyField(
        CareerField, null=True, backref="contacts", on_delete="SET NULL", index=False
    )
    rank = FloatField(null=True)  # manual order within the field: gaps, renumbered now and then
    score = FloatField(null=True)  # weighted score on the field's criteria, kept by the services
    notes = TextField(default="")
    card_name = TextField(default="")
    card_title = TextField(default="")
    card_organisation = TextField(default="")
    card_email = TextField(default="")
    card_phone = TextField(default="")
    card_address = TextField(default="")
    card_website = TextField(default="")
    card_image = TextField(default="")  # file name inside the data folder's cards/
    import_batch = ForeignKeyField(ImportBatch, null=True, backref="contacts", on_delete="SET NULL")
    search_text = TextField(default="")  # lower-case, accent-free: the search box filters on it
    sort_name = TextField(default="", index=True)  # lower-case, accent-free "last first"
    email_key = TextField(default="", index=True)
    url_key = TextField(default="", index=True)
    name_org_key = TextField(default="", index=True)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    # Added by schema version 2 (ALTER TABLE appends them, so they come last):
    email_label = TextField(default=PointLabel.OTHER.value, constraints=_label_constraints("email"))
    phone_label = TextField(default=PointLabel.OTHER.value, constraints=_label_constraints("phone"))
    profile_url_label = TextField(
        default=PointLabel.OTHER.value, constraints=_label_constraints("profile_url")
    )
    uid = TextField(default="", constraints=[SQL("DEFAULT ''")], index=True)
    # Added by schema version 4: a professional suggested this person ("who else?").
    referral = BooleanField(
        default=False, constraints=[SQL("DEFAULT 0"), Check("referral IN (0, 1)")]
    )

    class Meta:
        indexes = ((("field", "rank"), False), (("last_name", "first_name"), False))


class Point(BaseModel):
    """A further email, phone or web address of a contact (the primary ones are on it)."""

    id = IdField()
    contact = ForeignKeyField(Contact, backref="points", on_delete="CASCADE")
    kind = TextField(constraints=[one_of("kind", PointKind)])
    label = TextField(default=PointLabel.OTHER.value, constraints=[one_of("label", PointLabel)])
    value = TextField()
    position = IntegerField(default=0)

    class Meta:
        table_name = "contact_point"


class Criterion(BaseModel):
    """A ranking criterion of a field, with its weight."""

    id = IdField()
    field = ForeignKeyField(CareerField, backref="criteria", on_delete="CASCADE")
    name = TextField()
    weight = IntegerField(default=3, constraints=[between("weight", 0, 5)])
    position = IntegerField(default=0)


class CriterionScore(BaseModel):
    """How a contact scores on one criterion."""

    contact = ForeignKeyField(Contact, backref="scores", on_delete="CASCADE")
    criterion = ForeignKeyField(Criterion, backref="scores", on_delete="CASCADE")
    score = IntegerField(constraints=[between("score", 0, 5)])

    class Meta:
        primary_key = CompositeKey("contact", "criterion")


class Interview(BaseModel):
    """A request for an informational interview, and the interview it becomes."""

    id = IdField()
    contact = ForeignKeyField(Contact, backref="interviews", on_delete="CASCADE")
    field = ForeignKeyField(CareerField, null=True, backref="interviews", on_delete="SET NULL")
    status = TextField(
        default=InterviewStatus.NOT_ASKED.value, constraints=[one_of("status", InterviewStatus)]
    )
    channel = TextField(null=True, constraints=[one_of("channel", Channel, null=True)])
    requested_on = DateField(null=True)
    responded_on = DateField(null=True)
    follow_up_on = DateField(null=True)
    scheduled_start = UtcDateTimeField(null=True)
    time_zone = TextField(default="")
    duration_min = IntegerField(default=30, constraints=[between("duration_min", 1, 600)])
    format = TextField(null=True, constraints=[one_of("format", MeetingFormat, null=True)])
    place = TextField(default="")
    checklist = IntegerField(default=0)  # bit flags, see domain
    notes = TextField(default="")
    request_draft = TextField(default="")
    call_log = TextField(default="")
    started_at = UtcDateTimeField(null=True)
    held_at = UtcDateTimeField(null=True)
    thank_you_due = DateField(null=True, index=True)
    thank_you_sent_on = DateField(null=True)
    note_card_sent_on = DateField(null=True)
    letter_sent_on = DateField(null=True)
    thank_you_point = TextField(default="")  # the specific thing they said, for the drafts
    thank_you_draft = TextField(default="")  # the user's edits: "Subject: ...\n\nbody"
    uid = TextField(unique=True)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        indexes = (
            (("status", "scheduled_start"), False),
            (("status", "thank_you_due", "held_at"), False),  # store.schema_agenda
            (("status", "requested_on", "follow_up_on", "contact_id"), False),
        )


class Question(BaseModel):
    """A question of the bank: built in, or the user's own."""

    id = IdField()
    text = TextField()
    topic = TextField(constraints=[one_of("topic", Topic)])
    decidedness_mask = IntegerField(default=7, constraints=[between("decidedness_mask", 0, 7)])
    stage_mask = IntegerField(default=7, constraints=[between("stage_mask", 0, 7)])
    builtin_key = TextField(null=True, unique=True)  # stable id of a shipped question
    builtin_text = TextField(null=True)  # the text as shipped: differs once the user edits
    hidden = BooleanField(default=False)
    minutes = FloatField(default=2.5)
    created_at = UtcDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("topic", "hidden"), False),)


class QuestionList(BaseModel):
    """The questions for an interview, a follow-up (``conversation_model``) or a field."""

    id = IdField()
    field = ForeignKeyField(CareerField, null=True, backref="question_lists", on_delete="CASCADE")
    interview = ForeignKeyField(
        Interview, null=True, unique=True, backref="question_lists", on_delete="CASCADE"
    )
    must_ask = IntegerField(default=3, constraints=[between("must_ask", 0, 1000)])
    conversation: ForeignKeyField  # a follow-up's list: made by store.conversation_model

    class Meta:
        constraints = [
            Check("field_id IS NOT NULL OR interview_id IS NOT NULL OR conversation_id IS NOT NULL")
        ]


class ListQuestion(BaseModel):
    """One question of a question list, in the user's order, with the answer notes."""

    id = IdField()
    question_list = ForeignKeyField(QuestionList, backref="items", on_delete="CASCADE", index=False)
    question = ForeignKeyField(Question, null=True, backref="uses", on_delete="SET NULL")
    text = TextField()
    position = FloatField()
    answer = TextField(default="")
    answered = BooleanField(default=False)

    class Meta:
        indexes = ((("question_list", "position"), False),)


class AnswerStar(BaseModel):
    """An answer the user starred on a field's "What I learned" page."""

    item = ForeignKeyField(ListQuestion, primary_key=True, backref="stars", on_delete="CASCADE")
    starred_at = UtcDateTimeField(default=utc_now)


class Takeaway(BaseModel):
    """What the user takes away from a field's answers on one topic, in their words."""

    id = IdField()
    field = ForeignKeyField(CareerField, backref="takeaways", on_delete="CASCADE", index=False)
    topic = TextField(constraints=[Check(f"topic IN ({_TAKEAWAY_TOPICS})")])
    text = TextField(default="")
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("field", "topic"), True),)


class ResearchCheck(BaseModel):
    """What the interviews made of a research line to verify: confirmed, corrected, open."""

    item = ForeignKeyField(ResearchItem, primary_key=True, backref="checks", on_delete="CASCADE")
    mark = TextField(default=VerifyMark.OPEN.value, constraints=[one_of("mark", VerifyMark)])
    said = TextField(default="")
    updated_at = UtcDateTimeField(default=utc_now)


class FitCriterion(BaseModel):
    """A criterion every field is rated on (interest, pay...), with its weight."""

    id = IdField()
    name = TextField(constraints=[SQL("COLLATE NOCASE")], unique=True)
    weight = IntegerField(default=3, constraints=[between("weight", 0, 5)])
    position = IntegerField(default=0)


class FitRating(BaseModel):
    """How well a field fits the user on one criterion, 0 to 5."""

    field = ForeignKeyField(CareerField, backref="fit_ratings", on_delete="CASCADE", index=False)
    criterion = ForeignKeyField(FitCriterion, backref="ratings", on_delete="CASCADE")
    score = IntegerField(constraints=[between("score", 0, 5)])

    class Meta:
        primary_key = CompositeKey("field", "criterion")


class KeepTouch(BaseModel):
    """How often the user keeps in touch with a contact; no row is off (schema_keep_touch)."""

    contact = ForeignKeyField(Contact, primary_key=True, backref="kept", on_delete="CASCADE")
    every = IntegerField(constraints=[between("every", 1, 52)])
    unit = TextField(constraints=[Check("unit IN ('weeks', 'months')")])
    snoozed_until = DateField(null=True)  # "Not now": the reminder comes back on this day
    set_on = DateField()


class Touch(BaseModel):
    """An update the user logged with a contact ("I did it"): an interaction like any other."""

    id = IdField()
    contact = ForeignKeyField(Contact, backref="touches", on_delete="CASCADE", index=False)
    on_day = DateField()
    note = TextField(default="", constraints=[SQL("DEFAULT ''")])
    logged_at = UtcDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("contact", "on_day"), False),)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Setting,
    Profile,
    CareerField,
    FieldLink,
    ResearchItem,
    ImportBatch,
    Contact,
    Point,
    Criterion,
    CriterionScore,
    Interview,
    Question,
    QuestionList,
    ListQuestion,
    AnswerStar,
    Takeaway,
    ResearchCheck,
    FitCriterion,
    FitRating,
    KeepTouch,
    Touch,
)

# Later steps' tables, in modules of their own: import them from here (see their docstrings).
from infoview_gui.store.conversation_model import Conversation as Conversation  # noqa: E402
from infoview_gui.store.tag_model import ContactTag as ContactTag  # noqa: E402
from infoview_gui.store.tag_model import Tag as Tag  # noqa: E402

ALL_MODELS += (Conversation, Tag, ContactTag)
from infoview_gui.store.sync_model import SyncAccount as SyncAccount  # noqa: E402
from infoview_gui.store.sync_model import SyncConflict as SyncConflict  # noqa: E402
from infoview_gui.store.sync_model import SyncItem as SyncItem  # noqa: E402

ALL_MODELS += (SyncAccount, SyncItem, SyncConflict)
