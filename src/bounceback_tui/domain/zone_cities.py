"""Cities people name for a time zone that the zone database does not: Munich is in Berlin's
zone, San Francisco in Los Angeles's. A short table of the places a job search most often
meets (tech and business hubs), each checked against the zone the city keeps; the interview
form takes these as it takes a zone's own city (``domain/interviews.parse_zone``).

``BUSY_CITIES`` orders what the form completes a zone to: the cities a job search most often
meets come first, roughly by the size of their metropolitan area, so "sao" completes to Sao
Paulo, not Sao Tome, and "sy" to Sydney, not Syowa (a research station); other places follow,
shorter names first.

``SEVERAL_PLACES``: a name that is two places in two time zones, each to be named whole.
"Washington" was taken as the capital's zone (New York's), while the US state of Washington
keeps Pacific time, three hours behind (the twenty-third round's list); the form refuses it
naming both, and the field offers neither for it (``domain/zones.py``). "Portland" was taken
as Oregon's, while Portland, Maine keeps Eastern time, three hours ahead, and "San Jose" as
California's, while San José, Costa Rica's capital, is an hour or two ahead (the twenty-fourth
round's list): each is now named with its state or country. "Georgia" is the country (all of
it on Tbilisi's clock) or the US state (New York's), and "Congo" the Republic of the Congo
(Brazzaville's) or DR Congo (Kinshasa's in the west, Lubumbashi's an hour ahead in the east):
the zone field read neither as a country, offering South Georgia's zone for the first and
Brazzaville's for the second (the twenty-fifth round's list). The table's other cities were
left as they are: each shares its zone with its namesake (Austin, Minnesota), or is the place
a job search means by the name, far the larger (Manchester, though New Hampshire has one)."""

from __future__ import annotations

CITY_ZONES: dict[str, str] = {
    # North America
    "San Francisco": "America/Los_Angeles",
    # San Jose and Portland alone are two places each (SEVERAL_PLACES): named whole here.
    "San Jose, CA": "America/Los_Angeles",
    "San Jose CA": "America/Los_Angeles",
    "San Jose, California": "America/Los_Angeles",
    "San Jose, Costa Rica": "America/Costa_Rica",
    "San Diego": "America/Los_Angeles",
    "Seattle": "America/Los_Angeles",
    "Portland, OR": "America/Los_Angeles",
    "Portland OR": "America/Los_Angeles",
    "Portland, Oregon": "America/Los_Angeles",
    "Portland, ME": "America/New_York",
    "Portland ME": "America/New_York",
    "Portland, Maine": "America/New_York",
    "Las Vegas": "America/Los_Angeles",
    "Salt Lake City": "America/Denver",
    "Austin": "America/Chicago",
    "Dallas": "America/Chicago",
    "Houston": "America/Chicago",
    "Minneapolis": "America/Chicago",
    "Boston": "America/New_York",
    "Washington DC": "America/New_York",
    # The capital as people spell it: with or without the comma and the dots, or alone.
    "Washington D.C.": "America/New_York",
    "Washington, DC": "America/New_York",
    "Washington, D.C.": "America/New_York",
    "Washington D.C": "America/New_York",
    "Washington, D.C": "America/New_York",
    "DC": "America/New_York",
    "D.C.": "America/New_York",
    "Washington State": "America/Los_Angeles",
    # Georgia alone is the US state or the country (SEVERAL_PLACES): the state named whole.
    "Georgia, US": "America/New_York",
    "Georgia US": "America/New_York",
    "Georgia, USA": "America/New_York",
    "Georgia USA": "America/New_York",
    "Atlanta": "America/New_York",
    "Miami": "America/New_York",
    "Philadelphia": "America/New_York",
    "Pittsburgh": "America/New_York",
    "Ottawa": "America/Toronto",
    "Calgary": "America/Edmonton",
    # South America
    "Rio de Janeiro": "America/Sao_Paulo",
    # Europe
    "Munich": "Europe/Berlin",
    "Frankfurt": "Europe/Berlin",
    "Hamburg": "Europe/Berlin",
    "Cologne": "Europe/Berlin",
    "Geneva": "Europe/Zurich",
    "Basel": "Europe/Zurich",
    "Barcelona": "Europe/Madrid",
    "Milan": "Europe/Rome",
    "Lyon": "Europe/Paris",
    "Rotterdam": "Europe/Amsterdam",
    "Gothenburg": "Europe/Stockholm",
    "Krakow": "Europe/Warsaw",
    "Manchester": "Europe/London",
    "Edinburgh": "Europe/London",
    "Glasgow": "Europe/London",
    "Cork": "Europe/Dublin",
    # Africa and the Middle East
    "Cape Town": "Africa/Johannesburg",
    "Doha": "Asia/Qatar",
    # Asia and Oceania
    "Beijing": "Asia/Shanghai",
    "Shenzhen": "Asia/Shanghai",
    "Bangalore": "Asia/Kolkata",
    "Bengaluru": "Asia/Kolkata",
    "Mumbai": "Asia/Kolkata",
    "Delhi": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata",
    "Hyderabad": "Asia/Kolkata",
    "Chennai": "Asia/Kolkata",
    "Pune": "Asia/Kolkata",
    "Lahore": "Asia/Karachi",
    "Osaka": "Asia/Tokyo",
    "Abu Dhabi": "Asia/Dubai",
    "Wellington": "Pacific/Auckland",
}


