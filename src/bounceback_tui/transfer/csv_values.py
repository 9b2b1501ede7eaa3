"""Reading the values other spreadsheets hold: their dates, salary ranges, stars and blanks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from bounceback_tui.domain.currencies import ISO_CURRENCIES
from bounceback_tui.domain.dates import DateParseError, parse_date, read_as
from bounceback_tui.domain.day_shapes import UnrealDay, slashed_parts, written_day
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.errors import ValidationError

# What people type in a spreadsheet to mean "nothing here".
BLANKS = frozenset({"n/a", "na", "none", "null", "nil", "-", "--", "—", "–", "?", "tbd", "unknown"})
# A leading apostrophe the CSV export adds so spreadsheets never run a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def unescape_cell(text: str, *, trim: bool = True) -> str:
    """Undo the export's guard, one apostrophe ('=SUM stays =SUM; ''=SUM, the guard on a text
    typed as '=SUM, stays '=SUM; 'N/A is the text N/A, not nothing) and trim, unless ``trim``
    is False (a many-line text, kept as written: transfer/csv_kept.py)."""
    if text[:1] == "'" and needs_guard(text[1:]):
        text = text[1:]
    return text.strip() if trim else text


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would run ``text`` as a formula once the apostrophes before it
    are taken off: the export's guard and the import's undoing of it ask the same."""
    return text.lstrip("'").startswith(FORMULA_START)


def needs_guard(text: str) -> bool:
    """Whether the export writes ``text`` after an apostrophe: a spreadsheet would run it as a
    formula, or the import would read it as nothing ("N/A", "-", "TBD" typed in a note or a
    location), once the apostrophes before it are taken off."""
    return runs_as_formula(text) or text.lstrip("'").strip().lower() in BLANKS


def is_blank(text: str) -> bool:
    return not text or text.strip().lower() in BLANKS


@dataclass
class DateOrder:
    """Whether ambiguous dates like 03/04/2026 are day first, decided once per file."""

    day_first: bool = False
    decided_by: str = "default"  # "default", "file", "given"
    ambiguous_seen: bool = False

    def note(self) -> str:
        if not self.ambiguous_seen and self.decided_by != "file":
            return ""
        order = "day/month/year" if self.day_first else "month/day/year"
        if self.decided_by == "given":
            return f"Dates like 03/04/2026 are read as {order}, as asked."
        if self.decided_by == "file":
            return f"Dates like 03/04/2026 are read as {order} (other dates in the file show it)."
        return (
            f"Dates like 03/04/2026 are read as {order}; use --day-first if they are "
            "day/month/year."
        )


def decide_date_order(cells: list[str], day_first: bool | None) -> DateOrder:
    """Look at every slashed date of a column: a first part over 12 means day first."""
    order = DateOrder()
    if day_first is not None:
        order.day_first, order.decided_by = day_first, "given"
    day_evidence = month_evidence = False
    for cell in cells:
        parts = slashed_parts(cell)
        if parts is None:
            continue
        first, second, dotted = parts
        if dotted:
            day_evidence = True  # 14.03.2026 is always day first
        elif first > 12 >= second:
            day_evidence = True
        elif second > 12 >= first:
            month_evidence = True
        elif first != second:
            order.ambiguous_seen = True
    if day_first is None and day_evidence != month_evidence:
        order.day_first, order.decided_by = day_evidence, "file"
    return order


def read_sheet_date(text: str, today: date, order: DateOrder, *, past: bool = False) -> date:
    """A date as spreadsheets and trackers write it; ValueError with a message if unreadable.
    ``past``: a column that takes no later day, where a weekday ("fri") is the last one before
    ``today``, as the app's form reads it (``dates.parse_date``, ``dates.NO_LATER_DAY``)."""
    cleaned = text.strip()
    try:
        day = written_day(cleaned, today, day_first=order.day_first)
    except UnrealDay:
        shown = cut_near_word(cleaned, 30)
        raise ValueError(f"{shown!r} is not a real calendar date") from None
    if day is not None:
        return day
    try:
        return parse_date(cleaned, today, past=past)
    except DateParseError:
        pass
    shown = cut_near_word(cleaned, 30)
    raise ValueError(f"{shown!r} is not a date I can read (write it like 2026-03-14)")


