"""The one way a keys line is written: each key in bold, then what it does, capitalised.

"Enter Choose  Esc Cancel", as forms, dialogs, pick lists and the key bar under them say
it. The answer bank read "p practise  a add … Esc close", the posting import "Enter fetch
Esc stop or close" and the job boards "a follow  d unfollow … Esc close" beside them,
each line written by hand (tests/test_key_lines_capitalised.py finds any such line).
"""

from __future__ import annotations

import re

from textual.content import Content

from bounceback_tui.ui.kit.key_text import with_keys

# Between two keys' entries (kit/keys_hint.py wraps a line there).
GAP = "  "

# One key of an entry's keys: a ``{binding.id|usual}`` placeholder, a ``$name`` slot or a
# key written out ("Enter", "↑↓"); "/" between keys that do the same, "-" a range ("1-2"),
# a space between two keys of a pair ("[ ]" move).
_PIECE = r"\{[^}]*\}|[/ -]|[^{/ -]+"


def capitalised(words: str) -> str:
    """``words`` with their first letter upper case ("stop or close" -> "Stop or close")."""
    return words[:1].upper() + words[1:]


def keys_entry(keys: str, words: str) -> str:
    """One entry's markup: each of ``keys`` in bold (not the "/" or "-" between them),
    then ``words`` capitalised."""
    pieces = re.findall(_PIECE, keys)
    bold = "".join(piece if piece in ("/", "-", " ") else f"[b]{piece}[/b]" for piece in pieces)
    return f"{bold} {capitalised(words)}"


def keys_line(app: object, *entries: tuple[str, str], **values: object) -> Content:
    """A keys line of ``entries`` (keys, what they do), ``GAP`` between them, each key as
    the person's keymap has it (``with_keys``: placeholders; ``values``: ``$name`` slots,
    filled as plain text). ``words`` are app-written markup; their first letter is made
    upper case here, so no line can say "c choose" beside another's "Enter Choose"."""
    markup = GAP.join(keys_entry(keys, words) for keys, words in entries)
    return with_keys(markup, app, **values)
