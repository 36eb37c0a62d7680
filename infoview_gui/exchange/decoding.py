"""From the bytes of a file to text: refuse what is not text, find the encoding.

Order: size, then file signatures (workbook, zip, PDF, images), then a byte-order mark,
then UTF-16 without a mark (told by its pattern of zero bytes), then UTF-8, then cp1252.
A file that is mostly valid UTF-8 with a few broken bytes is refused with the line of the
first broken byte rather than read as cp1252, which would garble every accented letter.
"""

from __future__ import annotations

import codecs
import re

from infoview_gui.domain.i18n import N_, _
from infoview_gui.exchange.records import MAX_FILE_BYTES, ImportFileError

NOT_TEXT = N_("This file is not text InfoView can read.")
WORKBOOK = N_("This is a spreadsheet workbook: save it as CSV first.")

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", WORKBOOK),
    (b"%PDF-", N_("This is a PDF document: InfoView reads CSV and vCard files.")),
    (b"\x1f\x8b", N_("This is a compressed file: extract it first.")),
    (b"\x89PNG", N_("This is a picture: InfoView reads CSV and vCard files.")),
    (b"\xff\xd8\xff", N_("This is a picture: InfoView reads CSV and vCard files.")),
    (b"GIF8", N_("This is a picture: InfoView reads CSV and vCard files.")),
    (b"{\\rtf", N_("This is a word-processor document: save it as CSV first.")),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Control characters that are rare in text files; tab, line ends, form feed, vertical
# tab (a line break inside spreadsheet cells) and ^Z (DOS end of file) are common.
# Random bytes read as cp1252 hold about 10% of these; text a person typed, almost none.
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_SAMPLE = 65_536
_CHARSET_FAMILIES = (
    "utf-",
    "ascii",
    "latin",
    "iso8859",
    "cp",
    "koi8",
    "mac-",
    "shift_jis",
    "euc",
    "gb",
    "big5",
    "iso2022",
    "johab",
    "hz",
    "tis",
)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the five bytes cp1252 leaves undefined as Latin-1, as Windows does."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("infoview-latin1", _latin1_fallback)


def check_container(data: bytes) -> None:
    """Refuse a file that is empty, too big, or a known kind of non-text file.

    Raises:
        ImportFileError: with a message saying what the file is and what to do.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("The file is larger than {value} MB.").format(value=MAX_FILE_BYTES // (1024 * 1024))
        )
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ImportFileError(_(_zip_message(data)))
    for signature, message in _SIGNATURES:
        if data.startswith(signature):
            raise ImportFileError(_(message))


def _zip_message(data: bytes) -> str:
    """Tell a workbook (xlsx, ods) from a plain zip archive by the names inside."""
    head = data[:65_536]
    if b"xl/" in head or b"[Content_Types].xml" in head or b"opendocument" in head:
        return WORKBOOK
    if b".csv" in head.lower() or b".vcf" in head.lower():
        return N_("This is a zip archive: extract the file inside it, then import that file.")
    return WORKBOOK


def unicode_codec(data: bytes) -> str | None:
    """Return the codec a byte-order mark or a UTF-16 zero-byte pattern shows, if any."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def check_text(text: str) -> None:
    """Refuse decoded text in which more than 5% of the characters are control characters.

    Raises:
        ImportFileError: when the text looks like binary data.
    """
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > 8 and controls > len(sample) // 20:
        raise ImportFileError(_(NOT_TEXT))


def decode_bytes(data: bytes) -> str:
    """Return the text of a file, without its byte-order mark.

    Raises:
        ImportFileError: when the file is not text InfoView can read.
    """
    check_container(data)
    codec = unicode_codec(data)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise ImportFileError(_(NOT_TEXT)) from error
    else:
        text = _decode_8bit(data)
    check_text(text)
    return text


def _decode_8bit(data: bytes) -> str:
    """Decode UTF-8 if it is UTF-8, cp1252 if it is clearly not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8 = _UTF8_SEQUENCE.findall(data)
        broken = len(_HIGH_BYTE.findall(data)) - sum(len(seq) for seq in utf8)
        if utf8 and len(utf8) >= broken:
            line = data.count(b"\n", 0, error.start) + 1
            raise ImportFileError(
                _(
                    "Line {line}: the file is UTF-8 text with damaged characters. Save it "
                    "again as UTF-8 and import it again."
                ).format(line=line)
            ) from error
    return data.decode("cp1252", errors="infoview-latin1")


def decode_value(data: bytes, charset: str | None) -> str:
    """Decode one value in its declared charset, else UTF-8, else cp1252; never fails."""
    for candidate in (_known_charset(charset), "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (UnicodeDecodeError, ValueError):
                continue
    return data.decode("cp1252", errors="infoview-latin1")


def _known_charset(charset: str | None) -> str | None:
    """Return the codec of a declared charset, only for ordinary text encodings.

    Codecs such as ``punycode`` or ``unicode_escape`` are refused: they are not charsets
    and some are slow on crafted input.
    """
    if not charset:
        return None
    try:
        name = codecs.lookup(charset.strip().strip('"')).name
    except (LookupError, ValueError):
        return None
    return name if name.startswith(_CHARSET_FAMILIES) else None


def sniff_delimiter(text: str) -> str:
    """Return the delimiter of a CSV text: comma, semicolon or tab.

    The header is the first line with a delimiter outside quotes (a preamble such as
    ``Notes:`` is skipped); the most frequent of the three there wins, comma on a tie.
    """
    for line in text[:_SAMPLE].splitlines()[:50]:
        counts = _count_outside_quotes(line)
        best = max(counts, key=lambda delimiter: counts[delimiter])
        if counts[best]:
            return best
    return ","


def _count_outside_quotes(line: str) -> dict[str, int]:
    """Count each candidate delimiter in ``line``, skipping quoted stretches."""
    unquoted = "".join(line.split('"')[0::2])
    return {delimiter: unquoted.count(delimiter) for delimiter in (",", ";", "\t")}
