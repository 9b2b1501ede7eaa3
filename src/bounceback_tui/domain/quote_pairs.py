"""Quotes around a piece of a person's text, taken off in pairs or not at all: straight,
curly and guillemets. "'Tell me about a failure': I'd pick a real one" was a skill titled
"Tell me about a failure'", its opening quote taken off and its closing one left (a
tester's note). A straight or curly single quote between two letters is an apostrophe
("I'd", "don’t"), never a quote."""

from __future__ import annotations

# Each opening quote and the quotes that close it ("„" closes with "“" in German, "»" opens
# a German guillemet pair and closes a French one).
_CLOSES: dict[str, str] = {
    '"': '"',
    "'": "'",
    "“": "”",
    "‘": "’",
    "„": "“”",
    "‚": "‘’",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
}
QUOTES = frozenset("\"'“”‘’„‚«»‹›")
_ENDS = ".!?…"


def _is_quote(text: str, at: int) -> bool:
    """True when ``text[at]`` is a quote mark there, not an apostrophe inside a word."""
    mark = text[at]
    if mark not in QUOTES:
        return False
    if mark in "'’":
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        return not (before.isalnum() and after.isalnum())
    return True


def unquoted(text: str) -> str:
    """``text`` without the quotes that wrap all of it, a pair at a time ("“SQL”" -> "SQL",
    '"I need SQL".' -> "I need SQL."); kept when another of those quotes is inside, so the
    two are not one pair ("'A' and 'B'")."""
    text = text.strip()
    while len(text) >= 2 and text[0] in _CLOSES:
        end = len(text) - 1
        stop = ""
        if text[end] in _ENDS and end >= 2 and text[end - 1] in _CLOSES[text[0]]:
            stop, end = text[end], end - 1
        if text[end] not in _CLOSES[text[0]]:
            break
        inner = text[1:end]
        marks = set(text[0] + _CLOSES[text[0]])
        if any(c in marks and _is_quote(inner, i) for i, c in enumerate(inner)):
            break
        text = inner.strip() + stop
    return text


def without_lone_quotes(text: str) -> str:
    """``text`` without a quote at its start or end that no other quote in it pairs with
    ("Tell me about a failure'" -> "Tell me about a failure"); a pair, or a closing "'"
    after an "s" ("the recruiters'"), is kept."""
    text = unquoted(text)
    if text and text[0] in QUOTES and not any(_pairs(text, 0, i) for i in range(1, len(text))):
        text = text[1:].lstrip()
    last = len(text) - 1
    if last >= 0 and text[last] in QUOTES and _is_quote(text, last):
        possessive = text[last] in "'’" and last > 0 and text[last - 1] in "sS"
        if not possessive and not any(_pairs(text, i, last) for i in range(last)):
            text = text[:last].rstrip()
    return text


def _pairs(text: str, opening: int, closing: int) -> bool:
    """True when the quotes at ``opening`` and ``closing`` make a pair."""
    first = text[opening]
    return (
        first in _CLOSES
        and text[closing] in _CLOSES[first]
        and _is_quote(text, opening)
        and _is_quote(text, closing)
    )
