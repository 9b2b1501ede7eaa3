"""A job posting as the importers hand it over, and the small normalisers every source shares.

Every source (a page's JSON-LD, OpenGraph, the three job-board APIs) says the same
things in its own way: dates as ISO strings, timestamps or epoch milliseconds; pay
periods as ``YEAR``, ``per-year-salary`` or ``1 YEAR``; job types as ``FULL_TIME``
or ``FullTime``. The helpers here turn each into one form, so a Posting always has
ISO dates, numbers for pay, a period from ``hour``..``year`` and plain text.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from bounceback_tui import clock
from bounceback_tui.domain.dates import posting_days
from bounceback_tui.domain.salary import pay_limit

# The keys of `fetch-posting --json`, in order. Posting's fields start with these.
JSON_KEYS: tuple[str, ...] = (
    "title",
    "company",
    "location",
    "remote",
    "url",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "employment_type",
    "date_posted",
    "valid_through",
    "description",
)

SALARY_PERIODS: tuple[str, ...] = ("hour", "day", "week", "month", "year")
# Pay above domain/salary.pay_limit in its currency is a mistake in the posting, not a
# salary: the application form refuses it too. A negative or endless amount is one as well.
# Such pay is left out, and said to be (``Posting.pay_left_out``): `fetch-posting` printed a
# maxValue of 1e308 as 300 digits, and `--add` dropped it without a word (an attacker's walk).
_WRONG_PAY = math.nan  # parse_amount's mark for such an amount, until ``finished``


@dataclass(frozen=True)
class Posting:
    """One job opening. ``None`` wherever the source did not say."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    remote: bool | None = None
    url: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    employment_type: str | None = None
    date_posted: date | None = None
    valid_through: date | None = None
    description: str | None = None
    # Not in the JSON: "hybrid" or "onsite" when a job board says so (remote alone cannot).
    work_mode: str | None = field(default=None, compare=False)
    # The posting gave pay that could not be real (pay_limit), so none was kept.
    pay_left_out: bool = field(default=False, compare=False)
    # Its days that cannot be right, left out ("posted 9999-12-31": domain/dates.posting_days).
    days_left_out: tuple[str, ...] = field(default=(), compare=False)
    # The page's posting named a link the store cannot keep (``javascript:``, a name or
    # password, a space or line break), so the page's own link stands in for it.
    link_replaced: bool = field(default=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The posting as JSON-ready values: ISO dates, whole numbers without ``.0``."""
        out: dict[str, Any] = {}
        for key in JSON_KEYS:
            value = getattr(self, key)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, float) and value.is_integer():
                value = int(value)
            out[key] = value
        return out

    def with_right_days(self, today: date) -> Posting:
        """The posting without its days that cannot be right, saying which they were
        (``domain.dates.posting_days``, the one rule for the card and the save)."""
        posted, apply_by, left_out = posting_days(self.date_posted, self.valid_through, today)
        if not left_out:
            return self
        return replace(
            self,
            date_posted=posted,
            valid_through=apply_by,
            days_left_out=self.days_left_out + left_out,
        )

    def finished(self) -> Posting:
        """Tidy the whole: pay that cannot be real left out, pay in order, remote agreeing
        with the work mode, days that cannot be right left out."""
        posting = self.with_right_days(clock.today())
        low, high = posting.salary_min, posting.salary_max
        most = pay_limit(posting.salary_currency)  # known only now: parse_amount has no currency
        # NaN (parse_amount's mark) fails the comparison too.
        if any(v is not None and not 0 <= v <= most for v in (low, high)):
            posting = replace(
                posting,
                salary_min=None,
                salary_max=None,
                salary_currency=None,
                salary_period=None,
                pay_left_out=True,
            )
            low = high = None
        if low is not None and high is not None and low > high:
            posting = replace(posting, salary_min=high, salary_max=low)
        if posting.salary_min is None and posting.salary_max is None:
            posting = replace(posting, salary_currency=None, salary_period=None)
        if posting.remote is None and posting.work_mode is not None:
            posting = replace(posting, remote=posting.work_mode == "remote")
        if posting.remote is None and is_remote_text(posting.location):
            posting = replace(posting, remote=True)
        if posting.remote and posting.work_mode is None:
            posting = replace(posting, work_mode="remote")
        return posting


_SPACES = re.compile(r"[^\S\n]+")
_REMOTE = re.compile(r"\b(remote|anywhere|work from home|wfh|telecommute)\b", re.IGNORECASE)


def clean_line(value: object, *, limit: int = 500) -> str | None:
    """One line of text: entities decoded, control characters and runs of spaces gone."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = html.unescape(value) if "&" in value else value
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if _is_control(ch) or ch in "\n\t" else ch for ch in text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    # Cc: control characters; Cs: lone surrogates; Cf: zero-width and direction marks
    # that only confuse a terminal when copied out of a web page.
    return category in ("Cc", "Cs") or (category == "Cf" and ch not in "\u200c\u200d")


def clean_block(text: str) -> str | None:
    """Multi-line text: control characters gone (newlines and tabs kept)."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or not _is_control(ch))
    text = text.strip()
    return text or None


def is_remote_text(text: str | None) -> bool:
    return bool(text) and bool(_REMOTE.search(text or ""))


def parse_day(value: object) -> date | None:
    """An ISO date or timestamp (the date as written), epoch milliseconds, or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value  # Lever sends milliseconds
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if match:
            try:
                return date(*(int(part) for part in match.groups()))
            except ValueError:
                return None
    return None


_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?)([kK])?$")


def _plain_number(text: str) -> str:
    """ "1.800" and "1.800,50" (European), "120,000.00" (English) -> "1800", "1800.50", ..."""
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?[kK]?", text):
        return text.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d+,\d{1,2}[kK]?", text):
        return text.replace(",", ".")
    return text.replace(",", "")


