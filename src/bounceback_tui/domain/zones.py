"""Time zones as people type them: an IANA place name (``Europe/Berlin``) or UTC, a city
alone ("zurich", "Munich": ``domain/zone_cities.py``), a country that keeps one zone
("Japan": ``domain/zone_countries.py``), the closest place for a misspelt one,
and what the interview form completes as it is typed (a country before a city: "ind" is
India, "chic" Chicago), and a short name or an offset as what it stands for ("EST": New York;
``domain/zone_abbreviations.py``). The zone database is the standard library's ``zoneinfo``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bounceback_tui.domain.text import quoted
from bounceback_tui.domain.zone_abbreviations import (
    is_short_name_or_offset,
    short_name_place,
    short_name_refusal,
)


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


# The areas of the IANA database's place names (Area/Location, such as Europe/London); with
# "UTC", the only zones a form takes. The rest of the database (EST5EDT, Factory, localtime,
# GMT, Etc/GMT+5 with its sign reversed, US/Eastern, Japan) names no place, or not plainly.
ZONE_AREAS = frozenset(
    [
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    ]
)
# Other names of UTC, written "UTC" (a system set to UTC often calls it Etc/UTC).
UTC_NAMES = frozenset(
    ("UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu")
)


def _is_place(name: str) -> bool:
    area, slash, _ = name.partition("/")
    return name == "UTC" or (bool(slash) and area in ZONE_AREAS)


def parse_zone(text: str) -> str:
    """An IANA area/location zone name (``Europe/Berlin``) or ``UTC``, matched without regard
    to case and spaces typed for underscores; ValueError for a zone that does not exist or
    names no place."""
    raw = text.strip().replace(" ", "_")
    if not raw:
        raise ValueError("Say which time zone, like Europe/London or America/New_York.")
    if (short := short_name_refusal(text, _zones_by_city())) is not None:
        raise ValueError(short)  # "EST", "GMT+1": domain/zone_abbreviations.py
    _refuse_two_places(raw)  # "Washington": the capital or the state
    found = _zone_names().get(raw.casefold())
    if found is None or not _is_place(found):  # "Singapore": the city before the old link
        found = _zone_of_city(raw) or _zone_of_country(raw) or found
    if found in UTC_NAMES:
        return "UTC"
    if found is None or not knows_zone(found):
        raise ValueError(f"{quoted(text)} is not a time zone; {_hint(raw)}")
    if not _is_place(found):
        raise ValueError(
            f"{found!r} names no place; use an area and a city, like Europe/London or "
            "America/New_York, or UTC."
        )
    return found


def form_zone(name: str) -> str | None:
    """``name`` as the interview form takes it (see ``parse_zone``), or None: a zone it does
    not take (an older store's EST5EDT or localtime) or that this machine does not know."""
    try:
        return parse_zone(name) if name.strip() else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """Each place's zone by its city, case-folded ("zurich": "Europe/Zurich"). A city the
    database names twice (America/Buenos_Aires, an old name of America/Argentina/Buenos_Aires)
    keeps the longer name: they are one zone."""
    from bounceback_tui.domain.zone_cities import CITY_ZONES
    from bounceback_tui.domain.zone_countries import COUNTRY_ZONES

    # A country's name is the country, not another zone named like it: "Samoa" is Apia's
    # clock, not Pacific/Samoa (an old name of American Samoa's, a day behind).
    countries = {name.replace(" ", "_").casefold(): zone for name, zone in COUNTRY_ZONES.items()}
    cities: dict[str, str] = {}
    for name in sorted(available_timezones(), key=lambda n: (-len(n), n)):
        city = name.rpartition("/")[2].casefold()
        if name != "UTC" and _is_place(name) and countries.get(city, name) == name:
            cities.setdefault(city, name)
    for city, zone in CITY_ZONES.items():  # Munich: Europe/Berlin (domain/zone_cities.py)
        cities.setdefault(city.replace(" ", "_").casefold(), zone)
    return cities


@lru_cache(maxsize=1)
def zone_suggestions() -> list[str]:
    """What the form completes a zone from, preferred first: the countries that keep one zone
    ("ind": India, not Indianapolis; "chi": China, "chic": Chicago), shorter names first; the
    cities alone, as people write them, the busiest first (``zone_cities.BUSY_CITIES``: "Sao
    Paulo" before "Sao Tome"); the parts of a country named as one ("wal": Wales, while "war" is
    Warsaw; ``zone_countries.COUNTRY_PARTS``); the countries that keep several zones, by name
    only, before the other places and the zones: "can" was completed to Canary, and "austra"
    to Australia/ACT, one zone of many. The form refuses such a country naming two of its
    cities, and so the field offers nothing for it (``ui/people/forms.py``, "Austra" was
    completed to Australia and then refused: a tester's walk). Then the countries of one zone
    fewer people type (``zone_countries.COMPLETED_LATER``: "ber" is Berlin, "berm" Bermuda,
    "americ" America, not American Samoa); then the other places, shorter names first ("New
    Salem"), the full names ("Europe/Zurich"), then UTC. Not "UK", "ACT" or "NSW": letters are
    typed whole. A name of two places in two zones (``zone_cities.SEVERAL_PLACES``,
    "Washington") comes before the busy cities, where it stood among them, and is refused as a
    country of several zones is: "wa" is offered nothing, not New York's zone, and "washington
    s" Washington State."""
    from bounceback_tui.domain.zone_cities import BUSY_CITIES, CITY_ZONES, SEVERAL_PLACES
    from bounceback_tui.domain.zone_countries import (
        COMPLETED_LATER,
        COUNTRY_PARTS,
        COUNTRY_ZONES,
        SEVERAL_ZONES,
    )

    def shorter_first(names: Iterable[str]) -> list[str]:
        return sorted((n for n in names if not n.isupper()), key=lambda n: (len(n), n))

    zones = sorted(set(_zones_by_city().values()))
    names = {name.rpartition("/")[2].replace("_", " ") for name in zones} | set(CITY_ZONES)
    others = shorter_first(names - set(BUSY_CITIES))
    countries = shorter_first(set(COUNTRY_ZONES) - COMPLETED_LATER)
    parts, several = shorter_first(COUNTRY_PARTS), shorter_first(SEVERAL_ZONES)
    later = shorter_first(COMPLETED_LATER - COUNTRY_PARTS)  # "americ" is America, refused
    places = shorter_first(SEVERAL_PLACES)
    return [*countries, *places, *BUSY_CITIES, *parts, *several, *later, *others, *zones, "UTC"]


def is_whole_name(text: str) -> bool:
    """Whether ``text`` is already a whole name the lookup reads (a zone, a city alone, a
    country, UTC), not the start of a longer one: "India" is India, not the beginning of
    Indianapolis, so the field offers no completion for it (a tester's walk: saved with the
    completion showing, "India" became Indianapolis time, ten and a half hours off)."""
    from bounceback_tui.domain.fuzzy_text import fold

    raw = text.strip().replace(" ", "_")
    if not raw:
        return False
    if is_short_name_or_offset(text):
        return True  # "IST" is not the start of Istanbul (domain/zone_abbreviations.py)
    zone = _zone_names().get(raw.casefold())
    if zone is not None and (_is_place(zone) or zone in UTC_NAMES):
        return True
    return _zone_of_city(raw) is not None or fold(raw.replace("_", " ")) in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country the lookup knows, folded: those keeping one zone and those keeping more."""
    from bounceback_tui.domain.fuzzy_text import fold
    from bounceback_tui.domain.zone_countries import COUNTRY_ZONES, SEVERAL_ZONES

    return frozenset(fold(name) for name in [*COUNTRY_ZONES, *SEVERAL_ZONES])


def _zone_of_city(raw: str) -> str | None:
    """The zone of a city typed alone ("zurich", "São Paulo"), people's way of naming one."""
    from bounceback_tui.domain.fuzzy_text import fold

    return None if "/" in raw else _zones_by_city().get(fold(raw))


def _zone_of_country(raw: str) -> str | None:
    """The zone of a country that keeps one ("japan": Asia/Tokyo; domain/zone_countries.py);
    ValueError naming two of its cities for one that keeps several ("canada")."""
    from bounceback_tui.domain.fuzzy_text import fold
    from bounceback_tui.domain.zone_countries import COUNTRY_ZONES, SEVERAL_ZONES

    folded = fold(raw.replace("_", " "))
    one = {fold(name): zone for name, zone in COUNTRY_ZONES.items()}
    several = {fold(name): (name, cities) for name, cities in SEVERAL_ZONES.items()}
    if folded in several:
        name, (first, second) = several[folded]
        raise ValueError(
            f"{name} has more than one time zone; name a city, like {first} or {second}."
        )
    return one.get(folded)


def _refuse_two_places(raw: str) -> None:
    """ValueError naming both places, each with its zone, for a name that is two places in
    two zones ("Washington": ``zone_cities.SEVERAL_PLACES``); nothing for any other."""
    from bounceback_tui.domain.fuzzy_text import fold
    from bounceback_tui.domain.zone_cities import SEVERAL_PLACES

    folded = fold(raw.strip().replace("_", " "))
    for name, places in SEVERAL_PLACES.items():
        if fold(name) == folded:
            first, second = (f"{p} ({_zones_of_place(p)})" for p in places)
            raise ValueError(f"{name} can mean {first} or {second}; type which one.")


def _zones_of_place(place: str) -> str:
    """The zone of a place ``SEVERAL_PLACES`` names ("Tbilisi": Asia/Tbilisi), or the two of a
    country of several ("DR Congo": Africa/Kinshasa or Africa/Lubumbashi)."""
    from bounceback_tui.domain.zone_countries import SEVERAL_ZONES

    if place in SEVERAL_ZONES:
        first, second = (_zones_of_place(p) for p in SEVERAL_ZONES[place])
        return f"{first} or {second}"
    raw = place.replace(" ", "_")
    return _zone_of_city(raw) or _zone_of_country(raw) or raw


def _hint(raw: str) -> str:
    """What follows "is not a time zone": the name the field offers for ``raw`` with its
    zone ("did you mean Chicago (America/Chicago)?"), or else the place spelt closest
    ("zurik": "did you mean Europe/Zurich?"), or else examples. ValueError naming two cities
    for the start of a country that keeps several zones ("austra": Australia)."""
    from rapidfuzz import fuzz, process

    from bounceback_tui.domain.fuzzy_text import fold

    if (offered := offered_zone(raw)) is not None:
        _refuse_two_places(offered)  # "wash": Washington, the capital or the state
        zone = _zone_of_city(offered.replace(" ", "_")) or _zone_of_country(offered) or offered
        return (
            f"did you mean {offered}?" if zone == offered else f"did you mean {offered} ({zone})?"
        )
    cities = _zones_by_city()
    found = process.extractOne(
        fold(raw.rpartition("/")[2]), cities.keys(), scorer=fuzz.ratio, score_cutoff=70
    )
    if found is None:
        return "use a name like Europe/London, America/New_York or Asia/Tokyo."
    return f"did you mean {cities[found[0]]}?"


def offered_zone(text: str) -> str | None:
    """The name the field completes ``text`` to (``zone_suggestions``: "chic", Chicago;
    "europe/zu", Europe/Zurich), as the refusal of ``text`` names it; None for fewer than
    three letters (they say too little), a whole name, or nothing begun. For a short name
    the place it stands for ("EST": New York, not Estonia)."""
    from bounceback_tui.domain.fuzzy_text import fold

    if (place := short_name_place(text)) is not None:
        return place
    raw = text.strip().replace(" ", "_")
    if len(raw) < 3 or is_whole_name(raw):
        return None
    begun = fold(raw)
    return next((item for key, item in _folded_suggestions() if key.startswith(begun)), None)


def zone_to_take(text: str) -> str | None:
    """``offered_zone(text)`` if the form takes it (not a country of several zones)."""
    offered = offered_zone(text)
    return offered if offered is not None and form_zone(offered) is not None else None


@lru_cache(maxsize=1)
def _folded_suggestions() -> list[tuple[str, str]]:
    from bounceback_tui.domain.fuzzy_text import fold

    return [(fold(item.replace(" ", "_")), item) for item in zone_suggestions()]


def knows_zone(name: str) -> bool:
    return load_zone(name) is not None


def load_zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
