"""A command's words on a stream that cannot show every character: as near as it can.

With the C locale and Python's UTF-8 reading of it off (PYTHONUTF8=0, PYTHONCOERCECLOCALE=0)
or PYTHONIOENCODING=ascii, standard output is ASCII: `today` listing "Åsa Design — Zoë"
ended with "Something went wrong (UnicodeEncodeError …)", exit 70. Standard output and
standard error now write such a character as near as the stream allows: its letter without
the accent ("Asa", "Zoe"), a dash or quote as its ASCII twin, else "?". Never the bytes of
another encoding (mojibake), never a crash. A UTF-8 stream is left as it is, and the data a
command prints (an export, `today --json`) goes out in UTF-8 whatever the locale
(``commands.Utf8Stdout``). Standard library only (``commands/__init__``'s rule).
"""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata

HANDLER = "bounceback-near"

# Marks with an ASCII twin that no decomposition gives.
_TWINS = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2022": "*",
    "\u00b7": "-",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00d7": "x",
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u00c6": "AE",
    "\u0153": "oe",
    "\u0152": "OE",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u00a0": " ",
}


def near(char: str, encoding: str) -> str:
    """``char`` as near as ``encoding`` can write it: "é" as "e", "—" as "-", else "?"."""
    for candidate in (
        _TWINS.get(char, ""),
        "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)),
    ):
        if candidate and candidate != char:
            try:
                candidate.encode(encoding)
            except (UnicodeEncodeError, LookupError):
                continue
            return candidate
    return "?"


def _near_error(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(near(char, error.encoding) for char in text), error.end


def near_on_streams() -> None:
    """Standard output and error write what their encoding cannot show as near as it can,
    when that encoding is not a UTF one (a UTF-8 stream shows everything: left alone)."""
    codecs.register_error(HANDLER, _near_error)
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or ""
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            continue
        if name.startswith("utf"):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=HANDLER)