def parse_amount(value: object) -> float | None:
    """A number of money from a number or a string like "120,000", "120000.00" or "85k";
    None for none (or 0, which sites write for "not said"); NaN for one that cannot be
    pay (negative, endless), which ``Posting.finished`` leaves out, as it does an amount
    above its currency's ``pay_limit``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        amount = float(value)
    elif isinstance(value, str):
        cleaned = _plain_number(re.sub(r"[\s_$€£¥₹]|[A-Z]{3}", "", value))
        negative = cleaned.startswith("-")
        match = _AMOUNT.match(cleaned.removeprefix("-"))
        if not match:
            return None
        amount = float(match.group(1)) * (1000 if match.group(2) else 1) * (-1 if negative else 1)
    else:
        return None
    if amount == 0:
        return None
    if not math.isfinite(amount) or amount < 0:
        return _WRONG_PAY
    return amount


_PERIODS = {
    "hour": "hour",
    "hourly": "hour",
    "hr": "hour",
    "day": "day",
    "daily": "day",
    "week": "week",
    "weekly": "week",
    "wk": "week",
    "month": "month",
    "monthly": "month",
    "mo": "month",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "annum": "year",
    "yr": "year",
}


def parse_period(value: object) -> str | None:
    """ "YEAR", "per-year-salary", "1 YEAR", "per hour", "annual" -> "year", "hour", ..."""
    if not isinstance(value, str):
        return None
    for word in re.findall(r"[a-z]+", value.lower()):
        if word in _PERIODS:
            return _PERIODS[word]
    return None


_EMPLOYMENT = {
    "fulltime": "Full-time",
    "parttime": "Part-time",
    "contractor": "Contract",
    "contract": "Contract",
    "temporary": "Temporary",
    "temp": "Temporary",
    "intern": "Internship",
    "internship": "Internship",
    "volunteer": "Volunteer",
    "perdiem": "Per diem",
    "other": "Other",
}


def parse_employment_type(value: object) -> str | None:
    """ "FULL_TIME", ["FULL_TIME", "CONTRACTOR"], "FullTime", "Full-time" -> "Full-time", ..."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        text = clean_line(item, limit=80)
        if not text:
            continue
        key = re.sub(r"[^a-z]", "", text.lower())
        name = _EMPLOYMENT.get(key, text)
        if name not in names:
            names.append(name)
    return ", ".join(names) or None


# What career sites put in a field they have nothing for. Not "NA": that is Namibia.
PLACEHOLDERS = frozenset(
    {"unavailable", "not available", "n/a", "n.a.", "tbd", "tba", "-", "--", "—", "none"}
    | {"null", "undefined", "unknown", "not specified", "not applicable", "various"}
)


def without_placeholder(text: str | None) -> str | None:
    """``text``, or None when it only says that nothing is there ("UNAVAILABLE", "N/A")."""
    if text is None or text.casefold() in PLACEHOLDERS:
        return None
    return text


_SALARY_AMOUNT = re.compile(r"\d[\d.,]*(?:\s*[kK]\b)?")
_SALARY_CODE = re.compile(r"\b([A-Z]{3})\b")


def parse_salary_text(text: str) -> tuple[float | None, float | None, str | None, str | None]:
    """ "$48,000 - $56,000 per year", "£32k–£36k", "from 60,000 EUR", "up to 25 an hour"
    -> (low, high, currency, period); (None, None, ...) when no amount is written."""
    currency = next((code for symbol, code in _SYMBOLS.items() if symbol in text), None)
    if code := _SALARY_CODE.search(text):
        currency = parse_currency(code.group(1)) or currency
    period = parse_period(text)
    amounts = [a.replace(" ", "") for a in _SALARY_AMOUNT.findall(text)]
    if len(amounts) >= 2 and amounts[1][-1] in "kK" and amounts[0][-1] not in "kK":
        amounts[0] += "k"  # "80-100k" means 80k to 100k
    numbers = [parse_amount(a.rstrip(".,")) for a in amounts[:2]]
    if not numbers or None in numbers:
        return None, None, currency, period
    if len(numbers) == 2:
        return numbers[0], numbers[1], currency, period
    lowered = text.lower()
    if re.search(r"\bup\s*to\b|\bmax", lowered):
        return None, numbers[0], currency, period
    if re.search(r"\bfrom\b|\bmin|\+", lowered):
        return numbers[0], None, currency, period
    return numbers[0], numbers[0], currency, period


_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}


def parse_currency(value: object) -> str | None:
    """An ISO 4217 code ("usd" -> "USD"; "$" -> "USD"), or None when it is not one."""
    text = clean_line(value, limit=10)
    if not text:
        return None
    text = _SYMBOLS.get(text, text).upper()
    return text if re.fullmatch(r"[A-Z]{3}", text) else None


def prettify_token(token: str) -> str:
    """A board token as a company name guess: "acme-robotics" -> "Acme Robotics"."""
    words = re.split(r"[-_.\s]+", token.strip())
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or token


def each_posting(jobs: Iterable[Any], read: Callable[[dict[str, Any]], Posting]) -> list[Posting]:
    """Every job of a board read with ``read``. One in a shape not expected (a number where
    text goes) is an empty posting, which a refresh counts as one it could not read: it
    made the whole board "an answer in an unexpected shape" (an attacker's walk)."""
    found: list[Posting] = []
    for job in jobs:
        try:
            found.append(read(job) if isinstance(job, dict) else Posting())
        except (KeyError, TypeError, AttributeError, ValueError, IndexError, ArithmeticError):
            found.append(Posting())  # 10**350 cents overflowed a float (the third stranger)
    return found
