"""Time zones as recruiters write them: a short name ("EST", "CET") or an offset ("GMT+1",
"UTC+9"). The interview form stores a place's zone (Europe/Berlin), whose clocks change with
summer time as the place's do; neither a short name nor an offset names one, so each is
refused with a word on what it is and the place to name instead.

A stranger's walk (second week, 80x24): "EST" was completed to "ESTonia" and refused with
"'EST' names no place"; taking the completion saved Europe/Tallinn, seven hours from New
York. "CET" was refused the same way, and "PST", "GMT+1" and "UTC+9" with "is not a time
zone". Now "EST" is answered "'EST' is US Eastern time; did you mean New York
(America/New_York)?", and the field offers New York for it (kit/suggest.py); a short name
that means more than one place ("IST": India, Israel or Ireland) names them and offers none;
an offset names cities that keep it. Read without regard to case: no place's name in the
lookup begins with one of these but Estonia ("est"), Istanbul ("ist") and Astrakhan ("ast"),
and a person typing those gets them by typing on ("esto")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bounceback_tui.domain.text import quoted

# A short name, what it stands for, and the city whose zone keeps it (summer and winter).
SHORT_NAMES: dict[str, tuple[str, str]] = {
    "EST": ("US Eastern time", "New York"),
    "EDT": ("US Eastern summer time", "New York"),
    "ET": ("US Eastern time", "New York"),
    "CST": ("US Central time", "Chicago"),
    "CDT": ("US Central summer time", "Chicago"),
    "CT": ("US Central time", "Chicago"),
    "MST": ("US Mountain time", "Denver"),
    "MDT": ("US Mountain summer time", "Denver"),
    "MT": ("US Mountain time", "Denver"),
    "PST": ("US Pacific time", "Los Angeles"),
    "PDT": ("US Pacific summer time", "Los Angeles"),
    "PT": ("US Pacific time", "Los Angeles"),
    "AKST": ("Alaska time", "Anchorage"),
    "AKDT": ("Alaska summer time", "Anchorage"),
    "HST": ("Hawaii time", "Honolulu"),
    "GMT": ("Greenwich Mean Time, London's in winter", "London"),
    "BST": ("British Summer Time", "London"),
    "CET": ("Central European time", "Berlin"),
    "CEST": ("Central European summer time", "Berlin"),
    "EET": ("Eastern European time", "Athens"),
    "EEST": ("Eastern European summer time", "Athens"),
    "MSK": ("Moscow time", "Moscow"),
    "GST": ("Gulf time", "Dubai"),
    "PKT": ("Pakistan time", "Karachi"),
    "ICT": ("Indochina time", "Bangkok"),
    "WIB": ("Western Indonesian time", "Jakarta"),
    "SGT": ("Singapore time", "Singapore"),
    "HKT": ("Hong Kong time", "Hong Kong"),
    "PHT": ("Philippine time", "Manila"),
    "JST": ("Japan time", "Tokyo"),
    "KST": ("Korea time", "Seoul"),
    "AWST": ("Australian Western time", "Perth"),
    "ACST": ("Australian Central time", "Adelaide"),
    "ACDT": ("Australian Central summer time", "Adelaide"),
    "AEST": ("Australian Eastern time", "Sydney"),
    "AEDT": ("Australian Eastern summer time", "Sydney"),
    "NZST": ("New Zealand time", "Auckland"),
    "NZDT": ("New Zealand summer time", "Auckland"),
    "SAST": ("South African time", "Johannesburg"),
    "WAT": ("West African time", "Lagos"),
    "EAT": ("East African time", "Nairobi"),
    "BRT": ("Brasilia time", "Sao Paulo"),
    "ART": ("Argentina time", "Buenos Aires"),
}

# A short name that stands for more than one time, and a city for each.
SEVERAL_MEANINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "IST": ("India, Israel or Irish time", ("Mumbai", "Tel Aviv", "Dublin")),
    "AST": ("Atlantic or Arabia time", ("Halifax", "Riyadh")),
}

# "GMT+1", "UTC-05:00", "utc +5:30", "GMT−3" (a typographic minus).
_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)

# The day an offset's cities are told by: their standard time, summer time taken off.
_WINTER = datetime(2026, 1, 15, 12)


def short_name_place(text: str) -> str | None:
    """The city to offer for a short name typed ("est": New York), or None."""
    found = SHORT_NAMES.get(text.strip().upper())
    return found[1] if found is not None else None


def is_short_name_or_offset(text: str) -> bool:
    """Whether ``text`` is a whole short name ("IST") or an offset ("UTC+9"): not the start
    of a longer place's name, so the field completes it to none ("IST": not Istanbul)."""
    typed = text.strip()
    upper = typed.upper()
    return upper in SHORT_NAMES or upper in SEVERAL_MEANINGS or _OFFSET.fullmatch(typed) is not None


