"""The ``[care]`` section of ``settings.toml``: the person's country and their own support
number, for the "If you are struggling" screen.

Kept in the settings file rather than the store on purpose: that screen must open when the
store cannot (damaged, newer, locked). Standard library only (``tomllib``), and nothing here
touches the store. The settings screen writes it; a person may also edit it by hand::

    [care]
    country = "GB"
    support_name = "Sam (my sister)"
    support_number = "+44 7700 900123"

Writing keeps everything else in the file as it was (the ``[keymap]`` above all): a save
changes one field, over what the file holds now, so two windows' settings screens keep each
other's fields; a field changed in the file since the screen read it is not overwritten
unseen (``CareChanged``). The file is written whole to a private temporary file and moved
into place, after checking that it reads back as before with just that change.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from bounceback_tui.domain.crisis_lines import COUNTRY_TYPED_LIMIT, normalize_country
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import BouncebackError, FieldError, ValidationError
from bounceback_tui.paths import (
    FILE_MODE,
    SETTINGS_MAX_BYTES,
    NotASettingsFile,
    ensure_private_dir,
    link_to_nothing,
    read_settings_bytes,
    shown_path,
)

SECTION = "care"
MAX_FILE_BYTES = SETTINGS_MAX_BYTES
NAME_LIMIT = 80
NUMBER_LIMIT = 40
# The fields, in the file's (and the screen's) order, with the screen's names for them.
LABELS = {"country": "Country", "support_name": "Someone to call", "support_number": "Their number"}
FIELDS = tuple(LABELS)
# The most characters each field takes: the settings screen's fields take no more.
LIMITS = {
    "country": COUNTRY_TYPED_LIMIT,
    "support_name": NAME_LIMIT,
    "support_number": NUMBER_LIMIT,
}
# Its length is NUMBER_LIMIT's to say (a second limit here refused 31 to 40 characters as
# "not digits").
_NUMBER = re.compile(r"^\+?[0-9][0-9 ()./-]*[0-9]$|^[0-9]$")


@dataclass(frozen=True)
class CareSettings:
    country: str = ""
    support_name: str = ""
    support_number: str = ""
    problem: str = ""  # a sentence when the file (or a field of it) could not be used


def validate_care(values: Mapping[str, str]) -> CareSettings:
    errors: list[FieldError] = []
    country = ""
    try:
        country = normalize_country(values.get("country") or "")
    except ValueError as exc:
        errors.append(FieldError("country", str(exc)))
    name = clean_text(
        values.get("support_name"), "support_name", "The name", errors, limit=NAME_LIMIT
    )
    number = clean_text(
        values.get("support_number"), "support_number", "The number", errors, limit=NUMBER_LIMIT
    )
    if number and not _NUMBER.match(number):
        errors.append(
            FieldError(
                "support_number",
                "Write the number with digits, spaces, dashes or brackets, and + first if "
                "you like.",
            )
        )
    if errors:
        raise ValidationError(errors)
    return CareSettings(country, name, number)


@dataclass(frozen=True)
class CareRead:
    """The ``[care]`` section as the settings screen reads it: ``care`` what can be used, and
    ``written`` each field as the file has it (even one ``care`` leaves out), which a save
    names so that a change made since (another window, a hand edit) is not overwritten."""

    care: CareSettings
    written: dict[str, str]


def _written(data: Mapping[str, object]) -> dict[str, str]:
    table = data.get(SECTION)
    table = table if isinstance(table, dict) else {}
    return {
        key: value if isinstance(value, str) else ("" if value is None else str(value))
        for key in FIELDS
        for value in [table.get(key)]
    }


def _read_text(path: Path) -> str:
    """The file's text ("" when there is none); OSError (NotASettingsFile for a pipe, a
    device or a file too large) or UnicodeDecodeError otherwise."""
    try:
        # A BOM ("UTF-8 with BOM") is skipped; the file is written back without one.
        return read_settings_bytes(path, MAX_FILE_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        return ""


def read_care(path: Path) -> CareRead:
    """``load_care``, with the fields as written."""
    try:
        text = _read_text(path)
        if not text and (broken := link_to_nothing(path)):
            # Read as an empty file without a word, where the keymap said it (ui/keymap.py).
            raise NotASettingsFile(broken)
        data = tomllib.loads(text)
    except NotASettingsFile as exc:
        return CareRead(CareSettings(problem=f"{exc}; it was not read."), _written({}))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return CareRead(
            CareSettings(problem=f"{path.name} could not be read ({exc})."), _written({})
        )
    written = _written(data)
    table = data.get(SECTION)
    if not isinstance(table, dict):
        return CareRead(CareSettings(), written)
    values = {k: v for k, v in table.items() if isinstance(v, str)}
    try:
        return CareRead(validate_care(values), written)
    except ValidationError as exc:
        # The fields that pass are kept: a letter in the number must not lose the country
        # (whose lines the crisis screen shows first) or the name of the person to call.
        refused = {error.field for error in exc.errors}
        try:
            kept = validate_care({k: v for k, v in values.items() if k not in refused})
        except ValidationError:
            kept = CareSettings()
        problem = f"{path.name}, [care]: {exc.errors[0].message}"
        return CareRead(replace(kept, problem=problem), written)


def load_care(path: Path) -> CareSettings:
    """The ``[care]`` section; a missing file or section is the defaults. Never raises: a file
    that cannot be used (not a regular file, too large, not TOML) gives the defaults, a field
    that cannot be used is left out (the others kept), each with a sentence in ``problem``."""
    return read_care(path).care


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif (char < " " and char != "\t") or char == "\x7f":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


# -- writing: one field at a time, over what the file holds now ---------------------------------


class CareChanged(BouncebackError):
    """The field a save changes was changed in the file since the screen read it (another
    window, or a hand edit); nothing was written. ``now``: what the file holds now."""

    def __init__(self, message: str, *, now: str) -> None:
        super().__init__(message)
        self.now = now


# Any table header ([name], [[name]]); a [care] one (the name bare or in either quotes).
_HEADER = re.compile(r"^\s*\[.*\]\s*(?:#.*)?$")
_CARE_HEADER = re.compile(r"""^\s*\[\s*(?:care|"care"|'care')\s*\]\s*(?:#.*)?$""")


def _set_line(lines: list[str], first: int, end: int, prefix: tuple[str, str], key: str,
              value: str) -> int:  # fmt: skip
    """Set ``key`` among ``lines[first:end]`` (``prefix``: how "care." is matched and
    written, for care.name = lines): its string replaced, a comment after it kept; or a
    line added after the region's last setting. Returns the region's new end."""
    name = rf"""{prefix[0]}(?:{key}|"{key}"|'{key}')\s*="""
    simple = re.compile(rf"""^(\s*{name}\s*)("(?:[^"\\]|\\.)*"|'[^'\n]*')(\s*(?:#.*)?\r?\n?)$""")
    assigned = re.compile(rf"^(\s*){name}")
    line = f"{prefix[1]}{key} = {_toml_string(value)}"
    last = first - 1
    for index in range(first, end):
        if found := simple.match(lines[index]):
            lines[index] = found.group(1) + _toml_string(value) + found.group(3)
            return end
        if found := assigned.match(lines[index]):
            # Not a one-line string (a number, a text over several lines): the check of what
            # is written (``edit_care``) refuses what this cannot change whole.
            lines[index] = found.group(1) + line + "\n"
            return end
        if lines[index].strip() and not lines[index].lstrip().startswith("#"):
            last = index
    if last >= 0 and not lines[last].endswith("\n"):
        lines[last] += "\n"
    lines.insert(last + 1, line + "\n")
    return end + 1


def edit_care(text: str, data: dict[str, object], changes: Mapping[str, str]) -> str | None:
    """``text`` (which reads as ``data``) with ``changes`` set in its care table and nothing
    else changed; None when its layout is not one this can change safely: ``care = {...}``,
    ``[[care]]``, two [care] lines (one inside a text spanning lines)... Whatever it writes
    must read back as ``data`` with just ``changes`` made, or it is not written."""
    if not isinstance(data.get(SECTION, {}), dict):
        return None
    lines = text.splitlines(keepends=True)
    headers = [index for index, line in enumerate(lines) if _HEADER.match(line)]
    care = [index for index in headers if _CARE_HEADER.match(lines[index])]
    if len(care) > 1:
        return None
    if care:  # a [care] table: from its header to the next
        first = care[0] + 1
        end = next((index for index in headers if index > care[0]), len(lines))
        prefix = ("", "")
    elif SECTION in data:  # care.name = lines, before the first table
        first, end = 0, headers[0] if headers else len(lines)
        prefix = (r"""(?:care|"care"|'care')\s*\.\s*""", "care.")
    else:
        body = text.rstrip("\r\n")
        lines = [body + "\n\n" if body else "", f"[{SECTION}]\n"]
        first = end = len(lines)
        prefix = ("", "")
    original = list(lines)
    for key, value in changes.items():
        end = _set_line(lines, first, end, prefix, key, value)
    expected = copy.deepcopy(data)
    expected.setdefault(SECTION, {})
    table = cast("dict[str, object]", expected[SECTION])
    table.update(changes)
    if _reads_as("".join(lines), expected):
        return "".join(lines)
    if care and all(isinstance(value, str) for value in table.values()):
        # A value this cannot change line by line (a text over several lines): the table
        # written again whole, as it reads (its comments go with it).
        rest = next((index for index in headers if index > care[0]), len(original))
        whole = [f"{name} = {_toml_string(str(value))}\n" for name, value in table.items()]
        lines = [*original[: care[0] + 1], *whole, *original[rest:]]
        if _reads_as("".join(lines), expected):
            return "".join(lines)
    return None


def _reads_as(text: str, expected: dict[str, object]) -> bool:
    try:
        return tomllib.loads(text) == expected
    except tomllib.TOMLDecodeError:
        return False


def _changed_sentence(key: str, now: str) -> str:
    label = LABELS[key]
    if not now:
        return f"{label} was cleared in another window (or by hand in settings.toml)."
    return f"{label} was changed to “{now}” in another window (or by hand in settings.toml)."


def save_care_field(path: Path, key: str, value: str, *, expected: str) -> None:
    """Write one field of ``[care]`` over what the file holds now (read again here), the
    rest of the file as it is: another window's changes to the other fields stay.

    ``expected``: the field as the screen read it (``CareRead.written``) or last wrote it;
    if the file has something else now (and not ``value`` too), CareChanged and nothing is
    written. Otherwise as ``save_care``."""
    _update(path, {key: value}, {key: expected})


def save_care(path: Path, care: CareSettings) -> None:
    """Write all three fields into the settings file, keeping the rest (see below)."""
    _update(path, {key: getattr(care, key) for key in FIELDS}, {})


def _update(path: Path, changes: Mapping[str, str], expected: Mapping[str, str]) -> None:
    """Refuses (BouncebackError, nothing written) a file that is not valid TOML (rewriting it
    could lose what the person wrote by hand), one that is not a regular file, and a care
    table in a form ``edit_care`` cannot change safely. The file (created 0600, its folder
    0700) is written whole to a private temporary file and moved into place; a link's
    target is written, and the link kept."""
    try:
        existing = _read_text(path)
    except NotASettingsFile as exc:
        raise BouncebackError(f"{exc}; nothing was changed.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BouncebackError(
            f"{path.name} could not be read ({exc}); nothing was changed. Its folder:\n"
            f"{shown_path(path.parent)}"
        ) from exc
    try:
        data = tomllib.loads(existing)
    except tomllib.TOMLDecodeError as exc:
        raise BouncebackError(
            f"{path.name} has a mistake in it ({exc}); fix it by hand first, so nothing "
            "you wrote there is lost. Nothing was changed."
        ) from exc
    now = _written(data)
    for key, was in expected.items():
        if now[key] not in (was, changes[key]):
            raise CareChanged(_changed_sentence(key, now[key]), now=now[key])
    updated = edit_care(existing, data, changes)
    if updated is None:
        raise BouncebackError(
            f"{path.name} keeps the care settings in a form this screen cannot change safely "
            "(it changes a plain [care] table, or care.name = lines); change them there by "
            "hand. Nothing was changed."
        )
    # A link (settings kept with the person's dotfiles) stays a link: its target is written.
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        ensure_private_dir(path.parent)
        fd, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".toml", dir=target.parent)
        try:
            os.fchmod(fd, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(updated)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise BouncebackError(
            f"{path.name} could not be written ({exc.strerror or exc}); nothing was changed. "
            f"Its folder:\n{shown_path(path.parent)}"
        ) from exc
