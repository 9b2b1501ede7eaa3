"""Reading a JSON export row by row, so a big one never sits in memory as text as well.

``export_json`` writes a fixed layout: the header's keys one per line, then each
table's name on a line of its own and each row as one JSON object per line.
``read_export_rows`` reads exactly that layout a line at a time and parses each
line on its own, so at any moment the memory holds the rows read so far and one
line (not the file's bytes, nor its text, beside them). Column names and repeated
values (a recovery step's detail copied into every plan, dates, stage names) are
kept once.

Anything else (a file edited by hand, pretty-printed or minified by another tool,
or not valid at all) returns None, and the caller parses the whole file as usual,
which also gives the precise message for a broken one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bounceback_tui.transfer.json_checks import short

# Strings up to this length are kept once however often they repeat (longer ones rarely do).
_SHARE_UP_TO = 4096


class _NotOurLayout(Exception):
    pass


def object_without_twins(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused (ValueError) if it says a key twice: the second said
    silently won ("setting" twice, a row's "stage" twice; an attacker's walk)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        keys = [key for key, _ in pairs]
        twin = next(key for index, key in enumerate(keys) if key in keys[:index])
        raise ValueError(f"the key {short(twin)!r} appears twice in one object")
    return found


def read_export_rows(path: Path, parse_constant: Any) -> dict[str, Any] | None:
    """The document, read row by row; None if the file is not in export_json's layout."""
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            return _Reader(parse_constant).read(handle)
    except (_NotOurLayout, ValueError, RecursionError, OSError):
        return None  # the whole-file parse explains what is wrong, if anything is


class _Reader:
    def __init__(self, parse_constant: Any) -> None:
        self.parse_constant = parse_constant
        self.shared: dict[str, str] = {}

    def _loads(self, text: str) -> Any:
        return json.loads(
            text, parse_constant=self.parse_constant, object_pairs_hook=object_without_twins
        )

    def read(self, handle: Any) -> dict[str, Any]:
        lines = iter(handle)
        if next(lines, "").strip() != "{":
            raise _NotOurLayout
        document: dict[str, Any] = {}
        for line in lines:
            text = line.strip()
            if text == '"tables": {':
                document["tables"] = self._tables(lines)
                break
            if not text.endswith(","):
                raise _NotOurLayout
            header = self._loads("{" + text[:-1] + "}")
            if any(key in document for key in header):
                raise _NotOurLayout  # the whole-file parse names the key said twice
            document.update(header)
        else:
            raise _NotOurLayout
        if next(lines, "").strip() != "}" or any(line.strip() for line in lines):
            raise _NotOurLayout
        return document

    def _tables(self, lines: Any) -> dict[str, list[Any]]:
        tables: dict[str, list[Any]] = {}
        for line in lines:
            text = line.strip()
            if text == "}":
                return tables
            name_part, colon, rest = text.rpartition(":")
            if not colon or rest.strip() not in ("[", "[]", "[],"):
                raise _NotOurLayout
            name = self._loads(name_part)
            if not isinstance(name, str) or name in tables:
                raise _NotOurLayout
            tables[name] = [] if rest.strip() != "[" else self._rows(lines)
        raise _NotOurLayout

    def _rows(self, lines: Any) -> list[Any]:
        rows: list[Any] = []
        shared = self.shared
        for line in lines:
            text = line.strip()
            if text in ("]", "],"):
                return rows
            row = self._loads(text[:-1] if text.endswith(",") else text)
            if isinstance(row, dict):
                # Each line is parsed on its own, so its column names would be new strings
                # in every row: they are shared too.
                row = {
                    shared.setdefault(key, key): shared.setdefault(value, value)
                    if type(value) is str and len(value) <= _SHARE_UP_TO
                    else value
                    for key, value in row.items()
                }
            rows.append(row)
        raise _NotOurLayout


class _TooLong:
    """A whole number with more digits than Python turns into one (``sys.int_info``'s
    4,300 by default), kept as its count of digits."""

    __slots__ = ("digits",)

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))


class _FoundTooLong(Exception):
    def __init__(self, key: str | None, digits: int) -> None:
        self.key, self.digits = key, digits


def far_too_long_number(text: str) -> str | None:
    """What to say of a document whose parse Python refused for a number's length: "the
    number given for 'salary_min' is far too long: 5,001 digits" (its object's key, when it
    has one). The refusal said "Exceeds the limit (4300 digits) for integer string conversion
    …; use sys.set_int_max_str_digits()" (an attacker's walk). Read again only after such a
    refusal, the numbers kept as their length; None when no number is too long."""
    limit = sys.get_int_max_str_digits()

    def number(digits: str) -> Any:
        return _TooLong(digits) if limit and len(digits.lstrip("-")) > limit else int(digits)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        for key, value in items:
            if (digits := _too_long_in(value)) is not None:
                raise _FoundTooLong(key, digits)
        return dict(items)

    try:
        document = json.loads(text, parse_int=number, object_pairs_hook=pairs)
    except _FoundTooLong as found:
        where = f" given for {short(found.key)!r}" if found.key is not None else " in it"
        return f"the number{where} is far too long: {found.digits:,} digits"
    except (ValueError, RecursionError):
        return None  # refused for another reason
    digits = _too_long_in(document)
    return None if digits is None else f"a number in it is far too long: {digits:,} digits"


def _too_long_in(value: Any) -> int | None:
    """The digits of a number too long in ``value``, itself or in its lists (an object's
    own values were looked at as it was read)."""
    if isinstance(value, _TooLong):
        return value.digits
    if isinstance(value, list):
        for item in value:
            if (digits := _too_long_in(item)) is not None:
                return digits
    return None