def short_name_refusal(text: str, zone_of: dict[str, str]) -> str | None:
    """Why ``text`` is refused, if it is a short name or an offset, with what to type
    instead; None for anything else. ``zone_of`` is the lookup's zone of each city, folded
    as ``domain/zones`` folds it ("new_york": America/New_York)."""
    typed = text.strip()
    upper = typed.upper()
    said = quoted(typed)
    if upper in SHORT_NAMES:
        meaning, city = SHORT_NAMES[upper]
        zone = zone_of[city.replace(" ", "_").casefold()]
        return f"{said} is {meaning}; did you mean {city} ({zone})?"
    if upper in SEVERAL_MEANINGS:
        meaning, cities = SEVERAL_MEANINGS[upper]
        return f"{said} can mean {meaning}; name a city, like {_either(cities)}."
    matched = _OFFSET.fullmatch(typed)
    if matched is None:
        return None
    sign, hours, minutes = matched.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    cities = _cities_at(-offset if sign in "-−" else offset, zone_of)
    if not cities:
        return f"{said} is an offset no place keeps; name a city, like London or Tokyo."
    return (
        f"{said} is an offset, not a place (its clocks would not change for summer); "
        f"name a city, like {_either(cities)}."
    )


def _cities_at(offset: timedelta, zone_of: dict[str, str]) -> tuple[str, ...]:
    """Two cities whose standard time is ``offset`` from UTC, the busiest first
    (zone_cities.BUSY_CITIES), then others by their zone's name."""
    from bounceback_tui.domain.zone_cities import BUSY_CITIES

    def standard(zone: str) -> timedelta | None:
        at = _WINTER.replace(tzinfo=ZoneInfo(zone))
        utc, summer = at.utcoffset(), at.dst()
        return None if utc is None or summer is None else utc - summer

    busy: dict[str, str] = {}
    for city in BUSY_CITIES:
        busy.setdefault(zone_of[city.replace(" ", "_").casefold()], city)
    zones = [z for z in [*busy, *sorted(set(zone_of.values()))] if standard(z) == offset]
    # An older name of a zone among them is left out: "UTC+5:30" offered "Delhi or
    # Calcutta", and "UTC+5:45" "Kathmandu or Katmandu" (a tester's walk).
    links = zone_links()
    zones = [z for z in zones if links.get(z) not in zones]
    # One city a zone ("UTC+9": Tokyo or Seoul, not Tokyo or Osaka).
    cities = {z: busy.get(z) or z.rpartition("/")[2].replace("_", " ") for z in zones}
    return tuple(cities.values())[:2]


@lru_cache(maxsize=1)
def zone_links() -> dict[str, str]:
    """Each other name of a zone in the time zone database, and the zone it names
    ("Asia/Calcutta": "Asia/Kolkata"), from tzdata's own list; {} where it is not there."""
    from importlib.resources import files

    try:
        text = files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text(encoding="utf-8")
    except (ImportError, OSError, ValueError):
        return {}
    links = (line.split() for line in text.splitlines() if line.startswith("L "))
    return {words[2]: words[1] for words in links if len(words) == 3}


def _either(cities: tuple[str, ...]) -> str:
    return cities[0] if len(cities) == 1 else f"{', '.join(cities[:-1])} or {cities[-1]}"
