"""A fetched page's bytes as text, the way a browser picks their encoding.

In order: a byte order mark (UTF-8, UTF-16 LE or BE); the charset the HTTP header names;
a ``<meta charset>`` (or ``http-equiv`` Content-Type) in the first 2 KB; UTF-8 if the
bytes are valid UTF-8; else windows-1252, what browsers read an unlabelled Western page
as. As in browsers, the labels "iso-8859-1", "latin1" and "ascii" mean windows-1252 (its
curly quotes and euro sign sit where Latin-1 has control characters), and a ``<meta>``
naming UTF-16 means UTF-8 (a page whose meta could be read as ASCII is not UTF-16).
Only a real text encoding is honoured (``domain/encodings.text_codec``): a label naming
"hex", "base64", "utf-7", "idna" or "utf-32" is passed over for the next clue, as is one
whose codec still fails on the bytes, so a page's label never stops it being read.

A Latin-1 page served as ``text/html`` without a charset, titled "Ingénieur Zürich", read
as "Ing\ufffdnieur Z\ufffdrich"; a UTF-16 page with a BOM read as noise, and so "No job
posting was found" (an attacker's walk).
"""

from __future__ import annotations

import codecs
import re

from bounceback_tui.domain.encodings import text_codec

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_AS_WINDOWS_1252 = ("iso8859-1", "ascii", "cp1252")


def _codec(label: str | None, *, from_meta: bool = False) -> str | None:
    """The Python codec for a charset label, or None for one it does not know."""
    name = text_codec(label, web=True)
    if name is None:
        return None
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    if from_meta and name.startswith("utf-16"):
        return "utf-8"
    return name


def decode_body(body: bytes, charset: str | None) -> str:
    """``body`` as text (module docstring); bytes its encoding lacks become U+FFFD."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace")
    named = _codec(charset)
    if named is None:
        meta = _META.search(body[:2048])
        named = _codec(meta.group(1).decode("ascii"), from_meta=True) if meta else None
    if named is not None:
        try:
            return body.decode(named, errors="replace")
        except (UnicodeError, LookupError):  # a codec that fails whatever errors= says
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")
