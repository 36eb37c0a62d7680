"""The JSON backup written and read record by record, so that its size never sits in memory.

The writer puts each row on a line of its own (still one JSON document, as
``json_backup`` describes it); the reader takes any such document, on one line or many,
in chunks: the skeleton (the header's values, the ``tables`` object, each table's
``columns`` and ``rows``) is walked by hand and each row is decoded by the standard
``json`` decoder alone. A table's columns must come before its rows, and the header
before the tables, as InfoView writes them; anything else is refused as damaged.

Pure: no database, only a file handle in and out.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.json_backup import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BackupError,
    Value,
    check_header,
    damaged,
    decode_row,
    encode_row,
    looks_like_backup,
)

CHUNK_CHARS = 1 << 16
"""Bytes read at a time: a few rows; small enough that memory stays flat."""
_WHITESPACE = " \t\r\n"


def _not_json() -> str:
    return _("This file is not an InfoView backup: it is not valid JSON.")


_DECODER = json.JSONDecoder()


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def is_backup_file(path: str | os.PathLike[str]) -> bool:
    """Whether the file at ``path`` starts like an InfoView backup (False if unreadable)."""
    try:
        with open(path, "rb") as handle:
            return looks_like_backup(handle.read(512))
    except OSError:
        return False


class BackupWriter:
    """Writes a backup to a text handle, one row at a time."""

    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle
        self._tables = 0

    def begin(self, *, schema_version: int, app_version: str, created_at: str) -> None:
        """Write the header, up to the start of the tables."""
        head = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "schema_version": schema_version,
            "app_version": app_version,
            "created_at": created_at,
        }
        self._handle.write(_dumps(head)[:-1] + ',"tables":{')

    def table(self, name: str, columns: Iterable[str], rows: Iterable[tuple[Value, ...]]) -> int:
        """Write one table, its rows as they come; return how many were written."""
        separator = "," if self._tables else ""
        self._tables += 1
        write = self._handle.write
        write(f'{separator}\n{_dumps(name)}:{{"columns":{_dumps(list(columns))},"rows":[')
        count = 0
        for row in rows:
            write(("\n" if count == 0 else ",\n") + _dumps(encode_row(row)))
            count += 1
        write("\n]}")
        return count

    def end(self) -> None:
        """Close the tables and the document."""
        self._handle.write("\n}}\n")


class _Scanner:
    """A window on a UTF-8 file, filled chunk by chunk, with JSON values decoded from it."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._text = ""
        self._at = 0
        self._eof = False
        self.bytes_read = 0

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._handle.read(CHUNK_CHARS)
        self.bytes_read += len(chunk)
        try:
            more = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            raise BackupError(_not_json()) from error
        self._eof = not chunk
        self._text = self._text[self._at :] + more
        self._at = 0
        return True

    def peek(self) -> str:
        """Return the next character that is not white space ("" at the end)."""
        while True:
            while self._at < len(self._text) and self._text[self._at] in _WHITESPACE:
                self._at += 1
            if self._at < len(self._text):
                return self._text[self._at]
            if not self._fill():
                return ""

    def take(self, expected: str, why: str) -> None:
        """Step over ``expected``, or refuse the file as damaged (``why``)."""
        if self.peek() != expected:
            raise damaged(why)
        self._at += 1

    def value(self) -> Any:
        """Decode the JSON value that starts here (read further while it is cut off)."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._text, self._at)
            except (json.JSONDecodeError, RecursionError) as error:
                if self._fill():
                    continue
                raise BackupError(_not_json()) from error
            if end == len(self._text) and self._fill():
                continue  # a number cut at the chunk's end may go on
            self._at = end
            return value


class BackupReader:
    """Reads a backup from a binary handle: the header at once, the rows as asked.

    Raises (from the constructor and while iterating):
        BackupError: the file is not a backup, is damaged, or comes from a newer InfoView.
    """

    def __init__(self, handle: IO[bytes], *, schema_version: int) -> None:
        self._scan = _Scanner(handle)
        if self._scan.peek() != "{":
            raise BackupError(_("This file is not an InfoView backup."))
        self._scan.take("{", _("it is not a JSON object"))
        header: dict[str, object] = {}
        while self._scan.peek() == '"':
            key = self._scan.value()
            self._scan.take(":", _("a value has no name"))
            if key == "tables":
                break
            header[key] = self._scan.value()
            if self._scan.peek() == ",":
                self._scan.take(",", "")
        else:
            check_header(header, schema_version)
            raise damaged(_("it has no tables"))
        self.schema_version = check_header(header, schema_version)
        self.app_version = str(header.get("app_version", ""))
        self.created_at = str(header.get("created_at", ""))

    @property
    def bytes_read(self) -> int:
        """How much of the file has been read so far."""
        return self._scan.bytes_read

    def tables(self) -> Iterator[tuple[str, tuple[str, ...], Iterator[tuple[Value, ...]]]]:
        """Yield each table's name, columns and rows; read its rows before the next table."""
        scan = self._scan
        scan.take("{", _("it has no tables"))
        while scan.peek() == '"':
            name = str(scan.value())
            scan.take(":", _("table {name} is not a table").format(name=name))
            scan.take("{", _("table {name} is not a table").format(name=name))
            columns = self._columns(name)
            rows = self._rows(name, columns)
            yield name, columns, rows
            for _row in rows:  # the caller stopped early: step over the rest
                pass
            scan.take("}", _("table {name} has more than columns and rows").format(name=name))
            if scan.peek() == ",":
                scan.take(",", "")
        scan.take("}", _("its tables do not end"))
        self._rest()

    def _columns(self, name: str) -> tuple[str, ...]:
        scan = self._scan
        no_columns = _("table {name} has no column names").format(name=name)
        no_rows = _("table {name} has no rows").format(name=name)
        if scan.peek() != '"' or scan.value() != "columns":
            raise damaged(no_columns)
        scan.take(":", no_columns)
        columns = scan.value()
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            raise damaged(no_columns)
        scan.take(",", no_rows)
        if scan.peek() != '"' or scan.value() != "rows":
            raise damaged(no_rows)
        scan.take(":", no_rows)
        return tuple(columns)

    def _rows(self, name: str, columns: tuple[str, ...]) -> Iterator[tuple[Value, ...]]:
        scan = self._scan
        no_rows = _("table {name} has no rows").format(name=name)
        scan.take("[", no_rows)
        number = 0
        while scan.peek() != "]":
            if number:
                if scan.peek() != ",":
                    raise damaged(
                        _("row {number} of table {name} does not end").format(
                            number=number, name=name
                        )
                    )
                scan.take(",", "")
            number += 1
            yield decode_row(scan.value(), columns, name, number)
        scan.take("]", no_rows)

    def _rest(self) -> None:
        """Step over what follows the tables (values InfoView does not read) to the end."""
        scan = self._scan
        while scan.peek() == ",":
            scan.take(",", "")
            scan.value()
            scan.take(":", _("a value has no name"))
            scan.value()
        scan.take("}", _("it does not end"))
        if scan.peek():
            raise BackupError(_not_json())