def readings(text: str, read: date | None, today: date, order: DateOrder) -> tuple[str, ...]:
    """A date applied as the duplicate rule compares it (``domain/duplicates.far_apart``): as read
    and, when the cell reads both ways round (03/04/2026), the other way too, so that running
    the import again with --day-first does not make another application of every row."""
    if read is None:
        return ()
    try:
        other = read_sheet_date(text, today, DateOrder(day_first=not order.day_first), past=True)
    except ValueError:
        other = read
    return tuple(dict.fromkeys((read.isoformat(), other.isoformat())))


_CURRENCY_WORDS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "chf": "CHF",
    "kr": "SEK",
}
_CODE = re.compile(r"\b([A-Z]{3})\b")
_PERIODS = (
    (re.compile(r"(/|per\s*|an?\s+)(h|hr|hour)\b|hourly", re.I), "hour"),
    (re.compile(r"(/|per\s*|a\s+)(d|day)\b|daily", re.I), "day"),
    (re.compile(r"(/|per\s*|a\s+)(w|wk|week)\b|weekly", re.I), "week"),
    (re.compile(r"(/|per\s*|a\s+)(m|mo|month)\b|monthly", re.I), "month"),
    (re.compile(r"(/|per\s*|a\s+)(y|yr|year|annum)\b|annual|yearly|p\.?a\.?\b", re.I), "year"),
)
_AMOUNT = re.compile(r"\d[\d,.\s]*\s*[kK]?")


# A minus before an amount that does not end a range ("-5000", "$-5000", "USD -5000"; not the
# one in "50-60k"), or an amount in brackets, an accountant's minus ("(5000)").
_NEGATIVE = re.compile(r"(?:^|[^\dkK\s])\s*[-\u2212]\s*\d|\(\s*\d[\d.,\s]*[kK]?\s*\)")


def currency_in(text: str) -> str:
    """The currency a salary, or a salary column's header ("Salary (€)"), names; or "".

    Three capitals are a currency only when ISO 4217 knows them: "80k DOE" is 80k with
    "DOE" (depending on experience) for the notes, not 80,000 in a currency "DOE"."""
    lowered = text.lower()
    currency = next((code for word, code in _CURRENCY_WORDS.items() if word in lowered), "")
    codes = (code for code in _CODE.findall(text) if code in ISO_CURRENCIES)
    return next(codes, currency)


@dataclass(frozen=True)
class SalaryRange:
    minimum: str = ""
    maximum: str = ""
    currency: str = ""
    period: str = ""
    # Words with no amount ("competitive", "DOE"): kept in the notes rather than refused.
    note: str = ""


def split_salary(text: str) -> SalaryRange:
    """'$80k-100k/yr', '€60,000 – 70,000', '45/hour', 'up to 90k' -> parts for the validator.

    The amounts stay text: the application validator reads and checks them.
    """
    cleaned = text.strip()
    if not cleaned:
        return SalaryRange()
    if _NEGATIVE.search(cleaned):
        # A pay below nothing is no salary: kept in the notes as written, not read as 5,000.
        return SalaryRange(note=cleaned)
    currency = currency_in(cleaned)
    lowered = cleaned.lower()
    period = next((name for pattern, name in _PERIODS if pattern.search(cleaned)), "")
    amounts = [a.replace(" ", "").rstrip(",.") for a in _AMOUNT.findall(cleaned)]
    amounts = [a for a in amounts if a]
    if not amounts:
        return SalaryRange(note=cleaned)
    note = cleaned if _leftover_words(cleaned, currency) else ""
    if len(amounts) == 1:
        if re.search(r"\bup\s*to\b|\bmax\b|<", lowered):
            return SalaryRange(maximum=amounts[0], currency=currency, period=period, note=note)
        if cleaned.rstrip().endswith("+") or re.search(r"\bfrom\b|\bmin\b|>", lowered):
            return SalaryRange(minimum=amounts[0], currency=currency, period=period, note=note)
        return SalaryRange(amounts[0], amounts[0], currency, period, note)
    low, high = amounts[0], amounts[1]
    if high.lower().endswith("k") and not low.lower().endswith("k"):
        low += "k"  # "80-100k" means 80k to 100k
    return SalaryRange(low, high, currency, period, note)


