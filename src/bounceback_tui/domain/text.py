"""Cleaning what people type (trimming, Unicode normalisation, refusing control characters),
and neutralising stored text for the screen and the terminal."""

from __future__ import annotations

import re
import unicodedata

from bounceback_tui.errors import FieldError

# Long enough for a pasted job description, short enough that a runaway paste
# (or a hostile import) cannot bloat the store.
LONG_TEXT_LIMIT = 100_000
SHORT_TEXT_LIMIT = 300


def clean_text(
    value: str | None,
    field: str,
    label: str,
    errors: list[FieldError],
    *,
    multiline: bool = False,
    limit: int = SHORT_TEXT_LIMIT,
    required: bool = False,
) -> str:
    """Return the cleaned text, appending a FieldError (and returning "") when refused."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip() if not multiline else text.strip("\n ").rstrip()
    if required and not text:
        errors.append(FieldError(field, f"{label} is required."))
        return ""
    allowed = {"\n", "\t"} if multiline else set()
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        errors.append(FieldError(field, f"{label} contains control characters; remove them."))
        return ""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        errors.append(FieldError(field, f"{label} contains broken characters; retype it."))
        return ""
    if len(text) > limit:
        errors.append(
            FieldError(field, f"{label} is {len(text):,} characters; the limit is {limit:,}.")
        )
        return ""
    return text


# --- Showing stored text safely -------------------------------------------------------------
#
# Text reaches the store by routes that do not go through clean_text (a hand-edited file, an
# older export, a job board's answer), so what is shown or printed is neutralised again:
# every C0 and C1 control character (ESC, BEL, NUL, DEL, CSI, OSC...) and every bidi
# embedding, override and isolate becomes U+FFFD. Newlines and tabs stay (they lay text out,
# they do not command the terminal), and so does "\r\n" (CSV's line ending); a lone "\r"
# (which moves the cursor back over what was shown) does not. Lone surrogates, which no
# terminal can encode, become U+FFFD too. One character in, one character out: offsets and
# lengths are kept.

PLACEHOLDER = "\ufffd"

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f"  # C0 but \t \n \r, DEL, C1
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ud800-\udfff]"  # lone surrogates
    "|\r(?!\n)"  # a carriage return that is not a line ending
)


def display_text(text: str) -> str:
    """``text`` with nothing a terminal would act on: control characters, bidi overrides and
    isolates each replaced by U+FFFD (newlines, tabs and CRLF kept). Safe to print."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(PLACEHOLDER, text)


def is_display_safe(text: str) -> bool:
    """True when ``display_text`` would leave ``text`` as it is."""
    return _UNSAFE.search(text) is None


def json_safe(encoded: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with every character that
    ``display_text`` would replace written as a ``\\uXXXX`` escape instead: the same data for
    any JSON reader, and nothing a terminal acts on if the file is printed."""
    if _UNSAFE.search(encoded) is None:
        return encoded
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", encoded)


def one_line(text: str) -> str:
    """Several pasted lines as one: each line trimmed, blank ones dropped, joined by a space.

    What a one-line field does with a multi-line paste, so nothing pasted is lost unseen
    ("Senior Data\\n Engineer" becomes "Senior Data Engineer").
    """
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


# What a person's name or title may take up inside a sentence the app writes (a toast, a
# "nothing changed" message): at 80 columns a toast holds about 37 cells a line, so a
# 300-character company name would otherwise fill it and push the sentence off.
NAME_CELLS = 32


def _cells(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def clip_name(text: object, cells: int = NAME_CELLS) -> str:
    """A person's text for a sentence: one line (line breaks and runs of spaces become one
    space), neutralised (``display_text``), and cut with an ellipsis to at most ``cells``
    terminal cells (wide characters count two). Plain text: the caller keeps it plain."""
    flat = " ".join(display_text(str(text)).split())
    if sum(_cells(ch) for ch in flat) <= cells:
        return flat
    kept: list[str] = []
    used = 0
    for ch in flat:
        width = _cells(ch)
        if used + width > cells - 1:
            break
        kept.append(ch)
        used += width
    return "".join(kept).rstrip() + "…"
