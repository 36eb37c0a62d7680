"""The script for asking by phone, with what to say for each answer.

The lines to say speak to the professional (German "Sie", Spanish "usted"); the headings
speak to the user, as the window does.
"""

from __future__ import annotations

from infoview_gui.domain.draft_parts import Recipient, connection, flat, interest, lines, who_i_am
from infoview_gui.domain.draft_words import field_in_sentence
from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.profile import ProfileData


def call_script(
    profile: ProfileData, recipient: Recipient, field_name: str, *, how_found: str = ""
) -> str:
    """Return a script for asking by phone, with what to say for each answer."""
    user = flat(profile.name)
    intro = " ".join(
        part
        for part in (
            _("Hello, my name is {name}.").format(name=user) if user else _("Hello."),
            connection(recipient, how_found),
            who_i_am(profile, None),
            interest(profile, recipient, field_in_sentence(field_name)),
            _(
                "Would you have 20 to 30 minutes to talk with me, in person, by phone or by "
                "video call, in the coming weeks?"
            ),
        )
        if part
    )
    name = recipient.name
    sections = [
        _("Hello, may I speak to {name}?").format(name=name) if name else "",
        intro,
        *(_(answer) for answer in _CALL_ANSWERS),
        _voicemail(profile),
    ]
    return "\n\n".join(section for section in sections if section)


_CALL_ANSWERS = (
    N_(
        "If they say yes:\nThank you! What day and time would suit you, and would you prefer "
        "to meet in person, by phone or by video call? Repeat the day, time and place back to "
        "them before you hang up."
    ),
    N_("If now is not a good time:\nWhen would be a better time for me to call back?"),
    N_(
        "If they say no:\nThank you for your time. Is there a colleague you would suggest I "
        "speak to?"
    ),
)
"""What to say for each answer: the headings speak to the user, the lines to the person."""


def _voicemail(profile: ProfileData) -> str:
    """Return what to say to an answering machine, with how to be reached back, or ""."""
    reach = lines(profile.phone, profile.email)
    if not reach:
        return ""
    how = (
        _("{phone} or {email}").format(phone=reach[0], email=reach[1])
        if len(reach) > 1
        else reach[0]
    )
    return _(
        "If you reach voicemail:\nSay your name and why you are calling, then how to reach "
        "you: {how}. Speak slowly."
    ).format(how=how)