# Words a pay range is written with that the range's parts already keep: "up to", "k", a
# period, a currency's letters ("US$", "CHF"). Any other word ("equity", "DOE", "bonus")
# says something the amounts do not, and the salary goes to the notes as written too.
_RANGE_WORDS = frozenset(
    (
        *("to", "up", "from", "min", "max", "minimum", "maximum", "and", "k", "per", "a", "an"),
        *("approx", "about", "around", "ca", "circa", "gross", "base", "salary", "pay"),
        *("range", "year", "yr", "y", "annum", "annual", "annually", "yearly", "p", "pa"),
        *("hour", "hr", "h", "hourly", "day", "d", "daily", "week", "wk", "w", "weekly"),
        *("month", "mo", "m", "monthly", "us", "c", "au", "chf", "kr"),
    )
)


def _leftover_words(text: str, currency: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return [word for word in words if word not in _RANGE_WORDS and word != currency.lower()]


_PRIORITY_WORDS = {"high": "5", "medium": "3", "med": "3", "mid": "3", "low": "1"}


def read_excitement(text: str) -> str:
    """'★★★☆☆' -> '3', '4/5' -> '4', '4.0' -> '4', a tracker's priority 'High' -> '5'
    ('Medium' 3, 'Low' 1); anything else is passed on unchanged."""
    cleaned = text.strip()
    if word := _PRIORITY_WORDS.get(cleaned.lower()):
        return word
    stars = cleaned.count("★") + cleaned.count("⭐")
    if stars:
        return str(stars)
    if match := re.fullmatch(r"(\d+(?:\.0+)?)\s*(?:/\s*5|of\s*5)?", cleaned):
        return str(int(float(match.group(1))))
    return cleaned


def row_problem(
    exc: ValidationError, raw: dict[str, str], values: dict[str, str], dates: tuple[str, ...]
) -> str:
    """The form's refusals of a row as one line. Each day of ``dates`` typed as a word or an
    offset says which day it was read as, as the forms say (``read_as``); each refusal after
    the first begins in lower case ("…check the digits; Use a three-letter…" had a capital
    mid-line)."""
    said: list[str] = []
    for field, message in exc.errors:
        typed, day = raw.get(field, ""), values.get(field, "")
        message = _line_break_said(message, typed)
        if field in dates and typed and day and (read := read_as(typed, date.fromisoformat(day))):
            message = f"{read}. {message}"
        message = message.rstrip(".")
        if said and message[1:2].islower():
            message = message[0].lower() + message[1:]
        said.append(message)
    return "; ".join(said)


# The form's words for a one-line field given a control character (domain/text.clean_text).
_CONTROL = " contains control characters; remove them."
# A cell's line breaks and tabs: what a one-line field refuses that Notes keeps.
_LINE_CONTROLS = frozenset("\n\r\t\v\f\x85")


def _line_break_said(message: str, typed: str) -> str:
    """A one-line cell's line break called one, and where one is kept: "Role contains control
    characters; remove them" sent a person looking for something they could not see (a role
    typed over two lines in its cell). Another control character keeps the form's words."""
    if not message.endswith(_CONTROL) or not any(ch in "\n\r\x85" for ch in typed):
        return message
    if any(unicodedata.category(ch) == "Cc" and ch not in _LINE_CONTROLS for ch in typed):
        return message
    label = message.removesuffix(_CONTROL)
    return (
        f"{label} has a line break, and it is one line: write it on one line "
        "(Notes and Description keep line breaks)."
    )
