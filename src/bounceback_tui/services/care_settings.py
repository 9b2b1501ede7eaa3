"""The ``[care]`` section of ``settings.toml``: the person's country and their own support
number, for the "If you are struggling" screen.

Kept in the settings file rather than the store on purpose: that screen must open when the
store cannot (damaged, newer, locked). Standard library only (``tomllib``), and nothing here
touches the store. The settings screen writes it; a person may also edit it by hand::

    [care]
    country = "GB"
    support_name = "Sam (my sister)"
    support_number = "+44 7700 900123"

Writing keeps every other section of the file as it was (the ``[keymap]`` above all): only
the ``[care]`` table is replaced, and the file is written whole to a private temporary file
and moved into place.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from bounceback_tui.domain.crisis_lines import normalize_country
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import BouncebackError, FieldError, ValidationError
from bounceback_tui.paths import FILE_MODE, ensure_private_dir

SECTION = "care"
MAX_FILE_BYTES = 256 * 1024
NAME_LIMIT = 80
_NUMBER = re.compile(r"^\+?[0-9][0-9 ()./-]{0,28}[0-9]$|^[0-9]$")
_HEADER = re.compile(r"^\s*\[\s*([^\]]*?)\s*\]\s*(#.*)?$")


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
        values.get("support_number"), "support_number", "The number", errors, limit=40
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


def load_care(path: Path) -> CareSettings:
    """The ``[care]`` section; a missing file or section is the defaults. Never raises: a file
    that cannot be used gives the defaults, a field that cannot be used is left out (the
    others kept), each with a sentence in ``problem``."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return CareSettings(problem=f"{path.name} is too large to be a settings file.")
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return CareSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return CareSettings(problem=f"{path.name} could not be read ({exc}).")
    table = data.get(SECTION)
    if not isinstance(table, dict):
        return CareSettings()
    values = {k: v for k, v in table.items() if isinstance(v, str)}
    try:
        return validate_care(values)
    except ValidationError as exc:
        # The fields that pass are kept: a letter in the number must not lose the country
        # (whose lines the crisis screen shows first) or the name of the person to call.
        refused = {error.field for error in exc.errors}
        try:
            kept = validate_care({k: v for k, v in values.items() if k not in refused})
        except ValidationError:
            kept = CareSettings()
        return replace(kept, problem=f"{path.name}, [care]: {exc.errors[0].message}")


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def care_section(care: CareSettings) -> str:
    return (
        f"[{SECTION}]\n"
        f"country = {_toml_string(care.country)}\n"
        f"support_name = {_toml_string(care.support_name)}\n"
        f"support_number = {_toml_string(care.support_number)}\n"
    )


def replace_section(text: str, section: str) -> str:
    """``text`` with its ``[care]`` table (header to the next header) replaced by ``section``
    (appended when there was none). Other tables, comments and blank lines are kept."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        header = _HEADER.match(line)
        if header:
            inside = header.group(1).strip().strip('"') == SECTION
        if not inside:
            kept.append(line)
    body = "".join(kept).rstrip("\n")
    return (body + "\n\n" if body else "") + section


def save_care(path: Path, care: CareSettings) -> None:
    """Write ``care`` into the settings file (created 0600, folder 0700), keeping the rest.

    Refuses (BouncebackError, nothing written) when the file exists but is not valid TOML:
    rewriting it could lose what the person wrote by hand."""
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise BouncebackError(f"{path} could not be read ({exc}); nothing was changed.") from exc
    if existing:
        try:
            tomllib.loads(existing)
        except tomllib.TOMLDecodeError as exc:
            raise BouncebackError(
                f"{path.name} has a mistake in it ({exc}); fix it by hand first, so nothing "
                "you wrote there is lost. Nothing was changed."
            ) from exc
    updated = replace_section(existing, care_section(care))
    tomllib.loads(updated)  # what is written must read back
    try:
        ensure_private_dir(path.parent)
        fd, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".toml", dir=path.parent)
        try:
            os.fchmod(fd, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(updated)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise BouncebackError(
            f"{path} could not be written ({exc.strerror or exc}); nothing was changed."
        ) from exc
