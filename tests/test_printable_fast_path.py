"""A printable text is not read character by character for controls, broken characters or
spaces (``domain.text.clean_text``, ``domain.links``): what ``str.isprintable`` refuses
covers what those checks look for, held here over every code point.

A restore checks each distinct value of a backup by its form's rules; a link is a value of
its own in every application, and reading each character of 100,000 of them twice was a
good part of the restore's time (docs/performance.md).
"""

from __future__ import annotations

import sys
import unicodedata

from bounceback_tui.domain.links import LinkError, parse_web_link
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError


def test_every_printable_character_is_no_control_format_or_space_but_a_space() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not char.isprintable():
            continue
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn"), hex(code)
        assert not char.isspace() or char == " ", hex(code)


def test_what_the_checks_refuse_is_still_refused() -> None:
    for text, said in (
        ("a\x07b", "contains control characters"),
        ("a\ud800b", "contains broken characters"),
    ):
        errors: list[FieldError] = []
        assert clean_text(text, "role", "Role", errors) == ""
        assert said in errors[0].message
    errors = []
    assert clean_text("two\nlines", "notes", "Notes", errors, multiline=True) == "two\nlines"
    assert errors == []
    for link, said in (
        ("https://example.com/a b", "cannot contain spaces"),
        ("https://example.com/a\u00a0b", "cannot contain spaces"),
        ("https://example.com/a\u200bb", "invisible or control characters"),
        ("https://example.com/a\ue000b", "invisible or control characters"),
    ):
        try:
            parse_web_link(link)
        except LinkError as exc:
            assert said in str(exc), link
        else:
            raise AssertionError(link)
    assert parse_web_link("https://example.com/a").url == "https://example.com/a"
