"""An interview as a store keeps it (a JSON import's row), checked by the interview form's own
rules: read as the edit form reads it and saved again, it must come back unchanged.

A tester's walk (twenty-first round) imported interviews the form refuses: zones that name no
place (``localtime``, ``Factory``, ``EST5EDT``, ``Etc/GMT+12``; ``localtime`` went into the
calendar as ``TZID:localtime``), a start in the year 9999 and one in 1969, and a link with a
space before it, kept as it was. Each is now refused naming its column. The rules are
``validate_interview``'s, not a copy: the zone as ``parse_zone`` writes it, a start on a whole
minute, a day up to ten years ahead and, for a day the record already holds, any day since
1970 (``dates.parse_record_date``: ten years back is a rule for typing, and a past interview
is the person's history), a link, a place and notes as the form would save them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, datetime

from bounceback_tui.domain.interviews import (
    DEFAULT_LENGTH,
    local_parts,
    parse_zone,
    validate_interview,
)
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.errors import ValidationError

# The form's fields by the column they are kept in.
_COLUMNS = {"day": "starts_at", "at": "starts_at"}
_TEXTS = ("place", "link", "prep_notes")
# Every column ``kept_interview_problems`` reads: judged together (domain/records_kept).
KEPT_COLUMNS = ("kind", "starts_at", "zone", "length_minutes", *_TEXTS)


def kept_zone_problem(zone: str) -> str | None:
    """What is wrong with ``zone`` as an interview's kept zone, or None: it must be a zone the
    form takes, written as the form writes it (``parse_zone``: "Europe/London", "UTC")."""
    try:
        written = parse_zone(zone)
    except ValueError as exc:
        return str(exc)
    return None if written == zone else _saved_as(zone, written)


def kept_interview_problems(row: Mapping[str, object], today: date) -> list[tuple[str, str]]:
    """(column, what is wrong) for each of an interview row's columns (its kind, starts_at in
    UTC, zone, length_minutes, place, link and prep_notes, as a JSON export holds them) that
    the interview form would refuse, or save otherwise, when the row is edited and saved
    unchanged. A column missing or of the wrong type is left to the import's own checks."""
    zone, starts = row.get("zone"), row.get("starts_at")
    if not isinstance(zone, str) or not isinstance(starts, str):
        return []
    if (problem := kept_zone_problem(zone)) is not None:
        return [("zone", problem)]
    start = datetime.fromisoformat(starts)
    day, at = local_parts(start, zone)
    values = {"day": day, "at": at, "zone": zone, "kind": str(row.get("kind") or "")}
    values["length_minutes"] = str(row.get("length_minutes") or DEFAULT_LENGTH)
    values.update({column: str(row.get(column) or "") for column in _TEXTS})
    try:
        saved = validate_interview(values, today, kept_day=date.fromisoformat(day))
    except ValidationError as exc:
        found = {(_COLUMNS.get(e.field, e.field), e.message) for e in exc.errors}
        return sorted(found)
    problems: list[tuple[str, str]] = []
    if saved.starts_at != start:
        again = f"{saved.starts_at:%Y-%m-%d %H:%M:%S} (UTC)"
        why = (
            f"an interview starts on a whole minute; the interview form would save {again}"
            if start.second or start.microsecond
            else f"{at} happens twice in {zone} that night; the interview form would save "
            f"the first, {again}"
        )
        problems.append(("starts_at", why))
    for column, text in zip(_TEXTS, (saved.place, saved.link, saved.prep_notes), strict=True):
        # Told apart as shown: an accent kept as two characters ("e" and its mark) is one.
        if unicodedata.normalize("NFC", values[column]) != text:
            problems.append((column, _saved_as(values[column], text)))
    return problems


# What a refusal quotes of each text: about half a line of the import's plan.
QUOTED_CELLS = 40


def _saved_as(kept: str, saved: str) -> str:
    """Both quoted as written (a space at the start is the difference), each cut at a word's
    end with "…" (``cut_near_word``), as every cut of a person's words is."""
    said, again = (cut_near_word(text, QUOTED_CELLS) for text in (kept, saved))
    return f"{said!r} would be saved as {again!r} by the interview form"
