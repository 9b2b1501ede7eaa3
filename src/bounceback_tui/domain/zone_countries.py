"""Countries people type for a time zone. One that keeps a single zone is taken as it
("Japan": Asia/Tokyo, "Germany": Europe/Berlin); one that spans several is refused with a
word on why and examples of its cities ("Canada has more than one time zone…"). Before,
"Japan" was refused with "names no place" (the zone database keeps it as an old name) and
"Germany" with "is not a time zone". Only countries whose people all keep one zone are in
the first table: Spain (the Canaries), Portugal (the Azores), Chile (Easter Island) and New
Zealand (the Chathams) are in the second. Those people type most are kept here by hand;
the rest of the tz database's countries (zone.tab and iso3166.tab, public domain) are
written into domain/zone_countries_tab.py by scripts/zone_countries_tab.py: "Nepal",
"Iran" and "Myanmar" were refused, their clocks half an hour or 45 minutes off the hour."""

from __future__ import annotations

from bounceback_tui.domain.zone_countries_tab import TAB_COUNTRY_ZONES, TAB_SEVERAL_ZONES

# A country, as people write it (or a common other name), and its one zone.
COUNTRY_ZONES: dict[str, str] = {
    # Europe
    "United Kingdom": "Europe/London",
    "UK": "Europe/London",
    "Great Britain": "Europe/London",
    "Britain": "Europe/London",
    "England": "Europe/London",
    "Scotland": "Europe/London",
    "Wales": "Europe/London",
    "Ireland": "Europe/Dublin",
    "Germany": "Europe/Berlin",
    "France": "Europe/Paris",
    "Netherlands": "Europe/Amsterdam",
    "Holland": "Europe/Amsterdam",
    "Belgium": "Europe/Brussels",
    "Luxembourg": "Europe/Luxembourg",
    "Switzerland": "Europe/Zurich",
    "Austria": "Europe/Vienna",
    "Italy": "Europe/Rome",
    "Denmark": "Europe/Copenhagen",
    "Norway": "Europe/Oslo",
    "Sweden": "Europe/Stockholm",
    "Finland": "Europe/Helsinki",
    "Iceland": "Atlantic/Reykjavik",
    "Estonia": "Europe/Tallinn",
    "Latvia": "Europe/Riga",
    "Lithuania": "Europe/Vilnius",
    "Poland": "Europe/Warsaw",
    "Czechia": "Europe/Prague",
    "Czech Republic": "Europe/Prague",
    "Slovakia": "Europe/Bratislava",
    "Hungary": "Europe/Budapest",
    "Slovenia": "Europe/Ljubljana",
    "Croatia": "Europe/Zagreb",
    "Serbia": "Europe/Belgrade",
    "Romania": "Europe/Bucharest",
    "Bulgaria": "Europe/Sofia",
    "Greece": "Europe/Athens",
    "Ukraine": "Europe/Kyiv",
    "Turkey": "Europe/Istanbul",
    "Türkiye": "Europe/Istanbul",
    # Africa and the Middle East
    "Israel": "Asia/Jerusalem",
    "United Arab Emirates": "Asia/Dubai",
    "UAE": "Asia/Dubai",
    "Saudi Arabia": "Asia/Riyadh",
    "Qatar": "Asia/Qatar",
    "Egypt": "Africa/Cairo",
    "Morocco": "Africa/Casablanca",
    "Nigeria": "Africa/Lagos",
    "Ghana": "Africa/Accra",
    "Kenya": "Africa/Nairobi",
    "South Africa": "Africa/Johannesburg",
    # Asia
    "India": "Asia/Kolkata",
    "Pakistan": "Asia/Karachi",
    "Bangladesh": "Asia/Dhaka",
    "Sri Lanka": "Asia/Colombo",
    "China": "Asia/Shanghai",
    "Hong Kong": "Asia/Hong_Kong",
    "Taiwan": "Asia/Taipei",
    "Japan": "Asia/Tokyo",
    "South Korea": "Asia/Seoul",
    "Korea": "Asia/Seoul",
    "Singapore": "Asia/Singapore",
    "Malaysia": "Asia/Kuala_Lumpur",
    "Thailand": "Asia/Bangkok",
    "Vietnam": "Asia/Ho_Chi_Minh",
    "Viet Nam": "Asia/Ho_Chi_Minh",  # its own spelling (the field offered Vienna for it)
    "Philippines": "Asia/Manila",
    # The Americas
    "Argentina": "America/Argentina/Buenos_Aires",
    "Colombia": "America/Bogota",
    "Peru": "America/Lima",
    "Venezuela": "America/Caracas",
    "Costa Rica": "America/Costa_Rica",
    "Uruguay": "America/Montevideo",
    "Jamaica": "America/Jamaica",
    "Puerto Rico": "America/Puerto_Rico",
    # Parts of a country that keep a clock of their own, half an hour or 45 minutes off
    "Newfoundland": "America/St_Johns",
    "Chatham Islands": "Pacific/Chatham",
    # Every other country of the tz database that keeps one zone (Nepal, Iran, Myanmar...):
    # written from its zone.tab and iso3166.tab by scripts/zone_countries_tab.py.
    **TAB_COUNTRY_ZONES,
}

# Parts of a country, named as countries ("Wales"): completed after the busy cities, so that
# "Wa" is Washington (offered nothing: the capital or the state, domain/zone_cities.py) and
# "War" Warsaw, not Wales (a fixer's walk); "Wal" is still Wales.
COUNTRY_PARTS = frozenset(("England", "Scotland", "Wales", "Newfoundland", "Chatham Islands"))
# Completed after the busy cities too, for the same reason: "Ber" is Berlin, not Bermuda,
# "Mad" Madrid, not Madagascar, "Van" Vancouver, not Vanuatu.
COMPLETED_LATER = COUNTRY_PARTS | frozenset(TAB_COUNTRY_ZONES)

# A country that keeps more than one zone, and two places to name instead (a city, or the
# zone of the islands that keep another).
SEVERAL_ZONES: dict[str, tuple[str, str]] = {
    "United States": ("New York", "Los Angeles"),
    "USA": ("New York", "Los Angeles"),
    "US": ("New York", "Los Angeles"),
    "America": ("New York", "Los Angeles"),
    "Canada": ("Toronto", "Vancouver"),
    "Mexico": ("Mexico City", "Tijuana"),
    "Brazil": ("Sao Paulo", "Manaus"),
    "Chile": ("Santiago", "Pacific/Easter"),
    "Russia": ("Moscow", "Novosibirsk"),
    "Australia": ("Sydney", "Perth"),
    "New Zealand": ("Auckland", "Pacific/Chatham"),
    "Indonesia": ("Jakarta", "Makassar"),
    "Kazakhstan": ("Almaty", "Aqtobe"),
    "Spain": ("Madrid", "Atlantic/Canary"),
    "Portugal": ("Lisbon", "Atlantic/Azores"),
    **TAB_SEVERAL_ZONES,  # Mongolia, Ecuador, Greenland...: scripts/zone_countries_tab.py
}
