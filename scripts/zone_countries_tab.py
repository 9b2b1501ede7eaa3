"""Write src/bounceback_tui/domain/zone_countries_tab.py: the countries of the tz database
that keep one zone, by the names people type, beyond zone_countries.py's hand-kept table.

Read from the tz database's zone.tab (each country's zones) and iso3166.tab (each country's
name), both public domain, as the ``tzdata`` package ships them (a dependency through
``icalendar``). A country zone.tab gives one zone is taken with that zone. One it gives
several is taken with its main zone where they all keep the same clock (``SAME_CLOCK``:
Büsingen keeps Zurich's, which is Berlin's), and is otherwise a country to name a city of
(``SEVERAL``). Names iso3166.tab writes with a note in brackets ("Myanmar (Burma)") are
written out by hand (``NAMES``).

Run: PYTHONPATH=src /work/venv/bin/python scripts/zone_countries_tab.py
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from pathlib import Path

import tzdata

OUT = Path(__file__).parent.parent / "src/bounceback_tui/domain/zone_countries_tab.py"
# Names iso3166.tab writes another way, as people type them ("" leaves the code out: a
# territory nobody names for an interview, or a name already in zone_countries.py).
NAMES: dict[str, tuple[str, ...]] = {
    # Georgia: the US state too (Atlanta, New York's zone); "Georgia" alone is asked about
    # (zone_cities.SEVERAL_PLACES), "Tbilisi" is taken.
    "GE": (),
    "CF": ("Central African Republic",),
    "TF": ("French Southern Territories",),
    "AQ": (),  # Antarctica: its stations keep many zones, and no one interviews there
    "UM": (),  # the US minor outlying islands
    "BQ": ("Caribbean Netherlands", "Bonaire"),
    # DR Congo keeps two clocks (SEVERAL); "Congo" alone is asked about (zone_cities).
    "CG": ("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "FK": ("Falkland Islands", "Falklands"),
    "FM": ("Micronesia",),
    "GB": (),
    "GS": ("South Georgia",),
    "HM": (),
    "IO": ("British Indian Ocean Territory",),
    "KP": ("North Korea",),
    "KR": (),
    "MM": ("Myanmar", "Burma"),
    "PS": ("Palestine",),
    "SZ": ("Eswatini", "Swaziland"),
    "TL": ("East Timor", "Timor-Leste"),
    "US": (),
    "VA": ("Vatican City", "Vatican"),
    "VG": ("British Virgin Islands",),
    "VI": ("US Virgin Islands",),
    "MK": ("North Macedonia", "Macedonia"),
    "CZ": (),
    "SH": ("Saint Helena", "St Helena"),
    "KN": ("Saint Kitts and Nevis", "St Kitts and Nevis"),
    "LC": ("Saint Lucia", "St Lucia"),
    "MF": ("Saint Martin", "St Martin"),
    "PM": ("Saint Pierre and Miquelon", "St Pierre and Miquelon"),
    "VC": ("Saint Vincent", "St Vincent"),
    "BL": ("Saint Barthélemy", "St Barths"),
    "SX": ("Sint Maarten",),
    "AS": ("American Samoa",),
    # "Samoa" is the country, Apia's clock, not Pacific/Samoa, an old name of American
    # Samoa's zone a day behind (domain/zones.py lets a country's name win over it).
    "WS": ("Samoa", "Western Samoa"),
    "CC": ("Cocos Islands", "Cocos (Keeling) Islands"),
    "TC": ("Turks and Caicos Islands", "Turks and Caicos"),
    "BA": ("Bosnia and Herzegovina", "Bosnia"),
    "TT": ("Trinidad and Tobago", "Trinidad"),
    "ST": ("Sao Tome and Principe", "São Tomé and Príncipe"),
}
# Countries of several zones in zone.tab whose zones all keep one clock now: the zone taken.
SAME_CLOCK = {
    "DE": "Europe/Berlin",  # and Büsingen (Zurich's clock, the same)
    "CN": "Asia/Shanghai",  # Urumqi's is the unofficial local time
    "CY": "Asia/Nicosia",  # and Famagusta
    "UA": "Europe/Kyiv",  # Simferopol is Crimea's, under Moscow time since 2014
    "MY": "Asia/Kuala_Lumpur",  # and Kuching
    "UZ": "Asia/Tashkent",  # and Samarkand
    "AR": "America/Argentina/Buenos_Aires",  # every province keeps -03
    "MH": "Pacific/Majuro",  # and Kwajalein, both +12
}
# Countries of several clocks, with two places to name instead (zone_countries.SEVERAL_ZONES
# has the rest), by each name people type. DR Congo written out was not read (the
# twenty-sixth round's list).
SEVERAL: dict[str, tuple[tuple[str, ...], tuple[str, str]]] = {
    "CD": (
        (
            "DR Congo",
            "Democratic Republic of the Congo",
            "Democratic Republic of Congo",
            "DRC",
            "Congo-Kinshasa",
            "Congo Kinshasa",
        ),
        ("Kinshasa", "Lubumbashi"),
    ),
    "EC": (("Ecuador",), ("Guayaquil", "Pacific/Galapagos")),
    "GL": (("Greenland",), ("Nuuk", "America/Thule")),
    "KI": (("Kiribati",), ("Tarawa", "Kiritimati")),
    "FM": (("Micronesia",), ("Chuuk", "Pohnpei")),
    "MN": (("Mongolia",), ("Ulaanbaatar", "Hovd")),
    "PF": (("French Polynesia",), ("Tahiti", "Pacific/Marquesas")),
    "PG": (("Papua New Guinea",), ("Port Moresby", "Pacific/Bougainville")),
    "PS": (("Palestine",), ("Gaza", "Hebron")),
}


def main() -> None:
    sys.path.insert(0, str(OUT.parents[2]))
    from bounceback_tui.domain.fuzzy_text import fold
    from bounceback_tui.domain.zone_countries import COUNTRY_ZONES, SEVERAL_ZONES
    from bounceback_tui.domain.zone_countries_tab import TAB_COUNTRY_ZONES, TAB_SEVERAL_ZONES

    base = Path(os.path.dirname(tzdata.__file__)) / "zoneinfo"
    names: dict[str, str] = {}
    for line in (base / "iso3166.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            names[code] = name
    zones: dict[str, list[str]] = defaultdict(list)
    for line in (base / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _where, zone = line.split("\t")[:3]
            zones[code].append(zone)
    # The names zone_countries.py keeps by hand (not those this script wrote before).
    hand = set(COUNTRY_ZONES) - set(TAB_COUNTRY_ZONES) | set(SEVERAL_ZONES) - set(TAB_SEVERAL_ZONES)
    known = {fold(name) for name in hand}
    one: dict[str, str] = {}
    several: dict[str, tuple[str, str]] = {}
    for code, its in sorted(zones.items(), key=lambda item: names[item[0]]):
        if code in SEVERAL:
            named, places = SEVERAL[code]
            for name in named:
                if fold(name) not in known:
                    several[name] = places
            continue
        zone = its[0] if len(its) == 1 else SAME_CLOCK.get(code)
        if zone is None:
            continue  # several clocks: zone_countries.SEVERAL_ZONES names its cities
        written = NAMES.get(code, (names[code].replace("&", "and"),))
        for name in written:
            assert "(" not in name or code in NAMES, f"{code} {name}: write its name in NAMES"
            if fold(name) not in known:
                one[name] = zone
    lines = [
        '"""The countries of the tz database that keep one zone (and those of several clocks',
        "that zone_countries.py's own tables leave out), by the names people type. Written by",
        "scripts/zone_countries_tab.py from the tz database's zone.tab and iso3166.tab (public",
        'domain), as the ``tzdata`` package ships them: do not edit by hand."""',
        "",
        "TAB_COUNTRY_ZONES: dict[str, str] = {",
        *(f'    "{name}": "{zone}",' for name, zone in one.items()),
        "}",
        "",
        "TAB_SEVERAL_ZONES: dict[str, tuple[str, str]] = {",
        *(f'    "{name}": ("{a}", "{b}"),' for name, (a, b) in several.items()),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(one)} countries of one zone, {len(several)} of several")


if __name__ == "__main__":
    main()
