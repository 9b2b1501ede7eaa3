"""Where a person's text may be cut: between what a reader sees as one character.

A letter and its combining accents ("e" + U+0301), an emoji joined by zero-width joiners (a
family), an emoji and its skin tone or variation selector, and a pair of regional indicators
(a flag) are each one character to a reader, though several code points. Cutting between them
leaves a bare accent, half a family or half a flag; so text is cut, and a field's cursor
steps, only at the edges of these clusters (``boundaries``).

Pure Python on ``unicodedata`` (the domain imports no Rich): close to Unicode's extended
grapheme clusters for the text people type, without Hangul syllables built of jamo. The cells
a cluster takes are measured by a function the caller may give (``cut_cells``): the UI gives
Rich's, so its columns are measured as Textual draws them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator

ZWJ = "\u200d"
ELLIPSIS = "\u2026"
# Marks, and the joiners and selectors that belong to the character before them.
_MARKS = frozenset(("Mn", "Me", "Mc"))


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _extends(ch: str) -> bool:
    """True for a code point that belongs to the cluster before it (a mark, a variation
    selector, a skin tone, an emoji tag, a zero-width non-joiner)."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in _MARKS
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tags (subdivision flags)
        or ch == "\u200c"
    )


def _cluster_end(text: str, start: int) -> int:
    """Where the cluster beginning at ``start`` ends."""
    size = len(text)
    index = start + 1
    if text[start] == "\r" and index < size and text[index] == "\n":
        return index + 1
    if text[start] in "\r\n":
        return index
    if _regional(text[start]) and index < size and _regional(text[index]):
        index += 1  # a flag: two regional indicators
    while index < size:
        ch = text[index]
        if ch == ZWJ:
            index += 1
            if index < size and text[index] not in "\r\n":
                index += 1  # the character joined on (the next member of a family)
        elif _extends(ch):
            index += 1
        else:
            break
    return index


def clusters(text: str) -> Iterator[str]:
    """``text`` as the characters a reader sees, in order."""
    start = 0
    while start < len(text):
        end = _cluster_end(text, start)
        yield text[start:end]
        start = end


def boundaries(text: str) -> list[int]:
    """Every index ``text`` may be cut at, 0 and ``len(text)`` included."""
    found = [0]
    while found[-1] < len(text):
        found.append(_cluster_end(text, found[-1]))
    return found


def step_left(text: str, index: int) -> int:
    """Where a cursor at ``index`` goes one character to the left (the start of the cluster
    before it)."""
    return max((edge for edge in boundaries(text) if edge < index), default=0)


def step_right(text: str, index: int) -> int:
    """Where a cursor at ``index`` goes one character to the right (the end of the cluster
    after it)."""
    return min((edge for edge in boundaries(text) if edge > index), default=len(text))


def cluster_cells(cluster: str) -> int:
    """The terminal cells one cluster takes, by Python's Unicode tables: two for a wide
    character, an emoji shown as one (VS16) or a flag, none for a mark or a format character
    alone, else one."""
    first = cluster[0]
    if _regional(first):
        return len(cluster) if len(cluster) <= 2 else 2
    if unicodedata.category(first) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(first) in ("W", "F") or "\ufe0f" in cluster:
        return 2
    return 1


def cut_cells(text: str, cells: int, measure: Callable[[str], int] = cluster_cells) -> str:
    """``text`` as it is if it takes ``cells`` terminal cells or fewer, else cut with an
    ellipsis to at most that many, never inside a cluster (a space before the cut dropped).
    ``measure`` gives one cluster's cells."""
    if text.isascii():  # one cell a character, none combines: no table asked
        if len(text) <= cells:
            return text
        return text[: max(0, cells - 1)].rstrip() + ELLIPSIS
    parts = [(part, measure(part)) for part in clusters(text)]
    if sum(width for _part, width in parts) <= cells:
        return text
    kept: list[str] = []
    used = 0
    for part, width in parts:
        if used + width > cells - 1:
            break
        kept.append(part)
        used += width
    return "".join(kept).rstrip() + ELLIPSIS
