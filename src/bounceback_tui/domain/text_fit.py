"""How much of a paste or a key a text box with a limit takes: counted as its save counts.

A box stops at the limit its save checks (``ui/kit/fields``), and the save counts the text
after ``clean_text`` has put it in Unicode's composed form (NFC). Most text is the same length
either way, but not all: "क़" (U+0958) is one of the characters NFC never composes, and becomes
two code points, so 300 of them typed into a 300-character box were refused as 600 on save.
The box counts as the save does (``saved_length``), and what it takes is cut only between
what a reader sees as one character (``domain.graphemes``): a family emoji, a flag, a letter
and its accents are kept whole or left out whole, never cut into another character.
"""

from __future__ import annotations

import unicodedata

from bounceback_tui.domain.graphemes import clusters
from bounceback_tui.domain.text import BIDI_CONTROLS

_NO_BIDI = str.maketrans(dict.fromkeys(BIDI_CONTROLS))


def saved_length(text: str) -> int:
    """The characters ``text`` counts as when saved (``clean_text`` counts it composed)."""
    if text.isascii():
        return len(text)
    return len(unicodedata.normalize("NFC", text))


def without_bidi_controls(text: str) -> str:
    """``text`` without bidi embeddings, overrides and isolates (U+202A-U+202E,
    U+2066-U+2069). A key typed with one is not taken (a terminal's key is taken only when
    it prints, and these do not), so a paste drops them too."""
    return text.translate(_NO_BIDI) if not text.isascii() else text


def box_length(text: str) -> int:
    """The room ``text`` takes in a box with a limit: as the save counts it, and never less
    than the code points the box holds (Textual's one-line box counts those)."""
    return max(len(text), saved_length(text))


def fitting(before: str, insert: str, after: str, limit: int) -> str:
    """The longest start of ``insert``, cut between whole clusters, that put between
    ``before`` and ``after`` keeps the whole within ``limit`` (``box_length``)."""
    if box_length(before + insert + after) <= limit:
        return insert
    room = limit - box_length(before + after)
    if room <= 0:
        return ""
    if insert.isascii() and "\r" not in insert:  # one character a code point: no table asked
        kept_ascii = insert[:room]
        while kept_ascii and box_length(before + kept_ascii + after) > limit:
            kept_ascii = kept_ascii[:-1]
        return kept_ascii
    # A cluster counts at least its code points, so no more than ``room`` of them can be
    # taken: the rest of a long paste is not looked at.
    looked_at = room + 1
    pieces = list(clusters(insert[:looked_at]))
    if len(insert) > looked_at:
        pieces.pop()  # it may be a cluster's start only
    kept: list[str] = []
    used = 0
    for cluster in pieces:
        size = box_length(cluster)
        if used + size > room:
            break
        kept.append(cluster)
        used += size
    # A cluster may compose with its neighbours: checked whole, one cluster less each time.
    while kept and box_length(before + "".join(kept) + after) > limit:
        kept.pop()
    return "".join(kept)
