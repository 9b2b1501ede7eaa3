"""How the matcher reads a text: folded, in words, and a query's words and symbols.

The normalisation behind ``domain/fuzzy`` (every filter, the palette, the pickers) and the
few places that compare names the same way (companies, zones): lower case without accents
or characters of no width (``fold``), the words an item is found by (``words``,
``index_words``), and what a query asks of an item (``query_terms``, ``filter_terms``).
Standard library only, so a module that only folds a name never imports the matcher.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bounceback_tui.domain.text import WITHOUT_ZERO_WIDTH

_WORD = re.compile(r"\w+", re.UNICODE)
# Letters that carry no accent to drop but are still typed as plain Latin letters.
_SPELLED_OUT = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
# The characters of no width (``text.ZERO_WIDTH``): the zero-width non-joiner and joiner,
# how a word is written (a Persian word's non-joiner, "می‌خواهم", is often left out; a joiner
# may come with an emoji), and the zero-width space, the word joiner and the byte order
# mark a paste brings ("Acme" and a U+200B after it found no "Acme": taken for a symbol
# the row must hold). None is a letter: a query and an item match without them, as
# without accents; the stored text keeps them.
#
# The rule is what the screen shows. A character that shows nothing is nothing
# (``_SHOWS_NOTHING``): between two letters it leaves one word, as it is read ("Acme" U+2060
# "Corp" shows "AcmeCorp": found by "acmecorp", "acme" and "corp"), and beside a space it
# leaves the space, so two words stay two ("Acme U+2060 Corp"). Besides those above: the soft
# hyphen a web page puts inside long words, the marks of direction, the combining grapheme
# joiner, the Mongolian vowel separator and the invisible operators, which split a word in
# two ("Glo" U+00AD "bex" was not found by "globex") and were asked of the rows as symbols.
# A character that shows a blank (``_SHOWS_A_BLANK``: the Hangul fillers, read as letters,
# and the blank Braille pattern) is a space: "Acme" U+3164 "Corp" shows "Acme Corp", and was
# one word "acme?corp" that "acme corp" found only inside it, and its initials not at all.
_SHOWS_NOTHING = (
    "\u00ad\u034f\u061c\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
)
_SHOWS_A_BLANK = "\u115f\u1160\u3164\uffa0\u2800"
# ``str.translate``'s table for both (fuzzy_initials reads a name's words through it too).
AS_SHOWN: dict[int, str | None] = {
    **WITHOUT_ZERO_WIDTH,
    **dict.fromkeys(map(ord, _SHOWS_NOTHING)),
    **dict.fromkeys(map(ord, _SHOWS_A_BLANK), " "),
}


def fold(text: str) -> str:
    """Lower case without accents or joiners: "Café Zürich" -> "cafe zurich", "Øresund" ->
    "oresund", "Acme" and a non-joiner typed after it -> "acme"."""
    if text.isascii():
        return text.lower()  # most text, and ten times quicker than decomposing it
    return unicodedata.normalize("NFKD", text.casefold()).translate(_plain_table())


@lru_cache(maxsize=1)
def _plain_table() -> dict[int, str | None]:
    """Combining marks and the characters that show nothing dropped (accents, Hebrew and
    Arabic vowel signs, joiners...), those that show a blank made a space (``AS_SHOWN``), and
    the letters of _SPELLED_OUT spelled out: one str.translate does it all."""
    ranges = (range(0x0300, 0x2000), range(0x20D0, 0x2100), range(0xFE20, 0xFE30))
    table: dict[int, str | None] = {
        code: None for block in ranges for code in block if unicodedata.combining(chr(code))
    }
    table.update(_SPELLED_OUT)
    table.update(AS_SHOWN)
    return table


def words(text: str) -> list[str]:
    """The folded words of ``text``, as they are matched."""
    return _WORD.findall(fold(text))


_JOINED = re.compile(r"\w+(?:['’]\w+)+", re.UNICODE)


def index_words(text: str) -> list[str]:
    """The words an item is found by: its words, and a name written with an apostrophe
    also as one word ("O'Brien": "o", "brien" and "obrien"), so that a slip in it typed
    without the apostrophe is one slip, not two ("obrein" found nothing: a new user's walk)."""
    found = words(text)
    if "'" in text or "’" in text:
        found += [m.group().replace("'", "").replace("’", "") for m in _JOINED.finditer(fold(text))]
    return found


# What is typed between or inside words and stands for no character of its own: a query
# holding it still matches without it ("senior-backend", "acme corp.", "a/b"). Punctuation
# is the same: brackets, quotes, colons, "?" and "!" are how a name is written or a
# question asked, not what the row must hold ("ACME Corp (Data Analyst)", the app's own
# "Company (Role)", "Northwind: C++", "acme?"; the filter texts hold no brackets). A
# symbol ("+", "#", "<", "*") or an emoji is still asked of the row, and so is a full stop
# that begins a word: ".net" is a name (ASP.NET), not "net" (Internet, Netflix).
_SEPARATORS = (
    "-\u2010\u2011\u2012\u2013\u2014\u2015'\u2019.,/"
    '()[]{}:;!?\u00a1\u00bf"\u201c\u201d\u201e\u2018\u201a\u00ab\u00bb\u2039\u203a\u2026'
    "\uff08\uff09\uff1a\uff1b\uff01\uff1f\u3001\u3002\u300c\u300d\u300e\u300f"
)
_SYMBOLS = re.compile(rf"[^\w\s{re.escape(_SEPARATORS)}]+|(?<![\w.])\.\w+", re.UNICODE)


def query_terms(text: str) -> tuple[list[str], list[str]]:
    """What a query asks of an item: words, matched fuzzily, and pieces, each found as
    typed inside the item's folded text. Without a letter or digit ("🙂", "!!", "#") a
    query is its folded pieces alone (a filter of symbols alone showed every item, as if
    nothing had been typed); with words, each run of symbols among them ("c++", "[b]q🚀")
    is a piece, so a symbol or an emoji the item does not hold is no longer passed over
    ("[b]q🚀" found "Café Numérique": its "b" and "q" alone were matched), and so is a word
    begun with a full stop (".net")."""
    found = words(text)
    if not found:
        return [], list(dict.fromkeys(fold(text).split()))
    return found, list(dict.fromkeys(_SYMBOLS.findall(fold(text))))


def filter_terms(text: str) -> list[str]:
    """What a filter looks for: ``query_terms``' words and pieces together."""
    found, pieces = query_terms(text)
    return found + pieces