# Completed first, in this order (roughly by metropolitan population, the busiest job markets).
BUSY_CITIES: tuple[str, ...] = (
    *("Tokyo", "Delhi", "Shanghai", "Sao Paulo", "Mexico City", "Cairo", "Mumbai", "Beijing"),
    *("Dhaka", "Osaka", "New York", "Karachi", "Buenos Aires", "Istanbul", "Kolkata"),
    *("Manila", "Lagos", "Seoul", "Rio de Janeiro", "Los Angeles", "Moscow", "Shenzhen"),
    *("Bangalore", "London", "Paris", "Bogota", "Jakarta", "Lima", "Bangkok", "Chennai"),
    *("Hyderabad", "Lahore", "Tehran", "Chicago", "Ho Chi Minh", "Hong Kong", "Johannesburg"),
    *("Madrid", "Toronto", "Dallas", "Houston", "Singapore", "Atlanta", "Washington DC"),
    *("Miami", "Philadelphia", "Santiago", "Pune", "Riyadh", "Barcelona", "Sydney"),
    *("Melbourne", "Boston", "Berlin", "San Francisco", "Seattle", "Montreal", "Dubai"),
    *("Rome", "Milan", "Athens", "Kyiv", "Lisbon", "Nairobi", "Taipei", "Kuala Lumpur"),
    *("Cape Town", "Casablanca", "Phoenix", "Detroit", "Minneapolis", "San Diego", "Denver"),
    *("Vancouver", "Brisbane", "Perth", "Warsaw", "Budapest", "Vienna", "Hamburg"),
    *("Bucharest", "Munich", "Prague", "Stockholm", "Amsterdam", "Copenhagen", "Dublin"),
    *("Brussels", "Helsinki", "Oslo", "Zurich", "Frankfurt", "Auckland", "Austin"),
    *(
        "Portland, OR",
        "Portland OR",
        "Calgary",
        "Ottawa",
        "Adelaide",
        "Tel Aviv",
        "Doha",
        "Abu Dhabi",
    ),
    *("Manchester", "Edinburgh", "Geneva", "Wellington"),
)


# A name, and the two places it can mean, each a name the lookup takes whole: a city of
# CITY_ZONES or the zone database, or a country (domain/zone_countries.py).
SEVERAL_PLACES: dict[str, tuple[str, str]] = {
    "Washington": ("Washington DC", "Washington State"),
    "Portland": ("Portland, Oregon", "Portland, Maine"),
    "San Jose": ("San Jose, California", "San Jose, Costa Rica"),
    "Georgia": ("Tbilisi", "Georgia, US"),
    "Congo": ("Republic of the Congo", "DR Congo"),
}
