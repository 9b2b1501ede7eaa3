"""Which encoding names are real text encodings, one rule for a fetched page and a CSV file.

Python's ``codecs.lookup`` knows more than text encodings: "hex", "rot13", "base64" and
"zlib" turn bytes into bytes (decoding with them raised LookupError), "idna", "punycode" and
"undefined" are not for a page's text at all (UnicodeError), and "utf-7" and the escape
codecs read ASCII as other characters (browsers refuse UTF-7 for that). A page or an answer
naming ``charset=hex`` crashed ``fetch-posting`` with exit 70, and so did
``import FILE.csv --encoding punycode`` (an attacker's walk).

A web page's label follows the WHATWG Encoding Standard further: it has no UTF-32, so a
``utf-32`` label is not honoured there (a UTF-8 page labelled so read as noise).
"""

from __future__ import annotations

import codecs

# Known to codecs, decoding bytes to str, and still never the text of a page or a file.
_NOT_TEXT = frozenset(
    {"utf-7", "idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}
)
# Not in the WHATWG Encoding Standard, so never a web page's encoding.
_NOT_ON_THE_WEB = ("utf-32",)


def text_codec(label: str | None, *, web: bool = False) -> str | None:
    """Python's codec name for ``label`` when it names a real text encoding, else None.

    ``web``: the label came from a web page or answer, where UTF-32 is not honoured either.
    """
    cleaned = (label or "").strip().strip("\"'")
    if not cleaned:
        return None
    try:
        info = codecs.lookup(cleaned)
    except (LookupError, ValueError):
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_TEXT:
        return None
    if web and name.startswith(_NOT_ON_THE_WEB):
        return None
    return name
