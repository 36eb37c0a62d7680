"""Business cards: their details on the contact, and a photo or scan in the data folder.

The image arrives as bytes already checked, scaled and re-encoded by the UI (which has
Qt's image readers); this module checks the bytes again, writes them atomically under a
generated name in the data folder's ``cards/`` (private to the user) and records the name.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from infoview_gui.domain.business_card import (
    CardData,
    image_complete,
    image_kind,
    validated_card,
    with_card,
)
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import _
from infoview_gui.exchange.files import atomic_write
from infoview_gui.paths import DIR_MODE, AppPaths
from infoview_gui.services.contacts import load_contact, update_contact
from infoview_gui.services.request_records import contact_row
from infoview_gui.store import connection
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, utc_now

MAX_IMAGE_BYTES = 15 * 1024 * 1024
_SUFFIXES = {"png": ".png", "jpeg": ".jpg"}
_SAFE_NAME = re.compile(r"^card-\d+-[0-9a-f]{32}\.(png|jpg)$")


def cards_dir_of_store() -> Path:
    """Return the ``cards/`` folder of the data folder whose database is open."""
    return AppPaths(connection.open_path().parent).cards_dir


def load_card(contact_id: int) -> CardData:
    """Return the business card stored on a contact (empty when none was typed)."""
    row = contact_row(contact_id)
    return CardData(**{name: str(getattr(row, f"card_{name}")) for name in asdict(CardData())})


def save_card(*, contact_id: int, card: CardData) -> CardData:
    """Store the card's details on the contact, as the card says them; return them."""
    clean = validated_card(card)
    values = {f"card_{name}": value for name, value in asdict(clean).items()}
    with database.atomic():
        contact_row(contact_id)
        Contact.update(updated_at=utc_now(), **values).where(Contact.id == contact_id).execute()
    return clean


def apply_card(*, contact_id: int, fields: Sequence[str]) -> None:
    """Copy the chosen details of the stored card onto the contact itself.

    The contact is saved through ``update_contact``, so its search text and duplicate
    keys follow the new details.
    """
    if not fields:
        return
    with database.atomic():
        updated = with_card(load_contact(contact_id), load_card(contact_id), fields)
        update_contact(contact_id=contact_id, contact=updated)


def keep_card(*, contact_id: int, card: CardData, fields: Sequence[str]) -> None:
    """Store the card and copy the chosen details onto the contact, all or nothing."""
    with database.atomic():
        save_card(contact_id=contact_id, card=card)
        apply_card(contact_id=contact_id, fields=fields)


def check_image(data: bytes) -> str:
    """Return the file suffix for an image's bytes, or refuse them with the reason.

    Raises:
        ValidationError: for a file that is too big, not a PNG or JPEG, or cut short.
    """
    if len(data) > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // (1024 * 1024)
        raise ValidationError(
            "card_image", _("The image is larger than {limit} MB.").format(limit=limit)
        )
    kind = image_kind(data)
    if kind is None:
        raise ValidationError(
            "card_image", _("This file is not a PNG or JPEG image: choose a photo or scan.")
        )
    if not image_complete(data):
        raise ValidationError(
            "card_image", _("This image is damaged or incomplete (the file ends too early).")
        )
    return _SUFFIXES[kind]


def attach_card_image(*, contact_id: int, data: bytes, cards_dir: Path) -> str:
    """Keep a photo or scan of the contact's card; return its file name in ``cards_dir``.

    The folder is created private to the user (0700) and the file written atomically,
    private (0600), under a generated name. A previous image of the card is removed.

    Raises:
        ValidationError: when the bytes are not a whole PNG or JPEG.
        OSError: when the data folder cannot be written (full disk, no permission).
    """
    contact_row(contact_id)
    name = _write_image(contact_id, data, cards_dir)
    with _kept_unless_failed(cards_dir, name):
        previous = _set_image(contact_id, name)
    _remove_file(cards_dir, previous)
    return name


def update_card(
    *,
    contact_id: int,
    card: CardData,
    fields: Sequence[str],
    cards_dir: Path,
    image: bytes | None = None,
    remove_image: bool = False,
) -> None:
    """Keep the card, copy the chosen details onto the contact and keep its photo, all or nothing.

    The business card dialog's one action. A new photo (``image``) is written first under
    a new name, then the database changes in one transaction; if that fails the new file
    is deleted again, so no stray file is left and the old photo stays. The old photo's
    file is deleted only once the change is committed (``remove_image`` drops it).

    Raises:
        ValidationError: a detail or the image is not acceptable; nothing was saved.
        OSError: the photo could not be written; nothing was saved.
    """
    validated_card(card)
    contact_row(contact_id)
    name = None if image is None else _write_image(contact_id, image, cards_dir)
    with _kept_unless_failed(cards_dir, name), database.atomic():
        keep_card(contact_id=contact_id, card=card, fields=fields)
        previous = _set_image(contact_id, name) if name or remove_image else ""
    _remove_file(cards_dir, previous)


def _write_image(contact_id: int, data: bytes, cards_dir: Path) -> str:
    """Write checked image bytes under a new private name in ``cards_dir``; return it."""
    suffix = check_image(data)
    _ensure_private_dir(cards_dir)
    name = f"card-{contact_id}-{uuid.uuid4().hex}{suffix}"
    atomic_write(cards_dir / name, data)
    return name


@contextlib.contextmanager
def _kept_unless_failed(cards_dir: Path, name: str | None) -> Iterator[None]:
    """Delete the file just written (``name``) when the block raises."""
    try:
        yield
    except BaseException:
        if name is not None:
            _remove_file(cards_dir, name)
        raise


def _set_image(contact_id: int, name: str | None) -> str:
    """Record the card's image file name ("" or None: none); return the previous one."""
    with database.atomic():
        previous = str(contact_row(contact_id).card_image)
        Contact.update(card_image=name or "", updated_at=utc_now()).where(
            Contact.id == contact_id
        ).execute()
    return previous


def remove_card_image(*, contact_id: int, cards_dir: Path) -> None:
    """Forget the contact's card image and delete its file."""
    _remove_file(cards_dir, _set_image(contact_id, None))


def card_image_path(contact_id: int, cards_dir: Path) -> Path | None:
    """Return the file of the contact's card image, or None when there is none."""
    name = str(contact_row(contact_id).card_image)
    if not _SAFE_NAME.match(name):
        return None  # never follow a name that could point outside the folder
    path = cards_dir / name
    return path if is_card_file(path, cards_dir) else None


def is_card_file(path: Path, cards_dir: Path) -> bool:
    """Tell whether ``path`` is a regular file right inside ``cards_dir``, not a link.

    A symbolic link (or a folder that is one) could lead to any file of the computer,
    which would then be shown, printed and exported as a business card.
    """
    try:
        found = os.lstat(path)
        inside = path.resolve(strict=True).parent == cards_dir.resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return stat.S_ISREG(found.st_mode) and inside and not cards_dir.is_symlink()


def _ensure_private_dir(folder: Path) -> None:
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, DIR_MODE)


def _remove_file(folder: Path, name: str) -> None:
    if _SAFE_NAME.match(name):
        with contextlib.suppress(OSError):
            (folder / name).unlink()
