"""The quick paths of domain/text.py give what the full rules give.

``display_text`` leaves a printable text alone without its regular expression (compiled
only when a text needs it), and ``clip_cells`` counts an ASCII text's cells by its length
(docs/performance.md, "First paint, fp8's round"). The expectations here are the rules as
the module's docstrings state them, worked out character by character.
"""

from __future__ import annotations

import unicodedata

from bounceback_tui.domain.text import PLACEHOLDER, clip_cells, display_text, is_display_safe

BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _replaced(ch: str) -> bool:
    """Whether ``ch``, after a letter and before one, is shown as U+FFFD."""
    if ch in "\t\n":
        return False
    if unicodedata.category(ch) == "Cc":  # C0, DEL, C1 and a lone carriage return
        return True
    return ch in BIDI or 0xD800 <= ord(ch) <= 0xDFFF


def test_display_text_replaces_exactly_the_unsafe_characters() -> None:
    for code in range(0x30000):
        ch = chr(code)
        text = f"a{ch}b"
        expected = f"a{PLACEHOLDER}b" if _replaced(ch) else text
        assert display_text(text) == expected, hex(code)
        assert is_display_safe(text) is (expected == text), hex(code)


def test_display_text_keeps_a_line_ending_and_replaces_a_lone_return() -> None:
    assert display_text("one\r\ntwo") == "one\r\ntwo"
    assert display_text("one\rtwo") == f"one{PLACEHOLDER}two"
    assert display_text("Acme · Zürich") == "Acme · Zürich"


def test_clip_cells_counts_ascii_by_length() -> None:
    for length in range(0, 40):
        text = "".join(chr(0x21 + (i % 90)) for i in range(length))
        clipped = clip_cells(text, 20)
        if length <= 20:
            assert clipped == text
        else:
            assert clipped == text[:19].rstrip() + "…"
    # Wide characters still count two cells each.
    assert clip_cells("日本語の会社名", 6) == "日本…"
