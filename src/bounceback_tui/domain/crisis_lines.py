"""Crisis lines by country: a small, dated table (see docs/care.md for sources).

Kept deliberately short: only long-established numbers (988 in the US since July 2022,
Samaritans' 116 123 in the UK and Ireland). They were checked on the date below against
stored copies of the services' public pages (this machine has no network; docs/care.md names
the pages): re-check them on the services' own sites before a release. Everyone else is
pointed at an international directory and their local emergency number. The app never
dials, sends or fetches anything: these are shown to read.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKED_ON = "2026-12-03"


@dataclass(frozen=True)
class CrisisLine:
    name: str
    contact: str  # a number as people dial it, or a web address
    detail: str


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    lines: tuple[CrisisLine, ...]
    emergency: str


_SAMARITANS = CrisisLine(
    "Samaritans", "116 123", "Free, day or night, to talk about anything that is upsetting you."
)

COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        "United States",
        (
            CrisisLine(
                "988 Suicide & Crisis Lifeline",
                "988",
                "Call or text 988, any time, for free and confidential support.",
            ),
        ),
        "911",
    ),
    Country("GB", "United Kingdom", (_SAMARITANS,), "999"),
    Country("IE", "Ireland", (_SAMARITANS,), "112 or 999"),
)
COUNTRIES_BY_CODE: dict[str, Country] = {c.code: c for c in COUNTRIES}

DIRECTORY = CrisisLine(
    "Find A Helpline",
    "https://findahelpline.com",
    "A directory of free, confidential helplines in many countries.",
)
# Aliases people type for the countries in the table.
_ALIASES = {"UK": "GB", "USA": "US", "EIRE": "IE"}
# The most characters a country may be typed with ("EIRE"): the settings field takes no more.
COUNTRY_TYPED_LIMIT = max(2, *map(len, _ALIASES))


def normalize_country(text: str) -> str:
    """A country code as stored ("uk" -> "GB"); "" for none. Any two letters are accepted:
    a country outside the table still gets the directory and the person's own number."""
    code = text.strip().upper()
    code = _ALIASES.get(code, code)
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ValueError("Use a two-letter country code, like US, GB or IE.")
    return code


def lines_for(code: str) -> Country | None:
    return COUNTRIES_BY_CODE.get(code.upper()) if code else None
