"""The hostile corpus keeps every kind of text the issue lists (so nobody trims it by accident)."""

from __future__ import annotations

import unicodedata

from tests.hostile import CORPUS_PATH, hostile_strings

ESC = "\x1b"


def test_the_file_is_plain_ascii_json_with_unique_strings() -> None:
    raw = CORPUS_PATH.read_bytes()
    assert all(32 <= b < 127 or b in (10,) for b in raw), "escape everything (ensure_ascii)"
    strings = hostile_strings()
    assert len(strings) == len(set(strings))


def test_every_markup_form_is_there() -> None:
    strings = set(hostile_strings())
    for form in (
        "[b]bold[/b]",
        "[/]",
        "[/b]",
        "[",
        "Initech [link=http://x]y",
        "[@click=app.quit]x[/]",
        "\\[",
        "ends with a backslash\\",
        "[red on blue]colour[/]",
        "Speak up [ in meetings [/]",
        "zzqq [",
    ):
        assert form in strings


def test_terminal_sequences_and_controls_are_there() -> None:
    strings = hostile_strings()
    assert any(ESC + "[2J" in s for s in strings)
    assert any(ESC + "]52;" in s for s in strings)
    assert any(ESC + "]8;;" in s for s in strings)
    assert any("\x07" in s for s in strings)
    assert any(any(0x80 <= ord(ch) <= 0x9F for ch in s) for s in strings), "a C1 control"


def test_bidi_zero_width_combining_emoji_and_wide_text_are_there() -> None:
    joined = "".join(hostile_strings())
    for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert ch in joined, f"U+{ord(ch):04X}"
    assert "\u200b" in joined and "\u200d" in joined
    assert any(unicodedata.combining(ch) for ch in joined)
    assert "\U0001f469\u200d\U0001f4bb" in joined, "an emoji ZWJ sequence"
    assert any(0x1F3FB <= ord(ch) <= 0x1F3FF for ch in joined), "a skin tone"
    assert any(unicodedata.east_asian_width(ch) == "W" and ch.isalpha() for ch in joined)


def test_sizes_and_shapes_are_there() -> None:
    strings = hostile_strings()
    assert "" in strings
    assert any(s and not s.strip() for s in strings), "whitespace only"
    assert any(len(s) >= 10_000 for s in strings)
    assert any(s.count("\n") >= 2 and s.strip() for s in strings), "a multi-line paste"
