"""Days written out as spreadsheets and people write them: 2027-3-1, 2027/03/01, 25/02/2027,
12.3.2027, 25-02-27, 1 March 2027, March 1st, 2027, with or without a time after them.

The one reader of these shapes for the CSV import (``transfer/csv_values.read_sheet_date``) and
every date field of the app's forms (``dates.parse_date``): the import read "12.3.2027",
"2027-3-1" and "1 March 2027" while the interview's Date, a follow-up and a skill's Target date
refused them (a tester's walk). A slashed day both ways round real (03/12/2027) is read as the
import decides for its file (``day_first``); a form, which has no file to tell it, refuses it
naming both days (``TwoReadings``). A dotted day (12.3.2027) is always day first.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# Pattern texts, compiled by ``re``'s own cache when a day is first read, not at import (this
# module is on the first paint's path through ``dates``: tests/test_first_paint_imports.py).
_SLASHED = r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$"
_ISO_PREFIX = r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$"
# A time after the day, as Notion writes one ("Dec 3, 2026 10:15 AM", "12/03/2026 14:05"): the
# day is what is kept.
_TIME_TAIL = r"(?i)(?:\s+at)?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$"
# A day in ISO order with a time after it ("2026-12-08 14:30", "2026-12-08T14:30:00Z").
_ISO_TIME = r"(?i)^(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:t|\s+)(?:at\s+)?(\d{1,2}:\d{2}\S*)$"
# An ISO day with anything after it ("2026-12-01 2pm", "2026-12-01T9", "2026-12-01 garbage"):
# the import keeps the day (``_ISO_PREFIX``); a form takes nothing after it (``day_and_rest``).
_ISO_REST = r"^(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:[Tt]|\s+)(.+)$"
# A time however it is written after a day: 2pm, 9 am, noon, midnight, 14h30, 14.30, 1430, 09,
# "at 2pm", "@ 9" (the time is the group, without the "at").
_LOOSE_TIME = r"(?:(?:at|@)\s*)?(noon|midnight|\d[\d:.h]*\s*(?:[ap]\.?m\.?)?)"
_WORDY_FORMATS = (
    "%b %d %Y",
    "%B %d %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%a %b %d %Y",
    "%A %B %d %Y",
    "%b %Y",
    "%B %Y",
)


class UnrealDay(ValueError):
    """The text has a day's shape, but no such day is in the calendar (2027-02-30)."""


class TwoReadings(ValueError):
    """A slashed day that is a real day both ways round (03/12/2027), with no order given."""

    def __init__(self, day_first: date, month_first: date) -> None:
        super().__init__(f"{day_first.isoformat()} or {month_first.isoformat()}")
        self.day_first = day_first
        self.month_first = month_first


def slashed_parts(text: str) -> tuple[int, int, bool] | None:
    """A slashed day's first two numbers and whether they are dotted ("14.03.2026"), or None
    when ``text`` is not one: what the import looks at to decide a file's order."""
    match = re.match(_SLASHED, text.strip())
    if not match:
        return None
    dotted = text.strip()[len(match.group(1))] == "."
    return int(match.group(1)), int(match.group(2)), dotted


def written_day(text: str, today: date, *, day_first: bool | None = None) -> date | None:
    """The day ``text`` writes out in one of the shapes above, or None when it is none of them
    (a word such as "today" or "fri" is ``dates.parse_date``'s). ``day_first``: how a slashed
    day both ways round real is read; None refuses it (``TwoReadings``). Raises ``UnrealDay``
    for a shape that names no day."""
    cleaned = text.strip()
    iso = re.match(_ISO_PREFIX, cleaned)
    if iso:
        return _make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    day_part = re.sub(_TIME_TAIL, "", cleaned)
    slashed = re.match(_SLASHED, day_part)
    if slashed:
        first, second, year = (int(g) for g in slashed.groups())
        if len(slashed.group(3)) == 2:
            year += 2000 if year <= today.year % 100 + 1 else 1900
        if day_part[len(slashed.group(1))] == "." or day_first:
            return _make_date(year, second, first)
        if day_first is None and first != second and first <= 12 and second <= 12:
            raise TwoReadings(date(year, second, first), date(year, first, second))
        if day_first is None and first > 12:  # 25/02/2027 reads only one way
            return _make_date(year, second, first)
        return _make_date(year, first, second)
    wordy = re.sub(r"[,.]", " ", day_part)
    wordy = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", wordy, flags=re.I)
    wordy = " ".join(wordy.split())
    for fmt in _WORDY_FORMATS:
        try:
            return datetime.strptime(wordy, fmt).date()
        except ValueError:
            continue
    return None


def time_after_day(text: str) -> tuple[str, str]:
    """``text`` parted into the day and the time written after it ("2026-12-08 14:30":
    "2026-12-08" and "14:30"; "Dec 8, 2026 2:30 PM": "Dec 8, 2026" and "2:30 PM"); the time
    "" when none is written. A form's day field keeps a day only, and says so of a time
    (``dates.parse_date``); the import keeps the day (``written_day``)."""
    cleaned = text.strip()
    iso = re.match(_ISO_TIME, cleaned)
    if iso:
        return iso.group(1), iso.group(2)
    tail = re.search(_TIME_TAIL, cleaned)
    if tail is None or tail.start() == 0:
        return cleaned, ""
    time = re.sub(r"(?i)^at\s+", "", tail.group().strip())
    return cleaned[: tail.start()].rstrip(), time


def day_and_time(text: str) -> tuple[str, str | None]:
    """``text`` parted as a form reads it: the day and the time written after it
    (``time_after_day``; "2026-12-01 2pm": "2026-12-01" and "2pm"; "2026-12-01T9": "9"), the
    time "" when nothing is after the day, None when what is after an ISO day is no time
    ("2026-12-01 garbage"). The import keeps the day of all of them (``written_day``)."""
    day, time = time_after_day(text)
    if time:
        return day, time
    match = re.match(_ISO_REST, text.strip())
    if match is None:
        return text.strip(), ""
    said = re.fullmatch(rf"(?i){_LOOSE_TIME}", match.group(2).strip())
    return match.group(1), said.group(1) if said else None


def loose_time_tail(text: str) -> tuple[str, str]:
    """``text`` parted into what comes before a time written last and the time ("last fri
    2pm": "last fri" and "2pm"), or ``text`` and "" when it ends in no time. A bare number is
    no time here ("fri 3"). Only for a text that is no day as a whole ("1 March 2027")."""
    match = re.match(rf"(?i)^(.+?)(\s+{_LOOSE_TIME})$", text.strip())
    if match is None or not re.search(r"(?i)[:h@]|at|[ap]\.?m|noon|midnight", match.group(2)):
        return text.strip(), ""
    return match.group(1), match.group(3)


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise UnrealDay(f"{year}-{month}-{day}") from None
