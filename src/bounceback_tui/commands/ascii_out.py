"""The command line's sentences on a terminal that is not UTF-8: the app's drawing characters
(an ellipsis, arrows, bullets, box lines, curly quotes, dashes) as ASCII, never a crash.

A tester's walk: `PYTHONIOENCODING=ascii bounceback-tui today` ended with "Something went
wrong (UnicodeEncodeError: 'ascii' codec can't encode character '\\u201c' …)" and a crash log;
with `LANG=C` or `LC_ALL=C`, Python writes UTF-8 all the same (its UTF-8 mode, PEP 540), and
an ASCII terminal showed "â€¦" for every "…". Now a stream that cannot encode a character
writes its ASCII stand-in ("..." for "…", "->" for "→", '"' for "“"), a letter its base
letter ("Asa" for "Åsa"), anything else "?" (``fallback``); and a terminal Python writes
UTF-8 to only because the locale said C is written to in ASCII (``fit_streams``).

The data a command prints (an export to ``-o -``, the calendar, `today --json`) is not these
sentences: it goes out in UTF-8 whatever the locale, byte for byte (``Utf8Stdout``).
Standard library only, like every module the command line imports.
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import TextIO

ERRORS = "bounceback-ascii"
# The app's own characters, each as ASCII says it.
STAND_INS = {
    "\u2026": "...",  # …
    "\u2192": "->",
    "\u2190": "<-",
    "\u2191": "^",
    "\u2193": "v",
    "\u21b5": "<-'",
    "\u2022": "*",  # •
    "\u00b7": "-",  # ·, between two things said
    "\u2013": "-",  # –
    "\u2014": "--",  # —
    "\u2212": "-",  # −
    "\u2010": "-",
    "\u2011": "-",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u00ab": "<<",
    "\u00bb": ">>",
    "\u2039": "<",
    "\u203a": ">",
    "\u00d7": "x",
    # Letters no decomposition takes to ASCII.
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u00c6": "AE",
    "\u0153": "oe",
    "\u0152": "OE",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u2713": "v",
    "\u2714": "v",
    "\u2717": "x",
    "\u2718": "x",
    "\u2605": "*",
    "\u2606": "*",
    "\u2588": "#",
    "\u2593": "#",
    "\u2592": ":",
    "\u2591": ".",
    "\u2248": "~",
    "\u00b1": "+/-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u20ac": "EUR",
    "\u00a3": "GBP",
    "\ufffd": "?",  # what terminal_text shows for a control character
}
_BOX = range(0x2500, 0x2580)  # box drawing: lines and corners


def stand_in(char: str) -> str:
    """``char`` in ASCII: its stand-in, a box line as "-", "|" or "+", a letter with a mark
    as the letter ("Å" as "A", "²" as "2"), else "?"."""
    if char in STAND_INS:
        return STAND_INS[char]
    import unicodedata

    if ord(char) in _BOX:
        name = unicodedata.name(char, "")
        across, down = "HORIZONTAL" in name, "VERTICAL" in name
        return "-" if across and not down else "|" if down and not across else "+"
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and base.isascii() and base.isprintable() else "?"


def fallback(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler ``ERRORS``: each character the stream cannot encode as
    ``stand_in`` says it."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(stand_in(char) for char in text), error.end


def fit_streams() -> None:
    """Standard output and error, for a command's sentences: any character the stream
    cannot encode written as ASCII (``fallback``), and a terminal whose locale says C (or
    POSIX, or none), which Python writes UTF-8 to all the same, written to in ASCII."""
    try:
        codecs.lookup_error(ERRORS)
    except LookupError:
        codecs.register_error(ERRORS, fallback)
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if _utf8(stream.encoding) and _ascii_terminal(stream):
                reconfigure(encoding="ascii", errors=ERRORS)
            elif not _utf8(stream.encoding):
                reconfigure(errors=ERRORS)
        except (AttributeError, LookupError, OSError, ValueError):  # closed or replaced
            continue


def _utf8(encoding: object) -> bool:
    try:
        return isinstance(encoding, str) and codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


# What Python sets LC_CTYPE to when it coerces a C locale (PEP 538): not the person's word.
_COERCED = ("C.UTF-8", "C.utf8", "UTF-8")


def _ascii_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal that Python writes UTF-8 to only because the locale
    said C: its UTF-8 mode turned on by itself (not by PYTHONUTF8 or -X utf8, nor the
    encoding chosen with PYTHONIOENCODING), and the locale the person set (LC_ALL, LC_CTYPE
    unless Python's own, LANG) names no UTF-8."""
    chosen = ("PYTHONUTF8", "PYTHONIOENCODING")  # the person chose the stream's encoding
    if not sys.flags.utf8_mode or any(os.environ.get(name) for name in chosen):
        return False
    if "utf8" in sys._xoptions:
        return False
    try:
        if not stream.isatty():
            return False  # a file or a program: UTF-8, as Python chose
    except (AttributeError, ValueError, OSError):
        return False
    ctype = os.environ.get("LC_CTYPE", "")
    said = (
        os.environ.get("LC_ALL")
        or ("" if ctype in _COERCED else ctype)
        or os.environ.get("LANG")
        or ""
    )
    return "utf-8" not in said.lower().replace("utf8", "utf-8")
